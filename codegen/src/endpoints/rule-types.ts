/**
 * The static types of rule-set values, as the compiler tracks them: they decide how a condition tests
 * its value (a boolean must be true, anything else set) and where attribute paths need `?.`.
 */

/** A value type; records list their attribute types. */
export type ValueType =
  | { readonly k: "string" }
  | { readonly k: "boolean" }
  | { readonly k: "int" }
  | { readonly k: "array"; readonly of: ValueType }
  | { readonly k: "record"; readonly fields: Readonly<Record<string, Typed>> };

/** A value type and whether the value may be unset (`option<T>` in the specification). */
export interface Typed {
  readonly t: ValueType;
  readonly optional: boolean;
}

/** `string`. */
export const STRING: ValueType = { k: "string" };
/** `bool`. */
export const BOOLEAN: ValueType = { k: "boolean" };
/** `int` (the literal indexes of `substring` and limit of `split`). */
export const INT: ValueType = { k: "int" };
/** `array<string>` (`stringArray` parameters, `split` results, ARN resource ids). */
export const STRING_ARRAY: ValueType = { k: "array", of: STRING };

/** A set value of type `t`. */
export function set(t: ValueType): Typed {
  return { t, optional: false };
}

/** A value of type `t` that may be unset. */
export function maybe(t: ValueType): Typed {
  return { t, optional: true };
}

/** What `aws.partition` returns. */
export const PARTITION: ValueType = {
  k: "record",
  fields: {
    name: set(STRING),
    dnsSuffix: set(STRING),
    dualStackDnsSuffix: set(STRING),
    supportsFIPS: set(BOOLEAN),
    supportsDualStack: set(BOOLEAN),
    implicitGlobalRegion: maybe(STRING),
  },
};

/** What `aws.parseArn` returns. */
export const ARN: ValueType = {
  k: "record",
  fields: {
    partition: set(STRING),
    service: set(STRING),
    region: set(STRING),
    accountId: set(STRING),
    resourceId: set(STRING_ARRAY),
  },
};

/** What `parseURL` returns. */
export const URL_RECORD: ValueType = {
  k: "record",
  fields: {
    scheme: set(STRING),
    authority: set(STRING),
    path: set(STRING),
    normalizedPath: set(STRING),
    isIp: set(BOOLEAN),
  },
};

/** The type of a value after one attribute-path step (a key, or an index), or undefined when the step does not apply. */
export function stepType(t: ValueType, step: string | number): Typed | undefined {
  if (typeof step === "number") return t.k === "array" ? maybe(t.of) : undefined;
  return t.k === "record" ? t.fields[step] : undefined;
}

/** A type as the specification writes it, for messages. */
export function typeName(x: Typed): string {
  const inner = (t: ValueType): string => (t.k === "array" ? `array<${inner(t.of)}>` : t.k === "record" ? "record" : t.k);
  return x.optional ? `option<${inner(x.t)}>` : inner(x.t);
}
