// Writes the runtime's AWS partition table from the Smithy project's partitions.json (read in place
// from ../shared; the JSON is never copied into the repository). Run after `npm run build`:
//   node scripts/write-partitions.mjs
// codegen/src/endpoints/partitions-module.test.ts fails when the committed table differs from what this writes.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { partitionsModule } from "../codegen/dist/endpoints/partitions-module.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = `${root}../shared/smithy-reference/smithy-aws-endpoints/src/main/resources/software/amazon/smithy/rulesengine/aws/language/functions/partition/partitions.json`;
const target = `${root}packages/runtime/src/endpoints/rules/partitions-data.ts`;
writeFileSync(target, partitionsModule(JSON.parse(readFileSync(source, "utf8"))));
console.log(`write-partitions: wrote ${target.slice(root.length)}`);
