/**
 * Model metadata (Smithy 2.0 "Merging metadata"): entries of every file are merged by key;
 * two arrays under one key concatenate, equal values merge, anything else conflicts.
 */
import { LocatedError } from "../idl/located-error.js";
import { formatLoc, type Loc } from "../idl/location.js";
import type { FileUnit } from "./decl.js";
import type { NodeChecker } from "./node-check.js";
import { nodeEquals } from "./node-value.js";
import type { Node } from "./shape.js";

/** Merges the metadata of all files, converting values (unquoted shape ids resolve in their file). */
export function mergeMetadata(units: readonly FileUnit[], checker: NodeChecker, errors: LocatedError[]): Map<string, Node> {
  const out = new Map<string, Node>();
  const firstLoc = new Map<string, Loc>();
  for (const unit of units) {
    for (const m of unit.metadata) {
      const value = checker.plain(m.value, { unit, what: `metadata "${m.key}"` });
      const previous = out.get(m.key);
      if (previous === undefined && !out.has(m.key)) {
        out.set(m.key, value);
        firstLoc.set(m.key, m.keyLoc);
      } else if (Array.isArray(previous) && Array.isArray(value)) {
        out.set(m.key, [...(previous as readonly Node[]), ...(value as readonly Node[])]);
      } else if (!nodeEquals(previous as Node, value)) {
        const at = firstLoc.get(m.key);
        errors.push(
          new LocatedError(`Conflicting values for metadata "${m.key}"${at ? `; it is already set at ${formatLoc(at)}` : ""}.`, m.keyLoc),
        );
      }
    }
  }
  return out;
}
