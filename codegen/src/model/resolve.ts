/**
 * Relative shape id resolution (Smithy 2.0 "Relative shape ID resolution"): a name resolves
 * through the file's `use` statements, then the file's namespace, then the prelude.
 */
import { LocatedError } from "../idl/located-error.js";
import type { FileUnit, Ref } from "./decl.js";
import { PRELUDE_NAMESPACE } from "./prelude.js";
import { parseAbsoluteShapeId, parseRelativeShapeId } from "./shape-id.js";

/** The outcome of resolving one id: the absolute id and whether its shape is defined, or a reason it is not an id. */
export type Resolution = { readonly id: string; readonly exists: boolean } | { readonly invalid: string };

/** Resolves shape ids written in a file against every shape id the loaded files define. */
export class IdResolver {
  /** `defined` holds the absolute ids (without members) of every shape in the model, prelude included. */
  constructor(private readonly defined: ReadonlySet<string>) {}

  /** True when a shape (not member) with this absolute id is defined. */
  has(id: string): boolean {
    return this.defined.has(id);
  }

  /** Resolves `text` (absolute or relative, optionally with `$member`) as written in `unit`. */
  resolve(text: string, unit: FileUnit): Resolution {
    const absolute = parseAbsoluteShapeId(text);
    if (absolute) return { id: text, exists: this.defined.has(`${absolute.namespace}#${absolute.name}`) };
    const relative = parseRelativeShapeId(text);
    if (!relative) return { invalid: `Invalid shape id "${text}".` };
    if (unit.format === "json") return { invalid: `Shape id "${text}" must be absolute in a JSON AST model.` };
    const suffix = relative.member === undefined ? "" : `$${relative.member}`;
    const used = unit.uses.get(relative.name);
    if (used) return { id: used.text + suffix, exists: this.defined.has(used.text) };
    const local = `${unit.namespace}#${relative.name}`;
    if (this.defined.has(local)) return { id: local + suffix, exists: true };
    const prelude = `${PRELUDE_NAMESPACE}#${relative.name}`;
    if (this.defined.has(prelude)) return { id: prelude + suffix, exists: true };
    return { id: local + suffix, exists: false };
  }

  /** The message for an id that does not name a defined shape. */
  unknownMessage(text: string, unit: FileUnit, what = "shape"): string {
    if (text.includes("#")) return `Unknown ${what} "${text}".`;
    const name = parseRelativeShapeId(text)?.name ?? text;
    const used = unit.uses.get(name);
    if (used) return `Unknown ${what} "${text}" (imported from "${used.text}").`;
    return `Unknown ${what} "${text}" (resolved against namespace "${unit.namespace}" and the prelude).`;
  }

  /** Resolves a reference to an existing shape, or reports why it cannot and returns undefined. */
  resolveExisting(ref: Ref, unit: FileUnit, errors: LocatedError[], what = "shape"): string | undefined {
    const r = this.resolve(ref.text, unit);
    if ("invalid" in r) {
      errors.push(new LocatedError(r.invalid, ref.loc));
      return undefined;
    }
    if (!r.exists) {
      errors.push(new LocatedError(this.unknownMessage(ref.text, unit, what), ref.loc));
      return undefined;
    }
    return r.id;
  }
}
