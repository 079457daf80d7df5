/** Doc comments of generated declarations: the model's documentation, deprecation, and the shape id. */
import type { MemberShape, Shape } from "../model/shape.js";
import { docToMarkdown } from "../printer/markup.js";
import { isPrelude, type ServiceContext } from "./service-context.js";
import { documentation, propString, T, traitObject } from "./traits.js";

/** The Markdown documentation of a shape or member, if it has any. */
export function markdownOf(shape: Shape | MemberShape | undefined): string | undefined {
  const doc = documentation(shape);
  return doc === undefined ? undefined : docToMarkdown(doc);
}

/** The `@deprecated` tag of a deprecated shape or member. */
export function deprecatedTag(shape: Shape | MemberShape): string[] {
  const dep = shape.traits.get(T.deprecated);
  if (dep === undefined) return [];
  const obj = traitObject(shape, T.deprecated);
  const message = propString(obj, "message");
  const since = propString(obj, "since");
  const text = [message, since === undefined ? undefined : `(since ${since})`].filter((s) => s !== undefined).join(" ");
  return [text === "" ? "@deprecated" : `@deprecated ${text}`];
}

/** Tags closing a declaration's comment: deprecation, then the shape it is generated from. */
export function declarationTags(shape: Shape): string[] {
  return [...deprecatedTag(shape), `@generated from ${shape.id}`];
}

/** The documentation of a member, falling back to its target's when the member has none of its own. */
export function memberMarkdown(ctx: ServiceContext, member: MemberShape): string | undefined {
  return markdownOf(member) ?? (isPrelude(member.target) ? undefined : markdownOf(ctx.model.shapes.get(member.target)));
}
