import { describe, expect, it } from "vitest";
import { Lexer } from "./lexer.js";
import { SmithySyntaxError } from "./located-error.js";
import { Source } from "./source.js";
import { type Token, TokenKind } from "./tokens.js";

/** Lexes all of `text`, returning every token up to and including EOF. */
function lexAll(text: string): Token[] {
  const lexer = new Lexer(new Source(text));
  const tokens: Token[] = [];
  for (;;) {
    const token = lexer.advance();
    tokens.push(token);
    if (token.kind === TokenKind.EOF) return tokens;
  }
}

/** Lexes `text`, which must hold exactly one token, and returns it. */
function lexOne(text: string): Token {
  const tokens = lexAll(text);
  expect(tokens.map((t) => t.kind)).toHaveLength(2);
  return tokens[0] as Token;
}

function lexError(text: string): SmithySyntaxError {
  try {
    lexAll(text);
  } catch (e) {
    if (e instanceof SmithySyntaxError) return e;
    throw e;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
}

describe("Lexer", () => {
  it.each([
    ["{", TokenKind.BRACE_L],
    ["}", TokenKind.BRACE_R],
    ["[", TokenKind.BRACKET_L],
    ["]", TokenKind.BRACKET_R],
    ["(", TokenKind.PAREN_L],
    [")", TokenKind.PAREN_R],
    [":", TokenKind.COLON],
    ["=", TokenKind.EQUALS],
    [":=", TokenKind.WALRUS],
    ["@", TokenKind.AT],
    ["$", TokenKind.DOLLAR],
  ])("lexes the punctuator %s", (text, kind) => {
    const token = lexOne(`  ${text}`);
    expect(token).toMatchObject({ kind, value: text, start: 2, end: 2 + text.length, line: 1, column: 3 });
  });

  it.each([
    ["foo", "foo"],
    ["Foo_Bar9", "Foo_Bar9"],
    ["_foo", "_foo"],
    ["__1", "__1"],
    ["structure", "structure"],
    ["true", "true"],
  ])("lexes the identifier %s", (text, value) => {
    expect(lexOne(text)).toMatchObject({ kind: TokenKind.IDENTIFIER, value, start: 0, end: text.length });
  });

  it.each(["smithy.example", "a.b.c", "smithy.api#String", "a.b#C", "Foo$bar", "a.b#C$d", "example_1.under_score#Shape_2$member_3"])(
    "lexes the shape id %s as one token",
    (text) => {
      expect(lexOne(text)).toMatchObject({ kind: TokenKind.SHAPE_ID, value: text, start: 0, end: text.length });
    },
  );

  it.each(["0", "-1", "1234", "1.5", "-1234.1234", "1e10", "1E+2", "1.0e-10", "-12.5E+3"])("lexes the number %s", (text) => {
    expect(lexOne(text)).toMatchObject({ kind: TokenKind.NUMBER, value: text, end: text.length });
  });

  it.each([
    ['""', ""],
    ['"abc"', "abc"],
    ['"a b,c//d"', "a b,c//d"],
    ['"\\"\\\\\\/"', '"\\/'],
    ['"\\b\\f\\n\\r\\t"', "\b\f\n\r\t"],
    ['"\\u00e9\\u0041\\uD83D\\uDE00"', "éA😀"],
    ['"line\\\ncontinued"', "linecontinued"],
    ['"line\\\r\ncontinued"', "linecontinued"],
    ['"two\nlines"', "two\nlines"],
    ['"crlf\r\nand\rcr"', "crlf\nand\ncr"],
  ])("lexes the string %j", (text, value) => {
    expect(lexOne(text)).toMatchObject({ kind: TokenKind.STRING, value, start: 0, end: text.length });
  });

  it.each([
    ['"""\n    Hello\n    """', "Hello\n"],
    ['"""\n    Hello"""', "Hello"],
    ['"""   \n  a\n    b\n  c"""', "a\n  b\nc"],
    // The spec's example: blank lines do not count, the closing line does.
    ['"""\n    Foo\n        Baz\n\n  \n    Bar\n    """', "Foo\n    Baz\n\n\nBar\n"],
    // A closing delimiter left of the content keeps the content's indentation.
    ['"""\n    Foo\n        Baz\n    Bar\n"""', "    Foo\n        Baz\n    Bar\n"],
    // A closing delimiter right of the content has no say.
    ['"""\n    Foo\n        Baz\n    Bar\n            """', "Foo\n    Baz\nBar\n"],
    ['"""\n    trailing   \n    spaces\t\n    """', "trailing\nspaces\n"],
    ['"""\n    "hello!"\n    """', '"hello!"\n'],
    ['"""\n    foo \\"""\n    baz"""', 'foo """\nbaz'],
    // Escapes are expanded after whitespace stripping.
    ['"""\n  <div>\n    <p>Hi\\n    bar</p>\n  </div>\n  """', "<div>\n  <p>Hi\n    bar</p>\n</div>\n"],
    ['"""\n    Foo \\\n    Baz \\\n    Bam"""', "Foo Baz Bam"],
    ['"""\r\n    crlf\r\n    lines\r\n    """', "crlf\nlines\n"],
  ])("lexes the text block %j", (text, value) => {
    expect(lexOne(text)).toMatchObject({ kind: TokenKind.TEXT_BLOCK, value, start: 0, end: text.length });
  });

  it("skips spaces, tabs, commas, line breaks and comments, tracking lines and columns", () => {
    const tokens = lexAll("a,,b\t// comment\r\n  c // another\n\n,d\re");
    expect(tokens.map((t) => [t.value, t.line, t.column])).toEqual([
      ["a", 1, 1],
      ["b", 1, 4],
      ["c", 2, 3],
      ["d", 4, 2],
      ["e", 5, 1],
      ["", 5, 2],
    ]);
  });

  it("tracks lines through multi-line strings and text blocks", () => {
    const tokens = lexAll('"a\nb" x\n"""\n  t\n  """ y\n"c\\\nd" z');
    expect(tokens.map((t) => [t.kind, t.line, t.column])).toEqual([
      [TokenKind.STRING, 1, 1],
      [TokenKind.IDENTIFIER, 2, 4],
      [TokenKind.TEXT_BLOCK, 3, 1],
      [TokenKind.IDENTIFIER, 5, 7],
      [TokenKind.STRING, 6, 1],
      [TokenKind.IDENTIFIER, 7, 4],
      [TokenKind.EOF, 7, 5],
    ]);
  });

  it("produces an EOF token at the end of the input", () => {
    expect(lexAll("")).toEqual([{ kind: TokenKind.EOF, value: "", start: 0, end: 0, triviaStart: 0, line: 1, column: 1, doc: undefined }]);
    expect(lexAll("a\n")[1]).toMatchObject({ kind: TokenKind.EOF, start: 2, line: 2, column: 1 });
  });

  it("skips a byte-order mark", () => {
    expect(lexOne("\uFEFFfoo")).toMatchObject({ kind: TokenKind.IDENTIFIER, value: "foo", start: 1 });
  });

  it("splits adjacent tokens without whitespace", () => {
    const tokens = lexAll('@foo(a:1,b:"x")');
    expect(tokens.map((t) => t.value)).toEqual(["@", "foo", "(", "a", ":", "1", "b", ":", "x", ")", ""]);
  });

  it("records where the whitespace and comments before each token start", () => {
    const text = 'a b,\n// c\n  d"e"\n';
    const tokens = lexAll(text);
    expect(tokens.map((t) => JSON.stringify(text.slice(t.triviaStart, t.start)))).toEqual(['""', '" "', '",\\n// c\\n  "', '""', '"\\n"']);
  });

  it("does not treat a $ after an identifier as a member unless an identifier follows", () => {
    expect(lexAll("Foo $bar").map((t) => t.kind)).toEqual([TokenKind.IDENTIFIER, TokenKind.DOLLAR, TokenKind.IDENTIFIER, TokenKind.EOF]);
    expect(lexAll("Foo$ bar").map((t) => t.kind)).toEqual([TokenKind.IDENTIFIER, TokenKind.DOLLAR, TokenKind.IDENTIFIER, TokenKind.EOF]);
  });

  describe("documentation comments", () => {
    it("attaches /// lines to the next token, removing at most one space", () => {
      const tokens = lexAll("/// One\n///  two\n///three\n////four\n///\nfoo");
      expect(tokens[0]).toMatchObject({ kind: TokenKind.IDENTIFIER, value: "foo" });
      expect(tokens[0]?.doc).toEqual({ text: "One\n two\nthree\n/four\n", start: 0, end: 38 });
    });

    it("keeps only documentation, not ordinary comments, and spans blank lines", () => {
      const tokens = lexAll("  /// a\n  // not doc\n\n  /// b\r\n  foo bar");
      expect(tokens[0]?.doc?.text).toBe("a\nb");
      expect(tokens[1]?.doc).toBeUndefined();
    });

    it("ignores /// after a token on the same line", () => {
      const tokens = lexAll("foo /// trailing\nbar");
      expect(tokens[1]).toMatchObject({ value: "bar", doc: undefined });
    });

    it("counts a line of only commas and spaces as blank", () => {
      expect(lexAll(", /// doc\nfoo")[0]?.doc?.text).toBe("doc");
    });

    it("removes a CR before the line break from the text", () => {
      expect(lexAll("/// a \r\nfoo")[0]?.doc?.text).toBe("a ");
    });

    it("attaches trailing documentation to EOF", () => {
      expect(lexAll("foo\n/// end")[1]).toMatchObject({ kind: TokenKind.EOF, doc: { text: "end" } });
    });
  });

  it("gives lookahead without consuming", () => {
    const lexer = new Lexer(new Source("a b c"));
    expect(lexer.lookahead(2).value).toBe("c");
    expect(lexer.lookahead(0).value).toBe("a");
    expect(lexer.advance().value).toBe("a");
    expect(lexer.advance().value).toBe("b");
    expect(lexer.lookahead(1).kind).toBe(TokenKind.EOF);
    expect(lexer.advance().value).toBe("c");
    expect(lexer.advance().kind).toBe(TokenKind.EOF);
    expect(lexer.advance().kind).toBe(TokenKind.EOF);
  });

  it.each([
    ["%", 'Unexpected character "%".', 1, 1],
    ["a /", 'Unexpected character "/".', 1, 3],
    ["a\n  #", 'Unexpected character "#".', 2, 3],
    ["\u0001", "Unexpected character U+0001.", 1, 1],
    // An unterminated string or text block is reported where the input ends, as Smithy does.
    ['"abc', "Unterminated string.", 1, 5],
    ['x "abc\\', "Unterminated string.", 1, 8],
    ['"abc\ndef', "Unterminated string.", 2, 4],
    // Strings are only double-quoted: a backslash before ' is not an escape, nor before a space.
    ['"it\\\'s"', 'Invalid escape sequence "\\\'".', 1, 4],
    ['"\\ "', 'Invalid escape sequence "\\ ".', 1, 2],
    ['"""\n  a \\\' b\n  """', 'Invalid escape sequence "\\\'".', 2, 5],
    // Control characters other than tab and line breaks must be escaped (QuotedChar).
    ['"a\u0001b"', "Invalid character U+0001 in a string; write it as a \\u escape.", 1, 3],
    ['"""\n  \u0007\n  """', "Invalid character U+0007 in a string; write it as a \\u escape.", 2, 3],
    ['"\\q"', 'Invalid escape sequence "\\q".', 1, 2],
    ['"ok\\u12G4"', 'Invalid Unicode escape sequence "\\u12G4".', 1, 4],
    ['"\\u12"', 'Invalid Unicode escape sequence "\\u12".', 1, 2],
    ['"""foo"""', 'Expected line break after """, found "f".', 1, 4],
    ['""" """', 'Expected line break after """, found """.', 1, 5],
    ['"""\n  abc', "Unterminated text block.", 2, 6],
    ['"""\n  \\x\n"""', 'Invalid escape sequence "\\x".', 2, 3],
    // A malformed number is reported at its first character, as Smithy does.
    ["-", 'Invalid number "-": expected a digit after "-", found end of file.', 1, 1],
    ["x -a", 'Invalid number "-": expected a digit after "-", found "a".', 1, 3],
    ["1.", 'Invalid number "1.": expected a digit after ".", found end of file.', 1, 1],
    ["  1e+", 'Invalid number "1e+": expected a digit after "+", found end of file.', 1, 3],
    ["1.5E", 'Invalid number "1.5E": expected a digit after "E", found end of file.', 1, 1],
    ["a.", "Expected identifier, found end of file.", 1, 3],
    ["a.b# C", "Expected identifier, found whitespace.", 1, 5],
    ["a.1", 'Expected identifier, found "1".', 1, 3],
    ["_ ", 'Expected letter or digit after "_", found whitespace.', 1, 2],
  ])("rejects %j: %s", (text, message, line, column) => {
    const error = lexError(text);
    expect(error.description).toBe(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });
});
