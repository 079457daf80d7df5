/** One problem found in a command's input: the member path (e.g. `repository.branch`) and what is wrong. */
export interface Violation {
  readonly path: string;
  readonly message: string;
}

/** Raised before any request is sent when a command's input breaks its model; lists every violation found. */
export class InputValidationError extends Error {
  /** Every problem found, in input order. */
  declare readonly violations: readonly Violation[];

  /** Builds the error; the message names the command and each violation. */
  constructor(commandName: string, violations: readonly Violation[]) {
    super(`${commandName}: ${violations.map((v) => v.message).join("; ")}.`);
    this.name = "InputValidationError";
    this.violations = violations;
  }
}
