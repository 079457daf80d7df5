/**
 * Checks each trait application against its definition: the trait shape carries `@trait`, the
 * value fits the trait's shape (node-check.ts), an omitted value is allowed only for
 * structure, list and map traits, and simple selectors admit the shape it is applied to.
 */
import type { NodeValue } from "../idl/ast.js";
import { LocatedError } from "../idl/located-error.js";
import type { TraitDecl } from "./decl.js";
import type { NodeChecker } from "./node-check.js";
import type { RTrait } from "./resolve-decls.js";
import type { SchemaView } from "./schema-view.js";
import { type SelectorSubject, selectorMatches } from "./selector.js";
import type { Node } from "./shape.js";

/**
 * Traits that only one IDL version allows, as Smithy's loader checks them for the file a trait is
 * applied in: `@mixin` and `@default` need 2.0, `@box` was removed in 2.0.
 */
function versionedTraitError(traitId: string, version: string): string | undefined {
  if (version === "1.0" && traitId === "smithy.api#mixin") return "The @mixin trait can only be used in IDL 2.0 or later.";
  if (version === "1.0" && traitId === "smithy.api#default") return "The @default trait can only be used in IDL 2.0 or later.";
  if (version === "2.0" && traitId === "smithy.api#box")
    return "The @box trait is not supported in IDL 2.0; use @default and @required instead.";
  return undefined;
}

const ENUM_VALUE = "smithy.api#enumValue";

/** intEnum values are Smithy integers: 32-bit signed. */
function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
}

/** A trait application whose value has been checked and converted. */
export interface CheckedTrait {
  readonly id: string;
  readonly value: Node;
  readonly decl: TraitDecl;
}

/** Checks trait applications of a model. */
export class TraitValidator {
  constructor(
    private readonly view: SchemaView,
    private readonly checker: NodeChecker,
    private readonly errors: LocatedError[],
  ) {}

  /** Checks one application on `subject`; returns undefined when the trait cannot be used at all. */
  check(t: RTrait, subject: SelectorSubject | undefined): CheckedTrait | undefined {
    const type = this.view.type(t.id);
    const definition = this.view.trait(t.id, "smithy.api#trait");
    if (type === undefined) return undefined;
    if (!definition) {
      this.errors.push(
        new LocatedError(`Shape "${t.id}" is not a trait; only shapes with @trait can be applied as traits.`, t.decl.ref.loc),
      );
      return undefined;
    }
    const versionError = versionedTraitError(t.id, t.decl.unit.version);
    if (versionError) {
      this.errors.push(new LocatedError(versionError, t.decl.ref.loc));
      return undefined;
    }
    let value: NodeValue | undefined = t.decl.value;
    if (value === undefined) {
      if (type === "structure" || type === "map") value = { kind: "object", entries: [], loc: t.decl.loc };
      else if (type === "list") value = { kind: "array", elements: [], loc: t.decl.loc };
      else {
        this.errors.push(new LocatedError(`Trait "${t.id}" needs a value; only structure, list and map traits can omit it.`, t.decl.loc));
        return undefined;
      }
    }
    const converted = this.checker.check(value, t.id, undefined, { unit: t.decl.unit, what: `trait "${t.id}"` });
    if (t.id === ENUM_VALUE && subject && typeof converted === "number" && !isInt32(converted) && this.isIntEnumMember(subject.id)) {
      this.errors.push(new LocatedError(`intEnum value ${converted} of "${subject.id}" is outside the 32-bit integer range.`, value.loc));
    }
    if (subject) this.checkSelector(t, definition.value, subject);
    return { id: t.id, value: converted, decl: t.decl };
  }

  /** True for `ns#E$m` where `ns#E` is an intEnum. */
  private isIntEnumMember(id: string): boolean {
    const dollar = id.indexOf("$");
    return dollar > 0 && this.view.type(id.slice(0, dollar)) === "intEnum";
  }

  private checkSelector(t: RTrait, definition: NodeValue | undefined, subject: SelectorSubject): void {
    if (definition?.kind !== "object") return;
    const selector = definition.entries.find((e) => e.key === "selector")?.value;
    if (selector?.kind !== "string") return;
    if (selectorMatches(selector.value, subject) === false) {
      const what = subject.type === "member" ? `member "${subject.id}"` : `${subject.type} "${subject.id}"`;
      this.errors.push(
        new LocatedError(
          `Trait "${t.id}" cannot be applied to ${what}; its selector is "${selector.value.replace(/\s+/g, " ").trim()}".`,
          t.decl.ref.loc,
        ),
      );
    }
  }
}
