/**
 * The expectations of an `httpResponseTests` case: the output a client returns, or the typed
 * error it throws, compared with `params` converted through the output (or error) shape.
 */
import { expect } from "vitest";
import type { Model, Shape } from "../../../codegen/src/index.js";
import { toRuntimeValue } from "./node-values.js";

type Obj = Record<string, unknown>;

/** Plain copies of byte arrays (a Buffer and a Uint8Array of the same bytes compare equal), recursively. */
export function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Uint8Array.from(value);
  if (value instanceof Date || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(normalize);
  const out: Obj = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = normalize(item);
  return out;
}

/**
 * An output with its streaming blob members (SDK streams, which have `transformToByteArray`) read into bytes;
 * an empty stream is an absent payload, as the cases with no body expect.
 */
export async function readStreams(output: Obj): Promise<Obj> {
  const out: Obj = { ...output };
  for (const [key, value] of Object.entries(out)) {
    const stream = value as { transformToByteArray?: () => Promise<Uint8Array> } | null;
    if (typeof stream?.transformToByteArray !== "function") continue;
    const bytes = await stream.transformToByteArray();
    if (bytes.length > 0) out[key] = bytes;
    else delete out[key];
  }
  return out;
}

/** Asserts a successful output equals `params` through the output shape (`$metadata` aside). */
export function checkOutput(model: Model, outputId: string, output: Obj, params: unknown): void {
  const { $metadata: _, ...rest } = output;
  const expected = toRuntimeValue(model, outputId, (params ?? {}) as never);
  expect(normalize(rest)).toEqual(normalize(expected));
}

/** Asserts the thrown error's members equal `params` through the error shape. */
export function checkErrorMembers(model: Model, error: Shape, thrown: Obj, params: unknown): void {
  const members = "members" in error ? [...error.members.keys()] : [];
  const actual: Obj = {};
  for (const name of members) {
    const value = thrown[name];
    if (value !== undefined) actual[name] = value;
  }
  const expected = toRuntimeValue(model, error.id, (params ?? {}) as never) as Obj;
  expect(normalize(actual)).toEqual(normalize(expected));
}

/** The vendor params shape of cases that assert the error code a client exposes. */
export const ERROR_CODE_PARAMS = "aws.protocoltests.config#ErrorCodeParams";

/**
 * Asserts the exposed error code (and awsQuery error type): `Code` / `Type` where the client sets them
 * (`@awsQueryCompatible` services), else the error's name.
 */
export function checkErrorCode(thrown: Obj, params: { readonly code: string; readonly type?: string }): void {
  expect("Code" in thrown ? thrown.Code : thrown.name, "error code").toBe(params.code);
  if (params.type !== undefined) expect(thrown.Type, "error type").toBe(params.type);
}
