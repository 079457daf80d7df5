/**
 * Model documentation to Markdown. AWS models document shapes in an HTML subset (`<p>`,
 * `<code>`, `<a href>`, lists, `<note>`); hand-written IDL uses Markdown in `///` comments.
 * HTML is turned into Markdown (tags stripped, entities decoded); Markdown passes through.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  copy: "©",
  reg: "®",
  trade: "™",
};

/** Decodes HTML character references (`&lt;`, `&#39;`, `&#x2F;`); unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return safeCodePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith("#")) return safeCodePoint(Number.parseInt(ref.slice(1), 10), whole);
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "note",
  "important",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tr",
  "blockquote",
  "fullname",
]);

/** True when the text looks like HTML rather than Markdown. */
function looksLikeHtml(text: string): boolean {
  return /<\/?(p|a|code|b|i|ul|ol|li|br|note|important|strong|em|dl|dt|dd|div|pre|fullname|h[1-6])\b[^>]*>/i.test(text);
}

/** Converts documentation (HTML subset or Markdown) to Markdown paragraphs separated by blank lines. */
export function docToMarkdown(doc: string): string {
  const text = looksLikeHtml(doc) ? htmlToMarkdown(doc) : doc;
  return normalizeBlankLines(text);
}

function normalizeBlankLines(text: string): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/, ""));
  const out: string[] = [];
  for (const l of lines) {
    if (l === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** The state of the HTML to Markdown conversion: finished blocks and the inline text of the current one. */
class MarkdownBuilder {
  readonly blocks: string[] = [];
  current = "";
  readonly lists: { ordered: boolean; n: number }[] = [];
  prefix = "";
  pre = 0;

  text(t: string): void {
    if (this.pre > 0) {
      this.current += t;
      return;
    }
    const collapsed = t.replace(/\s+/g, " ");
    if (this.current === "" || this.current.endsWith(" ")) this.current += collapsed.replace(/^ /, "");
    else this.current += collapsed;
  }

  flush(): void {
    const body = this.pre > 0 ? this.current.replace(/^\n+|\s+$/g, "") : this.current.trim();
    if (body !== "") {
      const indent = " ".repeat(this.prefix.length);
      const lines = body.split("\n");
      this.blocks.push(lines.map((l, i) => (i === 0 ? this.prefix + l : indent + l)).join("\n"));
      this.prefix = "";
    }
    this.current = "";
  }
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
}

function htmlToMarkdown(html: string): string {
  const b = new MarkdownBuilder();
  const links: (string | undefined)[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    b.text(decodeEntities(html.slice(last, m.index)));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const closing = m[1] === "/";
    const attrs = m[3] ?? "";
    if (name === "br") {
      b.current += "\n";
      continue;
    }
    if (name === "code" || name === "tt") {
      if (b.pre === 0) b.current += "`";
      continue;
    }
    if (name === "b" || name === "strong") {
      b.current += "**";
      continue;
    }
    if (name === "i" || name === "em") {
      b.current += "_";
      continue;
    }
    if (name === "a") {
      if (!closing) {
        const href = attribute(attrs, "href");
        links.push(href);
        if (href) b.current += "[";
      } else {
        const href = links.pop();
        if (href) b.current += `](${href})`;
      }
      continue;
    }
    if (!BLOCK_TAGS.has(name)) continue;
    b.flush();
    if (name === "pre") {
      if (!closing) {
        b.blocks.push("```");
        b.pre++;
      } else if (b.pre > 0) {
        b.pre--;
        b.blocks.push("```");
      }
      continue;
    }
    if (name === "ul" || name === "ol") {
      if (!closing) b.lists.push({ ordered: name === "ol", n: 0 });
      else b.lists.pop();
      continue;
    }
    if (name === "li" && !closing) {
      const list = b.lists[b.lists.length - 1];
      const depth = Math.max(0, b.lists.length - 1);
      if (list) list.n++;
      b.prefix = `${"  ".repeat(depth)}${list?.ordered ? `${list.n}.` : "-"} `;
      continue;
    }
    if ((name === "note" || name === "important") && !closing) {
      b.current = name === "note" ? "**Note:** " : "**Important:** ";
    }
  }
  b.text(decodeEntities(html.slice(last)));
  b.flush();
  return joinBlocks(b.blocks);
}

/** Joins blocks with blank lines, except consecutive list items and the lines of a code fence. */
function joinBlocks(blocks: readonly string[]): string {
  let out = "";
  let inFence = false;
  blocks.forEach((block, i) => {
    const prev = blocks[i - 1];
    if (i > 0) {
      const tight = inFence || (isListItem(block) && prev !== undefined && isListItem(prev)) || (block === "```" && inFence);
      out += tight ? "\n" : "\n\n";
    }
    out += block;
    if (block === "```") inFence = !inFence;
  });
  return out;
}

function isListItem(block: string): boolean {
  return /^\s*(-|\d+\.) /.test(block);
}

/** The first paragraph of Markdown documentation, on one line. */
export function firstParagraph(markdown: string): string {
  const para = markdown.split(/\n\s*\n/)[0] ?? "";
  return para.replace(/\s*\n\s*/g, " ").trim();
}

/** The first sentence of Markdown documentation (up to the first period followed by a space), on one line. */
export function firstSentence(markdown: string): string {
  const para = firstParagraph(markdown);
  const m = /^(.*?[.!?])(\s|$)/.exec(para);
  return m?.[1] ?? para;
}
