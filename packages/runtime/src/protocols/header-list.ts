/** Lists in HTTP header values (RFC 9110 §5.6.1): comma-separated, quoted when an item holds `,` or `"`. */

/** Quotes a string list item when it contains a comma or a double quote, escaping `"` and `\`. */
export function quoteHeaderItem(item: string): string {
  if (item.indexOf(",") === -1 && item.indexOf('"') === -1) return item;
  return `"${item.replace(/["\\]/g, "\\$&")}"`;
}

/** Splits a header list, honouring quoted items; items are trimmed and unquoted. An empty value is an empty list. */
export function splitHeaderList(value: string): string[] {
  const items: string[] = [];
  let current = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (quoted) {
      if (c === "\\" && i + 1 < value.length) current += value.charAt(++i);
      else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current.trim() === "") {
      quoted = true;
      wasQuoted = true;
      current = "";
    } else if (c === ",") {
      items.push(wasQuoted ? current : current.trim());
      current = "";
      wasQuoted = false;
    } else if (!wasQuoted) {
      current += c;
    }
  }
  if (wasQuoted || current.trim() !== "" || items.length > 0) items.push(wasQuoted ? current : current.trim());
  return items;
}

/**
 * Splits a list of http-dates: each date holds one comma of its own ("Mon, 16 Dec 2019 23:48:18 GMT"),
 * so items are every second comma.
 */
export function splitHttpDateList(value: string): string[] {
  const parts = value.split(",");
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    items.push(i + 1 < parts.length ? `${parts[i]},${parts[i + 1]}`.trim() : parts[i]!.trim());
  }
  return value.trim() === "" ? [] : items;
}
