import { readEscape } from "./escapes.js";
import { SmithySyntaxError } from "./located-error.js";
import { locOf } from "./location.js";
import type { Source } from "./source.js";
import { textBlockValue } from "./text-block.js";
import { type RawDocComment, type Token, TokenKind } from "./tokens.js";

const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_QUOTE = 34;
const CH_HASH = 35;
const CH_DOLLAR = 36;
const CH_COMMA = 44;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_SLASH = 47;
const CH_0 = 48;
const CH_9 = 57;
const CH_COLON = 58;
const CH_UNDERSCORE = 95;
const CH_BACKSLASH = 92;

const PUNCTUATORS: Readonly<Record<string, TokenKind>> = {
  "{": TokenKind.BRACE_L,
  "}": TokenKind.BRACE_R,
  "[": TokenKind.BRACKET_L,
  "]": TokenKind.BRACKET_R,
  "(": TokenKind.PAREN_L,
  ")": TokenKind.PAREN_R,
  "=": TokenKind.EQUALS,
  "@": TokenKind.AT,
  $: TokenKind.DOLLAR,
};

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

function isIdentChar(c: number): boolean {
  return isAlpha(c) || isDigit(c) || c === CH_UNDERSCORE;
}

/** Describes the character at `offset` for error messages (`"x"`, `line break`, `end of file`). */
export function describeChar(body: string, offset: number): string {
  const c = body.charCodeAt(offset);
  if (Number.isNaN(c)) return "end of file";
  if (c === CH_LF || c === CH_CR) return "line break";
  if (c === CH_SPACE || c === CH_TAB) return "whitespace";
  if (c < CH_SPACE || c === 127) return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${String.fromCodePoint(body.codePointAt(offset) as number)}"`;
}

/**
 * Splits Smithy IDL text into tokens on demand, with a small lookahead buffer.
 * Spaces, tabs, line breaks, commas and `//` comments are skipped; `///` comments that open
 * their line are gathered and attached to the next token as its `doc`.
 */
export class Lexer {
  readonly source: Source;
  readonly #body: string;
  #pos = 0;
  #line = 1;
  /** Whether a token was produced on the current line (a later `///` there is not documentation). */
  #tokenOnLine = false;
  #lineStart = 0;
  /** Where the trivia before the token being read began. */
  #triviaStart = 0;
  readonly #buffer: Token[] = [];

