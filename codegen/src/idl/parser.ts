import type {
  ApplyNode,
  ArrayNode,
  DocComment,
  Identifier,
  IdlFile,
  InlineStructure,
  KeyValueStatement,
  MemberNode,
  NodeValue,
  ObjectEntry,
  ObjectNode,
  OperationBody,
  ShapeIdRef,
  ShapeNode,
  ShapeTypeName,
  StringNode,
  TraitApplication,
} from "./ast.js";
import { describeChar, Lexer } from "./lexer.js";
import { SmithySyntaxError } from "./located-error.js";
import { type Loc, locOf } from "./location.js";
import { SHAPE_TYPE_KEYWORDS } from "./shape-types.js";
import type { Source } from "./source.js";
import { describeToken, type Token, TokenKind } from "./tokens.js";

/** The `$version` values this parser understands. */
const SUPPORTED_VERSIONS: ReadonlySet<string> = new Set(["1", "1.0", "2", "2.0"]);

/** Every shape type keyword: the simple types, then the aggregate and service types. */
const SHAPE_TYPES: ReadonlySet<string> = new Set<string>(SHAPE_TYPE_KEYWORDS);

/** Which kind of member list a shape body holds; it decides member syntax and names. */
type MemberStyle = "structure" | "union" | "list" | "map" | "enum";

/** The member names a list or map may declare. */
const FIXED_MEMBER_NAMES: Readonly<Partial<Record<MemberStyle, readonly string[]>>> = {
  list: ["member"],
  map: ["key", "value"],
};

/**
 * A recursive-descent parser for the Smithy IDL (2.0, and 1.0 as a subset), with one `parseX()`
 * per grammar rule. The lexer drops whitespace, so the grammar's whitespace rules are checked
 * against the text between tokens: `SP` (spaces or tabs only: no line break, comment or comma),
 * `WS` (any whitespace) and `BR` (a line break or comment; end of input also ends a statement).
 * It stops at the first error, which it throws as a SmithySyntaxError.
 */
export class Parser {
  readonly #lexer: Lexer;
  readonly #source: Source;
  /** End offset of the last consumed token, where the loc of the node being built ends. */
  #lastEnd = 0;

