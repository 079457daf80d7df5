/**
 * Turns a parsed IDL file into loader declarations: desugars doc comments, `set`, enum values,
 * member defaults and inline operation input/output, and reads service, resource and
 * operation bodies. Also enforces what each IDL version allows (spec "Smithy IDL", version
 * statement; Smithy's loader treats a file without `$version` as IDL 1.0): enum and intEnum
 * shapes, mixins, `for` resources, target elision, `= value` defaults, inline input/output and
 * resource properties are 2.0 only, and `set` is 1.0 only. Shape ids stay as written; resolve.ts
 * resolves them once every file is known.
 */
import type { IdlFile, InlineStructure, MemberNode, NodeValue, ObjectEntry, ShapeIdRef, ShapeNode, TraitApplication } from "../idl/ast.js";
import { LocatedError } from "../idl/located-error.js";
import type { Loc } from "../idl/location.js";
import type {
  ApplyDecl,
  FileUnit,
  LifecycleProp,
  MemberDecl,
  NamedRef,
  OperationProps,
  Ref,
  ResourceProps,
  ServiceProps,
  ShapeDecl,
  TraitDecl,
} from "./decl.js";
import { LIFECYCLE_PROPS } from "./decl.js";
import { describeValue, emptyObjectNode, stringNode } from "./node-value.js";
import { PRELUDE_NAMESPACE } from "./prelude.js";
import type { ShapeType } from "./shape.js";
import { parseAbsoluteShapeId } from "./shape-id.js";

const API = "smithy.api#";

/** Collects the declarations of one IDL file; semantic problems found on the way go to `errors`. */
export function declsFromIdl(file: IdlFile, errors: LocatedError[], prelude = false): FileUnit {
  const control = new Map(file.control.map((c) => [c.key, c]));
  const unit: FileUnit = {
    source: file.source,
    format: "idl",
    namespace: file.namespace?.text,
    version: idlVersion(file.version),
    uses: new Map(),
    prelude,
    shapes: [],
    applies: [],
    metadata: [],
  };
  for (const m of file.metadata) unit.metadata.push({ key: m.key, keyLoc: m.keyLoc, value: m.value, unit });
  const ns = unit.namespace;
  if (ns === PRELUDE_NAMESPACE && !prelude && file.namespace) {
    errors.push(new LocatedError(`Shapes cannot be defined in the prelude namespace "${PRELUDE_NAMESPACE}".`, file.namespace.loc));
  }
  for (const use of file.uses) {
    const parts = parseAbsoluteShapeId(use.text);
    if (!parts) {
      errors.push(new LocatedError(`Expected an absolute shape id in a use statement, found "${use.text}".`, use.loc));
      continue;
    }
    if (parts.member !== undefined) {
      errors.push(new LocatedError(`A use statement cannot import a member ("${use.text}").`, use.loc));
      continue;
    }
    const previous = unit.uses.get(parts.name);
    if (previous && previous.text !== use.text) {
      errors.push(new LocatedError(`Use statement "${use.text}" conflicts with "${previous.text}" imported as "${parts.name}".`, use.loc));
      continue;
    }
    unit.uses.set(parts.name, { text: use.text, loc: use.loc });
  }
  const suffix = (key: string, fallback: string): string => {
    const value = control.get(key)?.value;
    if (value === undefined) return fallback;
    if (value.kind === "string") return value.value;
    errors.push(new LocatedError(`Expected a string for $${key}, found ${describeValue(value)}.`, value.loc));
    return fallback;
  };
  const builder = new DeclBuilder(
    unit,
    errors,
    suffix("operationInputSuffix", "Input"),
    suffix("operationOutputSuffix", "Output"),
    file.version === undefined,
  );
  for (const statement of file.statements) {
    if (ns === undefined) {
      errors.push(new LocatedError("A namespace must be declared before shapes and apply statements.", statement.loc));
      break;
    }
    if (statement.kind === "apply") builder.apply(statement.target, statement.traits, statement.loc);
    else builder.shape(statement, ns);
  }
  return unit;
}

/** The IDL version of a file, normalized to "1.0" or "2.0": Smithy reads a file without `$version` as 1.0. */
function idlVersion(written: string | undefined): string {
  if (written === undefined || written === "1" || written === "1.0") return "1.0";
  return "2.0";
}

/** Builds declarations for the statements of one file. */
class DeclBuilder {
  constructor(
    private readonly unit: FileUnit,
    private readonly errors: LocatedError[],
    private readonly inputSuffix: string,
    private readonly outputSuffix: string,
    private readonly versionOmitted: boolean,
  ) {}

  private get v1(): boolean {
    return this.unit.version === "1.0";
  }

