/** Where the browser test finds Chromium; a missing browser is a failure with a clear message, never a skip. */
import { existsSync } from "node:fs";

/** Debian's chromium package installs here; CI installs it through `.ci/run`. */
const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** The Chromium executable: `CHROMIUM_PATH` if set, else Debian's; throws an explanation when it is not there. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: the browser tests need a real Chromium. ` +
        "Install Debian's package (`apt-get install chromium`, as .ci/run does) or set CHROMIUM_PATH to a Chromium executable.",
    );
  }
  return path;
}
