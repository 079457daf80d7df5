/** Rule-set template strings: `"https://{Region}.{PartitionResult#dnsSuffix}"`, with `{{` and `}}` for literal braces. */

/** A piece of a template: literal text, or a reference with an optional `getAttr` path (after `#`). */
export type TemplatePart = string | { readonly ref: string; readonly path?: string };

/** Splits a template into text and references; throws with `fail` for an unclosed or empty `{…}`. */
export function parseTemplate(template: string, fail: (message: string) => never): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "{" && template[i + 1] === "{") {
      text += "{";
      i++;
    } else if (c === "}" && template[i + 1] === "}") {
      text += "}";
      i++;
    } else if (c === "{") {
      const end = template.indexOf("}", i);
      const inner = end < 0 ? "" : template.slice(i + 1, end);
      if (inner === "") fail(`the template ${JSON.stringify(template)} has an unclosed or empty "{…}".`);
      if (text) parts.push(text);
      text = "";
      const hash = inner.indexOf("#");
      parts.push(hash < 0 ? { ref: inner } : { ref: inner.slice(0, hash), path: inner.slice(hash + 1) });
      i = end;
    } else {
      text += c;
    }
  }
  if (text) parts.push(text);
  return parts;
}

/** Splits a `getAttr` path (`a.b[2]`) into keys and indexes. */
export function parseAttrPath(path: string, fail: (message: string) => never): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m || (m[1] === "" && m[2] === "")) fail(`the attribute path ${JSON.stringify(path)} is malformed.`);
    if (m[1]) steps.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}
