import { expect, it } from "vitest";
import { BUILT_IN_OPTIONS, clientOptionName } from "./client-options.js";

it("names client options as the AWS SDK for JavaScript v3 does", () => {
  expect(clientOptionName("ForcePathStyle")).toBe("forcePathStyle");
  expect(clientOptionName("UseArnRegion")).toBe("useArnRegion");
  expect(clientOptionName("DisableMultiRegionAccessPoints")).toBe("disableMultiregionAccessPoints");
  expect(clientOptionName("Accelerate")).toBe("useAccelerateEndpoint");
  expect(clientOptionName("bar")).toBe("bar");
  expect(BUILT_IN_OPTIONS["AWS::Auth::AccountIdEndpointMode"]).toBe("accountIdEndpointMode");
  expect(BUILT_IN_OPTIONS["AWS::S3::DisableMultiRegionAccessPoints"]).toBe(clientOptionName("DisableMultiRegionAccessPoints"));
});
