/** An error answer: the wire code, the HTTP status, the message and any extra members of the error shape. */
export class ServiceError extends Error {
  /**
   * @param code the error shape's name, e.g. `ValidationException`
   * @param status the HTTP status code
   * @param members extra members of the error structure, serialized beside the message
   * @param common true for errors raised by the AWS front door (signature, throttling of unknown calls, serialization),
   *   which AWS qualifies with the coral namespace rather than the service's own
   */
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly members: Readonly<Record<string, unknown>> = {},
    readonly common = false,
  ) {
    super(message);
    this.name = code;
  }
}

/** Builds an error of the AWS front door (auth, serialization, unknown operation), shared by every service. */
export function commonError(code: string, status: number, message: string): ServiceError {
  return new ServiceError(code, status, message, {}, true);
}
