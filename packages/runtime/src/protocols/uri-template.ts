/** Parsing of `@http` URI templates: `/path/{label}/{greedy+}?literal=query&flag`. */

/** A `{label}` or `{label+}` placeholder in a URI path. */
export interface LabelPlaceholder {
  readonly name: string;
  readonly greedy: boolean;
}

/** A parsed URI template. */
export interface UriTemplate {
  /** The path as literal text and placeholders, in order. */
  readonly path: readonly (string | LabelPlaceholder)[];
  /** Literal query parameters (`?foo=bar&flag` gives `[["foo","bar"],["flag",""]]`). */
  readonly query: readonly (readonly [string, string])[];
}

const PLACEHOLDER = /\{([^}]+?)(\+?)\}/g;

/** Parses a URI template. Literal text stays as written: it is already a valid URI path. */
export function parseUriTemplate(uri: string): UriTemplate {
  const mark = uri.indexOf("?");
  const pathText = mark === -1 ? uri : uri.slice(0, mark);
  const path: (string | LabelPlaceholder)[] = [];
  let last = 0;
  for (const m of pathText.matchAll(PLACEHOLDER)) {
    if (m.index > last) path.push(pathText.slice(last, m.index));
    path.push({ name: m[1]!, greedy: m[2] === "+" });
    last = m.index + m[0].length;
  }
  if (last < pathText.length) path.push(pathText.slice(last));
  const query: (readonly [string, string])[] = [];
  if (mark !== -1) {
    for (const pair of uri.slice(mark + 1).split("&")) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      query.push(eq === -1 ? [decode(pair), ""] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))]);
    }
  }
  return { path, query };
}

// Query values are stored decoded: the HTTP handler encodes them when it writes the URL.
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
