/**
 * Builds the semantic shapes: checks every trait application, merges `apply` statements into
 * shapes and members, then flattens mixins (traits inherited in mixin order, local traits win,
 * `@mixin` and the mixin's `localTraits` not inherited; members as laid out by mixins.ts).
 */
import { LocatedError } from "../idl/located-error.js";
import { mergeTrait } from "./apply.js";
import type { Layout, MixinLayouts } from "./mixins.js";
import { isAggregateType } from "./model-query.js";
import type { ResolvedDecls, RShape } from "./resolve-decls.js";
import type { SchemaView } from "./schema-view.js";
import type { SelectorGraph } from "./selector.js";
import { declSelectorGraph } from "./selector-graph.js";
import type { MemberShape, Node, Shape, Traits } from "./shape.js";
import type { CheckedTrait, TraitValidator } from "./trait-validation.js";

const MIXIN_TRAIT = "smithy.api#mixin";
type LocalTraits = Map<string, CheckedTrait>;

/** Builds every shape of the model from resolved declarations. */
export function buildShapes(
  decls: ResolvedDecls,
  layouts: MixinLayouts,
  view: SchemaView,
  validator: TraitValidator,
  errors: LocatedError[],
): Map<string, Shape> {
  const builder = new ShapeBuilder(decls, layouts, view, validator, errors);
  return builder.build();
}

class ShapeBuilder {
  /** Checked local traits (declared and applied) by shape id or member id. */
  readonly #local = new Map<string, LocalTraits>();
  readonly #built = new Map<string, Shape>();
  readonly #graph: SelectorGraph;

  constructor(
    private readonly decls: ResolvedDecls,
    private readonly layouts: MixinLayouts,
    private readonly view: SchemaView,
    private readonly validator: TraitValidator,
    private readonly errors: LocatedError[],
  ) {
    this.#graph = declSelectorGraph(decls, view);
  }

