/** Identifier rules of generated TypeScript: valid property keys and names that cannot declare a type or class. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written unquoted as a property key or variable name (ASCII identifiers only). */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A property key as written in an object literal or interface: bare when possible, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * Words that cannot name a declared class, interface, type alias or const: ECMAScript reserved
 * words, strict-mode reserved words, and the names TypeScript reserves for its own types.
 */
const RESERVED = new Set([
  "any",
  "await",
  "bigint",
  "boolean",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "declare",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "implements",
  "import",
  "in",
  "instanceof",
  "interface",
  "let",
  "never",
  "new",
  "null",
  "number",
  "object",
  "package",
  "private",
  "protected",
  "public",
  "return",
  "static",
  "string",
  "super",
  "switch",
  "symbol",
  "this",
  "throw",
  "true",
  "try",
  "type",
  "typeof",
  "undefined",
  "unknown",
  "var",
  "void",
  "while",
  "with",
  "yield",
]);

/** True when `name` cannot be used as the name of a generated declaration. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}
