import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args.js";

describe("parseCliArgs", () => {
  it("defaults to port 4566 and the default credential", () => {
    const { options, help, quiet } = parseCliArgs([]);
    expect([help, quiet, options.port]).toEqual([false, false, 4566]);
    expect(options.credentials).toEqual([
      { accessKeyId: "AKIDLOCALENDPOINT", secretAccessKey: "local-endpoint-secret", accountId: "123456789012" },
    ]);
    expect(options.faults).toEqual({});
  });

  it("reads fault options, in both --name value and --name=value forms", () => {
    const { options } = parseCliArgs([
      "--port=0",
      "--fault-rate",
      "0.2",
      "--seed",
      "7",
      "--fault-kinds=throttle,reset-after",
      "--fault-operations",
      "CreateProfilingGroup",
    ]);
    expect(options.port).toBe(0);
    expect(options.seed).toBe(7);
    expect(options.faults).toEqual({ rate: 0.2, kinds: ["throttle", "reset-after"], operations: ["CreateProfilingGroup"] });
  });

  it("rejects unknown options, missing values, bad numbers and unknown fault kinds by name", () => {
    expect(() => parseCliArgs(["--prot", "1"])).toThrow("unknown option --prot");
    expect(() => parseCliArgs(["--port"])).toThrow("--port needs a value");
    expect(() => parseCliArgs(["--fault-rate", "lots"])).toThrow("--fault-rate must be a number, got lots");
    expect(() => parseCliArgs(["--fault-kinds", "explode"])).toThrow("--fault-kinds: unknown kind explode");
    expect(() => parseCliArgs(["--account-id", "12"])).toThrow("--account-id must be 12 digits");
  });
});
