/**
 * Compiles the `path` of an `operationContextParams` binding to a TypeScript expression over the
 * operation input. Only the JMESPath subset the rules engine allows there: identifiers, sub-expressions
 * (`a.b`), wildcard projections (`a[*].b`), multi-select lists (`[a, b.c]`), flatten (`a[]`) and
 * `keys(a)`. Projections drop null results, as JMESPath does.
 */

type PathNode =
  | { readonly k: "identity" }
  | { readonly k: "field"; readonly name: string }
  | { readonly k: "sub"; readonly left: PathNode; readonly right: PathNode }
  | { readonly k: "project"; readonly left: PathNode; readonly right: PathNode }
  | { readonly k: "flatten"; readonly left: PathNode; readonly right: PathNode }
  | { readonly k: "list"; readonly items: readonly PathNode[] }
  | { readonly k: "keys"; readonly arg: PathNode };

const IDENTITY: PathNode = { k: "identity" };
const TOKEN = /\s*(\[\*\]|\[\]|keys\(|[A-Za-z_][A-Za-z0-9_]*|[.,[\])])/y;

class PathParser {
  readonly #tokens: string[] = [];
  #at = 0;

  constructor(
    path: string,
    private readonly fail: (message: string) => never,
  ) {
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < path.length) {
      const start = TOKEN.lastIndex;
      const m = TOKEN.exec(path);
      if (!m) {
        if (/^\s*$/.test(path.slice(start))) break;
        this.fail(`cannot read ${JSON.stringify(path.slice(start))}`);
      }
      this.#tokens.push(m[1]!);
    }
  }

  peek(): string | undefined {
    return this.#tokens[this.#at];
  }

  next(): string {
    const t = this.#tokens[this.#at++];
    if (t === undefined) this.fail("unexpected end");
    return t;
  }

  expect(t: string): void {
    const got = this.next();
    if (got !== t) this.fail(`expected "${t}", found "${got}"`);
  }

  whole(): PathNode {
    const node = this.chain(this.primary());
    if (this.peek() !== undefined) this.fail(`unexpected "${this.peek()}"`);
    return node;
  }

  primary(): PathNode {
    const t = this.next();
    if (t === "keys(") {
      const arg = this.chain(this.primary());
      this.expect(")");
      return { k: "keys", arg };
    }
    if (t === "[") return this.list();
    if (/^[A-Za-z_]/.test(t)) return { k: "field", name: t };
    return this.fail(`unexpected "${t}"`);
  }

  list(): PathNode {
    const items = [this.chain(this.primary())];
    while (this.peek() === ",") {
      this.next();
      items.push(this.chain(this.primary()));
    }
    this.expect("]");
    return { k: "list", items };
  }

  /** `.x`, `.[…]` or `[…]` after a value: a sub-expression. */
  step(left: PathNode): PathNode | undefined {
    const t = this.peek();
    if (t === ".") {
      this.next();
      if (this.peek() !== "[") return { k: "sub", left, right: this.primary() };
      this.next();
      return { k: "sub", left, right: this.list() };
    }
    if (t === "[") {
      this.next();
      return { k: "sub", left, right: this.list() };
    }
    return undefined;
  }

  chain(first: PathNode): PathNode {
    let left = first;
    for (;;) {
      const t = this.peek();
      if (t === "[*]" || t === "[]") {
        this.next();
        left = { k: t === "[*]" ? "project" : "flatten", left, right: this.projected() };
        continue;
      }
      const sub = this.step(left);
      if (!sub) return left;
      left = sub;
    }
  }

  /** What a projection applies to each element: everything up to a flatten, which ends the projection. */
  projected(): PathNode {
    let right = IDENTITY;
    for (;;) {
      const t = this.peek();
      if (t === "[*]") {
        this.next();
        right = { k: "project", left: right, right: this.projected() };
        continue;
      }
      const sub = this.step(right);
      if (!sub) return right;
      right = sub;
    }
  }
}

/**
 * The expression of `node` applied to the value `x`; `depth` names the element variables of nested
 * projections; `root` is the input, which is never unset.
 */
function emit(node: PathNode, x: string, depth: number, root: string): string {
  const v = depth === 0 ? "e" : `e${depth}`;
  const each = (right: PathNode) => (right.k === "identity" ? "" : `.map((${v}: any) => ${emit(right, v, depth + 1, root)})`);
  switch (node.k) {
    case "identity":
      return x;
    case "field":
      return `${x}${x === root ? "." : "?."}${node.name}`;
    case "sub":
      return emit(node.right, emit(node.left, x, depth, root), depth, root);
    case "project":
      return `${emit(node.left, x, depth, root)}?${each(node.right) || ".slice()"}.filter((${v}: any) => ${v} != null)`;
    case "flatten":
      return `${emit(node.left, x, depth, root)}?.flat()${each(node.right)}.filter((${v}: any) => ${v} != null)`;
    case "list": {
      const items = node.items.map((item) => emit(item, x, depth, root)).join(", ");
      return `(${x} == null ? undefined : [${items}])`;
    }
    case "keys": {
      const arg = emit(node.arg, x, depth, root);
      return `(${arg} == null ? undefined : Object.keys(${arg}))`;
    }
  }
}

/** A compiled path: its code, and whether that is a conditional expression (which needs parentheses inside `??`). */
export interface CompiledPath {
  readonly code: string;
  readonly conditional: boolean;
}

/**
 * The TypeScript expression of an `operationContextParams` path over the input named `input`; `fail`
 * receives a message naming the part of the path it cannot compile.
 */
export function compileContextPath(path: string, input: string, fail: (message: string) => never): CompiledPath {
  const node = new PathParser(path, (message) => fail(`operationContextParams path ${JSON.stringify(path)}: ${message}.`)).whole();
  const code = emit(node, input, 0, input);
  // A conditional stands without its parentheses at the top.
  const conditional = node.k === "keys" || node.k === "list";
  return { code: conditional ? code.slice(1, -1) : code, conditional };
}
