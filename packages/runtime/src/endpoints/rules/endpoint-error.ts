/** Raised when the endpoint rule set rejects the parameters of a call (its error rules, or no rule matching). */
export class EndpointError extends Error {
  /** Builds the error with the rule set's message. */
  constructor(message: string) {
    super(message);
    this.name = "EndpointError";
  }
}
