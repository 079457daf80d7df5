/**
 * A small Wadler-style layout engine with the line-fitting rules of the Prettier family
 * (which Biome follows): a group prints flat when it fits in the rest of the line, and
 * breaks otherwise. Generated code is laid out with it so that it already reads as the
 * repository's formatter would print it.
 */

/** A piece of layout: text, a sequence, or one of the layout commands below. */
export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak | Fill | Deferred;

/** Text known only when the file is printed, such as an imported name that may end up aliased. */
export interface Deferred {
  readonly t: "deferred";
  text(): string;
}

/** Prints its contents flat if they fit, broken otherwise (always broken when `broken`). */
export interface Group {
  readonly t: "group";
  readonly contents: Doc;
  readonly broken: boolean;
}

/** Indents the lines its contents break onto by one level. */
export interface Indent {
  readonly t: "indent";
  readonly contents: Doc;
}

/** A line break; flat, it prints as a space (`soft` prints nothing); `hard` always breaks. */
export interface Line {
  readonly t: "line";
  readonly soft: boolean;
  readonly hard: boolean;
}

/** Prints `broken` when the enclosing group is broken, `flat` otherwise. */
export interface IfBreak {
  readonly t: "ifBreak";
  readonly broken: Doc;
  readonly flat: Doc;
}

/** Packs `[item, separator, item, …]` onto as few lines as fit (as for arrays of numbers). */
export interface Fill {
  readonly t: "fill";
  readonly parts: readonly Doc[];
}

/** A space when flat, a newline when broken. */
export const line: Line = { t: "line", soft: false, hard: false };
/** Nothing when flat, a newline when broken. */
export const softline: Line = { t: "line", soft: true, hard: false };
/** Always a newline; breaks every enclosing group. */
export const hardline: Line = { t: "line", soft: false, hard: true };

/** Groups `contents`; `broken` forces the break (as for an object literal written expanded). */
export function group(contents: Doc, broken = false): Group {
  return { t: "group", contents, broken: broken || mustBreak(contents) };
}

/** Indents the broken lines of `contents`. */
export function indent(contents: Doc): Indent {
  return { t: "indent", contents };
}

/** Chooses text by the mode of the enclosing group. */
export function ifBreak(broken: Doc, flat: Doc = ""): IfBreak {
  return { t: "ifBreak", broken, flat };
}

/** Fills lines with `[item, separator, item, …]`. */
export function fill(parts: readonly Doc[]): Fill {
  return { t: "fill", parts };
}

/** Places `separator` between the docs. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((d, i) => {
    if (i > 0) out.push(separator);
    out.push(d);
  });
  return out;
}

/** True when a doc holds a hard line or a broken group, which breaks every group around it. */
function mustBreak(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (isArray(doc)) return doc.some(mustBreak);
  switch (doc.t) {
    case "group":
      return doc.broken;
    case "indent":
      return mustBreak(doc.contents);
    case "line":
      return doc.hard;
    case "ifBreak":
      return mustBreak(doc.broken);
    case "fill":
      return doc.parts.some(mustBreak);
    case "deferred":
      return false;
  }
}

function isArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

type Mode = "flat" | "break";
type Cmd = readonly [indent: number, mode: Mode, doc: Doc];

/**
 * Lays `doc` out within `width` columns, starting at column `startColumn` with `startIndent`
 * spaces of indentation for broken lines. Returns the text (lines joined with `\n`, no trailing newline).
 */
