/** Doc comments (`/** … *\/`) built from Markdown documentation and TSDoc tags. */

/** Makes text safe inside a block comment: `*\/` cannot close it, and a word-initial `@` cannot start a tag. */
export function escapeCommentText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/(^|[\s(])@(?=[A-Za-z])/gm, "$1\\@");
}

/** Makes a TSDoc tag line safe: only `*\/` is escaped (the tag itself must stay a tag). */
function escapeTag(tag: string): string {
  return tag.replace(/\*\//g, "*\\/");
}

/**
 * The lines of a doc comment, indented by `indent`: the documentation paragraphs, then the
 * tags (each may span several lines), separated by a blank comment line. A comment with a
 * single short line prints as `/** text *\/`. Returns no lines when there is nothing to say.
 */
export function docCommentLines(markdown: string | undefined, tags: readonly string[] = [], indent = ""): string[] {
  const body: string[] = [];
  const text = markdown?.trim() ?? "";
  if (text !== "") body.push(...escapeCommentText(text).split("\n"));
  if (tags.length > 0) {
    if (body.length > 0) body.push("");
    for (const tag of tags) body.push(...escapeTag(tag).split("\n"));
  }
  if (body.length === 0) return [];
  if (body.length === 1 && tags.length === 0) return [`${indent}/** ${body[0]} */`];
  return [`${indent}/**`, ...body.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`.trimEnd())), `${indent} */`];
}
