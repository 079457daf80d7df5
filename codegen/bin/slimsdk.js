#!/usr/bin/env node
// The `slimsdk` command. This file is committed so that npm can link the bin at install time,
// before the first build; the command itself is compiled into dist/.
import("../dist/cli.js").then(
  (cli) => cli.main(),
  (error) => {
    if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    process.stderr.write("slimsdk: the generator is not built yet; run `npm run build` first.\n");
    process.exitCode = 1;
  },
);
