/** A compiled restJson1 path template such as `/workloads/{WorkloadId}/shares`. */
export type PathTemplate = readonly ({ readonly literal: string } | { readonly label: string })[];

/** Splits a template into literal and label segments. */
export function compilePath(template: string): PathTemplate {
  return template
    .split("/")
    .slice(1)
    .map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg);
      return m === null ? { literal: seg } : { label: m[1]! };
    });
}

/**
 * Matches a raw (percent-encoded) request path against a template. Each segment is decoded on its own, so an encoded
 * `/` (`%2F`) inside a label stays part of the label. Returns the decoded labels, or undefined when it does not match.
 */
export function matchPath(template: PathTemplate, rawPath: string): Record<string, string> | undefined {
  const segments = rawPath.split("/").slice(1);
  if (segments.length !== template.length) return undefined;
  const labels: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    const seg = segments[i]!;
    if ("literal" in part) {
      if (seg !== part.literal) return undefined;
      continue;
    }
    if (seg === "") return undefined;
    try {
      labels[part.label] = decodeURIComponent(seg);
    } catch {
      return undefined;
    }
  }
  return labels;
}
