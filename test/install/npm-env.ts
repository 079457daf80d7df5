/** The environment for npm commands run on a consumer app outside the repository. */

/** npm settings that say where packages come from; everything else npm put in our environment is dropped. */
const KEPT_NPM_CONFIG = new Set([
  "npm_config_cache",
  "npm_config_registry",
  "npm_config_userconfig",
  "npm_config_globalconfig",
  "npm_config_cafile",
  "npm_config_proxy",
  "npm_config_https_proxy",
  "npm_config_noproxy",
  "npm_config_strict_ssl",
]);

/**
 * `process.env` without the variables npm sets for a script run from the repository (`npm test`): above all
 * `npm_config_local_prefix`, which would make an `npm install` in another folder install into the repository.
 */
export function npmEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    const lower = key.toLowerCase();
    if (key === "INIT_CWD") continue;
    if (lower.startsWith("npm_") && !KEPT_NPM_CONFIG.has(lower)) continue;
    clean[key] = value;
  }
  clean.npm_config_update_notifier = "false";
  return clean;
}
