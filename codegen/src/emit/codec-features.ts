/**
 * Which optional parts of a runtime protocol codec a service needs, read from the shapes its operations reach.
 * The protocol table (`protocols.ts`) pairs each part with the runtime export that implements it, so a
 * client's bundle carries only the codec code its service uses.
 */
import type { MemberShape, Shape } from "../model/shape.js";
import { isUnit, membersOf, type ServiceContext } from "./service-context.js";
import { T } from "./traits.js";

/** The top-level members of every operation input, output and error of the service. */
function* topLevelMembers(ctx: ServiceContext): Generator<MemberShape> {
  for (const op of ctx.operations) {
    for (const id of [op.input, op.output, ...ctx.errorsOf(op)]) {
      if (!isUnit(id)) yield* membersOf(ctx.shape(id));
    }
  }
}

/** True when some top-level member has one of the traits. */
function someTopLevelMember(ctx: ServiceContext, test: (m: MemberShape) => boolean): boolean {
  for (const m of topLevelMembers(ctx)) if (test(m)) return true;
  return false;
}

/** `@httpHeader` or `@httpPrefixHeaders` on some input, output or error member. */
export function usesHeaderBindings(ctx: ServiceContext): boolean {
  return someTopLevelMember(ctx, (m) => m.traits.has(T.httpHeader) || m.traits.has(T.httpPrefixHeaders));
}

/** `@httpPayload` targeting a blob, string, enum or document (a structure or union payload is plain JSON). */
export function usesRawPayloads(ctx: ServiceContext): boolean {
  return someTopLevelMember(ctx, (m) => {
    if (!m.traits.has(T.httpPayload)) return false;
    const type = ctx.model.shapes.get(m.target)?.type;
    return type !== "structure" && type !== "union";
  });
}

/** `@httpQueryParams` on some input member. */
export function usesQueryParams(ctx: ServiceContext): boolean {
  return someTopLevelMember(ctx, (m) => m.traits.has(T.httpQueryParams));
}

/** True when some shape the service's operations reach (inputs, outputs and errors, at any depth) is a blob. */
export function usesBlobs(ctx: ServiceContext): boolean {
  return reachesType(ctx, "blob");
}

/** True when an `@httpHeader` member carries a `@mediaType` string (or a list of them), which headers send as base64. */
export function usesBase64Headers(ctx: ServiceContext): boolean {
  const mediaTypeText = (id: string): boolean => {
    const target: Shape | undefined = ctx.model.shapes.get(id);
    if (target?.type === "list") return membersOf(target).some((m) => mediaTypeText(m.target));
    return target?.type === "string" && target.traits.has(T.mediaType);
  };
  return someTopLevelMember(ctx, (m) => m.traits.has(T.httpHeader) && mediaTypeText(m.target));
}

/** True when some shape the service's operations reach is a timestamp. */
export function usesTimestamps(ctx: ServiceContext): boolean {
  return reachesType(ctx, "timestamp");
}

/** True when some shape the service's operations reach is a list or a map. */
export function usesCollections(ctx: ServiceContext): boolean {
  return reachesType(ctx, "list") || reachesType(ctx, "map");
}

/** True when a shape the operations reach (inputs, outputs, errors, at any depth; prelude targets too) has this type. */
function reachesType(ctx: ServiceContext, type: string): boolean {
  for (const shape of ctx.shapes.values()) {
    if (shape.type === type || membersOf(shape).some((m) => ctx.model.shapes.get(m.target)?.type === type)) return true;
  }
  return false;
}

/**
 * True when some operation's input or output has a streaming member: a `@streaming` blob (payload) or a
 * `@streaming` union (an event stream). The client then uses the runtime's `withStreams` codec and `addStreams`.
 */
export function usesStreams(ctx: ServiceContext): boolean {
  for (const op of ctx.operations) {
    for (const id of [op.input, op.output]) {
      if (isUnit(id)) continue;
      for (const m of membersOf(ctx.shape(id))) {
        const target = ctx.model.shapes.get(m.target);
        if ((target?.type === "blob" || target?.type === "union") && target.traits.has(T.streaming)) return true;
      }
    }
  }
  return false;
}
