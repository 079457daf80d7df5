/** One DNS label (RFC 1123): letters, digits and inner dashes, 1 to 63 characters. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** `isValidHostLabel`: one DNS label, or with `allowSubDomains` several joined by dots. */
export function isValidHostLabel(value: string, allowSubDomains: boolean): boolean {
  return allowSubDomains ? value.split(".").every((label) => LABEL.test(label)) : LABEL.test(value);
}
