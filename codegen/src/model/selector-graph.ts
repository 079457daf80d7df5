/**
 * The model graph that selectors walk (selector.ts), built from resolved declarations before the
 * final shapes exist: members and their targets, service / resource / operation bindings with
 * their relationship names, mixins, and trait applications (through apply and mixins).
 */
import type { NodeValue } from "../idl/ast.js";
import type { ResolvedDecls, RShape } from "./resolve-decls.js";
import type { SchemaView } from "./schema-view.js";
import type { SelectorEdge, SelectorGraph } from "./selector.js";

const UNIT = "smithy.api#Unit";

/** Builds the selector graph of a model being loaded. */
export function declSelectorGraph(decls: ResolvedDecls, view: SchemaView): SelectorGraph {
  let all: string[] | undefined;
  const edgeCache = new Map<string, readonly SelectorEdge[]>();
  const shapeEdges = (shape: RShape, seen: Set<string>): SelectorEdge[] => {
    const out: SelectorEdge[] = view.members(shape.id).map((m) => ({ rel: "member", to: m.id }));
    const p = shape.props;
    const add = (rel: string, to: string | undefined): void => {
      if (to !== undefined) out.push({ rel, to });
    };
    if (p?.kind === "operation") {
      add("input", p.input?.id ?? UNIT);
      add("output", p.output?.id ?? UNIT);
      for (const e of p.errors) add("error", e.id);
    } else if (p?.kind === "service") {
      for (const r of p.operations) add("operation", r.id);
      for (const r of p.resources) add("resource", r.id);
      for (const r of p.errors) add("error", r.id);
    } else if (p?.kind === "resource") {
      for (const r of p.identifiers) add("identifier", r.id);
      for (const r of p.properties) add("property", r.id);
      for (const [key, r] of Object.entries(p.lifecycle)) add(key, r?.id);
      for (const r of p.operations) add("operation", r.id);
      for (const r of p.collectionOperations) add("collectionOperation", r.id);
      for (const r of p.resources) add("resource", r.id);
    }
    for (const m of shape.mixins) {
      add("mixin", m.id);
      // Bindings and errors of a mixin belong to the shapes that use it (members come flattened).
      const mixin = decls.shapes.get(m.id);
      if (mixin && !seen.has(mixin.id) && mixin.props) {
        seen.add(mixin.id);
        for (const e of shapeEdges(mixin, seen)) if (e.rel !== "member" && e.rel !== "mixin") out.push(e);
      }
    }
    return out;
  };
  return {
    ids() {
      all ??= [...decls.shapes.keys()].flatMap((id) => [id, ...view.members(id).map((m) => m.id)]);
      return all;
    },
    typeOf(id) {
      return id.includes("$") ? (view.exists(id) ? "member" : undefined) : view.type(id);
    },
    edges(id) {
      const cached = edgeCache.get(id);
      if (cached) return cached;
      let out: readonly SelectorEdge[] = [];
      const dollar = id.indexOf("$");
      if (dollar >= 0) {
        const name = id.slice(dollar + 1);
        const target = view.members(id.slice(0, dollar)).find((m) => m.name === name)?.target;
        out = target ? [{ rel: "target", to: target }] : [];
      } else {
        const shape = decls.shapes.get(id);
        if (shape) out = shapeEdges(shape, new Set([id]));
      }
      edgeCache.set(id, out);
      return out;
    },
    trait(id, traitId) {
      const t = view.trait(id, traitId);
      if (!t) return undefined;
      const value = t.value;
      return {
        text: scalarText(value),
        key: (name) => (value?.kind === "object" ? scalarText(value.entries.find((e) => e.key === name)?.value) : undefined),
      };
    },
  };
}

/** The text of a string, number or boolean node, as selector comparisons see it. */
function scalarText(value: NodeValue | undefined): string | undefined {
  if (value?.kind === "string") return value.value;
  if (value?.kind === "number") return value.raw;
  if (value?.kind === "boolean") return String(value.value);
  return undefined;
}
