/**
 * One output file. Code is written through it; the names it prints from other modules are
 * recorded as they are used and turned into import statements when the file is rendered
 * (type-only imports as `import type`, clashes with local names aliased, everything sorted).
 */
import { type Deferred, type Doc, group, ifBreak, indent, join, line, printDoc } from "./doc.js";
import { docCommentLines } from "./doc-comment.js";
import { stringLiteral } from "./literal.js";
import { compareNatural } from "./natural-compare.js";

/** The column limit generated code is laid out in (the repository's formatter setting). */
export const LINE_WIDTH = 140;

/** The kind of file, which decides how the provenance header is written. */
export type FileKind = "ts" | "md" | "json";

/** A name imported from another module, printed as its local (possibly aliased) name. */
export interface ImportSymbol extends Deferred {
  readonly name: string;
  readonly from: string;
  readonly typeOnly: boolean;
}

/** Options of a generated file. */
export interface GeneratedFileOptions {
  /** The kind of file; by default taken from the path's extension. */
  readonly kind?: FileKind;
  /** The model files the content comes from, named in the `@generated` header. */
  readonly sources?: readonly string[];
}

interface ImportEntry {
  readonly name: string;
  readonly from: string;
  typeOnly: boolean;
  local: string;
}

/** The name of the generator, as headers print it. */
const GENERATOR = "slimsdk";

/** One generated output file. */
export class GeneratedFile {
  readonly kind: FileKind;
  readonly sources: readonly string[];
  readonly #body: Doc[] = [];
  readonly #imports = new Map<string, ImportEntry>();
  readonly #declared = new Set<string>();
  #content: string | undefined;

  /** Creates an empty file at `path` (relative to the output root, `/`-separated). */
  constructor(
    readonly path: string,
    options: GeneratedFileOptions = {},
  ) {
    this.kind = options.kind ?? kindOf(path);
    this.sources = [...new Set(options.sources ?? [])].sort(compareNatural);
  }

  /** A value imported from `from`; the import is emitted only if the symbol is printed. */
  import(name: string, from: string): ImportSymbol {
    return this.#symbol(name, from, false);
  }

  /** A type imported from `from` (`import type` unless the same name is also used as a value). */
  importType(name: string, from: string): ImportSymbol {
    return this.#symbol(name, from, true);
  }

  /** Records a name this file declares at top level, so imports of the same name are aliased. */
  declare(name: string): void {
    this.#declared.add(name);
  }

  /** Adds one statement (or line); its parts are concatenated and laid out to the line width. Empty: a blank line. */
  print(...parts: Doc[]): void {
    this.#assertOpen();
    this.#body.push(parts);
    this.#collect(parts);
  }

  /** Adds lines of text as they are. */
  printLines(lines: readonly string[]): void {
    for (const l of lines) this.print(l);
  }

  /** Adds a doc comment (documentation in Markdown, then TSDoc tags), indented by `indent`. */
  printDoc(markdown: string | undefined, tags: readonly string[] = [], indent = ""): void {
    this.printLines(docCommentLines(markdown, tags, indent));
  }

  /** The rendered text, ending with one newline; the file cannot be written to after this. */
  get content(): string {
    if (this.#content === undefined) this.#content = this.#render();
    return this.#content;
  }

  #assertOpen(): void {
    if (this.#content !== undefined) throw new Error(`${this.path} was already rendered.`);
  }

  #symbol(name: string, from: string, typeOnly: boolean): ImportSymbol {
    return {
      t: "deferred",
      name,
      from,
      typeOnly,
      text: () => this.#localName(name, from),
    };
  }

