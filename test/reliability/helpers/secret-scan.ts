/** Renders errors and log lines the ways users see them, and finds secrets in the renderings. */
import { inspect } from "node:util";
import type { Logger } from "@slimsdk/runtime";

/** Every rendering of an error a user (or their logging library) commonly produces. */
export function renderError(error: unknown): Record<string, string> {
  const e = error as { message?: unknown; stack?: unknown };
  let json: string;
  try {
    json = JSON.stringify(error) ?? "";
  } catch (x) {
    json = `JSON.stringify threw ${String(x)}`;
  }
  return {
    message: String(e?.message),
    string: String(error),
    json,
    inspect: inspect(error, { depth: 10 }),
    stack: String(e?.stack),
  };
}

/** The names of the renderings (and which secret) that contain one of `secrets`. */
export function leaks(renderings: Record<string, string>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const [how, text] of Object.entries(renderings)) {
    for (const secret of secrets) if (text.includes(secret)) found.push(`${how} contains ${secret.slice(0, 12)}…`);
  }
  return found;
}

/** A logger that keeps every line of every level, each argument rendered with inspect and JSON. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const capture =
    (level: string) =>
    (...content: unknown[]) => {
      lines.push(
        `${level} ${content.map((c) => (typeof c === "string" ? c : `${inspect(c, { depth: 10 })} ${JSON.stringify(c)}`)).join(" ")}`,
      );
    };
  return { logger: { debug: capture("debug"), info: capture("info"), warn: capture("warn"), error: capture("error") }, lines };
}
