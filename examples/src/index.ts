/** @slimsdk/examples: the example program's steps, importable by tests. */
export { createClients, destroyClients, type ExampleClients, localClientConfig } from "./clients.js";
export { describeError } from "./describe-error.js";
export { callAllOperations } from "./operations.js";
export type { Print } from "./print.js";
export { runExample } from "./run-example.js";
