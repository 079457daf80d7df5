/** The generator config (`codegen.config.json`): where the models are and which clients to generate. */
import type { ClientOptions } from "./emit/service-context.js";

/** The parsed config; paths are relative to the config file's folder. */
export interface GeneratorConfig {
  /** Model files or folders (folders are read recursively: `*.smithy`, `*.json`). */
  readonly models: readonly string[];
  /** The clients to generate. */
  readonly clients: readonly ClientOptions[];
  /** The shared tsconfig each package extends (default `tsconfig.base.json`). */
  readonly tsconfigBase?: string;
}

/** A config that cannot be used; the message says what is wrong and where. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const CONFIG_KEYS = new Set(["models", "clients", "tsconfigBase"]);
const CLIENT_KEYS = new Set(["service", "package", "dir", "version"]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown, what: string, file: string): string {
  if (typeof v !== "string" || v.trim() === "") throw new ConfigError(`${file}: ${what} must be a non-empty string.`);
  return v;
}

/** Parses and checks config text; `file` names the file in messages. */
export function parseConfig(text: string, file: string): GeneratorConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message}).`);
  }
  if (!isObject(raw)) throw new ConfigError(`${file}: the config must be a JSON object.`);
  for (const key of Object.keys(raw)) if (!CONFIG_KEYS.has(key)) throw new ConfigError(`${file}: unknown key "${key}".`);
  const models = raw.models;
  if (!Array.isArray(models) || models.length === 0) throw new ConfigError(`${file}: "models" must be a non-empty array of paths.`);
  models.forEach((m, i) => {
    nonEmptyString(m, `models[${i}]`, file);
  });
  const clients = raw.clients;
  if (!Array.isArray(clients) || clients.length === 0) throw new ConfigError(`${file}: "clients" must be a non-empty array.`);
  const parsed = clients.map((c, i): ClientOptions => {
    const at = `clients[${i}]`;
    if (!isObject(c)) throw new ConfigError(`${file}: ${at} must be an object.`);
    for (const key of Object.keys(c)) if (!CLIENT_KEYS.has(key)) throw new ConfigError(`${file}: ${at} has an unknown key "${key}".`);
    const service = nonEmptyString(c.service, `${at}.service`, file);
    if (!/^[A-Za-z_][\w.]*#[A-Za-z_]\w*$/.test(service)) {
      throw new ConfigError(`${file}: ${at}.service must be an absolute shape id (namespace#Name), got "${service}".`);
    }
    const pkg = nonEmptyString(c.package, `${at}.package`, file);
    const dir = nonEmptyString(c.dir, `${at}.dir`, file);
    const version = c.version === undefined ? undefined : nonEmptyString(c.version, `${at}.version`, file);
    return version === undefined ? { service, package: pkg, dir } : { service, package: pkg, dir, version };
  });
  const tsconfigBase = raw.tsconfigBase === undefined ? undefined : nonEmptyString(raw.tsconfigBase, "tsconfigBase", file);
  return tsconfigBase === undefined
    ? { models: models as string[], clients: parsed }
    : { models: models as string[], clients: parsed, tsconfigBase };
}
