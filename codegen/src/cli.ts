#!/usr/bin/env node
/**
 * The `slimsdk` command: argument parsing and file I/O around the pure core (loadModel,
 * generate, toJsonAst). Errors print as `slimsdk: message` and exit with status 1.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseConfig } from "./config.js";
import { GenerateError, generate } from "./generate.js";
import { ModelErrors } from "./idl/located-error.js";
import { toJsonAst } from "./model/json-ast-write.js";
import { loadModel, type ModelFile } from "./model/load-model.js";

/** Where the CLI reads and writes: the working directory and the two output streams. */
export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A usage error (unknown option or command, missing argument). */
class UsageError extends Error {}

const HELP = `Usage: slimsdk <command> [options]

Commands:
  generate [--config <file>]  Generate the client packages listed in the config
                              (default: codegen.config.json in the working directory)
  ast <paths...>              Print the Smithy JSON AST of the given model files and folders

Options:
  -h, --help                  Show this help
`;

/** Runs the CLI with `argv` (without `node` and the script); returns the exit status. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr(HELP);
      return 1;
    }
    if (command === "-h" || command === "--help") {
      io.stdout(HELP);
      return 0;
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout(HELP);
      return 0;
    }
    switch (command) {
      case "generate":
        runGenerate(rest, io);
        return 0;
      case "ast":
        runAst(rest, io);
        return 0;
      default:
        throw new UsageError(command.startsWith("-") ? `unknown option "${command}"` : `unknown command "${command}"`);
    }
  } catch (e) {
    reportError(e, io);
    return 1;
  }
}

function reportError(e: unknown, io: CliIo): void {
  if (e instanceof ModelErrors) {
    for (const err of e.errors) io.stderr(`slimsdk: ${err.toString()}\n`);
    return;
  }
  if (e instanceof UsageError) {
    io.stderr(`slimsdk: ${e.message}\nRun "slimsdk --help" for usage.\n`);
    return;
  }
  if (e instanceof ConfigError || e instanceof GenerateError || e instanceof Error) {
    io.stderr(`slimsdk: ${e.message}\n`);
    return;
  }
  io.stderr(`slimsdk: ${String(e)}\n`);
}

/** `generate [--config <file>]`. */
function runGenerate(args: readonly string[], io: CliIo): void {
  const started = performance.now();
  let configPath = "codegen.config.json";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--config") {
      const value = args[++i];
      if (value === undefined || value.startsWith("-")) throw new UsageError(`option "--config" needs a file`);
      configPath = value;
    } else if (arg.startsWith("--config=")) {
      configPath = arg.slice("--config=".length);
      if (configPath === "") throw new UsageError(`option "--config" needs a file`);
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option "${arg}"`);
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  const configFile = resolve(io.cwd, configPath);
  const root = dirname(configFile);
  let text: string;
  try {
    text = readFileSync(configFile, "utf8");
  } catch {
    throw new ConfigError(`cannot read config file ${configPath}`);
  }
  const config = parseConfig(text, configPath);
  const model = loadModel(
    readModelSources(
      root,
      config.models.map((m) => resolve(root, m)),
    ),
  );
  const files = generate(
    model,
    config.tsconfigBase === undefined ? { clients: config.clients } : { clients: config.clients, tsconfigBase: config.tsconfigBase },
  );

  for (const client of config.clients) {
    const dir = resolve(root, client.dir);
    if (dir === root || !dir.startsWith(root + sep))
      throw new ConfigError(`${configPath}: client dir "${client.dir}" must be a folder inside ${root}`);
    // Remove what an earlier run generated, so files of removed operations do not linger.
    for (const name of ["src", "README.md", "package.json", "tsconfig.json"]) rmSync(join(dir, name), { recursive: true, force: true });
  }
  for (const f of files) {
    const path = resolve(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  const ms = Math.round(performance.now() - started);
  const n = config.clients.length;
  io.stdout(`slimsdk: generated ${files.length} files for ${n} client${n === 1 ? "" : "s"} in ${ms} ms\n`);
}

/** `ast <paths...>`. */
function runAst(args: readonly string[], io: CliIo): void {
  for (const arg of args) if (arg.startsWith("-")) throw new UsageError(`unknown option "${arg}"`);
  if (args.length === 0) throw new UsageError(`"ast" needs at least one model file or folder`);
  const model = loadModel(
    readModelSources(
      io.cwd,
      args.map((a) => resolve(io.cwd, a)),
    ),
  );
  io.stdout(`${JSON.stringify(toJsonAst(model), null, 2)}\n`);
}

/**
 * Reads model files (folders recursively, `*.smithy` and `*.json`, in name order); each file is
 * named by its `/`-separated path relative to `base`, which is what headers and errors print.
 */
export function readModelSources(base: string, paths: readonly string[]): ModelFile[] {
  const out: ModelFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new ConfigError(`no such model file or folder: ${relative(base, path) || path}`);
    }
    if (isDir) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry), false);
      return;
    }
    if (!explicit && !path.endsWith(".smithy") && !path.endsWith(".json")) return;
    const rel = relative(base, path);
    const name = (rel === "" || isAbsolute(rel) ? path : rel).split(sep).join("/");
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, text: readFileSync(path, "utf8") });
  };
  for (const p of paths) visit(p, true);
  return out;
}

/** True when this module is the program Node was started with (also through the npm bin symlink). */
function isMain(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs the command line with this process's arguments and streams, and sets its exit code. */
export function main(): void {
  // A closed pipe (`slimsdk ast model | head`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
}

if (isMain()) main();
