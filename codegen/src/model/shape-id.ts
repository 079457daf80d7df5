/**
 * Shape ids (Smithy 2.0 "Shape ID" chapter): `namespace#Name` optionally followed by `$member`.
 * Relative ids (`Name`, `Name$member`) are resolved elsewhere (resolve.ts); this module only
 * checks syntax and takes ids apart.
 */

/** `Identifier = (1*"_" (ALPHA / DIGIT)) / ALPHA) *(ALPHA / DIGIT / "_")`. */
const IDENTIFIER = "(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*";
const NAMESPACE = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;

const absoluteRe = new RegExp(`^(${NAMESPACE})#(${IDENTIFIER})(?:\\$(${IDENTIFIER}))?$`);
const relativeRe = new RegExp(`^(${IDENTIFIER})(?:\\$(${IDENTIFIER}))?$`);

/** The parts of an absolute shape id. */
export interface ShapeIdParts {
  readonly namespace: string;
  readonly name: string;
  /** The member name after `$`, if any. */
  readonly member: string | undefined;
}

/** Splits an absolute shape id into its parts, or returns undefined when it is not one. */
export function parseAbsoluteShapeId(text: string): ShapeIdParts | undefined {
  const m = absoluteRe.exec(text);
  if (!m) return undefined;
  return { namespace: m[1] as string, name: m[2] as string, member: m[3] };
}

/** Splits a relative shape id (`Name` or `Name$member`), or returns undefined when it is not one. */
export function parseRelativeShapeId(text: string): { readonly name: string; readonly member: string | undefined } | undefined {
  const m = relativeRe.exec(text);
  if (!m) return undefined;
  return { name: m[1] as string, member: m[2] };
}

/** True for an absolute shape id with or without a member (`a.b#C`, `a.b#C$d`). */
export function isAbsoluteShapeId(text: string): boolean {
  return absoluteRe.test(text);
}

/** True for any syntactically valid shape id, relative or absolute. */
export function isShapeIdSyntax(text: string): boolean {
  return absoluteRe.test(text) || relativeRe.test(text);
}

/** Splits `ns#Shape$member` into `ns#Shape` and `member` (member undefined for a root id). */
export function splitMemberId(id: string): { readonly root: string; readonly member: string | undefined } {
  const dollar = id.indexOf("$");
  return dollar < 0 ? { root: id, member: undefined } : { root: id.slice(0, dollar), member: id.slice(dollar + 1) };
}

/** The namespace of an absolute id (the text before `#`). */
export function namespaceOf(id: string): string {
  const hash = id.indexOf("#");
  return hash < 0 ? "" : id.slice(0, hash);
}

/** The shape name of an absolute id (between `#` and `$`). */
export function nameOf(id: string): string {
  const { root } = splitMemberId(id);
  return root.slice(root.indexOf("#") + 1);
}
