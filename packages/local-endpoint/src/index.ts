/** A local stand-in for Well-Architected, Proton, Image Builder and CodeGuru Profiler, for tests and examples. */
export { DEFAULT_ACCOUNT_ID, DEFAULT_CREDENTIAL, type EndpointCredential } from "./auth/credentials.js";
export type { FaultDecision, FaultOptions } from "./faults/fault-injector.js";
export { FAULT_KINDS, type FaultKind } from "./faults/fault-kind.js";
export type { ErrorCodeStyle } from "./protocol/error-wire.js";
export type { LocalEndpointLogger } from "./server/endpoint-core.js";
export { type LocalEndpoint, type LocalEndpointOptions, startLocalEndpoint } from "./server/start-local-endpoint.js";
export { CODEGURU_TIMESTAMP_FORMAT } from "./services/codeguru-profiler/service.js";
export { PROTON_TIMESTAMP_FORMAT } from "./services/proton/service.js";
export type { TimestampFormat } from "./services/service-def.js";
export { DEFAULT_QUOTAS, LocalState, type Quotas } from "./state/local-state.js";
export { OTHER_ACCOUNT_ID, type SeedIds, seedIds } from "./state/seed-ids.js";
export { type EndpointStats, RESOURCE_KINDS, type ResourceKind } from "./stats/stats-recorder.js";
