/**
 * Trait conflict resolution (Smithy 2.0 "Trait conflict resolution"), used when the same trait
 * reaches a shape twice (written twice, or once in the definition and once by `apply`):
 * list traits concatenate, equal values merge, anything else is an error.
 */
import { LocatedError } from "../idl/located-error.js";
import { formatLoc } from "../idl/location.js";
import { nodeEquals } from "./node-value.js";
import type { Node } from "./shape.js";
import type { CheckedTrait } from "./trait-validation.js";

/** Adds `t` to the traits of `subjectId`, merging with an earlier application of the same trait. */
export function mergeTrait(
  traits: Map<string, CheckedTrait>,
  t: CheckedTrait,
  isListTrait: (traitId: string) => boolean,
  subjectId: string,
  errors: LocatedError[],
): void {
  const existing = traits.get(t.id);
  if (!existing) {
    traits.set(t.id, t);
    return;
  }
  if (isListTrait(t.id) && Array.isArray(existing.value) && Array.isArray(t.value)) {
    traits.set(t.id, { ...existing, value: [...(existing.value as readonly Node[]), ...(t.value as readonly Node[])] });
    return;
  }
  if (nodeEquals(existing.value, t.value)) return;
  errors.push(
    new LocatedError(
      `Conflicting values for trait "${t.id}" on "${subjectId}"; it is already applied with a different value at ${formatLoc(existing.decl.loc)}.`,
      t.decl.loc,
    ),
  );
}
