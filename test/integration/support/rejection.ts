import { expect } from "vitest";

/** Awaits a call that must fail and returns its error, checked to be an instance of `type` (so its members are typed). */
export async function rejectionOf<E>(call: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  let outcome: unknown;
  try {
    outcome = await call;
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  return expect.fail(`expected the call to fail with ${type.name}, it resolved with ${JSON.stringify(outcome)}`);
}
