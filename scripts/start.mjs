// `npm start` runs this after `turbo run build`: the example program (examples/src), built to examples/dist,
// starts the local endpoint and calls every operation through the four generated clients.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const entry = fileURLToPath(new URL("../examples/dist/main.js", import.meta.url));
if (!existsSync(entry)) {
  console.error('npm start: examples/dist/main.js is missing. Is "examples" in the root workspaces, and did `npm run build` succeed?');
  process.exit(1);
}
// main.js runs the example when loaded and sets process.exitCode (1 on failure).
await import(pathToFileURL(entry).href);
