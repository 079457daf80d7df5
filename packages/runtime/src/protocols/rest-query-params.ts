/** The restJson1 `queryParams` feature: `@httpQueryParams` maps. */
import { resolveSchema } from "../schema.js";
import { texts } from "./http-request-bindings.js";
import type { RestJsonQueryParams } from "./rest-features.js";

/** Adds the entries of a map of strings or of string lists to the query; named `@httpQuery` members win. */
export const restJsonQueryParams: RestJsonQueryParams = (target, value, query, f) => {
  const valueSchema = resolveSchema(target.value);
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || item === null || Object.hasOwn(query, key)) continue;
    const text = texts(valueSchema, item, undefined, false, f);
    // An empty list sends nothing.
    if (text.length > 0 || !Array.isArray(text)) query[key] = text;
  }
};
