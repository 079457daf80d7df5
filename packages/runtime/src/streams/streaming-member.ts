/** Which member of an operation's input or output streams: a `@streaming` blob payload or an event stream. */
import { type MemberSchema, resolveSchema, type ScalarSchema, type StructureSchema, type UnionSchema } from "../schema.js";

/** The streaming member of a structure: a `@streaming` blob, or a `@streaming` union (an event stream). */
export type StreamingMember =
  | { readonly kind: "blob"; readonly member: MemberSchema; readonly target: ScalarSchema }
  | { readonly kind: "events"; readonly member: MemberSchema; readonly target: UnionSchema };

const found = new WeakMap<StructureSchema, StreamingMember | null>();

/** The streaming member of an operation input or output (Smithy allows at most one), or undefined (cached). */
export function streamingMember(schema: StructureSchema): StreamingMember | undefined {
  let entry = found.get(schema);
  if (entry === undefined) {
    entry = null;
    for (const member of schema.members) {
      const target = resolveSchema(member.target);
      if (target.k === "blob" && target.streaming) entry = { kind: "blob", member, target };
      else if (target.k === "union" && target.streaming) entry = { kind: "events", member, target };
      if (entry) break;
    }
    found.set(schema, entry);
  }
  return entry ?? undefined;
}
