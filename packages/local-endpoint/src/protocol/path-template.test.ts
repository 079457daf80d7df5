import { describe, expect, it } from "vitest";
import { compilePath, matchPath } from "./path-template.js";

const upgrade = compilePath("/workloads/{WorkloadId}/profiles/{ProfileArn}/upgrade");

describe("matchPath", () => {
  it("decodes each label on its own, so an encoded slash stays in the label", () => {
    expect(matchPath(upgrade, "/workloads/abc/profiles/arn%3Aaws%3Awellarchitected%3A%3Aprofile%2Fx/upgrade")).toEqual({
      WorkloadId: "abc",
      ProfileArn: "arn:aws:wellarchitected::profile/x",
    });
  });

  it("does not match other shapes, empty labels or bad encodings", () => {
    expect(matchPath(upgrade, "/workloads/abc/profiles/arn:aws:x/profile/y/upgrade")).toBeUndefined();
    expect(matchPath(upgrade, "/workloads//profiles/p/upgrade")).toBeUndefined();
    expect(matchPath(upgrade, "/workloads/a/profiles/%E0%A4%A/upgrade")).toBeUndefined();
    expect(matchPath(compilePath("/StartResourceStateUpdate"), "/StartResourceStateUpdate/")).toBeUndefined();
    expect(matchPath(compilePath("/StartResourceStateUpdate"), "/StartResourceStateUpdate")).toEqual({});
  });
});