  /** Reports a construct that IDL 1.0 does not have, in a 1.0 file. */
  private v2Only(what: string, loc: Loc): boolean {
    if (!this.v1) return false;
    const why = this.versionOmitted ? ' (a file without $version is read as IDL 1.0; add $version: "2.0")' : "";
    this.errors.push(new LocatedError(`${what} can only be used in IDL 2.0 or later, but this file is IDL 1.0${why}.`, loc));
    return true;
  }

  apply(target: { text: string; loc: Loc }, traits: readonly TraitApplication[], loc: Loc): void {
    const decl: ApplyDecl = {
      target: { text: target.text, loc: target.loc },
      traits: this.traits(undefined, traits),
      loc,
      unit: this.unit,
    };
    this.unit.applies.push(decl);
  }

  shape(node: ShapeNode, ns: string): void {
    const type: ShapeType = node.type === "set" ? "list" : node.type;
    if (node.type === "enum" || node.type === "intEnum") this.v2Only(`${node.type} shapes`, node.name.loc);
    if (node.type === "set" && !this.v1) {
      this.errors.push(
        new LocatedError("set shapes cannot be used in IDL 2.0; use a list with the @uniqueItems trait instead.", node.name.loc),
      );
    }
    const firstMixin = node.mixins[0];
    if (firstMixin) this.v2Only("Mixins", firstMixin.loc);
    if (node.forResource) this.v2Only('Binding a shape to a resource with "for"', node.forResource.loc);
    const traits = this.traits(node.doc, node.traits);
    if (node.type === "set") traits.push(this.synthetic("uniqueItems", emptyObjectNode(node.name.loc)));
    const id = `${ns}#${node.name.text}`;
    const members = this.members(node, type);
    let props: ShapeDecl["props"];
    if (type === "service") props = this.serviceProps(id, node.body?.entries ?? []);
    else if (type === "resource") props = this.resourceProps(id, node.body?.entries ?? []);
    else if (type === "operation") props = this.operationProps(node, ns);
    this.unit.shapes.push({
      id,
      type,
      ...(node.type === "set" ? { set: true } : {}),
      loc: node.loc,
      nameLoc: node.name.loc,
      unit: this.unit,
      traits,
      mixins: node.mixins.map((m) => ({ text: m.text, loc: m.loc })),
      forResource: node.forResource ? { text: node.forResource.text, loc: node.forResource.loc } : undefined,
      members,
      props,
    });
  }

  private members(node: ShapeNode, type: ShapeType): MemberDecl[] {
    const out: MemberDecl[] = [];
    for (const m of node.members) {
      if (m.elided && this.v2Only('Eliding a member target with "$"', m.name.loc)) continue;
      const traits = this.traits(m.doc, m.traits);
      let target = m.target ? { text: m.target.text, loc: m.target.loc } : undefined;
      if (type === "enum" || type === "intEnum") {
        target = { text: `${API}Unit`, loc: m.name.loc };
        // An elided enum value defaults to the member name once trait ids are resolved (resolve-decls.ts).
        if (m.value !== undefined) traits.push(this.synthetic("enumValue", m.value, m.value.loc));
      } else if (m.value !== undefined) {
        if (type === "structure") {
          if (!this.v2Only('Default values ("= value")', m.value.loc)) traits.push(this.synthetic("default", m.value, m.value.loc));
        } else
          this.errors.push(
            new LocatedError(`Only structure members can have a default value; "${m.name.text}" is a ${type} member.`, m.value.loc),
          );
      }
      out.push(this.member(m, target, traits));
    }
    return out;
  }

  private member(m: MemberNode, target: Ref | undefined, traits: TraitDecl[]): MemberDecl {
    return { name: m.name.text, nameLoc: m.name.loc, target: m.elided ? undefined : target, traits, loc: m.loc };
  }

  private operationProps(node: ShapeNode, ns: string): OperationProps {
    const body = node.operation;
    for (const extra of body?.extra ?? []) {
      this.errors.push(new LocatedError(`Unknown operation property "${extra.key}"; expected input, output or errors.`, extra.keyLoc));
    }
    const io = (value: ShapeIdRef | InlineStructure | undefined, suffix: string, trait: "input" | "output"): Ref | undefined => {
      if (value === undefined) return undefined;
      if (value.kind === "shapeId") return { text: value.text, loc: value.loc };
      this.v2Only('Inline operation input and output (":=")', value.loc);
      const name = `${node.name.text}${suffix}`;
      const traits = this.traits(value.doc, value.traits);
      traits.push(this.synthetic(trait, emptyObjectNode(value.loc), value.loc));
      this.unit.shapes.push({
        id: `${ns}#${name}`,
        type: "structure",
        loc: value.loc,
        nameLoc: value.loc,
        unit: this.unit,
        traits,
        mixins: value.mixins.map((m) => ({ text: m.text, loc: m.loc })),
        forResource: value.forResource ? { text: value.forResource.text, loc: value.forResource.loc } : undefined,
        members: value.members.map((m) => {
          const memberTraits = this.traits(m.doc, m.traits);
          if (m.value !== undefined) memberTraits.push(this.synthetic("default", m.value, m.value.loc));
          return this.member(m, m.target ? { text: m.target.text, loc: m.target.loc } : undefined, memberTraits);
        }),
        props: undefined,
      });
      return { text: `${ns}#${name}`, loc: value.loc };
    };
    return {
      kind: "operation",
      input: io(body?.input, this.inputSuffix, "input"),
      output: io(body?.output, this.outputSuffix, "output"),
      errors: (body?.errors ?? []).map((e) => ({ text: e.text, loc: e.loc })),
    };
  }

