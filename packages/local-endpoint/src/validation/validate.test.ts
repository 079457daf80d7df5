import { describe, expect, it } from "vitest";
import { bool, int, list, map, required, str, struct, timestamp } from "./shape.js";
import { formatViolations, validate } from "./validate.js";

const shape = struct({
  name: required(str({ min: 1, max: 5, pattern: "^[a-z]+$" })),
  kind: str({ enum: ["A", "B"] }),
  flag: bool(),
  count: int({ min: 1, max: 3 }),
  at: timestamp(),
  items: list(str({ pattern: "^[0-9]{2}$" }), { max: 2 }),
  tags: map(str({ max: 3 }), str()),
  nested: struct({ inner: required(bool()) }),
});

const paths = (input: Record<string, unknown>) => validate(input, shape).map((v) => `${v.path}: ${v.constraint}`);

describe("validate", () => {
  it("accepts valid input and ignores unknown members and explicit nulls of optional members", () => {
    expect(
      paths({
        name: "abc",
        kind: "A",
        flag: true,
        count: 2,
        at: 1.5,
        items: ["12"],
        tags: { k: "v" },
        nested: { inner: false },
        extra: 1,
        kindless: null,
      }),
    ).toEqual([]);
  });

  it("reports each broken constraint with its path", () => {
    expect(
      paths({
        kind: "C",
        flag: "true",
        count: 2.5,
        at: "2024-01-01T00:00:00Z",
        items: ["1", null, "33"],
        tags: { long: 1 },
        nested: {},
      }),
    ).toEqual([
      "name: Member must not be null",
      "kind: Member must satisfy enum value set: [A, B]",
      "flag: Member must be a boolean",
      "count: Member must be an integer",
      "at: Member must be a timestamp in epoch seconds",
      "items: Member must have length less than or equal to 2",
      "items.1.member: Member must satisfy regular expression pattern: ^[0-9]{2}$",
      "items.2.member: Member must not be null",
      "tags.key: Member must have length less than or equal to 3",
      "tags.long: Member must be a string",
      "nested.inner: Member must not be null",
    ]);
  });

  it("counts length in code points and checks ranges", () => {
    expect(paths({ name: "ééééé" })).toEqual(["name: Member must satisfy regular expression pattern: ^[a-z]+$"]);
    expect(paths({ name: "abcdef", count: 0 })).toEqual([
      "name: Member must have length less than or equal to 5",
      "count: Member must have value greater than or equal to 1",
    ]);
  });

  it("does not anchor patterns, as Smithy patterns are searched", () => {
    expect(validate({ id: "xx0123456789abcdef0123456789abcdefxx" }, struct({ id: str({ pattern: "[0-9a-f]{32}" }) }))).toEqual([]);
  });

  it("words messages as AWS services do", () => {
    const v = validate({ name: "" }, shape);
    expect(formatViolations(v)).toBe(
      "2 validation errors detected: Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z]+$",
    );
  });
});
