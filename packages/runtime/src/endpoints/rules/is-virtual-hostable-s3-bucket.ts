const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const DOTTED_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** Adjacent dots, or a dot next to a dash. */
const BAD_DOTS = /\.\.|-\.|\.-/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * `aws.isVirtualHostableS3Bucket`: a bucket name that can be a host label (3 to 63 lower-case letters,
 * digits and dashes, starting and ending alphanumeric); with `allowSubDomains` dots are allowed too,
 * but not next to each other or to a dash, and the name must not read as an IPv4 address.
 */
export function isVirtualHostableS3Bucket(value: string, allowSubDomains: boolean): boolean {
  if (!allowSubDomains) return BUCKET.test(value);
  return DOTTED_BUCKET.test(value) && !BAD_DOTS.test(value) && !IPV4.test(value);
}
