import type { Endpoint } from "../protocol.js";

/** The shape of an AWS region name: lower-case words of letters and digits joined by dashes. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** DNS suffixes of the partitions other than `aws`, by region-name prefix. */
const SUFFIXES: readonly (readonly [prefix: string, suffix: string])[] = [
  ["cn-", "amazonaws.com.cn"],
  ["us-iso-", "c2s.ic.gov"],
  ["us-isob-", "sc2s.sgov.gov"],
  ["us-isof-", "csp.hci.ic.gov"],
  ["eu-isoe-", "cloud.adc-e.uk"],
];

/** Checks a region name, with a clear error when it is missing or malformed. */
export function checkRegion(region: unknown): string {
  if (region === undefined || region === null || region === "") {
    throw new Error('Region is missing: pass `region` in the client config, e.g. { region: "us-east-1" } (Node.js also reads AWS_REGION).');
  }
  if (typeof region !== "string" || !REGION.test(region)) {
    throw new Error(`Region ${JSON.stringify(String(region))} is not a valid AWS region.`);
  }
  return region;
}

/** The DNS suffix of the partition a region belongs to. */
export function dnsSuffix(region: string): string {
  for (const [prefix, suffix] of SUFFIXES) if (region.startsWith(prefix)) return suffix;
  return "amazonaws.com";
}

/** The service's regional endpoint, `https://{endpointPrefix}.{region}.{dnsSuffix}`. */
export function regionEndpoint(endpointPrefix: string, region: string): Endpoint {
  return { protocol: "https:", hostname: `${endpointPrefix}.${region}.${dnsSuffix(region)}`, path: "/" };
}
