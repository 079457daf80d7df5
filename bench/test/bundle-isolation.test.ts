import { describe, expect, it } from "vitest";
import { bundle, entrySource } from "../src/bundle-size.mjs";

/** Our browser bundle of a client and the given commands (not written to disk). */
const code = async (service: string, commands: string[]): Promise<string> =>
  (await bundle(`test-${service}-${commands.join("+")}`, entrySource("ours", service, commands), { write: false })).code;

describe("one-command bundles hold only their own command", () => {
  it("CreateWorkloadShare holds no code of UpgradeProfileVersion", async () => {
    const js = await code("wellarchitected", ["CreateWorkloadShare"]);
    expect(js).toContain("CreateWorkloadShare");
    expect(js).toContain("/shares");
    expect(js).not.toContain("UpgradeProfileVersion");
    expect(js).not.toContain("/upgrade");
  });

  it("UpgradeProfileVersion holds no code of CreateWorkloadShare", async () => {
    const js = await code("wellarchitected", ["UpgradeProfileVersion"]);
    expect(js).toContain("UpgradeProfileVersion");
    expect(js).toContain("/upgrade");
    expect(js).not.toContain("CreateWorkloadShare");
    expect(js).not.toContain("/shares");
  });

  it("the bare ProtonClient holds no command", async () => {
    const js = await code("proton", []);
    expect(js).toContain("AwsProton20200720");
    expect(js).not.toContain("UpdateEnvironment");
  });

  it("the opt-in constraint checks are bundled only when the app imports them", async () => {
    const js = await code("proton", ["UpdateEnvironment"]);
    expect(js).toContain("must not be empty");
    expect(js).not.toContain("must set exactly one member");
    expect(js).not.toContain("must match the pattern");
  });

  it("a browser bundle holds none of the Node.js defaults: no credential chain, no shared-config loader", async () => {
    for (const service of ["wellarchitected", "proton", "imagebuilder", "codeguruprofiler"]) {
      const { metafile, code } = await bundle(`test-${service}-defaults`, entrySource("ours", service, []), { write: false });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs.some((f) => f.includes("packages/runtime/"))).toBe(true);
      expect(
        inputs.filter((f) =>
          /@aws-sdk\/credential-provider|@smithy\/core\/dist-es\/submodules\/config|node-credential-chain|node-config-chain/.test(f),
        ),
      ).toEqual([]);
      expect(code).not.toContain("AWS_PROFILE");
      expect(code).not.toContain("credential-provider-node");
    }
  });

  it("a browser bundle holds no Node.js module", async () => {
    const js = await code("imagebuilder", ["StartResourceStateUpdate"]);
    expect(js).not.toMatch(/["'`]node:|\brequire\(|from\s*["'](?:http|https|http2|stream|crypto|fs)["']/);
  });
});
