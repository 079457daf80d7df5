import { formatLoc, type Loc, printLocation } from "./location.js";

/**
 * An error tied to a place in a Smithy source: syntax errors from the parser and
 * semantic errors from the loader both use it. `message` is the bare sentence;
 * `toString()` gives `file:line:col: message` followed by a caret excerpt.
 */
export class LocatedError extends Error {
  override readonly name: string = "LocatedError";

  /** Creates an error at `loc` (or without a location, for whole-model problems). */
  constructor(
    readonly description: string,
    readonly loc?: Loc,
  ) {
    super(loc ? `${formatLoc(loc)}: ${description}` : description);
  }

  /** 1-based line of the error, if located. */
  get line(): number | undefined {
    return this.loc?.start.line;
  }

  /** 1-based column of the error, if located. */
  get column(): number | undefined {
    return this.loc?.start.column;
  }

  /** `file:line:col: message` followed by the source excerpt with a caret. */
  override toString(): string {
    return this.loc ? `${this.message}\n${printLocation(this.loc)}` : this.message;
  }
}

/** A syntax error raised by the lexer or parser. */
export class SmithySyntaxError extends LocatedError {
  override readonly name = "SmithySyntaxError";
}

/** Thrown by the loader when a model has errors; carries every error found, in source order. */
export class ModelErrors extends Error {
  override readonly name = "ModelErrors";

  /** Wraps the list of errors found while loading. */
  constructor(readonly errors: readonly LocatedError[]) {
    super(`${errors.length} error${errors.length === 1 ? "" : "s"} in model:\n${errors.map((e) => e.toString()).join("\n\n")}`);
  }
}