  /** Creates a parser over `source`. */
  constructor(source: Source) {
    this.#source = source;
    this.#lexer = new Lexer(source);
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  /** `idl = [WS] ControlSection MetadataSection ShapeSection` */
  parseIdlFile(): IdlFile {
    const control = this.parseControlSection();
    const versionStatement = control.find((s) => s.key === "version");
    const version = versionStatement?.value.kind === "string" ? versionStatement.value.value : undefined;
    const metadata = this.parseMetadataSection();
    let namespace: Identifier | undefined;
    let uses: ShapeIdRef[] = [];
    const statements: (ShapeNode | ApplyNode)[] = [];
    if (this.#peekKeyword("namespace")) {
      namespace = this.parseNamespaceStatement();
      uses = this.parseUseSection();
      this.parseShapeStatements(statements);
    }
    this.#expect(TokenKind.EOF, namespace ? "shape or apply statement" : '"namespace"');
    return { kind: "idlFile", source: this.#source, version, control, metadata, namespace, uses, statements };
  }

  /** `ControlSection = *(ControlStatement)` */
  parseControlSection(): KeyValueStatement[] {
    const statements: KeyValueStatement[] = [];
    const seen = new Set<string>();
    while (this.#peek().kind === TokenKind.DOLLAR) {
      const statement = this.parseControlStatement();
      if (seen.has(statement.key)) this.#fail(`Duplicate control statement "$${statement.key}".`, statement.keyLoc);
      seen.add(statement.key);
      statements.push(statement);
    }
    return statements;
  }

  /** `ControlStatement = "$" NodeObjectKey [SP] ":" [SP] NodeValue BR` */
  parseControlStatement(): KeyValueStatement {
    const start = this.#expect(TokenKind.DOLLAR, '"$"').start;
    this.#adjacent(this.#peek(), "control statement key", '"$"');
    const keyToken = this.#expectKey("control statement key");
    this.#sameLine(this.#peek(), '":"');
    this.#expect(TokenKind.COLON, '":"');
    this.#sameLine(this.#peek(), "node value");
    if (keyToken.value === "version") {
      const token = this.#peek();
      if (token.kind !== TokenKind.STRING) this.#unexpected(token, "version string");
      if (!SUPPORTED_VERSIONS.has(token.value)) {
        this.#fail(`Unsupported IDL version "${token.value}".`, this.#locOfToken(token));
      }
    }
    const value = this.parseNodeValue();
    this.#lineBreak(this.#peek(), "a control statement");
    return { key: keyToken.value, keyLoc: this.#locOfToken(keyToken), value, loc: this.#locFrom(start) };
  }

  /** `MetadataSection = *(MetadataStatement)` */
  parseMetadataSection(): KeyValueStatement[] {
    const statements: KeyValueStatement[] = [];
    while (this.#peekKeyword("metadata")) statements.push(this.parseMetadataStatement());
    return statements;
  }

  /** `MetadataStatement = %s"metadata" SP NodeObjectKey [SP] "=" [SP] NodeValue BR` */
  parseMetadataStatement(): KeyValueStatement {
    const start = this.#advance().start;
    this.#space(this.#peek(), "metadata key");
    const keyToken = this.#expectKey("metadata key");
    this.#sameLine(this.#peek(), '"="');
    this.#expect(TokenKind.EQUALS, '"="');
    this.#sameLine(this.#peek(), "node value");
    const value = this.parseNodeValue();
    this.#lineBreak(this.#peek(), "a metadata statement");
    return { key: keyToken.value, keyLoc: this.#locOfToken(keyToken), value, loc: this.#locFrom(start) };
  }

  /** `NamespaceStatement = %s"namespace" SP Namespace BR`, where `Namespace = Identifier *("." Identifier)` */
  parseNamespaceStatement(): Identifier {
    this.#advance();
    const token = this.#peek();
    this.#space(token, "namespace");
    const isNamespace = token.kind === TokenKind.IDENTIFIER || (token.kind === TokenKind.SHAPE_ID && !/[#$]/.test(token.value));
    if (!isNamespace) this.#unexpected(token, "namespace");
    this.#advance();
    this.#lineBreak(this.#peek(), "the namespace statement");
    return { kind: "identifier", text: token.value, loc: this.#locOfToken(token) };
  }

  /** `UseSection = *(UseStatement)` */
  parseUseSection(): ShapeIdRef[] {
    const uses: ShapeIdRef[] = [];
    while (this.#peekKeyword("use")) uses.push(this.parseUseStatement());
    return uses;
  }

  /** `UseStatement = %s"use" SP AbsoluteRootShapeId BR` */
  parseUseStatement(): ShapeIdRef {
    this.#advance();
    const token = this.#peek();
    this.#space(token, "absolute shape id");
    if (token.kind !== TokenKind.SHAPE_ID || !token.value.includes("#") || token.value.includes("$")) {
      this.#unexpected(token, "absolute shape id");
    }
    this.#advance();
    this.#lineBreak(this.#peek(), "a use statement");
    return { kind: "shapeId", text: token.value, loc: this.#locOfToken(token) };
  }

  /** `ShapeStatements = ShapeOrApplyStatement *(BR ShapeOrApplyStatement)` */
  parseShapeStatements(into: (ShapeNode | ApplyNode)[]): void {
    for (;;) {
      const token = this.#peek();
      if (token.kind === TokenKind.EOF) return;
      if (token.kind === TokenKind.IDENTIFIER && token.value === "apply") {
        into.push(this.parseApplyStatement());
        this.#lineBreak(this.#peek(), "an apply statement");
      } else {
        into.push(this.parseShapeStatement());
        this.#lineBreak(this.#peek(), "a shape statement");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shapes

  /**
   * `ShapeStatement = TraitStatements Shape`, where each shape is `TypeName SP Identifier`, then
   * `[ForResource] [Mixins]` on the same line, then its body (which may start on a later line).
   */
  parseShapeStatement(): ShapeNode {
    const first = this.#peek();
    const doc = this.#docOf(first);
    const traits = this.parseTraitStatements();
    const typeToken = this.#peek();
    if (typeToken.kind !== TokenKind.IDENTIFIER || !SHAPE_TYPES.has(typeToken.value)) {
      this.#unexpected(typeToken, traits.length > 0 ? "shape type" : "shape or apply statement");
    }
    this.#advance();
    const type = typeToken.value as ShapeTypeName;
    this.#space(this.#peek(), "shape name");
    const name = this.parseIdentifier("shape name");
    let forResource: ShapeIdRef | undefined;
    let members: MemberNode[] = [];
    let body: ObjectNode | undefined;
    let operation: OperationBody | undefined;
    if (type === "structure" || type === "union" || type === "list" || type === "set" || type === "map") {
      forResource = this.parseStructureResource(true);
    }
    const mixins = this.parseMixins(true);
    switch (type) {
      case "structure":
      case "union":
      case "map":
      case "enum":
        members = this.parseMembers(type);
        break;
      case "intEnum":
        members = this.parseMembers("enum");
        break;
      case "list":
      case "set":
        members = this.parseMembers("list");
        break;
      case "service":
      case "resource":
        body = this.parseNodeObject();
        break;
      case "operation":
        operation = this.parseOperationBody();
        break;
      default:
        // SimpleShapeStatement: no body.
        break;
    }
    return {
      kind: "shape",
      type,
      name,
      doc,
      traits,
      mixins,
      forResource,
      members,
      body,
      operation,
      loc: this.#locFrom(first.start),
    };
  }

  /**
   * `ForResource = SP %s"for" SP ShapeId` (optional). After a shape name it must stay on the
   * name's line; in an inline structure it follows the `:=` and its traits.
   */
  parseStructureResource(afterName: boolean): ShapeIdRef | undefined {
    if (!this.#peekKeyword("for")) return undefined;
    const keyword = this.#peek();
    if (afterName) this.#keywordOnNameLine(keyword);
    else if (keyword.triviaStart === keyword.start) this.#space(keyword, '"for"');
    this.#advance();
    this.#space(this.#peek(), "resource shape id");
    return this.parseShapeId("resource shape id");
  }

  /** `Mixins = [SP] %s"with" [WS] "[" [WS] 1*(ShapeId [WS]) "]"` (optional); after a shape name, on its line. */
  parseMixins(afterName: boolean): ShapeIdRef[] {
    if (!this.#peekKeyword("with")) return [];
    if (afterName) this.#keywordOnNameLine(this.#peek());
    this.#advance();
    this.#expect(TokenKind.BRACKET_L, '"["');
    const mixins: ShapeIdRef[] = [this.parseShapeId("mixin shape id")];
    while (this.#peek().kind !== TokenKind.BRACKET_R) mixins.push(this.parseShapeId('mixin shape id or "]"'));
    this.#advance();
    return mixins;
  }

  /**
   * The member block of structures, unions, lists, maps and enums:
   * `StructureMembers = "{" *WS *(TraitStatements StructureMember *WS) "}"`,
   * `UnionMembers`, `ListMembers`, `MapMembers` and `EnumShapeMembers` alike.
   */
  parseMembers(style: MemberStyle): MemberNode[] {
    this.#expect(TokenKind.BRACE_L, '"{"');
    const members: MemberNode[] = [];
    const names = new Set<string>();
    while (this.#peek().kind !== TokenKind.BRACE_R) {
      const member = this.parseMember(style);
      if (names.has(member.name.text)) this.#fail(`Duplicate member "${member.name.text}".`, member.name.loc);
      names.add(member.name.text);
      members.push(member);
    }
    this.#advance();
    return members;
  }

  /**
   * One member:
   * `StructureMember = (ExplicitStructureMember / ElidedStructureMember) [ValueAssignment]`,
   * `ExplicitStructureMember = Identifier *SP ":" *SP ShapeId`, `ElidedStructureMember = "$" Identifier`;
   * enum members are `TraitStatements Identifier [ValueAssignment]`.
   */
  parseMember(style: MemberStyle): MemberNode {
    const first = this.#peek();
    const doc = this.#docOf(first);
    const traits = this.parseTraitStatements();
    const expected = traits.length > 0 ? "member name" : 'member name or "}"';
    let name: Identifier;
    let target: ShapeIdRef | undefined;
    let elided = false;
    let value: NodeValue | undefined;
    if (style === "enum") {
      name = this.parseIdentifier(expected);
    } else if (this.#peek().kind === TokenKind.DOLLAR) {
      this.#advance();
      this.#adjacent(this.#peek(), "member name", '"$"');
      name = this.parseIdentifier("member name");
      elided = true;
    } else {
      name = this.parseIdentifier(expected);
      this.#sameLine(this.#peek(), '":"');
      this.#expect(TokenKind.COLON, '":"');
      this.#sameLine(this.#peek(), "target shape id");
      target = this.parseShapeId("target shape id");
    }
    const allowed = FIXED_MEMBER_NAMES[style];
    if (allowed && !allowed.includes(name.text)) {
      const list = allowed.map((n) => `"${n}"`).join(" or ");
      this.#fail(`Expected ${list}, found identifier "${name.text}".`, name.loc);
    }
    if ((style === "structure" || style === "enum") && this.#peek().kind === TokenKind.EQUALS) {
      value = this.parseValueAssignment();
    }
    return { kind: "member", name, doc, traits, target, elided, value, loc: this.#locFrom(first.start) };
  }

  /** `ValueAssignment = [SP] "=" [SP] NodeValue [SP] [Comma] BR` */
  parseValueAssignment(): NodeValue {
    this.#sameLine(this.#peek(), '"="');
    this.#expect(TokenKind.EQUALS, '"="');
    this.#sameLine(this.#peek(), "node value");
    const value = this.parseNodeValue();
    this.#lineBreak(this.#peek(), "a value assignment", true);
    return value;
  }

  /**
   * `OperationBody = "{" *WS [OperationInput] [OperationOutput] [OperationErrors] *WS "}"`;
   * keys may come in any order, and other keys are kept in `extra` for the loader to report.
   */
  parseOperationBody(): OperationBody {
    this.#expect(TokenKind.BRACE_L, '"{"');
    let input: ShapeIdRef | InlineStructure | undefined;
    let output: ShapeIdRef | InlineStructure | undefined;
    let errors: ShapeIdRef[] | undefined;
    const extra: ObjectEntry[] = [];
    const seen = new Set<string>();
    while (this.#peek().kind !== TokenKind.BRACE_R) {
      const keyToken = this.#expectKey('operation property or "}"');
      const key = keyToken.value;
      if (seen.has(key)) this.#fail(`Duplicate object key "${key}".`, this.#locOfToken(keyToken));
      seen.add(key);
      if (key === "input") input = this.parseOperationInputOutput();
      else if (key === "output") output = this.parseOperationInputOutput();
      else if (key === "errors") errors = this.parseOperationErrors();
      else {
        this.#expect(TokenKind.COLON, '":"');
        extra.push({ key, keyLoc: this.#locOfToken(keyToken), value: this.parseNodeValue() });
      }
    }
    this.#advance();
    return { input, output, errors, extra };
  }

  /** `OperationInput = %s"input" *WS (InlineStructure / (":" *WS ShapeId)) BR` (and `OperationOutput`) */
  parseOperationInputOutput(): ShapeIdRef | InlineStructure {
    const token = this.#peek();
    if (token.kind === TokenKind.WALRUS) return this.parseInlineStructure();
    this.#expect(TokenKind.COLON, '":" or ":="');
    return this.parseShapeId("shape id");
  }

  /** `OperationErrors = %s"errors" *WS ":" *WS "[" *(*WS Identifier) *WS "]" BR` */
  parseOperationErrors(): ShapeIdRef[] {
    this.#expect(TokenKind.COLON, '":"');
    this.#expect(TokenKind.BRACKET_L, '"["');
    const errors: ShapeIdRef[] = [];
    while (this.#peek().kind !== TokenKind.BRACKET_R) errors.push(this.parseShapeId('error shape id or "]"'));
    this.#advance();
    return errors;
  }

  /** `InlineAggregateShape = ":=" [WS] TraitStatements [ForResource] [Mixins] [WS] ShapeMembers` */
  parseInlineStructure(): InlineStructure {
    const start = this.#expect(TokenKind.WALRUS, '":="').start;
    const doc = this.#docOf(this.#peek());
    const traits = this.parseTraitStatements();
    const forResource = this.parseStructureResource(false);
    const mixins = this.parseMixins(false);
    const members = this.parseMembers("structure");
    return { kind: "inlineStructure", doc, traits, forResource, mixins, members, loc: this.#locFrom(start) };
  }

  // ---------------------------------------------------------------------------------------------
  // Traits and apply

  /** `TraitStatements = *(*WS Trait) *WS` */
  parseTraitStatements(): TraitApplication[] {
    const traits: TraitApplication[] = [];
    while (this.#peek().kind === TokenKind.AT) traits.push(this.parseTrait());
    return traits;
  }

  /** `Trait = "@" ShapeId [TraitBody]`; the body's "(" must follow the id directly. */
  parseTrait(): TraitApplication {
    const at = this.#expect(TokenKind.AT, '"@"');
    this.#adjacent(this.#peek(), "trait shape id", '"@"');
    const id = this.parseShapeId("trait shape id");
    let value: NodeValue | undefined;
    const next = this.#peek();
    if (next.kind === TokenKind.PAREN_L && next.start === this.#lastEnd) value = this.parseTraitBody();
    return { kind: "trait", id, value, loc: this.#locFrom(at.start) };
  }

  /**
   * `TraitBody = "(" *WS [TraitBodyValue] *WS ")"`, `TraitBodyValue = TraitStructure / NodeValue`,
   * `TraitStructure = TraitStructureKvp *(*WS TraitStructureKvp)`. An empty body is an empty object.
   */
  parseTraitBody(): NodeValue {
    const open = this.#expect(TokenKind.PAREN_L, '"("');
    const token = this.#peek();
    const isKey = token.kind === TokenKind.IDENTIFIER || token.kind === TokenKind.STRING;
    if (token.kind === TokenKind.PAREN_R || (isKey && this.#lexer.lookahead(1).kind === TokenKind.COLON)) {
      const entries = this.parseObjectEntries(TokenKind.PAREN_R, '")"');
      return { kind: "object", entries, loc: this.#locFrom(open.start) };
    }
    const value = this.parseNodeValue();
    this.#expect(TokenKind.PAREN_R, '")"');
    return value;
  }

  /**
   * `ApplyStatement = ApplyStatementSingular / ApplyStatementBlock`, with
   * `ApplyStatementSingular = %s"apply" SP ShapeId WS Trait` and
   * `ApplyStatementBlock = %s"apply" SP ShapeId WS "{" [WS] TraitStatements "}"`.
   */
  parseApplyStatement(): ApplyNode {
    const start = this.#advance().start;
    this.#space(this.#peek(), "shape id");
    const target = this.parseShapeId("shape id");
    const token = this.#peek();
    if (token.triviaStart === token.start && (token.kind === TokenKind.AT || token.kind === TokenKind.BRACE_L)) {
      this.#fail(`Expected whitespace before ${describeToken(token)}.`, this.#locOfToken(token));
    }
    let traits: TraitApplication[];
    if (token.kind === TokenKind.AT) {
      traits = [this.parseTrait()];
    } else if (token.kind === TokenKind.BRACE_L) {
      this.#advance();
      traits = this.parseTraitStatements();
      this.#expect(TokenKind.BRACE_R, '"@" or "}"');
    } else {
      this.#unexpected(token, '"@" or "{"');
    }
    return { kind: "apply", target, traits, loc: this.#locFrom(start) };
  }

  // ---------------------------------------------------------------------------------------------
  // Node values

  /** `NodeValue = NodeArray / NodeObject / Number / NodeKeywords / NodeStringValue` */
  parseNodeValue(expected = "node value"): NodeValue {
    const token = this.#peek();
    switch (token.kind) {
      case TokenKind.BRACE_L:
        return this.parseNodeObject();
      case TokenKind.BRACKET_L:
        return this.parseNodeArray();
      case TokenKind.NUMBER:
        this.#advance();
        return { kind: "number", value: Number(token.value), raw: token.value, loc: this.#locOfToken(token) };
      case TokenKind.STRING:
      case TokenKind.TEXT_BLOCK:
      case TokenKind.SHAPE_ID:
        return this.parseNodeStringValue();
      case TokenKind.IDENTIFIER: {
        const loc = this.#locOfToken(token);
        if (token.value === "true" || token.value === "false") {
          this.#advance();
          return { kind: "boolean", value: token.value === "true", loc };
        }
        if (token.value === "null") {
          this.#advance();
          return { kind: "null", loc };
        }
        return this.parseNodeStringValue();
      }
      default:
        this.#unexpected(token, expected);
    }
  }

  /** `NodeStringValue = ShapeId / TextBlock / QuotedText` */
  parseNodeStringValue(): StringNode {
    const token = this.#advance();
    const form = token.kind === TokenKind.STRING ? "quoted" : token.kind === TokenKind.TEXT_BLOCK ? "textBlock" : "shapeId";
    return { kind: "string", value: token.value, form, loc: this.#locOfToken(token) };
  }

  /** `NodeArray = "[" *WS *(NodeValue *WS) "]"` */
  parseNodeArray(): ArrayNode {
    const start = this.#expect(TokenKind.BRACKET_L, '"["').start;
    const elements: NodeValue[] = [];
    while (this.#peek().kind !== TokenKind.BRACKET_R) elements.push(this.parseNodeValue('node value or "]"'));
    this.#advance();
    return { kind: "array", elements, loc: this.#locFrom(start) };
  }

  /** `NodeObject = "{" [WS] [NodeObjectKvp *(WS NodeObjectKvp)] [WS] "}"` */
  parseNodeObject(): ObjectNode {
    const start = this.#expect(TokenKind.BRACE_L, '"{"').start;
    const entries = this.parseObjectEntries(TokenKind.BRACE_R, '"}"', true);
    return { kind: "object", entries, loc: this.#locFrom(start) };
  }

  /**
   * The key-value pairs of an object or trait structure up to `close`:
   * `NodeObjectKvp = NodeObjectKey [WS] ":" [WS] NodeValue`. Duplicate keys are an error. In a
   * node object (`separated`) whitespace must come between pairs; a trait structure needs none.
   */
  parseObjectEntries(close: TokenKind, closeText: string, separated = false): ObjectEntry[] {
    const entries: ObjectEntry[] = [];
    const seen = new Set<string>();
    while (this.#peek().kind !== close) {
      const next = this.#peek();
      if (separated && entries.length > 0 && next.triviaStart === next.start) {
        this.#fail(`Expected whitespace between object entries, found ${describeToken(next)}.`, this.#locOfToken(next));
      }
      const keyToken = this.#expectKey(`object key or ${closeText}`);
      const keyLoc = this.#locOfToken(keyToken);
      if (seen.has(keyToken.value)) this.#fail(`Duplicate object key "${keyToken.value}".`, keyLoc);
      seen.add(keyToken.value);
      this.#expect(TokenKind.COLON, '":"');
      entries.push({ key: keyToken.value, keyLoc, value: this.parseNodeValue() });
    }
    this.#advance();
    return entries;
  }

  // ---------------------------------------------------------------------------------------------
  // Names

  /** `Identifier = IdentifierStart *IdentifierChars` */
  parseIdentifier(expected: string): Identifier {
    const token = this.#expect(TokenKind.IDENTIFIER, expected);
    return { kind: "identifier", text: token.value, loc: this.#locOfToken(token) };
  }

  /** `ShapeId = RootShapeId [ShapeIdMember]` */
  parseShapeId(expected: string): ShapeIdRef {
    const token = this.#peek();
    if (token.kind !== TokenKind.IDENTIFIER && token.kind !== TokenKind.SHAPE_ID) this.#unexpected(token, expected);
    this.#advance();
    return { kind: "shapeId", text: token.value, loc: this.#locOfToken(token) };
  }

  // ---------------------------------------------------------------------------------------------
  // Token helpers

  #peek(): Token {
    return this.#lexer.lookahead(0);
  }

  #advance(): Token {
    const token = this.#lexer.advance();
    this.#lastEnd = token.end;
    return token;
  }

  /** True if the next token is the bare identifier `word`. */
  #peekKeyword(word: string): boolean {
    const token = this.#peek();
    return token.kind === TokenKind.IDENTIFIER && token.value === word;
  }

  /** Consumes a token of `kind`, or throws `Expected <expected>, found <token>.` */
  #expect(kind: TokenKind, expected: string): Token {
    const token = this.#peek();
    if (token.kind !== kind) this.#unexpected(token, expected);
    return this.#advance();
  }

  /** `NodeObjectKey = QuotedText / Identifier` */
  #expectKey(expected: string): Token {
    const token = this.#peek();
    if (token.kind !== TokenKind.IDENTIFIER && token.kind !== TokenKind.STRING) this.#unexpected(token, expected);
    return this.#advance();
  }

  /** The whitespace and comments written between the previous token and `token`. */
  #gap(token: Token): string {
    return this.#source.body.slice(token.triviaStart, token.start);
  }

  /** The first character of the gap before `token` that is not a space or tab, as an offset. */
  #breakIn(token: Token): number | undefined {
    const gap = this.#gap(token);
    for (let i = 0; i < gap.length; i++) if (gap[i] !== " " && gap[i] !== "\t") return token.triviaStart + i;
    return undefined;
  }

  /** Describes a gap character: a line break, a comment or a comma. */
  #describeGapChar(offset: number): string {
    return this.#source.body[offset] === "/" ? "comment" : describeChar(this.#source.body, offset);
  }

  /** `[SP]` before `token`: only spaces or tabs may come between it and the previous token. */
  #sameLine(token: Token, expected: string): void {
    const bad = this.#breakIn(token);
    if (bad !== undefined)
      this.#fail(`Expected ${expected} on the same line, found ${this.#describeGapChar(bad)}.`, locOf(this.#source, bad, bad + 1));
  }

  /** `SP` before `token`: one or more spaces or tabs, and nothing else. */
  #space(token: Token, expected: string): void {
    if (token.triviaStart === token.start && token.kind !== TokenKind.EOF) {
      this.#fail(`Expected a space before ${expected}, found ${describeToken(token)}.`, this.#locOfToken(token));
    }
    this.#sameLine(token, expected);
  }

  /** Nothing may come between the previous token (`after`) and `token`. */
  #adjacent(token: Token, expected: string, after: string): void {
    if (token.triviaStart !== token.start) {
      const at = token.triviaStart;
      this.#fail(`Expected ${expected} right after ${after}, found ${this.#describeGapChar(at)}.`, locOf(this.#source, at, at + 1));
    }
  }

  /**
   * `BR` before `token`: optional spaces (and, after a value assignment, one comma), then a line
   * break or comment. The end of the input also ends a statement.
   */
  #lineBreak(token: Token, after: string, allowComma = false): void {
    const body = this.#source.body;
    let i = token.triviaStart;
    const skipSpaces = (): void => {
      while (i < token.start && (body[i] === " " || body[i] === "\t")) i++;
    };
    skipSpaces();
    if (allowComma && i < token.start && body[i] === ",") {
      i++;
      skipSpaces();
    }
    if (i < token.start && (body[i] === "\n" || body[i] === "\r" || body[i] === "/")) return;
    if (i === token.start && token.kind === TokenKind.EOF) return;
    const found = i < token.start ? describeChar(body, i) : describeToken(token);
    const at = i < token.start ? i : token.start;
    this.#fail(`Expected a line break after ${after}, found ${found}.`, locOf(this.#source, at, i < token.start ? at + 1 : token.end));
  }

  /** `for` and `with` after a shape name must stay on the name's line (`[SP]`, `SP`). */
  #keywordOnNameLine(keyword: Token): void {
    if (this.#breakIn(keyword) !== undefined) {
      this.#fail(`"${keyword.value}" must be on the same line as the shape name.`, this.#locOfToken(keyword));
    }
  }

  #unexpected(token: Token, expected: string): never {
    this.#fail(`Expected ${expected}, found ${describeToken(token)}.`, this.#locOfToken(token));
  }

  #fail(message: string, loc: Loc): never {
    throw new SmithySyntaxError(message, loc);
  }

  #locOfToken(token: Token): Loc {
    return locOf(this.#source, token.start, token.end);
  }

  /** The loc from `start` to the end of the last consumed token. */
  #locFrom(start: number): Loc {
    return locOf(this.#source, start, this.#lastEnd);
  }

  #docOf(token: Token): DocComment | undefined {
    const doc = token.doc;
    if (doc === undefined) return undefined;
    return { kind: "docComment", text: doc.text, loc: locOf(this.#source, doc.start, doc.end) };
  }
}
