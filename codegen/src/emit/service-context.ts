/**
 * Everything the emitters of one client share: the service, its operations, the shapes they
 * reach (the closure), the names shapes take in TypeScript (after the service's `rename`),
 * and the package settings. Built once per client, read by every emitter.
 */
import type { AggregateShape, MemberShape, Model, OperationShape, ServiceShape, Shape } from "../model/shape.js";
import { isReservedName } from "../printer/identifiers.js";
import { compareNatural } from "../printer/natural-compare.js";
import { type ProtocolDef, protocolOf } from "./protocols.js";
import { propString, T, traitObject, UNIT } from "./traits.js";

/** What to generate for one service. */
export interface ClientOptions {
  /** Absolute id of the service shape, e.g. `com.amazonaws.proton#AwsProton20200720`. */
  readonly service: string;
  /** npm package name, e.g. `@slimsdk/client-proton-env`. */
  readonly package: string;
  /** Output directory of the package, `/`-separated and relative to the repository root. */
  readonly dir: string;
  /** Package version (default `0.1.0`). */
  readonly version?: string;
}

/** An error raised when the model cannot be generated from (unknown service, name clash, unsupported protocol). */
export class GenerateError extends Error {
  override readonly name = "GenerateError";
}

/** The shared facts of one client being generated. */
export interface ServiceContext {
  readonly model: Model;
  readonly options: ClientOptions;
  readonly service: ServiceShape;
  /** `aws.api#service` sdkId as written (the `S` type parameter of Client and Command). */
  readonly sdkId: string;
  /** The sdkId without spaces and dashes, first letter upper-cased: the prefix of generated names. */
  readonly prefix: string;
  /** The service's protocol: its row of the protocol table. */
  readonly protocol: ProtocolDef;
  /** Operations of the service and its resources, sorted by name. */
  readonly operations: readonly OperationShape[];
  /** Non-prelude shapes the operations reach, by id. */
  readonly shapes: ReadonlyMap<string, Shape>;
  /** Ids of shapes reachable from operation inputs. */
  readonly inputReach: ReadonlySet<string>;
  /** Ids of shapes reachable from operation outputs and errors. */
  readonly outputReach: ReadonlySet<string>;
  /** The TypeScript name of a shape (the service's rename applied; reserved words get a `_` suffix). */
  nameOf(id: string): string;
  /** The shape with this id; throws when the model lacks it. */
  shape(id: string): Shape;
  /** The errors of an operation followed by the service's errors, without duplicates. */
  errorsOf(op: OperationShape): readonly string[];
  /** The model files (as named when loaded) that define the given shapes, sorted. */
  sourcesOf(ids: Iterable<string>): string[];
}

/** Builds the context of one client; throws GenerateError when the service cannot be generated. */
export function createServiceContext(model: Model, options: ClientOptions): ServiceContext {
  const service = model.shapes.get(options.service);
  if (!service) {
    const services = [...model.shapes.values()].filter((s) => s.type === "service").map((s) => s.id);
    const known =
      services.length > 0 ? ` Services in the model: ${services.sort(compareNatural).join(", ")}.` : " The model has no service.";
    throw new GenerateError(`Service "${options.service}" is not in the model.${known}`);
  }
  if (service.type !== "service") throw new GenerateError(`"${options.service}" is a ${service.type}, not a service.`);

  const awsService = traitObject(service, T.awsService);
  const sdkId = propString(awsService, "sdkId") ?? localName(service.id);
  const prefix = clientPrefix(sdkId);
  const protocol = protocolOf(service);
  const shape = (id: string): Shape => {
    const s = model.shapes.get(id);
    if (!s) throw new GenerateError(`Shape "${id}" is referenced but not defined.`);
    return s;
  };

  const operations = collectOperations(service, shape);
  const serviceErrors = service.errors;
  const errorsOf = (op: OperationShape): readonly string[] => [...new Set([...op.errors, ...serviceErrors])];

  const inputReach = new Set<string>();
  const outputReach = new Set<string>();
  for (const op of operations) {
    reach(model, op.input, inputReach);
    reach(model, op.output, outputReach);
    for (const e of errorsOf(op)) reach(model, e, outputReach);
  }
  const shapes = new Map<string, Shape>();
  for (const id of [...inputReach, ...outputReach].sort(compareNatural)) shapes.set(id, shape(id));

  const nameOf = (id: string): string => {
    const name = service.rename.get(id) ?? localName(id);
    return isReservedName(name) ? `${name}_` : name;
  };
  checkNames([...shapes.keys(), ...operations.map((o) => o.id)], nameOf, service.id);

  return {
    model,
    options,
    service,
    sdkId,
    prefix,
    protocol,
    operations,
    shapes,
    inputReach,
    outputReach,
    nameOf,
    shape,
    errorsOf,
    sourcesOf(ids) {
      const names = new Set<string>();
      for (const id of ids) {
        const name = model.shapes.get(id)?.loc?.source.name;
        if (name !== undefined) names.add(name);
      }
      return [...names].sort(compareNatural);
    },
  };
}

