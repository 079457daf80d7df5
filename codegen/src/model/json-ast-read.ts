/**
 * Reads a Smithy JSON AST file (spec chapter "JSON AST") into loader declarations.
 * Every shape id in a JSON AST must be absolute; resolve.ts reports relative ones.
 */
import type { NodeValue, ObjectEntry, ObjectNode } from "../idl/ast.js";
import { LocatedError } from "../idl/located-error.js";
import { SIMPLE_SHAPE_TYPES } from "../idl/shape-types.js";
import type { Source } from "../idl/source.js";
import type { FileUnit, LifecycleProp, MemberDecl, NamedRef, Ref, ShapeProps, TraitDecl } from "./decl.js";
import { LIFECYCLE_PROPS } from "./decl.js";
import { parseJsonNode } from "./json-node-parse.js";
import { describeValue, emptyObjectNode } from "./node-value.js";
import type { ShapeType } from "./shape.js";
import { parseAbsoluteShapeId } from "./shape-id.js";

const COMMON = ["type", "traits", "mixins"];
const MEMBERS_BY_TYPE: Record<string, readonly string[]> = {
  list: ["member"],
  set: ["member"],
  map: ["key", "value"],
};
const ALLOWED: Record<string, readonly string[]> = {
  list: [...COMMON, "member"],
  set: [...COMMON, "member"],
  map: [...COMMON, "key", "value"],
  structure: [...COMMON, "members"],
  union: [...COMMON, "members"],
  enum: [...COMMON, "members"],
  intEnum: [...COMMON, "members"],
  service: [...COMMON, "version", "operations", "resources", "errors", "rename"],
  resource: [...COMMON, "identifiers", "properties", ...LIFECYCLE_PROPS, "operations", "collectionOperations", "resources"],
  operation: [...COMMON, "input", "output", "errors"],
  apply: ["type", "traits"],
};
const SIMPLE = SIMPLE_SHAPE_TYPES;
for (const t of SIMPLE) ALLOWED[t] = COMMON;

/** Parses a JSON AST file into declarations; throws SmithySyntaxError for malformed JSON. */
export function declsFromJsonAst(source: Source, errors: LocatedError[]): FileUnit {
  const root = parseJsonNode(source);
  const unit: FileUnit = {
    source,
    format: "json",
    namespace: undefined,
    version: "2.0",
    uses: new Map(),
    prelude: false,
    shapes: [],
    applies: [],
    metadata: [],
  };
  const reader = new JsonAstReader(unit, errors);
  reader.read(root);
  return unit;
}

class JsonAstReader {
  constructor(
    private readonly unit: FileUnit,
    private readonly errors: LocatedError[],
  ) {}

  read(root: NodeValue): void {
    const top = this.object(root, "the JSON AST document");
    if (!top) return;
    let sawVersion = false;
    for (const e of top.entries) {
      if (e.key === "smithy") {
        sawVersion = true;
        if (e.value.kind !== "string") this.expected("a version string", e.value);
        else if (!/^[12](\.0)?$/.test(e.value.value)) {
          this.errors.push(new LocatedError(`Unsupported Smithy version "${e.value.value}"; expected "1.0" or "2.0".`, e.value.loc));
        } else (this.unit as { version: string }).version = e.value.value.length === 1 ? `${e.value.value}.0` : e.value.value;
      } else if (e.key === "metadata") {
        const meta = this.object(e.value, "metadata");
        for (const m of meta?.entries ?? []) this.unit.metadata.push({ key: m.key, keyLoc: m.keyLoc, value: m.value, unit: this.unit });
      } else if (e.key === "shapes") {
        const shapes = this.object(e.value, "shapes");
        for (const s of shapes?.entries ?? []) this.shape(s);
      } else {
        this.errors.push(new LocatedError(`Unknown top-level property "${e.key}"; expected smithy, metadata or shapes.`, e.keyLoc));
      }
    }
    if (!sawVersion) this.errors.push(new LocatedError('A JSON AST model needs a "smithy" version property.', root.loc));
  }

  private shape(entry: ObjectEntry): void {
    const body = this.object(entry.value, `shape "${entry.key}"`);
    if (!body) return;
    const typeEntry = body.entries.find((e) => e.key === "type");
    if (typeEntry?.value.kind !== "string") {
      this.errors.push(new LocatedError(`Shape "${entry.key}" needs a "type" property.`, entry.keyLoc));
      return;
    }
    const written = typeEntry.value.value;
    const allowed = ALLOWED[written];
    if (!allowed) {
      this.errors.push(new LocatedError(`Unknown shape type "${written}".`, typeEntry.value.loc));
      return;
    }
    for (const e of body.entries) {
      if (!allowed.includes(e.key)) {
        this.errors.push(
          new LocatedError(`Unknown property "${e.key}" for a ${written} shape; expected one of ${allowed.join(", ")}.`, e.keyLoc),
        );
      }
    }
    const get = (key: string): NodeValue | undefined => body.entries.find((e) => e.key === key)?.value;
    const traitsNode = get("traits");
    const traits = traitsNode ? this.traits(traitsNode) : [];
    const target: Ref = { text: entry.key, loc: entry.keyLoc };
    if (written === "apply") {
      this.unit.applies.push({ target, traits, loc: entry.keyLoc, unit: this.unit });
      return;
    }
    const parts = parseAbsoluteShapeId(entry.key);
    if (!parts || parts.member !== undefined) {
      this.errors.push(
        new LocatedError(`Expected an absolute shape id without a member as a shape key, found "${entry.key}".`, entry.keyLoc),
      );
      return;
    }
    const type = (written === "set" ? "list" : written) as ShapeType;
    if (written === "set") traits.push(this.synthetic("uniqueItems", entry.keyLoc));
    const members: MemberDecl[] = [];
    for (const name of MEMBERS_BY_TYPE[written] ?? []) {
      const m = get(name);
      if (m) this.member(name, m, type, members, entry.keyLoc);
    }
    const membersNode = get("members");
    if (membersNode) {
      for (const m of this.object(membersNode, "members")?.entries ?? []) this.member(m.key, m.value, type, members, m.keyLoc);
    }
    const mixinsNode = get("mixins");
    this.unit.shapes.push({
      id: entry.key,
      type,
      ...(written === "set" ? { set: true } : {}),
      loc: body.loc,
      nameLoc: entry.keyLoc,
      unit: this.unit,
      traits,
      mixins: mixinsNode ? this.refList(mixinsNode) : [],
      forResource: undefined,
      members,
      props: this.props(type, get),
    });
  }

