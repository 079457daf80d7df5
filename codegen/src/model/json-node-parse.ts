/**
 * A small JSON parser that keeps locations: it yields the same located node tree as the IDL
 * parser, so JSON AST files get `file:line:col` in semantic errors too.
 */
import type { NodeValue, ObjectEntry } from "../idl/ast.js";
import { SmithySyntaxError } from "../idl/located-error.js";
import { locOf } from "../idl/location.js";
import type { Source } from "../idl/source.js";

/** Parses a JSON document; throws SmithySyntaxError at the first malformed token. */
export function parseJsonNode(source: Source): NodeValue {
  const parser = new JsonParser(source);
  if (source.body.charCodeAt(0) === 0xfeff) parser.pos = 1;
  parser.skipWs();
  const value = parser.value();
  parser.skipWs();
  if (parser.pos < source.body.length) parser.fail(`Expected end of input, found ${parser.describe()}.`);
  return value;
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonParser {
  pos = 0;
  readonly text: string;

  constructor(readonly source: Source) {
    this.text = source.body;
  }

  skipWs(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  fail(message: string, at = this.pos): never {
    throw new SmithySyntaxError(message, locOf(this.source, at, Math.min(at + 1, this.text.length)));
  }

  describe(): string {
    if (this.pos >= this.text.length) return "end of input";
    return JSON.stringify(this.text[this.pos]);
  }

  value(): NodeValue {
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') {
      const value = this.string();
      return { kind: "string", value, form: "quoted", loc: locOf(this.source, start, this.pos) };
    }
    for (const [word, node] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        const loc = locOf(this.source, start, this.pos);
        return node === null ? { kind: "null", loc } : { kind: "boolean", value: node, loc };
      }
    }
    NUMBER_RE.lastIndex = this.pos;
    const m = NUMBER_RE.exec(this.text);
    if (m) {
      this.pos += m[0].length;
      return { kind: "number", value: Number(m[0]), raw: m[0], loc: locOf(this.source, start, this.pos) };
    }
    return this.fail(`Expected a JSON value, found ${this.describe()}.`);
  }

  private object(): NodeValue {
    const start = this.pos++;
    const entries: ObjectEntry[] = [];
    const seen = new Set<string>();
    this.skipWs();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return { kind: "object", entries, loc: locOf(this.source, start, this.pos) };
    }
    for (;;) {
      this.skipWs();
      const keyStart = this.pos;
      if (this.text[this.pos] !== '"') this.fail(`Expected a string key, found ${this.describe()}.`);
      const key = this.string();
      const keyLoc = locOf(this.source, keyStart, this.pos);
      if (seen.has(key)) this.fail(`Duplicate object key ${JSON.stringify(key)}.`, keyStart);
      seen.add(key);
      this.skipWs();
      if (this.text[this.pos] !== ":") this.fail(`Expected ":", found ${this.describe()}.`);
      this.pos++;
      this.skipWs();
      entries.push({ key, keyLoc, value: this.value() });
      this.skipWs();
      const c = this.text[this.pos];
      this.pos++;
      if (c === "}") return { kind: "object", entries, loc: locOf(this.source, start, this.pos) };
      if (c !== ",") this.fail(`Expected "," or "}", found ${c === undefined ? "end of input" : JSON.stringify(c)}.`, this.pos - 1);
    }
  }

  private array(): NodeValue {
    const start = this.pos++;
    const elements: NodeValue[] = [];
    this.skipWs();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return { kind: "array", elements, loc: locOf(this.source, start, this.pos) };
    }
    for (;;) {
      this.skipWs();
      elements.push(this.value());
      this.skipWs();
      const c = this.text[this.pos];
      this.pos++;
      if (c === "]") return { kind: "array", elements, loc: locOf(this.source, start, this.pos) };
      if (c !== ",") this.fail(`Expected "," or "]", found ${c === undefined ? "end of input" : JSON.stringify(c)}.`, this.pos - 1);
    }
  }

  /** Reads a quoted string starting at the opening quote; leaves `pos` after the closing quote. */
  private string(): string {
    const t = this.text;
    let i = this.pos + 1;
    let out = "";
    let runStart = i;
    for (;;) {
      if (i >= t.length) this.fail("Unterminated string.", this.pos);
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) this.fail("Control characters must be escaped in JSON strings.", i);
      if (c !== 92) {
        i++;
        continue;
      }
      out += t.slice(runStart, i);
      const e = t[i + 1];
      if (e === "u") {
        const hex = t.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("Expected four hex digits after \\u.", i);
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
      } else {
        const mapped = e === undefined ? undefined : ESCAPES[e];
        if (mapped === undefined) this.fail(`Invalid escape "\\${e ?? ""}".`, i);
        out += mapped;
        i += 2;
      }
      runStart = i;
    }
    out += t.slice(runStart, i);
    this.pos = i + 1;
    return out;
  }
}