/** `WellArchitected` → `WellArchitected`, `imagebuilder` → `Imagebuilder`, `Rest Json Protocol` → `RestJsonProtocol`. */
export function clientPrefix(sdkId: string): string {
  const joined = sdkId.replace(/[\s-]+/g, "").replace(/[^A-Za-z0-9_$]/g, "");
  const name = joined.charAt(0).toUpperCase() + joined.slice(1);
  if (name === "" || /^[0-9]/.test(name)) throw new GenerateError(`sdkId "${sdkId}" does not give a valid class name.`);
  return name;
}

function localName(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

/** The operations bound to the service directly or through its resources, sorted by name. */
function collectOperations(service: ServiceShape, shape: (id: string) => Shape): OperationShape[] {
  const ops = new Map<string, OperationShape>();
  const seenResources = new Set<string>();
  const addOp = (id: string | undefined): void => {
    if (id === undefined || ops.has(id)) return;
    const s = shape(id);
    if (s.type !== "operation") throw new GenerateError(`"${id}" is bound as an operation but is a ${s.type}.`);
    ops.set(id, s);
  };
  const addResource = (id: string): void => {
    if (seenResources.has(id)) return;
    seenResources.add(id);
    const r = shape(id);
    if (r.type !== "resource") throw new GenerateError(`"${id}" is bound as a resource but is a ${r.type}.`);
    for (const op of [r.create, r.put, r.read, r.update, r.delete, r.list, ...r.operations, ...r.collectionOperations]) addOp(op);
    for (const child of r.resources) addResource(child);
  };
  for (const op of service.operations) addOp(op);
  for (const r of service.resources) addResource(r);
  return [...ops.values()].sort((a, b) => compareNatural(localName(a.id), localName(b.id)));
}

/** Adds `id` and every non-prelude shape its members reach to `into`. */
function reach(model: Model, id: string, into: Set<string>): void {
  const stack = [id];
  while (stack.length > 0) {
    const cur = stack.pop() as string;
    if (into.has(cur) || isPrelude(cur)) continue;
    const s = model.shapes.get(cur);
    if (!s) throw new GenerateError(`Shape "${cur}" is referenced but not defined.`);
    if (s.traits.has(T.mixin)) continue;
    into.add(cur);
    if ("members" in s) for (const m of s.members.values()) stack.push(m.target);
  }
}

/** True for shapes of the `smithy.api` prelude, which are never emitted. */
export function isPrelude(id: string): boolean {
  return id.startsWith("smithy.api#");
}

/** Shape names must be unique within a service (after renames), or generated declarations would clash. */
function checkNames(ids: readonly string[], nameOf: (id: string) => string, serviceId: string): void {
  const seen = new Map<string, string>();
  for (const id of ids) {
    const key = nameOf(id).toLowerCase();
    const other = seen.get(key);
    if (other !== undefined && other !== id) {
      throw new GenerateError(
        `Shapes "${other}" and "${id}" of service "${serviceId}" both generate the name "${nameOf(id)}"; add a rename to the service.`,
      );
    }
    seen.set(key, id);
  }
}

/** The members of an aggregate shape in declaration order (empty for other shapes). */
export function membersOf(shape: Shape): readonly MemberShape[] {
  return "members" in shape ? [...(shape as AggregateShape).members.values()] : [];
}

/** True when the shape is a structure with the `@error` trait. */
export function isErrorShape(shape: Shape): boolean {
  return shape.type === "structure" && shape.traits.has(T.error);
}

/** True when an operation's input or output is the Unit shape. */
export function isUnit(id: string): boolean {
  return id === UNIT;
}
