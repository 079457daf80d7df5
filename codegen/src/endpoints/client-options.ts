/**
 * Where clients take rule-set parameters from: the client option each built-in reads, and the option
 * name of each `clientContextParams` parameter, named as the AWS SDK for JavaScript v3 names them.
 */

/** The client option of each supported built-in (`accountId` stands for the credentials' account id). */
export const BUILT_IN_OPTIONS: Readonly<Record<string, string>> = {
  "AWS::Region": "region",
  "AWS::UseFIPS": "useFipsEndpoint",
  "AWS::UseDualStack": "useDualstackEndpoint",
  "SDK::Endpoint": "endpoint",
  "AWS::Auth::AccountId": "accountId",
  "AWS::Auth::AccountIdEndpointMode": "accountIdEndpointMode",
  "AWS::S3::Accelerate": "useAccelerateEndpoint",
  "AWS::S3::DisableMultiRegionAccessPoints": "disableMultiregionAccessPoints",
  "AWS::S3::ForcePathStyle": "forcePathStyle",
  "AWS::S3::UseArnRegion": "useArnRegion",
  "AWS::S3::UseGlobalEndpoint": "useGlobalEndpoint",
  "AWS::S3Control::UseArnRegion": "useArnRegion",
  "AWS::STS::UseGlobalEndpoint": "useGlobalEndpoint",
};

/** Options the runtime's `ClientConfig` already declares (plus `accountId`, read from the credentials). */
export const RUNTIME_OPTIONS: ReadonlySet<string> = new Set([
  "region",
  "endpoint",
  "useFipsEndpoint",
  "useDualstackEndpoint",
  "accountIdEndpointMode",
  "accountId",
]);

/** v3 names these two after the S3 built-ins they share a value with, not after the parameter. */
const V3_NAMES: Readonly<Record<string, string>> = {
  Accelerate: "useAccelerateEndpoint",
  DisableMultiRegionAccessPoints: "disableMultiregionAccessPoints",
};

/** The client option of a `clientContextParams` parameter: `ForcePathStyle` → `forcePathStyle`. */
export function clientOptionName(param: string): string {
  return V3_NAMES[param] ?? param.charAt(0).toLowerCase() + param.slice(1);
}
