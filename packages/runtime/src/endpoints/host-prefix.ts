import type { OperationSchema } from "../schema.js";
import { InputValidationError } from "../validation/input-validation-error.js";

/** One DNS label: letters, digits and inner dashes, at most 63 characters. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const PLACEHOLDER = /\{([^}]+)\}/g;

/**
 * Expands an operation's `@endpoint(hostPrefix)` with the input's `@hostLabel` members, checking that
 * every value is non-empty and yields valid DNS labels (so no input can redirect the request elsewhere).
 */
export function expandHostPrefix(op: OperationSchema, input: Record<string, unknown>, commandName: string): string {
  return op.hostPrefix!.replace(PLACEHOLDER, (_, name: string) => {
    const value = input[name];
    if (typeof value !== "string" || !value.split(".").every((part) => LABEL.test(part))) {
      throw new InputValidationError(commandName, [
        { path: name, message: `member "${name}" is a host label and must be a non-empty DNS name, got ${JSON.stringify(value)}` },
      ]);
    }
    return value;
  });
}
