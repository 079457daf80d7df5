/** The runtime package every generated client imports from. */
export const RUNTIME = "@slimsdk/runtime";

/** The version range generated packages depend on. */
export const RUNTIME_VERSION = "0.1.0";
