/**
 * Resolves every shape id of every declaration to an absolute id, once all files are known:
 * member targets, mixins, `for` resources, service / resource / operation references, trait
 * ids and apply targets. Also reports duplicate shapes and members.
 */
import { LocatedError } from "../idl/located-error.js";
import { formatLoc } from "../idl/location.js";
import type { ApplyDecl, FileUnit, LifecycleProp, MemberDecl, Ref, ShapeDecl, TraitDecl } from "./decl.js";
import { LIFECYCLE_PROPS } from "./decl.js";
import { stringNode } from "./node-value.js";
import { IdResolver } from "./resolve.js";
import type { ShapeType } from "./shape.js";

const ENUM_VALUE = "smithy.api#enumValue";

/** A resolved reference: the absolute id and where it was written. */
export interface RRef {
  readonly id: string;
  readonly ref: Ref;
}

/** A trait application with its trait id resolved. */
export interface RTrait {
  readonly id: string;
  readonly decl: TraitDecl;
}

/** A member with its target resolved (undefined when elided, or unresolvable and already reported). */
export interface RMember {
  readonly decl: MemberDecl;
  readonly name: string;
  readonly target: RRef | undefined;
  readonly traits: RTrait[];
}

/** A named reference with its id resolved. */
export interface RNamedRef extends RRef {
  readonly name: string;
}

/** Resolved non-member properties. */
export type RProps =
  | { readonly kind: "operation"; readonly input: RRef | undefined; readonly output: RRef | undefined; readonly errors: readonly RRef[] }
  | {
      readonly kind: "service";
      readonly version: string | undefined;
      readonly operations: readonly RRef[];
      readonly resources: readonly RRef[];
      readonly errors: readonly RRef[];
      readonly rename: readonly RNamedRef[];
    }
  | {
      readonly kind: "resource";
      readonly identifiers: readonly RNamedRef[];
      readonly properties: readonly RNamedRef[];
      readonly lifecycle: Partial<Record<LifecycleProp, RRef>>;
      readonly operations: readonly RRef[];
      readonly collectionOperations: readonly RRef[];
      readonly resources: readonly RRef[];
    };

/** A shape declaration with every id resolved. */
export interface RShape {
  readonly decl: ShapeDecl;
  readonly id: string;
  readonly type: ShapeType;
  readonly unit: FileUnit;
  readonly mixins: readonly RRef[];
  readonly forResource: RRef | undefined;
  readonly members: readonly RMember[];
  readonly traits: RTrait[];
  readonly props: RProps | undefined;
}

/** An apply statement with its target and trait ids resolved. */
export interface RApply {
  readonly decl: ApplyDecl;
  /** The shape the traits go to (`ns#Shape`). */
  readonly shapeId: string;
  /** The member the traits go to, if the target names one. */
  readonly member: string | undefined;
  readonly traits: RTrait[];
}

/** The resolved declarations of a whole model. */
export interface ResolvedDecls {
  readonly resolver: IdResolver;
  readonly shapes: ReadonlyMap<string, RShape>;
  readonly applies: readonly RApply[];
}

/** Resolves the declarations of all units; the first definition of a duplicated id wins. */
export function resolveDecls(units: readonly FileUnit[], errors: LocatedError[]): ResolvedDecls {
  const first = new Map<string, ShapeDecl>();
  const byLowerCase = new Map<string, ShapeDecl>();
  for (const unit of units) {
    for (const decl of unit.shapes) {
      const previous = first.get(decl.id);
      if (previous) {
        errors.push(
          new LocatedError(`Duplicate shape "${decl.id}"; it is already defined at ${formatLoc(previous.nameLoc)}.`, decl.nameLoc),
        );
        continue;
      }
      const lower = decl.id.toLowerCase();
      const clash = byLowerCase.get(lower);
      if (clash) {
        errors.push(
          new LocatedError(
            `Shape "${decl.id}" conflicts with "${clash.id}" defined at ${formatLoc(clash.nameLoc)}; shape ids must differ ignoring case.`,
            decl.nameLoc,
          ),
        );
        continue;
      }
      first.set(decl.id, decl);
      byLowerCase.set(lower, decl);
    }
  }
  const resolver = new IdResolver(new Set(first.keys()));
  for (const unit of units) checkUses(unit, resolver, errors);
  const shapes = new Map<string, RShape>();
  for (const decl of first.values()) shapes.set(decl.id, resolveShape(decl, resolver, errors));
  const applies: RApply[] = [];
  for (const unit of units) {
    for (const decl of unit.applies) {
      const id = resolver.resolveExisting(decl.target, unit, errors);
      const traits = resolveTraits(decl.traits, resolver, errors);
      if (id === undefined) continue;
      const dollar = id.indexOf("$");
      applies.push({ decl, shapeId: dollar < 0 ? id : id.slice(0, dollar), member: dollar < 0 ? undefined : id.slice(dollar + 1), traits });
    }
  }
  return { resolver, shapes, applies };
}

