import { ServiceException } from "../errors/service-exception.js";
import type { Endpoint, Protocol, SerdeContext } from "../protocol.js";
import type { ErrorConstructor, ServiceSchema } from "../schema.js";

/** The base exception of the services the codec tests define. */
export class TestServiceException extends ServiceException {}

/** What a codec test may choose about its service; everything else is a fixed test value. */
export interface TestServiceOptions {
  readonly protocol: Protocol;
  /** Absolute service shape id; its name is the awsJson `X-Amz-Target` prefix. */
  readonly id?: string;
  readonly baseError?: ErrorConstructor;
}

/** A ServiceSchema for codec tests. */
export function testService({ protocol, id = "test#Service", baseError = TestServiceException }: TestServiceOptions): ServiceSchema {
  const name = id.slice(id.indexOf("#") + 1);
  return {
    id,
    sdkId: name,
    endpointPrefix: name.toLowerCase(),
    signingName: name.toLowerCase(),
    version: "2020-01-01",
    protocol,
    targetPrefix: name,
    baseError,
  };
}

/** A SerdeContext for `service` at https://example.com (base path "/" unless given). */
export function testContext(service: ServiceSchema, endpoint: Partial<Endpoint> = {}): SerdeContext {
  return { service, endpoint: { protocol: "https:", hostname: "example.com", path: "/", ...endpoint } };
}