  /** Creates a lexer positioned at the start of `source` (a byte-order mark is skipped). */
  constructor(source: Source) {
    this.source = source;
    this.#body = source.body;
    if (this.#body.charCodeAt(0) === 0xfeff) this.#pos = 1;
  }

  /** Returns the token `n` places ahead without consuming anything (0 is the next token). */
  lookahead(n = 0): Token {
    while (this.#buffer.length <= n) this.#buffer.push(this.#readToken());
    return this.#buffer[n] as Token;
  }

  /** Consumes and returns the next token. */
  advance(): Token {
    const token = this.lookahead(0);
    if (token.kind !== TokenKind.EOF) this.#buffer.shift();
    return token;
  }

  /** Throws a syntax error at the offset range [start, end). */
  error(message: string, start: number, end = start): never {
    throw new SmithySyntaxError(message, locOf(this.source, start, end));
  }

  #newline(afterOffset: number): void {
    this.#line++;
    this.#lineStart = afterOffset;
  }

  #token(kind: TokenKind, start: number, end: number, value: string, doc: RawDocComment | undefined): Token {
    this.#tokenOnLine = true;
    return { kind, value, start, end, triviaStart: this.#triviaStart, line: this.#line, column: start - this.#lineStart + 1, doc };
  }

  /** Skips whitespace and comments, returning the `///` lines that directly precede the next token. */
  #skipTrivia(): RawDocComment | undefined {
    const body = this.#body;
    let docLines: string[] | undefined;
    let docStart = 0;
    let docEnd = 0;
    // True while only whitespace has been seen since the start of the current line.
    let lineIsBlank = !this.#tokenOnLine;
    while (this.#pos < body.length) {
      const c = body.charCodeAt(this.#pos);
      if (c === CH_SPACE || c === CH_TAB || c === CH_COMMA) {
        this.#pos++;
      } else if (c === CH_LF) {
        this.#pos++;
        this.#newline(this.#pos);
        lineIsBlank = true;
        this.#tokenOnLine = false;
      } else if (c === CH_CR) {
        this.#pos += body.charCodeAt(this.#pos + 1) === CH_LF ? 2 : 1;
        this.#newline(this.#pos);
        lineIsBlank = true;
        this.#tokenOnLine = false;
      } else if (c === CH_SLASH && body.charCodeAt(this.#pos + 1) === CH_SLASH) {
        const start = this.#pos;
        let end = start + 2;
        while (end < body.length) {
          const e = body.charCodeAt(end);
          if (e === CH_LF || e === CH_CR) break;
          end++;
        }
        // `///` is documentation only when it is the first thing on its line.
        if (lineIsBlank && body.charCodeAt(start + 2) === CH_SLASH) {
          let text = body.slice(start + 3, end);
          if (text.charCodeAt(0) === CH_SPACE) text = text.slice(1);
          if (docLines === undefined) {
            docLines = [];
            docStart = start;
          }
          docLines.push(text);
          docEnd = end;
        }
        this.#pos = end;
        lineIsBlank = false;
      } else {
        break;
      }
    }
    return docLines === undefined ? undefined : { text: docLines.join("\n"), start: docStart, end: docEnd };
  }

  #readToken(): Token {
    this.#triviaStart = this.#pos;
    const doc = this.#skipTrivia();
    const body = this.#body;
    const start = this.#pos;
    if (start >= body.length) return this.#token(TokenKind.EOF, start, start, "", doc);
    const c = body.charCodeAt(start);
    const ch = body[start] as string;

    const punct = PUNCTUATORS[ch];
    if (punct !== undefined) {
      this.#pos++;
      return this.#token(punct, start, start + 1, ch, doc);
    }
    if (c === CH_COLON) {
      if (body.charCodeAt(start + 1) === 61) {
        this.#pos += 2;
        return this.#token(TokenKind.WALRUS, start, start + 2, ":=", doc);
      }
      this.#pos++;
      return this.#token(TokenKind.COLON, start, start + 1, ":", doc);
    }
    if (c === CH_QUOTE) {
      if (body.startsWith('"""', start)) return this.#readTextBlock(start, doc);
      return this.#readString(start, doc);
    }
    if (c === CH_MINUS || isDigit(c)) return this.#readNumber(start, doc);
    if (isAlpha(c) || c === CH_UNDERSCORE) return this.#readShapeId(start, doc);
    this.error(`Unexpected character ${describeChar(body, start)}.`, start, start + 1);
  }

  /** Reads an identifier (`IdentifierStart *IdentifierChars`) and returns the offset after it. */
  #readIdentifier(at: number): number {
    const body = this.#body;
    let i = at;
    while (body.charCodeAt(i) === CH_UNDERSCORE) i++;
    const first = body.charCodeAt(i);
    if (!(isAlpha(first) || (i > at && isDigit(first)))) {
      if (i > at) this.error(`Expected letter or digit after "_", found ${describeChar(body, i)}.`, i, i + 1);
      this.error(`Expected identifier, found ${describeChar(body, i)}.`, i, i + 1);
    }
    i++;
    while (isIdentChar(body.charCodeAt(i))) i++;
    return i;
  }