  private serviceProps(id: string, entries: readonly ObjectEntry[]): ServiceProps {
    let version: string | undefined;
    const props = { operations: [] as Ref[], resources: [] as Ref[], errors: [] as Ref[], rename: [] as NamedRef[] };
    for (const e of entries) {
      switch (e.key) {
        case "version":
          if (e.value.kind === "string") version = e.value.value;
          else this.expected("a string", e.value);
          break;
        case "operations":
        case "resources":
        case "errors":
          props[e.key] = this.refList(e.value);
          break;
        case "rename":
          props.rename = this.namedRefs(e.value, true);
          break;
        default:
          this.errors.push(
            new LocatedError(
              `Unknown property "${e.key}" of service "${id}"; expected version, operations, resources, errors or rename.`,
              e.keyLoc,
            ),
          );
      }
    }
    return { kind: "service", version, ...props };
  }

  private resourceProps(id: string, entries: readonly ObjectEntry[]): ResourceProps {
    const out = {
      identifiers: [] as NamedRef[],
      properties: [] as NamedRef[],
      lifecycle: {} as Partial<Record<LifecycleProp, Ref>>,
      operations: [] as Ref[],
      collectionOperations: [] as Ref[],
      resources: [] as Ref[],
    };
    for (const e of entries) {
      if ((LIFECYCLE_PROPS as readonly string[]).includes(e.key)) {
        const ref = this.ref(e.value);
        if (ref) out.lifecycle[e.key as LifecycleProp] = ref;
      } else if (e.key === "identifiers" || e.key === "properties") {
        if (e.key === "properties") this.v2Only("Resource properties", e.keyLoc);
        out[e.key] = this.namedRefs(e.value, false);
      } else if (e.key === "operations" || e.key === "collectionOperations" || e.key === "resources") {
        out[e.key] = this.refList(e.value);
      } else {
        this.errors.push(
          new LocatedError(
            `Unknown property "${e.key}" of resource "${id}"; expected identifiers, properties, create, put, read, update, delete, list, operations, collectionOperations or resources.`,
            e.keyLoc,
          ),
        );
      }
    }
    return { kind: "resource", ...out };
  }

  /** A shape id written as a node value (unquoted, or quoted). */
  private ref(value: NodeValue): Ref | undefined {
    if (value.kind === "string") return { text: value.value, loc: value.loc };
    this.expected("a shape id", value);
    return undefined;
  }

  private refList(value: NodeValue): Ref[] {
    if (value.kind !== "array") {
      this.expected("an array of shape ids", value);
      return [];
    }
    return value.elements.flatMap((v) => this.ref(v) ?? []);
  }

  /** `{ name: ShapeId }` for identifiers / properties; `{ "ns#Shape": "Name" }` for rename (keys are the ids). */
  private namedRefs(value: NodeValue, keysAreIds: boolean): NamedRef[] {
    if (value.kind !== "object") {
      this.expected("an object", value);
      return [];
    }
    const out: NamedRef[] = [];
    for (const e of value.entries) {
      if (keysAreIds) {
        if (e.value.kind === "string") out.push({ name: e.value.value, nameLoc: e.value.loc, ref: { text: e.key, loc: e.keyLoc } });
        else this.expected("a string", e.value);
      } else {
        const ref = this.ref(e.value);
        if (ref) out.push({ name: e.key, nameLoc: e.keyLoc, ref });
      }
    }
    return out;
  }

  private expected(what: string, found: NodeValue): void {
    this.errors.push(new LocatedError(`Expected ${what}, found ${describeValue(found)}.`, found.loc));
  }

  private traits(doc: { text: string; loc: Loc } | undefined, traits: readonly TraitApplication[]): TraitDecl[] {
    const out: TraitDecl[] = [];
    if (doc) out.push(this.synthetic("documentation", stringNode(doc.text, doc.loc), doc.loc));
    for (const t of traits) out.push({ ref: { text: t.id.text, loc: t.id.loc }, value: t.value, loc: t.loc, unit: this.unit });
    return out;
  }

  /** A trait the IDL implies (doc comments, `= value`, `set`, inline input/output). */
  private synthetic(name: string, value: NodeValue, loc: Loc = value.loc): TraitDecl {
    return { ref: { text: `${API}${name}`, loc }, value, loc, unit: this.unit };
  }
}
