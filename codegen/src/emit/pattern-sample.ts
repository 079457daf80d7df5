/**
 * Builds one string that matches a simple regular expression (character classes, groups,
 * alternation, quantifiers), for example values of pattern-constrained strings. Returns
 * undefined for syntax it does not handle; callers check the result against the pattern.
 */

const WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
const DIGITS = "0123456789";

/** A node of the parsed pattern: a set of characters, or a sequence of alternatives. */
type Atom = { readonly chars: string } | { readonly alts: readonly (readonly Piece[])[] };
interface Piece {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number | undefined;
}

class Unsupported extends Error {}

/** A string matching `pattern`, or undefined when the pattern uses unsupported syntax. */
export function samplePattern(pattern: string): string | undefined {
  try {
    const parser = new PatternParser(pattern);
    const alts = parser.alternatives();
    if (parser.pos !== pattern.length) return undefined;
    const gen = (pieces: readonly Piece[]): string => {
      let out = "";
      for (const p of pieces) {
        const atom = p.atom;
        if (!("chars" in atom)) {
          const count = p.min > 0 ? p.min : p.max === undefined ? 0 : 1;
          for (let i = 0; i < count; i++) out += gen(atom.alts[0] ?? []);
          continue;
        }
        out += run(atom.chars, p.min, p.max);
      }
      return out;
    };
    return gen(alts[0] ?? []);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/**
 * Characters drawn from `chars`: a fixed count cycles through the set (`[0-9]{4}` gives `0123`);
 * an open-ended run of a set with lower-case letters spells `example`, of digits gives `1`; `*` gives nothing.
 */
function run(chars: string, min: number, max: number | undefined): string {
  if (chars.length === 0) return "";
  if (max === undefined && min <= 1) {
    if (min === 0) return "";
    if ([..."example"].every((c) => chars.includes(c))) return "example";
    if (chars.includes("1")) return "1";
  }
  const count = min > 0 ? min : 1;
  let out = "";
  for (let i = 0; i < count; i++) out += chars[i % chars.length];
  return out;
}

class PatternParser {
  pos = 0;
  constructor(readonly src: string) {}

  alternatives(): Piece[][] {
    const alts: Piece[][] = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Piece[] {
    const pieces: Piece[] = [];
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined || c === "|" || c === ")") return pieces;
      if (c === "^" || c === "$") {
        this.pos++;
        continue;
      }
      const atom = this.atom();
      pieces.push(this.quantified(atom));
    }
  }

  atom(): Atom {
    const c = this.src[this.pos++] as string;
    if (c === "(") {
      if (this.src.startsWith("?:", this.pos)) this.pos += 2;
      else if (this.src[this.pos] === "?") throw new Unsupported();
      const alts = this.alternatives();
      if (this.src[this.pos++] !== ")") throw new Unsupported();
      return { alts };
    }
    if (c === "[") return { chars: this.charClass() };
    if (c === ".") return { chars: "a" };
    if (c === "\\") return { chars: this.escape() };
    if ("*+?{".includes(c)) throw new Unsupported();
    return { chars: c };
  }

  escape(): string {
    const c = this.src[this.pos++];
    if (c === undefined) throw new Unsupported();
    if (c === "d") return DIGITS;
    if (c === "w") return WORD;
    if (c === "s") return " ";
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();
    return c;
  }

  charClass(): string {
    let negated = false;
    if (this.src[this.pos] === "^") {
      negated = true;
      this.pos++;
    }
    let set = "";
    let first = true;
    for (;;) {
      const c = this.src[this.pos++];
      if (c === undefined) throw new Unsupported();
      if (c === "]" && !first) break;
      first = false;
      let lo = c;
      if (c === "\\") lo = this.escape();
      if (lo.length === 1 && this.src[this.pos] === "-" && this.src[this.pos + 1] !== "]" && this.src[this.pos + 1] !== undefined) {
        this.pos++;
        let hi = this.src[this.pos++] as string;
        if (hi === "\\") hi = this.escape();
        if (hi.length !== 1) throw new Unsupported();
        for (let code = lo.charCodeAt(0); code <= hi.charCodeAt(0); code++) set += String.fromCharCode(code);
      } else set += lo;
    }
    if (negated) return [...`${WORD}-.`].filter((ch) => !set.includes(ch)).join("");
    // Prefer letters and digits, which read better in examples than punctuation.
    const alnum = [...set].filter((ch) => /[A-Za-z0-9]/.test(ch)).join("");
    return alnum.length > 0 ? alnum : set;
  }

  quantified(atom: Atom): Piece {
    const c = this.src[this.pos];
    let min = 1;
    let max: number | undefined = 1;
    if (c === "*" || c === "+" || c === "?") {
      this.pos++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : undefined;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsupported();
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" || m[3] === undefined ? undefined : Number(m[3]);
    }
    if (this.src[this.pos] === "?") this.pos++;
    return { atom, min, max };
  }
}
