import { type CallOptions, type CallResult, call, encodeLabel } from "./signed-call.js";

type Extra = Partial<CallOptions>;
const json = (body: unknown) => (typeof body === "string" ? body : JSON.stringify(body));

/** UpgradeProfileVersion (Well-Architected, restJson1). */
export function upgradeProfileVersion(
  url: string,
  workloadId: string,
  profileArn: string,
  body: unknown = {},
  extra: Extra = {},
): Promise<CallResult> {
  return call(url, {
    signingName: "wellarchitected",
    method: "PUT",
    path: `/workloads/${encodeLabel(workloadId)}/profiles/${encodeLabel(profileArn)}/upgrade`,
    headers: { "content-type": "application/json" },
    body: json(body),
    ...extra,
  });
}

/** CreateWorkloadShare (Well-Architected, restJson1). */
export function createWorkloadShare(url: string, workloadId: string, body: unknown, extra: Extra = {}): Promise<CallResult> {
  return call(url, {
    signingName: "wellarchitected",
    method: "POST",
    path: `/workloads/${encodeLabel(workloadId)}/shares`,
    headers: { "content-type": "application/json" },
    body: json(body),
    ...extra,
  });
}

/** UpdateEnvironment (Proton, awsJson1_0). */
export function updateEnvironment(url: string, body: unknown, extra: Extra = {}): Promise<CallResult> {
  return call(url, {
    signingName: "proton",
    method: "POST",
    path: "/",
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AwsProton20200720.UpdateEnvironment" },
    body: json(body),
    ...extra,
  });
}

/** StartResourceStateUpdate (Image Builder, restJson1). */
export function startResourceStateUpdate(url: string, body: unknown, extra: Extra = {}): Promise<CallResult> {
  return call(url, {
    signingName: "imagebuilder",
    method: "PUT",
    path: "/StartResourceStateUpdate",
    headers: { "content-type": "application/json" },
    body: json(body),
    ...extra,
  });
}

/** CreateProfilingGroup (CodeGuru Profiler, restJson1); `clientToken` undefined leaves the query parameter out. */
export function createProfilingGroup(url: string, clientToken: string | undefined, body: unknown, extra: Extra = {}): Promise<CallResult> {
  return call(url, {
    signingName: "codeguru-profiler",
    method: "POST",
    path: "/profilingGroups",
    ...(clientToken === undefined ? {} : { query: { clientToken } }),
    headers: { "content-type": "application/json" },
    body: json(body),
    ...extra,
  });
}
