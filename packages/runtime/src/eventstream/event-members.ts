/**
 * How the members of an event structure map onto an event-stream message (Smithy event streams):
 * `@eventHeader` members are message headers, an `@eventPayload` member is the whole body, and without one
 * the other members form a JSON document in the body.
 */
import type { JsonMode } from "../protocols/json-members.js";
import { type MemberSchema, resolveSchema, type Schema, type StructureSchema } from "../schema.js";

/** The message layout of one event (or exception event) structure. */
export interface EventLayout {
  readonly headers: readonly MemberSchema[];
  /** The `@eventPayload` member and its target. */
  readonly payload: { readonly member: MemberSchema; readonly target: Schema } | undefined;
  /** The members of the JSON body (when there is no payload member), as a structure of their own; undefined when none. */
  readonly body: StructureSchema | undefined;
}

const layouts = new WeakMap<StructureSchema, EventLayout>();

/** The layout of an event structure (cached). */
export function eventLayout(schema: StructureSchema): EventLayout {
  let layout = layouts.get(schema);
  if (!layout) {
    const headers = schema.members.filter((m) => m.event === "header");
    const payloadMember = schema.members.find((m) => m.event === "payload");
    const rest = schema.members.filter((m) => m.event === undefined);
    layout = {
      headers,
      payload: payloadMember && { member: payloadMember, target: resolveSchema(payloadMember.target) },
      body: payloadMember || rest.length === 0 ? undefined : rest.length === schema.members.length ? schema : { ...schema, members: rest },
    };
    layouts.set(schema, layout);
  }
  return layout;
}

/** The JSON mode of event bodies: restJson1's (`@jsonName` honoured) or awsJson's (NAMED and PLAIN of json-members.ts). */
export const jsonMode = (named: boolean): JsonMode => (named ? 1 : 0);
