/** What `aws.parseArn` returns for a valid ARN. */
export interface Arn {
  readonly partition: string;
  readonly service: string;
  /** Empty for resources that are not regional. */
  readonly region: string;
  /** Empty for resources that belong to no account. */
  readonly accountId: string;
  /** The resource part, split on `:` and `/`. */
  readonly resourceId: readonly string[];
}

/** `aws.parseArn`: `arn:partition:service:region:account:resource`, or undefined when the value is not an ARN. */
export function parseArn(value: string): Arn | undefined {
  const parts = value.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  const [, partition, service, region, accountId] = parts as [string, string, string, string, string];
  // The resource keeps its own colons.
  const resource = parts.slice(5).join(":");
  if (!partition || !service || !resource) return undefined;
  return { partition, service, region, accountId, resourceId: resource.split(/[:/]/) };
}