  /** Reads `Identifier`, `Namespace`, `Namespace#Identifier` and any of those with `$member`. */
  #readShapeId(start: number, doc: RawDocComment | undefined): Token {
    const body = this.#body;
    let i = this.#readIdentifier(start);
    let compound = false;
    while (body.charCodeAt(i) === CH_DOT) {
      i = this.#readIdentifier(i + 1);
      compound = true;
    }
    if (body.charCodeAt(i) === CH_HASH) {
      i = this.#readIdentifier(i + 1);
      compound = true;
    }
    if (body.charCodeAt(i) === CH_DOLLAR && (isAlpha(body.charCodeAt(i + 1)) || body.charCodeAt(i + 1) === CH_UNDERSCORE)) {
      i = this.#readIdentifier(i + 1);
      compound = true;
    }
    this.#pos = i;
    return this.#token(compound ? TokenKind.SHAPE_ID : TokenKind.IDENTIFIER, start, i, body.slice(start, i), doc);
  }

  /** Reads `[Minus] Int [Frac] [Exp]`; a malformed number is reported at its first character. */
  #readNumber(start: number, doc: RawDocComment | undefined): Token {
    const body = this.#body;
    let i = start;
    if (body.charCodeAt(i) === CH_MINUS) i++;
    i = this.#readDigits(start, i);
    if (body.charCodeAt(i) === CH_DOT) i = this.#readDigits(start, i + 1);
    const e = body.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = body.charCodeAt(i);
      if (sign === 43 || sign === CH_MINUS) i++;
      i = this.#readDigits(start, i);
    }
    this.#pos = i;
    return this.#token(TokenKind.NUMBER, start, i, body.slice(start, i), doc);
  }

  /** Reads one or more digits at `at`, part of the number that starts at `start`. */
  #readDigits(start: number, at: number): number {
    const body = this.#body;
    if (!isDigit(body.charCodeAt(at))) {
      const lexeme = body.slice(start, at);
      this.error(`Invalid number "${lexeme}": expected a digit after "${lexeme.slice(-1)}", found ${describeChar(body, at)}.`, start, at);
    }
    let i = at + 1;
    while (isDigit(body.charCodeAt(i))) i++;
    return i;
  }

  /** Reads a `"quoted"` string, decoding escapes and normalizing line breaks to LF. */
  #readString(start: number, doc: RawDocComment | undefined): Token {
    const body = this.#body;
    let i = start + 1;
    let value = "";
    let chunk = i;
    for (;;) {
      if (i >= body.length) this.#unterminated("string");
      const c = body.charCodeAt(i);
      if (c === CH_QUOTE) break;
      this.#checkStringChar(c, i);
      if (c === CH_BACKSLASH) {
        value += body.slice(chunk, i);
        const r = readEscape(body, i);
        if ("error" in r) this.#escapeError(r.error, i, "string");
        value += r.text;
        // An escaped line break still starts a new source line.
        for (let j = i + 1; j < r.next; j++) this.#countBreak(j);
        i = r.next;
        chunk = i;
      } else if (c === CH_CR) {
        value += `${body.slice(chunk, i)}\n`;
        i += body.charCodeAt(i + 1) === CH_LF ? 2 : 1;
        this.#newline(i);
        chunk = i;
      } else {
        if (c === CH_LF) this.#newline(i + 1);
        i++;
      }
    }
    value += body.slice(chunk, i);
    this.#pos = i + 1;
    return this.#tokenFrom(TokenKind.STRING, start, i + 1, value, doc);
  }

  /** Reads a `"""` text block; the value has incidental whitespace removed and escapes expanded. */
  #readTextBlock(start: number, doc: RawDocComment | undefined): Token {
    const body = this.#body;
    let i = start + 3;
    while (body.charCodeAt(i) === CH_SPACE || body.charCodeAt(i) === CH_TAB) i++;
    const nl = body.charCodeAt(i);
    if (nl !== CH_LF && nl !== CH_CR) this.error(`Expected line break after """, found ${describeChar(body, i)}.`, i, i + 1);
    i += nl === CH_CR && body.charCodeAt(i + 1) === CH_LF ? 2 : 1;
    this.#newline(i);
    const contentStart = i;
    for (;;) {
      if (i >= body.length) this.#unterminated("text block");
      const c = body.charCodeAt(i);
      if (c === CH_QUOTE && body.charCodeAt(i + 1) === CH_QUOTE && body.charCodeAt(i + 2) === CH_QUOTE) break;
      this.#checkStringChar(c, i);
      if (c === CH_BACKSLASH) {
        const r = readEscape(body, i);
        if ("error" in r) this.#escapeError(r.error, i, "text block");
        for (let j = i + 1; j < r.next; j++) this.#countBreak(j);
        i = r.next;
      } else {
        this.#countBreak(i);
        i++;
      }
    }
    const raw = body.slice(contentStart, i).replace(/\r\n?/g, "\n");
    this.#pos = i + 3;
    return this.#tokenFrom(TokenKind.TEXT_BLOCK, start, i + 3, textBlockValue(raw), doc);
  }

  /** Advances the line counter if `body[at]` ends a line. */
  #countBreak(at: number): void {
    const c = this.#body.charCodeAt(at);
    if (c === CH_LF) this.#newline(at + 1);
    else if (c === CH_CR && this.#body.charCodeAt(at + 1) !== CH_LF) this.#newline(at + 1);
  }

  /** An escape error at the backslash `at`; running out of input inside the escape is an unterminated string. */
  #escapeError(message: string, at: number, what: "string" | "text block"): never {
    if (message === "Unterminated string.") this.#unterminated(what);
    this.error(message, at, at + 2);
  }

  /** Smithy reports a string or text block without its closing quotes where the input ends. */
  #unterminated(what: "string" | "text block"): never {
    const end = this.#body.length;
    this.error(what === "string" ? "Unterminated string." : "Unterminated text block.", end, end);
  }

  /** Control characters other than tab and line breaks must be escaped inside strings (`QuotedChar`). */
  #checkStringChar(c: number, at: number): void {
    if (c < CH_SPACE && c !== CH_TAB && c !== CH_LF && c !== CH_CR) {
      this.error(`Invalid character ${describeChar(this.#body, at)} in a string; write it as a \\u escape.`, at, at + 1);
    }
  }

  /** Builds a token that may span lines: its line and column are those of `start`. */
  #tokenFrom(kind: TokenKind, start: number, end: number, value: string, doc: RawDocComment | undefined): Token {
    const { line, column } = this.source.positionAt(start);
    this.#tokenOnLine = true;
    return { kind, value, start, end, triviaStart: this.#triviaStart, line, column, doc };
  }
}