  build(): Map<string, Shape> {
    const isList = (traitId: string): boolean => this.view.type(traitId) === "list";
    for (const shape of this.decls.shapes.values()) {
      const traits = this.localOf(shape.id);
      for (const t of shape.traits) {
        const checked = this.validator.check(t, { id: shape.id, type: shape.type, graph: this.#graph });
        if (checked) mergeTrait(traits, checked, isList, shape.id, this.errors);
      }
      for (const m of shape.members) {
        const memberId = `${shape.id}$${m.name}`;
        const memberTraits = this.localOf(memberId);
        for (const t of m.traits) {
          const checked = this.validator.check(t, { id: memberId, type: "member", graph: this.#graph });
          if (checked) mergeTrait(memberTraits, checked, isList, memberId, this.errors);
        }
      }
    }
    for (const a of this.decls.applies) {
      const shape = this.decls.shapes.get(a.shapeId);
      if (!shape) continue;
      if (shape.unit.prelude && !a.decl.unit.prelude) {
        this.errors.push(new LocatedError(`Cannot apply traits to prelude shape "${a.shapeId}".`, a.decl.target.loc));
        continue;
      }
      let subjectId = a.shapeId;
      if (a.member !== undefined) {
        subjectId = `${a.shapeId}$${a.member}`;
        if (!this.layouts.layout(shape).byName.has(a.member)) {
          const why = isAggregateType(shape.type)
            ? `"${a.shapeId}" has no member "${a.member}"`
            : `${shape.type} "${a.shapeId}" has no members`;
          this.errors.push(new LocatedError(`Cannot apply traits to "${subjectId}": ${why}.`, a.decl.target.loc));
          continue;
        }
      }
      const traits = this.localOf(subjectId);
      for (const t of a.traits) {
        const checked = this.validator.check(t, {
          id: subjectId,
          type: a.member === undefined ? shape.type : "member",
          graph: this.#graph,
        });
        if (checked) mergeTrait(traits, checked, isList, subjectId, this.errors);
      }
    }
    for (const shape of this.decls.shapes.values()) this.shape(shape);
    return this.#built;
  }

  private localOf(id: string): LocalTraits {
    let traits = this.#local.get(id);
    if (!traits) {
      traits = new Map();
      this.#local.set(id, traits);
    }
    return traits;
  }

  private shape(decl: RShape): Shape {
    const done = this.#built.get(decl.id);
    if (done) return done;
    const layout = this.layouts.layout(decl);
    const mixins = layout.mixins.map((m) => this.shape(m));
    const traits: Traits = new Map();
    for (const [id, t] of this.#local.get(decl.id) ?? []) traits.set(id, t.value);
    // Later mixins take precedence over earlier ones, local traits over all of them.
    for (let i = mixins.length - 1; i >= 0; i--) {
      const mixin = mixins[i] as Shape;
      const localOnly = localTraitsOf(mixin);
      for (const [id, value] of mixin.traits) {
        if (id !== MIXIN_TRAIT && !localOnly.has(id) && !traits.has(id)) traits.set(id, value);
      }
    }
    const loc = decl.unit.format === "json" || decl.unit.prelude ? undefined : decl.decl.loc;
    const base = { id: decl.id, traits, loc, mixins: layout.mixins.map((m) => m.id) };
    const shape = this.withBody(decl, base, layout, mixins);
    this.#built.set(decl.id, shape);
    return shape;
  }

  private withBody(decl: RShape, base: Omit<Shape, "type">, layout: Layout, mixins: readonly Shape[]): Shape {
    const p = decl.props;
    switch (decl.type) {
      case "enum":
      case "intEnum":
      case "list":
      case "map":
      case "structure":
      case "union":
        return { ...base, type: decl.type, members: this.members(decl, layout, mixins), ...(decl.decl.set ? { set: true } : {}) };
      case "service": {
        const own = p?.kind === "service" ? p : undefined;
        const from = mixins.flatMap((m) => (m.type === "service" ? [m] : []));
        const rename = new Map<string, string>();
        for (const m of from) for (const [k, v] of m.rename) rename.set(k, v);
        for (const r of own?.rename ?? []) rename.set(r.id, r.name);
        return {
          ...base,
          type: "service",
          version: own?.version ?? from.reduce<string | undefined>((v, m) => m.version ?? v, undefined),
          operations: union(...from.map((m) => m.operations), own?.operations.map((r) => r.id) ?? []),
          resources: union(...from.map((m) => m.resources), own?.resources.map((r) => r.id) ?? []),
          errors: union(...from.map((m) => m.errors), own?.errors.map((r) => r.id) ?? []),
          rename,
        };
      }
      case "operation": {
        const own = p?.kind === "operation" ? p : undefined;
        const from = mixins.flatMap((m) => (m.type === "operation" ? [m] : []));
        return {
          ...base,
          type: "operation",
          input: own?.input?.id ?? "smithy.api#Unit",
          output: own?.output?.id ?? "smithy.api#Unit",
          errors: union(...from.map((m) => m.errors), own?.errors.map((r) => r.id) ?? []),
        };
      }
      case "resource": {
        const own = p?.kind === "resource" ? p : undefined;
        return {
          ...base,
          type: "resource",
          identifiers: new Map((own?.identifiers ?? []).map((r) => [r.name, r.id])),
          properties: new Map((own?.properties ?? []).map((r) => [r.name, r.id])),
          create: own?.lifecycle.create?.id,
          put: own?.lifecycle.put?.id,
          read: own?.lifecycle.read?.id,
          update: own?.lifecycle.update?.id,
          delete: own?.lifecycle.delete?.id,
          list: own?.lifecycle.list?.id,
          operations: own?.operations.map((r) => r.id) ?? [],
          collectionOperations: own?.collectionOperations.map((r) => r.id) ?? [],
          resources: own?.resources.map((r) => r.id) ?? [],
        };
      }
      default:
        return { ...base, type: decl.type };
    }
  }

  private members(decl: RShape, layout: Layout, mixins: readonly Shape[]): Map<string, MemberShape> {
    const out = new Map<string, MemberShape>();
    const json = decl.unit.format === "json" || decl.unit.prelude;
    for (const lm of layout.members) {
      if (lm.target === undefined) continue;
      const id = `${decl.id}$${lm.name}`;
      const traits: Traits = new Map();
      for (const [traitId, t] of this.#local.get(id) ?? []) traits.set(traitId, t.value);
      for (let i = lm.inherited.length - 1; i >= 0; i--) {
        const from = lm.inherited[i] as (typeof lm.inherited)[number];
        const mixin = mixins.find((m) => m.id === from.mixin.id);
        const inherited = mixin && "members" in mixin ? mixin.members.get(lm.name) : undefined;
        for (const [traitId, value] of inherited?.traits ?? []) if (!traits.has(traitId)) traits.set(traitId, value);
      }
      const inheritedLoc = lm.inherited[0]?.mixin.unit.format === "idl" && !lm.inherited[0]?.mixin.unit.prelude ? lm.loc : undefined;
      const loc = lm.local ? (json ? undefined : lm.local.decl.loc) : inheritedLoc;
      out.set(lm.name, { id, name: lm.name, target: lm.target, traits, loc });
    }
    return out;
  }
}

/** The `localTraits` of a mixin's `@mixin` trait: traits not copied to shapes that use it. */
function localTraitsOf(mixin: Shape): ReadonlySet<string> {
  const value = mixin.traits.get(MIXIN_TRAIT) as { readonly localTraits?: Node } | undefined;
  const list = value && typeof value === "object" && Array.isArray(value.localTraits) ? (value.localTraits as readonly Node[]) : [];
  return new Set(list.filter((x): x is string => typeof x === "string"));
}

/** Concatenates id lists, keeping the first occurrence of each id. */
function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
