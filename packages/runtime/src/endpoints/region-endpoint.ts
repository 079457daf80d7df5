import type { Endpoint } from "../protocol.js";

/** The shape of an AWS region name: lower-case words of letters and digits joined by dashes. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The AWS partitions as the official SDK's partition data describes them: the region-name pattern,
 * the DNS suffix and the dual-stack DNS suffix (every partition supports FIPS and dual-stack). The
 * first entry, `aws`, is also where a region matching no pattern belongs.
 */
const PARTITIONS: readonly (readonly [id: string, pattern: RegExp, dnsSuffix: string, dualStackDnsSuffix: string])[] = [
  ["aws", /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, "amazonaws.com", "api.aws"],
  ["aws-cn", /^cn-\w+-\d+$/, "amazonaws.com.cn", "api.amazonwebservices.com.cn"],
  ["aws-eusc", /^eusc-(de)-\w+-\d+$/, "amazonaws.eu", "api.amazonwebservices.eu"],
  ["aws-iso", /^us-iso-\w+-\d+$/, "c2s.ic.gov", "api.aws.ic.gov"],
  ["aws-iso-b", /^us-isob-\w+-\d+$/, "sc2s.sgov.gov", "api.aws.scloud"],
  ["aws-iso-e", /^eu-isoe-\w+-\d+$/, "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"],
  ["aws-iso-f", /^us-isof-\w+-\d+$/, "csp.hci.ic.gov", "api.aws.hci.ic.gov"],
  ["aws-us-gov", /^us-gov-\w+-\d+$/, "amazonaws.com", "api.aws"],
];

/** Which endpoint variant to use (`useFipsEndpoint` / `useDualstackEndpoint` of the client config). */
export interface EndpointVariant {
  readonly useFipsEndpoint?: boolean | undefined;
  readonly useDualstackEndpoint?: boolean | undefined;
}

/** Checks a region name, with a clear error when it is missing or malformed. */
export function checkRegion(region: unknown): string {
  if (region === undefined || region === null || region === "") {
    throw new Error(
      'Region is missing: pass `region` in the client config, e.g. { region: "us-east-1" } (Node.js also reads AWS_REGION and ~/.aws/config).',
    );
  }
  if (typeof region !== "string" || !REGION.test(region)) {
    throw new Error(`Region ${JSON.stringify(String(region))} is not a valid AWS region.`);
  }
  return region;
}

/** Whether a region name is one of the FIPS pseudo-regions (`fips-us-gov-west-1`, `us-east-1-fips`), which select the FIPS endpoint. */
export const isFipsRegion = (region: string): boolean => region.startsWith("fips-") || region.endsWith("-fips");

/** The region a FIPS pseudo-region stands for (signing and the host use it); other names are returned as they are. */
export function realRegion(region: string): string {
  if (!isFipsRegion(region)) return region;
  return region === "fips-aws-global" || region === "aws-fips" ? "us-east-1" : region.replace(/fips-(dkr-|prod-)?|-fips/, "");
}

/** The partition a region belongs to (its `{id}-global` name included). */
function partitionOf(region: string): (typeof PARTITIONS)[number] {
  for (const p of PARTITIONS) if (region === `${p[0]}-global` || p[1].test(region)) return p;
  return PARTITIONS[0]!;
}

/** The DNS suffix of the partition a region belongs to. */
export function dnsSuffix(region: string): string {
  return partitionOf(region)[2];
}

/**
 * The service's regional endpoint as the standard AWS regional rule set gives it:
 * `https://{endpointPrefix}[-fips].{region}.{dnsSuffix | dualStackDnsSuffix}`.
 */
export function regionEndpoint(endpointPrefix: string, region: string, variant: EndpointVariant = {}): Endpoint {
  const [, , suffix, dualStackSuffix] = partitionOf(region);
  const host = variant.useFipsEndpoint ? `${endpointPrefix}-fips` : endpointPrefix;
  return { protocol: "https:", hostname: `${host}.${region}.${variant.useDualstackEndpoint ? dualStackSuffix : suffix}`, path: "/" };
}
