import { describe, expect, it } from "vitest";
import { readErrorCode, readErrorMessage, sanitizeErrorCode } from "./error-code.js";

describe("sanitizeErrorCode", () => {
  it.each([
    ["FooError", "FooError"],
    ["FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["aws.protocoltests.restjson#FooError", "FooError"],
    ["aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["aws.different.namespace#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/", "ValidationException"],
    [" Spaced ", "Spaced"],
    ["", ""],
  ])("%j → %j", (raw, code) => {
    expect(sanitizeErrorCode(raw)).toBe(code);
  });
});

describe("readErrorCode", () => {
  it("prefers the X-Amzn-Errortype header", () => {
    expect(readErrorCode({ "x-amzn-errortype": "FromHeader" }, { __type: "FromType", code: "FromCode" })).toBe("FromHeader");
  });

  it("then __type, then code, then Code", () => {
    expect(readErrorCode({}, { __type: "ns#FromType", code: "FromCode" })).toBe("FromType");
    expect(readErrorCode({}, { code: "ns#FromCode:uri", Code: "Other" })).toBe("FromCode");
    expect(readErrorCode({}, { Code: "Upper" })).toBe("Upper");
  });

  it("skips empty and non-string values", () => {
    expect(readErrorCode({ "x-amzn-errortype": "" }, { __type: 5, code: "", Code: "Last" })).toBe("Last");
    expect(readErrorCode({}, undefined)).toBeUndefined();
    expect(readErrorCode({}, { message: "no code" })).toBeUndefined();
  });
});

describe("readErrorMessage", () => {
  it("reads message, Message or errorMessage", () => {
    expect(readErrorMessage({ message: "a" })).toBe("a");
    expect(readErrorMessage({ Message: "b" })).toBe("b");
    expect(readErrorMessage({ errorMessage: "c" })).toBe("c");
    expect(readErrorMessage({ message: 3 })).toBeUndefined();
    expect(readErrorMessage(undefined)).toBeUndefined();
  });
});
