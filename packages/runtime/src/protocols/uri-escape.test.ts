import { describe, expect, it } from "vitest";
import { escapeGreedyLabel, escapeLabel } from "./uri-escape.js";

describe("escapeLabel", () => {
  it("encodes everything outside the RFC 3986 unreserved set", () => {
    expect(escapeLabel(" %:/?#[]@!$&'()*+,;=😹")).toBe("%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9");
  });

  it("keeps unreserved characters", () => {
    expect(escapeLabel("AZaz09-._~")).toBe("AZaz09-._~");
  });

  it("encodes an ARN", () => {
    expect(escapeLabel("arn:aws:iam::123456789012:instance-profile/Web")).toBe(
      "arn%3Aaws%3Aiam%3A%3A123456789012%3Ainstance-profile%2FWeb",
    );
  });
});

describe("escapeGreedyLabel", () => {
  it("keeps slashes and encodes each segment", () => {
    expect(escapeGreedyLabel("there/guy")).toBe("there/guy");
    expect(escapeGreedyLabel("a b/c:d/")).toBe("a%20b/c%3Ad/");
  });
});
