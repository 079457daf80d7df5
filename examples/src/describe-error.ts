import { ServiceException } from "@slimsdk/runtime";

/** A one-line account of an unexpected error: the service error's name, status and attempts, or the plain error. */
export function describeError(error: unknown): string {
  if (ServiceException.isInstance(error)) {
    const { httpStatusCode, attempts } = error.$metadata;
    return `${error.name} (HTTP ${httpStatusCode ?? "?"}, ${attempts ?? "?"} attempt(s)): ${error.message}`;
  }
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
