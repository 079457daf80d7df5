/** Runs a program to completion and keeps its exit code and output, without throwing on failure. */
import { execFile } from "node:child_process";

/** How a program ended. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the program after this many milliseconds (a bound on a hung child, not a speed check). */
  readonly timeoutMs?: number;
}

/** Runs `file args` and resolves with its exit code, stdout and stderr (a non-zero code does not reject). */
export function runCommand(file: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => {
        // A numeric code is the exit status; otherwise the program could not start or was killed (timeout).
        const exited = !err || typeof err.code === "number";
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: exited ? String(stderr) : `${String(stderr)}\n${err?.message ?? ""}` });
      },
    );
  });
}

/** A command's exit code and output, for assertion messages. */
export function describeResult(what: string, result: CommandResult): string {
  return `${what} exited ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}