  #localName(name: string, from: string): string {
    const entry = this.#imports.get(importKey(name, from));
    if (!entry || entry.local === "") throw new Error(`Import of ${name} from ${from} was not resolved.`);
    return entry.local;
  }

  /** Registers every import symbol found in printed docs (types stay type-only unless also used as values). */
  #collect(doc: Doc): void {
    if (typeof doc === "string") return;
    if (Array.isArray(doc)) {
      for (const d of doc as readonly Doc[]) this.#collect(d);
      return;
    }
    const d = doc as Exclude<Doc, string | readonly Doc[]>;
    switch (d.t) {
      case "group":
      case "indent":
        this.#collect(d.contents);
        return;
      case "ifBreak":
        this.#collect(d.broken);
        this.#collect(d.flat);
        return;
      case "fill":
        for (const p of d.parts) this.#collect(p);
        return;
      case "line":
        return;
      case "deferred": {
        const sym = d as Partial<ImportSymbol>;
        if (sym.name === undefined || sym.from === undefined) return;
        const key = importKey(sym.name, sym.from);
        const entry = this.#imports.get(key);
        if (entry) entry.typeOnly &&= sym.typeOnly === true;
        else this.#imports.set(key, { name: sym.name, from: sym.from, typeOnly: sym.typeOnly === true, local: "" });
      }
    }
  }

  /** Gives each import a local name: its own unless a declared name or an earlier import took it. */
  #resolveImports(): ImportEntry[] {
    const entries = [...this.#imports.values()].sort((a, b) => compareModules(a.from, b.from) || compareNatural(a.name, b.name));
    const taken = new Set(this.#declared);
    for (const e of entries) {
      let local = e.name;
      for (let n = 1; taken.has(local); n++) local = `${e.name}$${n}`;
      e.local = local;
      taken.add(local);
    }
    return entries;
  }

  #render(): string {
    const out: string[] = [...this.#header()];
    if (this.kind === "ts") {
      const imports = this.#importLines(this.#resolveImports());
      if (imports.length > 0) {
        if (out.length > 0) out.push("");
        out.push(...imports);
      }
    } else if (this.#imports.size > 0) {
      throw new Error(`${this.path}: only TypeScript files can import.`);
    }
    const body = this.#body.map((d) => layout(d));
    while (body.length > 0 && body[0] === "") body.shift();
    while (body.length > 0 && body[body.length - 1] === "") body.pop();
    if (body.length > 0 && out.length > 0) out.push("");
    out.push(...body);
    return `${out.join("\n")}\n`;
  }

  #header(): string[] {
    const from = this.sources.length > 0 ? ` from ${this.sources.join(", ")}` : "";
    switch (this.kind) {
      case "ts":
        return this.sources.length > 1
          ? [`// @generated by ${GENERATOR}; do not edit. Sources:`, ...this.sources.map((s) => `//   ${s}`)]
          : [`// @generated by ${GENERATOR}${from}; do not edit.`];
      case "md":
        return [`<!-- @generated by ${GENERATOR}${from}; do not edit. -->`];
      case "json":
        return [];
    }
  }

  #importLines(entries: readonly ImportEntry[]): string[] {
    const byModule = new Map<string, ImportEntry[]>();
    for (const e of entries) {
      const list = byModule.get(e.from);
      if (list) list.push(e);
      else byModule.set(e.from, [e]);
    }
    const lines: string[] = [];
    for (const [from, list] of byModule) {
      const allTypes = list.every((e) => e.typeOnly);
      const specifiers = list.map((e) => {
        const alias = e.local === e.name ? e.name : `${e.name} as ${e.local}`;
        return !allTypes && e.typeOnly ? `type ${alias}` : alias;
      });
      const statement = group([
        allTypes ? "import type {" : "import {",
        indent([line, join([",", line], specifiers)]),
        ifBreak(","),
        line,
        `} from ${stringLiteral(from)};`,
      ]);
      lines.push(printDoc(statement, LINE_WIDTH));
    }
    return lines;
  }
}

function kindOf(path: string): FileKind {
  if (path.endsWith(".md")) return "md";
  if (path.endsWith(".json")) return "json";
  return "ts";
}

function importKey(name: string, from: string): string {
  return `${from}\0${name}`;
}

/** Packages first, then relative paths; each group in natural order (`../` sorts before `./`). */
function compareModules(a: string, b: string): number {
  const ra = a.startsWith(".") ? 1 : 0;
  const rb = b.startsWith(".") ? 1 : 0;
  return ra - rb || compareNatural(a, b);
}

/** Lays out one printed statement; leading spaces of its first text become the indentation of its broken lines. */
function layout(doc: Doc): string {
  const first = firstText(doc);
  const ind = first === undefined ? 0 : (/^ */.exec(first)?.[0].length ?? 0);
  return printDoc(doc, LINE_WIDTH, ind, 0);
}

function firstText(doc: Doc): string | undefined {
  if (typeof doc === "string") return doc === "" ? undefined : doc;
  if (Array.isArray(doc)) {
    for (const d of doc as readonly Doc[]) {
      const t = firstText(d);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  const d = doc as Exclude<Doc, string | readonly Doc[]>;
  return d.t === "group" || d.t === "indent" ? firstText(d.contents) : undefined;
}