export function printDoc(doc: Doc, width: number, startIndent = 0, startColumn = startIndent): string {
  const out: string[] = [];
  let pos = startColumn;
  const cmds: Cmd[] = [[startIndent, "break", doc]];
  while (cmds.length > 0) {
    const [ind, mode, d] = cmds.pop() as Cmd;
    if (typeof d === "string") {
      out.push(d);
      pos += d.length;
      continue;
    }
    if (isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) cmds.push([ind, mode, d[i] as Doc]);
      continue;
    }
    switch (d.t) {
      case "indent":
        cmds.push([ind + 2, mode, d.contents]);
        break;
      case "group":
        if (mode === "flat" && !d.broken) cmds.push([ind, "flat", d.contents]);
        else if (d.broken) cmds.push([ind, "break", d.contents]);
        else {
          const flat: Cmd = [ind, "flat", d.contents];
          cmds.push(fits(flat, cmds, width - pos, false) ? flat : [ind, "break", d.contents]);
        }
        break;
      case "ifBreak":
        cmds.push([ind, mode, mode === "break" ? d.broken : d.flat]);
        break;
      case "line":
        if (mode === "flat" && !d.hard) {
          if (!d.soft) {
            out.push(" ");
            pos += 1;
          }
        } else {
          trimTrailingSpaces(out);
          out.push(`\n${" ".repeat(ind)}`);
          pos = ind;
        }
        break;
      case "fill":
        expandFill(d, ind, mode, cmds, width - pos);
        break;
      case "deferred": {
        const text = d.text();
        out.push(text);
        pos += text.length;
        break;
      }
    }
  }
  return out.join("");
}

/**
 * Takes the first item of a fill: it prints flat if it fits, and the separator after it
 * breaks unless the item and the next one both fit on the line; the rest stays a fill.
 */
function expandFill(d: Fill, ind: number, mode: Mode, cmds: Cmd[], remaining: number): void {
  const [content, separator, second] = d.parts;
  if (content === undefined) return;
  const contentFlat: Cmd = [ind, "flat", content];
  const contentBreak: Cmd = [ind, "break", content];
  const contentFits = fits(contentFlat, [], remaining, true);
  if (separator === undefined) {
    cmds.push(contentFits ? contentFlat : contentBreak);
    return;
  }
  const sepFlat: Cmd = [ind, "flat", separator];
  const sepBreak: Cmd = [ind, "break", separator];
  if (second === undefined) {
    cmds.push(contentFits ? sepFlat : sepBreak, contentFits ? contentFlat : contentBreak);
    return;
  }
  const rest: Cmd = [ind, mode, fill(d.parts.slice(2))];
  const bothFit = fits([ind, "flat", [content, separator, second]], [], remaining, true);
  if (bothFit) cmds.push(rest, sepFlat, contentFlat);
  else if (contentFits) cmds.push(rest, sepBreak, contentFlat);
  else cmds.push(rest, sepBreak, contentBreak);
}

/**
 * True when `next` printed flat, followed by the rest of the pending commands up to their
 * first line break, fits in `width` columns (`mustBeFlat`: a broken group inside never fits).
 */
function fits(next: Cmd, rest: readonly Cmd[], width: number, mustBeFlat: boolean): boolean {
  let remaining = width;
  let restIdx = rest.length;
  const stack: Cmd[] = [next];
  while (remaining >= 0) {
    if (stack.length === 0) {
      if (restIdx === 0) return true;
      stack.push(rest[--restIdx] as Cmd);
      continue;
    }
    const [ind, mode, d] = stack.pop() as Cmd;
    if (typeof d === "string") {
      remaining -= d.length;
      continue;
    }
    if (isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push([ind, mode, d[i] as Doc]);
      continue;
    }
    switch (d.t) {
      case "indent":
        stack.push([ind, mode, d.contents]);
        break;
      case "group":
        if (mustBeFlat && d.broken) return false;
        stack.push([ind, d.broken ? "break" : mode, d.contents]);
        break;
      case "ifBreak":
        stack.push([ind, mode, mode === "break" ? d.broken : d.flat]);
        break;
      case "line":
        if (mode === "break" || d.hard) return true;
        if (!d.soft) remaining -= 1;
        break;
      case "fill":
        for (let i = d.parts.length - 1; i >= 0; i--) stack.push([ind, mode, d.parts[i] as Doc]);
        break;
      case "deferred":
        remaining -= d.text().length;
        break;
    }
  }
  return false;
}

function trimTrailingSpaces(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1] as string;
    const trimmed = last.replace(/ +$/, "");
    if (trimmed.length > 0 || last.length === 0) {
      out[out.length - 1] = trimmed;
      return;
    }
    out.pop();
  }
}
