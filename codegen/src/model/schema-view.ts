/**
 * A read-only view of shapes as the trait checker needs them (type, flattened members, the
 * trait applications on a shape or member) before the final model exists: trait values are
 * checked against trait shapes whose own traits are still unconverted node trees.
 */
import type { NodeValue } from "../idl/ast.js";
import type { FileUnit } from "./decl.js";
import type { MixinLayouts } from "./mixins.js";
import type { RApply, RShape, RTrait } from "./resolve-decls.js";
import type { ShapeType } from "./shape.js";

/** A trait application as written: its value node (undefined for `@name`) and the file it is in. */
export interface TraitSource {
  readonly value: NodeValue | undefined;
  readonly unit: FileUnit;
}

/** A member of a flattened shape, as the checker sees it. */
export interface ViewMember {
  readonly name: string;
  readonly id: string;
  readonly target: string | undefined;
}

/** What the trait value checker asks about shapes. */
export interface SchemaView {
  /** The type of a (root) shape, or undefined when no such shape exists. */
  type(id: string): ShapeType | undefined;
  /** The flattened members of a shape, in order. */
  members(id: string): readonly ViewMember[];
  /** A trait on a shape or member (`ns#S$m`), looking through apply statements and mixins. */
  trait(id: string, traitId: string): TraitSource | undefined;
  /** True when a shape, or a member given as `ns#S$m`, exists. */
  exists(id: string): boolean;
}

const MIXIN_TRAIT = "smithy.api#mixin";

/** The SchemaView over resolved declarations and their mixin layouts. */
export class DeclSchemaView implements SchemaView {
  readonly #applied = new Map<string, RTrait[]>();
  readonly #traitCache = new Map<string, Map<string, TraitSource | null>>();
  readonly #memberCache = new Map<string, readonly ViewMember[]>();

  constructor(
    private readonly shapes: ReadonlyMap<string, RShape>,
    private readonly layouts: MixinLayouts,
    applies: readonly RApply[],
  ) {
    for (const a of applies) {
      const key = a.member === undefined ? a.shapeId : `${a.shapeId}$${a.member}`;
      const list = this.#applied.get(key);
      if (list) list.push(...a.traits);
      else this.#applied.set(key, [...a.traits]);
    }
  }

  type(id: string): ShapeType | undefined {
    return this.shapes.get(id)?.type;
  }

  members(id: string): readonly ViewMember[] {
    const cached = this.#memberCache.get(id);
    if (cached) return cached;
    const shape = this.shapes.get(id);
    const members = shape ? this.layouts.layout(shape).members.map((m) => ({ name: m.name, id: `${id}$${m.name}`, target: m.target })) : [];
    this.#memberCache.set(id, members);
    return members;
  }

  exists(id: string): boolean {
    const dollar = id.indexOf("$");
    if (dollar < 0) return this.shapes.has(id);
    const name = id.slice(dollar + 1);
    return this.members(id.slice(0, dollar)).some((m) => m.name === name);
  }

  trait(id: string, traitId: string): TraitSource | undefined {
    let perId = this.#traitCache.get(id);
    if (!perId) {
      perId = new Map();
      this.#traitCache.set(id, perId);
    }
    const cached = perId.get(traitId);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.lookup(id, traitId);
    perId.set(traitId, found ?? null);
    return found;
  }

  private lookup(id: string, traitId: string): TraitSource | undefined {
    const applied = this.#applied.get(id)?.find((t) => t.id === traitId);
    if (applied) return { value: applied.decl.value, unit: applied.decl.unit };
    const dollar = id.indexOf("$");
    const shape = this.shapes.get(dollar < 0 ? id : id.slice(0, dollar));
    if (!shape) return undefined;
    const layout = this.layouts.layout(shape);
    if (dollar < 0) {
      const local = shape.traits.find((t) => t.id === traitId);
      if (local) return { value: local.decl.value, unit: local.decl.unit };
      if (traitId === MIXIN_TRAIT) return undefined;
      // Later mixins take precedence over earlier ones.
      for (let i = layout.mixins.length - 1; i >= 0; i--) {
        const found = this.trait((layout.mixins[i] as RShape).id, traitId);
        if (found) return found;
      }
      return undefined;
    }
    const member = layout.byName.get(id.slice(dollar + 1));
    if (!member) return undefined;
    const local = member.local?.traits.find((t) => t.id === traitId);
    if (local) return { value: local.decl.value, unit: local.decl.unit };
    for (let i = member.inherited.length - 1; i >= 0; i--) {
      const from = member.inherited[i] as (typeof member.inherited)[number];
      const found = this.trait(`${from.mixin.id}$${member.name}`, traitId);
      if (found) return found;
    }
    return undefined;
  }
}
