import type { OperationSchema } from "./schema.js";

/**
 * A call to one operation: its input and schema. `S` (the service's sdkId) and `O` are phantom
 * types, so a command can only be sent through its own service's client, and `send()` knows its output.
 */
export class Command<I, O, S extends string> {
  /** Never set: carries the service's sdkId in the type only. */
  declare readonly $service?: S;
  /** Never set: carries the output type only. */
  declare readonly $output?: O;
  /** The caller's input (never modified). */
  declare readonly input: I;
  /** The operation's schema, interpreted by the protocol codec. */
  declare readonly schema: OperationSchema;

  /** Builds the command. */
  constructor(input: I, schema: OperationSchema) {
    this.input = input;
    this.schema = schema;
  }
}
