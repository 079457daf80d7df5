/** Emits `index.ts`: re-exports every generated module of the package. */
import { GeneratedFile } from "../printer/generated-file.js";
import { compareNatural } from "../printer/natural-compare.js";

/** Emits `src/index.ts` re-exporting `modules` (paths relative to `src/`, without extension). */
export function emitIndex(path: string, modules: readonly string[], sources: readonly string[]): GeneratedFile {
  const f = new GeneratedFile(path, { sources });
  const specifiers = modules.map((m) => `./${m}.js`).sort(compareNatural);
  for (const s of specifiers) f.print(`export * from ${JSON.stringify(s)};`);
  return f;
}
