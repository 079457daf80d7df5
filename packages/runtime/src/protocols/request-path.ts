/** Joining the endpoint's base path with an operation's path. */

/** `/custom` + `/Op` → `/custom/Op`; `/` + `/Op` → `/Op`; never a double slash at the join. */
export function joinPath(base: string, path: string): string {
  if (base === "" || base === "/") return path;
  return (base.endsWith("/") ? base.slice(0, -1) : base) + path;
}
