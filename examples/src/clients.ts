import { CodeGuruProfilerClient } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient } from "@slimsdk/client-imagebuilder-state";
import { ProtonClient } from "@slimsdk/client-proton-env";
import { WellArchitectedClient } from "@slimsdk/client-wellarchitected-ops";
import type { LocalEndpoint } from "@slimsdk/local-endpoint";
import type { AwsCredentials, ClientConfig } from "@slimsdk/runtime";

/** One client of each generated package, all pointed at the same local endpoint. */
export interface ExampleClients {
  readonly wellArchitected: WellArchitectedClient;
  readonly proton: ProtonClient;
  readonly imageBuilder: ImagebuilderClient;
  readonly codeGuruProfiler: CodeGuruProfilerClient;
}

/** The client config that reaches `endpoint`: its URL, a region, and the first credential it accepts. */
export function localClientConfig(endpoint: LocalEndpoint, region = "us-east-1"): ClientConfig {
  const accepted = endpoint.credentials[0];
  if (!accepted) throw new Error("the local endpoint accepts no credentials");
  const credentials: AwsCredentials = {
    accessKeyId: accepted.accessKeyId,
    secretAccessKey: accepted.secretAccessKey,
    sessionToken: accepted.sessionToken,
  };
  return { endpoint: endpoint.url, region, credentials };
}

/** Creates the four clients with the same config (a real app would pass `region` and its credentials instead). */
export function createClients(config: ClientConfig): ExampleClients {
  return {
    wellArchitected: new WellArchitectedClient(config),
    proton: new ProtonClient(config),
    imageBuilder: new ImagebuilderClient(config),
    codeGuruProfiler: new CodeGuruProfilerClient(config),
  };
}

/** Closes the clients' kept-alive sockets, so the process can exit. */
export function destroyClients(clients: ExampleClients): void {
  for (const client of Object.values(clients)) client.destroy();
}
