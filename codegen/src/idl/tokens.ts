/** The kinds of token the Smithy IDL lexer produces; punctuators are named by their text. */
export const TokenKind = {
  EOF: "<EOF>",
  BRACE_L: "{",
  BRACE_R: "}",
  BRACKET_L: "[",
  BRACKET_R: "]",
  PAREN_L: "(",
  PAREN_R: ")",
  COLON: ":",
  EQUALS: "=",
  WALRUS: ":=",
  AT: "@",
  DOLLAR: "$",
  /** A bare identifier: `foo`, `structure`, `true`. */
  IDENTIFIER: "Identifier",
  /** An identifier with a namespace, `#` or `$member` part: `a.b`, `a.b#C`, `Foo$bar`. */
  SHAPE_ID: "ShapeId",
  /** A `"quoted"` string; `value` holds the decoded text. */
  STRING: "String",
  /** A `"""` text block; `value` holds the text after whitespace stripping and escapes. */
  TEXT_BLOCK: "TextBlock",
  /** A number literal; `value` holds the raw text. */
  NUMBER: "Number",
} as const;

/** One of the {@link TokenKind} values. */
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** The `///` lines found in the whitespace before a token, before they become an AST DocComment. */
export interface RawDocComment {
  /** The lines joined with "\n", each without `///` and at most one following space. */
  readonly text: string;
  /** Offset of the first `///`. */
  readonly start: number;
  /** Offset just past the text of the last line (before its line break). */
  readonly end: number;
}

/** A token with its place in the source. */
export interface Token {
  readonly kind: TokenKind;
  /** Identifier or shape id text, decoded string text, raw number text, or the punctuator itself. */
  readonly value: string;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /**
   * Offset where the whitespace and comments before this token begin (the end of the previous
   * token): the parser reads `source.body.slice(triviaStart, start)` to enforce the grammar's
   * `SP` (spaces only), `WS` (any whitespace) and `BR` (a line break) rules.
   */
  readonly triviaStart: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start`. */
  readonly column: number;
  /** Documentation comments that stand directly before this token, if any. */
  readonly doc: RawDocComment | undefined;
}

/** Describes a token for error messages: `"}"`, `identifier "foo"`, `end of file`. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case TokenKind.EOF:
      return "end of file";
    case TokenKind.IDENTIFIER:
      return `identifier "${token.value}"`;
    case TokenKind.SHAPE_ID:
      return `shape id "${token.value}"`;
    case TokenKind.STRING:
      return `string ${JSON.stringify(token.value)}`;
    case TokenKind.TEXT_BLOCK:
      return "text block";
    case TokenKind.NUMBER:
      return `number ${token.value}`;
    default:
      return `"${token.kind}"`;
  }
}