function checkUses(unit: FileUnit, resolver: IdResolver, errors: LocatedError[]): void {
  const own = new Set(unit.shapes.map((s) => s.id.slice(s.id.indexOf("#") + 1)));
  for (const [name, ref] of unit.uses) {
    if (!resolver.has(ref.text)) errors.push(new LocatedError(`Unknown shape "${ref.text}" in use statement.`, ref.loc));
    if (own.has(name))
      errors.push(new LocatedError(`Shape "${name}" is both imported by a use statement and defined in this file.`, ref.loc));
  }
}

function resolveShape(decl: ShapeDecl, resolver: IdResolver, errors: LocatedError[]): RShape {
  const unit = decl.unit;
  const ref = (r: Ref | undefined): RRef | undefined => {
    if (!r) return undefined;
    const id = rootId(r, unit, resolver, errors, "shape");
    return id === undefined ? undefined : { id, ref: r };
  };
  const refs = (rs: readonly Ref[]): RRef[] => rs.flatMap((r) => ref(r) ?? []);
  const members: RMember[] = [];
  const names = new Map<string, MemberDecl>();
  for (const m of decl.members) {
    const clash = names.get(m.name.toLowerCase());
    if (clash) {
      const how = clash.name === m.name ? "" : ` (member names must differ ignoring case; "${clash.name}")`;
      errors.push(new LocatedError(`Duplicate member "${m.name}" in "${decl.id}"${how}.`, m.nameLoc));
      continue;
    }
    names.set(m.name.toLowerCase(), m);
    const traits = resolveTraits(m.traits, resolver, errors);
    if (decl.type === "enum" && !traits.some((t) => t.id === ENUM_VALUE)) {
      traits.push({
        id: ENUM_VALUE,
        decl: { ref: { text: ENUM_VALUE, loc: m.nameLoc }, value: stringNode(m.name, m.nameLoc), loc: m.nameLoc, unit },
      });
    }
    members.push({ decl: m, name: m.name, target: ref(m.target), traits });
  }
  let props: RProps | undefined;
  const p = decl.props;
  if (p?.kind === "operation") props = { kind: "operation", input: ref(p.input), output: ref(p.output), errors: refs(p.errors) };
  else if (p?.kind === "service") {
    props = {
      kind: "service",
      version: p.version,
      operations: refs(p.operations),
      resources: refs(p.resources),
      errors: refs(p.errors),
      // Rename keys are absolute ids of shapes in the closure; unknown ones are reported like any reference.
      rename: p.rename.flatMap((r) => {
        const id = ref(r.ref);
        return id ? [{ ...id, name: r.name }] : [];
      }),
    };
  } else if (p?.kind === "resource") {
    const lifecycle: Partial<Record<LifecycleProp, RRef>> = {};
    for (const key of LIFECYCLE_PROPS) {
      const r = ref(p.lifecycle[key]);
      if (r) lifecycle[key] = r;
    }
    const named = (rs: typeof p.identifiers): RNamedRef[] =>
      rs.flatMap((r) => {
        const id = ref(r.ref);
        return id ? [{ ...id, name: r.name }] : [];
      });
    props = {
      kind: "resource",
      identifiers: named(p.identifiers),
      properties: named(p.properties),
      lifecycle,
      operations: refs(p.operations),
      collectionOperations: refs(p.collectionOperations),
      resources: refs(p.resources),
    };
  }
  return {
    decl,
    id: decl.id,
    type: decl.type,
    unit,
    mixins: refs(decl.mixins),
    forResource: ref(decl.forResource),
    members,
    traits: resolveTraits(decl.traits, resolver, errors),
    props,
  };
}

/** Resolves trait ids; applications of unknown traits are reported and dropped. */
function resolveTraits(traits: readonly TraitDecl[], resolver: IdResolver, errors: LocatedError[]): RTrait[] {
  const out: RTrait[] = [];
  for (const t of traits) {
    const id = rootId(t.ref, t.unit, resolver, errors, "trait");
    if (id !== undefined) out.push({ id, decl: t });
  }
  return out;
}

/** Resolves a reference that must name a shape, not a member (`Foo$bar` is only valid in apply and idRef values). */
function rootId(ref: Ref, unit: FileUnit, resolver: IdResolver, errors: LocatedError[], what: string): string | undefined {
  const id = resolver.resolveExisting(ref, unit, errors, what);
  if (id === undefined || !id.includes("$")) return id;
  errors.push(new LocatedError(`Expected a ${what} id without a member, found "${ref.text}".`, ref.loc));
  return undefined;
}
