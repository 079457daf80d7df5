/**
 * Mixin member layout (Smithy 2.0 "Mixins"): the ordered members of each shape once its mixins
 * are flattened (mixin members first, depth-first in mixin order, then local members), with
 * elided `$name` targets filled in from the `for` resource or the mixins. Traits are merged
 * later (build-shapes.ts), once their values are checked.
 */
import { LocatedError } from "../idl/located-error.js";
import type { Loc } from "../idl/location.js";
import type { RMember, RRef, RShape } from "./resolve-decls.js";

const MIXIN_TRAIT = "smithy.api#mixin";

/** One member of a flattened shape. */
export interface LayoutMember {
  readonly name: string;
  /** Absolute target, or undefined when it could not be resolved (already reported). */
  target: string | undefined;
  /** The member as declared in the shape itself, if it is declared (or redefined) there. */
  local: RMember | undefined;
  /** The same member in each direct mixin that provides it, in mixin order. */
  readonly inherited: { readonly mixin: RShape; readonly member: LayoutMember }[];
  readonly loc: Loc;
}

/** The flattened members of one shape, in order. */
export interface Layout {
  readonly members: readonly LayoutMember[];
  readonly byName: ReadonlyMap<string, LayoutMember>;
  /** The direct mixins that were applied (existing mixins of the right type, no cycle). */
  readonly mixins: readonly RShape[];
}

/** Computes (and caches) member layouts for every shape of a model. */
export class MixinLayouts {
  readonly #layouts = new Map<string, Layout>();
  readonly #visiting = new Set<string>();

  constructor(
    private readonly shapes: ReadonlyMap<string, RShape>,
    private readonly errors: LocatedError[],
  ) {}

  /** True when the shape carries `@mixin`. */
  isMixin(shape: RShape): boolean {
    return shape.traits.some((t) => t.id === MIXIN_TRAIT);
  }

  /** The layout of a shape; computing it reports mixin errors once. */
  layout(shape: RShape): Layout {
    const cached = this.#layouts.get(shape.id);
    if (cached) return cached;
    this.#visiting.add(shape.id);
    const members: LayoutMember[] = [];
    const byName = new Map<string, LayoutMember>();
    const byLower = new Map<string, LayoutMember>();
    const mixins: RShape[] = [];
    for (const ref of shape.mixins) {
      const mixin = this.checkMixin(shape, ref);
      if (!mixin) continue;
      mixins.push(mixin);
      for (const m of this.layout(mixin).members) {
        const existing = byLower.get(m.name.toLowerCase());
        if (!existing) {
          const copy: LayoutMember = { name: m.name, target: m.target, local: undefined, inherited: [{ mixin, member: m }], loc: m.loc };
          members.push(copy);
          byName.set(m.name, copy);
          byLower.set(m.name.toLowerCase(), copy);
        } else if (existing.name !== m.name) {
          this.errors.push(
            new LocatedError(
              `Member "${m.name}" from mixin "${mixin.id}" conflicts with member "${existing.name}" of "${shape.id}" (names must differ ignoring case).`,
              ref.ref.loc,
            ),
          );
        } else if (existing.target !== m.target && existing.target !== undefined && m.target !== undefined) {
          const other = existing.inherited[0]?.mixin.id ?? shape.id;
          this.errors.push(
            new LocatedError(
              `Member "${m.name}" of "${shape.id}" is inherited from mixin "${other}" targeting "${existing.target}" and from mixin "${mixin.id}" targeting "${m.target}".`,
              ref.ref.loc,
            ),
          );
        } else {
          existing.inherited.push({ mixin, member: m });
        }
      }
    }
    for (const local of shape.members) {
      const target = local.target?.id ?? (local.decl.target ? undefined : this.elidedTarget(shape, local, byName));
      const existing = byLower.get(local.name.toLowerCase());
      if (!existing) {
        const m: LayoutMember = { name: local.name, target, local, inherited: [], loc: local.decl.loc };
        members.push(m);
        byName.set(local.name, m);
        byLower.set(local.name.toLowerCase(), m);
        continue;
      }
      if (existing.name !== local.name) {
        this.errors.push(
          new LocatedError(
            `Member "${local.name}" of "${shape.id}" conflicts with mixin member "${existing.name}" (names must differ ignoring case).`,
            local.decl.nameLoc,
          ),
        );
        continue;
      }
      if (target !== undefined && existing.target !== undefined && target !== existing.target) {
        const from = existing.inherited[0]?.mixin.id ?? "";
        this.errors.push(
          new LocatedError(
            `Member "${local.name}" of "${shape.id}" targets "${target}", but the member it redefines from mixin "${from}" targets "${existing.target}"; a redefined mixin member must keep its target.`,
            local.decl.target?.loc ?? local.decl.nameLoc,
          ),
        );
      }
      existing.local = local;
    }
    this.#visiting.delete(shape.id);
    const layout: Layout = { members, byName, mixins };
    this.#layouts.set(shape.id, layout);
    return layout;
  }

  private checkMixin(shape: RShape, ref: RRef): RShape | undefined {
    const mixin = this.shapes.get(ref.id);
    if (!mixin) return undefined;
    if (!this.isMixin(mixin)) {
      this.errors.push(new LocatedError(`Shape "${mixin.id}" cannot be used as a mixin because it lacks the @mixin trait.`, ref.ref.loc));
      return undefined;
    }
    if (mixin.type !== shape.type) {
      this.errors.push(
        new LocatedError(`Mixin "${mixin.id}" is a ${mixin.type} and cannot be mixed into ${shape.type} "${shape.id}".`, ref.ref.loc),
      );
      return undefined;
    }
    if (this.#visiting.has(mixin.id)) {
      this.errors.push(
        new LocatedError(`Mixin cycle: "${shape.id}" mixes in "${mixin.id}", which already mixes in "${shape.id}".`, ref.ref.loc),
      );
      return undefined;
    }
    return mixin;
  }

  /** `$name`: an identifier or property of the `for` resource, else a mixin member of that name. */
  private elidedTarget(shape: RShape, member: RMember, inherited: ReadonlyMap<string, LayoutMember>): string | undefined {
    const resource = shape.forResource ? this.shapes.get(shape.forResource.id) : undefined;
    if (shape.forResource && resource?.props?.kind !== "resource") {
      this.errors.push(new LocatedError(`"${shape.forResource.id}" after "for" must be a resource.`, shape.forResource.ref.loc));
    } else if (resource?.props?.kind === "resource") {
      const found =
        resource.props.identifiers.find((i) => i.name === member.name) ?? resource.props.properties.find((p) => p.name === member.name);
      if (found) return found.id;
    }
    const fromMixin = inherited.get(member.name);
    if (fromMixin) return fromMixin.target;
    const where = shape.forResource
      ? `resource "${shape.forResource.id}" has no identifier or property`
      : "no resource is bound with `for`";
    this.errors.push(
      new LocatedError(
        `Cannot find the target of elided member "$${member.name}": ${where} named "${member.name}", and no mixin has such a member.`,
        member.decl.nameLoc,
      ),
    );
    return undefined;
  }
}