  private props(type: ShapeType, get: (key: string) => NodeValue | undefined): ShapeProps | undefined {
    const list = (key: string): Ref[] => {
      const v = get(key);
      return v ? this.refList(v) : [];
    };
    const one = (key: string): Ref | undefined => {
      const v = get(key);
      return v ? this.ref(v) : undefined;
    };
    if (type === "operation") return { kind: "operation", input: one("input"), output: one("output"), errors: list("errors") };
    if (type === "service") {
      const v = get("version");
      if (v && v.kind !== "string") this.expected("a string", v);
      const rename: NamedRef[] = [];
      const renameNode = get("rename");
      for (const e of (renameNode && this.object(renameNode, "rename")?.entries) || []) {
        if (e.value.kind === "string") rename.push({ name: e.value.value, nameLoc: e.value.loc, ref: { text: e.key, loc: e.keyLoc } });
        else this.expected("a string", e.value);
      }
      return {
        kind: "service",
        version: v?.kind === "string" ? v.value : undefined,
        operations: list("operations"),
        resources: list("resources"),
        errors: list("errors"),
        rename,
      };
    }
    if (type === "resource") {
      const named = (key: string): NamedRef[] => {
        const v = get(key);
        const obj = v ? this.object(v, key) : undefined;
        return (obj?.entries ?? []).flatMap((e) => {
          const ref = this.ref(e.value);
          return ref ? [{ name: e.key, nameLoc: e.keyLoc, ref }] : [];
        });
      };
      const lifecycle: Partial<Record<LifecycleProp, Ref>> = {};
      for (const key of LIFECYCLE_PROPS) {
        const ref = one(key);
        if (ref) lifecycle[key] = ref;
      }
      return {
        kind: "resource",
        identifiers: named("identifiers"),
        properties: named("properties"),
        lifecycle,
        operations: list("operations"),
        collectionOperations: list("collectionOperations"),
        resources: list("resources"),
      };
    }
    return undefined;
  }

  private member(name: string, value: NodeValue, type: ShapeType, out: MemberDecl[], nameLoc: ObjectEntry["keyLoc"]): void {
    const body = this.object(value, `member "${name}"`);
    if (!body) return;
    let target: Ref | undefined;
    let traits: TraitDecl[] = [];
    for (const e of body.entries) {
      if (e.key === "target") target = this.targetString(e.value);
      else if (e.key === "traits") traits = this.traits(e.value);
      else this.errors.push(new LocatedError(`Unknown member property "${e.key}"; expected target or traits.`, e.keyLoc));
    }
    if (!target && (type === "enum" || type === "intEnum")) target = { text: "smithy.api#Unit", loc: nameLoc };
    if (!target) {
      this.errors.push(new LocatedError(`Member "${name}" needs a "target".`, nameLoc));
      return;
    }
    out.push({ name, nameLoc, target, traits, loc: body.loc });
  }

  private traits(node: NodeValue): TraitDecl[] {
    const obj = this.object(node, "traits");
    return (obj?.entries ?? []).map((e) => ({ ref: { text: e.key, loc: e.keyLoc }, value: e.value, loc: e.keyLoc, unit: this.unit }));
  }

  private synthetic(name: string, loc: ObjectEntry["keyLoc"]): TraitDecl {
    return { ref: { text: `smithy.api#${name}`, loc }, value: emptyObjectNode(loc), loc, unit: this.unit };
  }

  /** `{ "target": "ns#Shape" }`. */
  private ref(node: NodeValue): Ref | undefined {
    const obj = this.object(node, "a shape reference");
    if (!obj) return undefined;
    const target = obj.entries.find((e) => e.key === "target");
    for (const e of obj.entries) {
      if (e.key !== "target") this.errors.push(new LocatedError(`Unknown shape reference property "${e.key}"; expected target.`, e.keyLoc));
    }
    if (!target) {
      this.errors.push(new LocatedError('A shape reference needs a "target".', obj.loc));
      return undefined;
    }
    return this.targetString(target.value);
  }

  private targetString(node: NodeValue): Ref | undefined {
    if (node.kind === "string") return { text: node.value, loc: node.loc };
    this.expected("a shape id string", node);
    return undefined;
  }

  private refList(node: NodeValue): Ref[] {
    if (node.kind !== "array") {
      this.expected("an array of shape references", node);
      return [];
    }
    return node.elements.flatMap((e) => this.ref(e) ?? []);
  }

  private object(node: NodeValue, what: string): ObjectNode | undefined {
    if (node.kind === "object") return node;
    this.errors.push(new LocatedError(`Expected an object for ${what}, found ${describeValue(node)}.`, node.loc));
    return undefined;
  }

  private expected(what: string, found: NodeValue): void {
    this.errors.push(new LocatedError(`Expected ${what}, found ${describeValue(found)}.`, found.loc));
  }
}
