import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import type { HttpRequest } from "@slimsdk/runtime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { afterSigning } from "./support/after-signing.js";
import { clientConfig } from "./support/client-config.js";
import { OPERATION_CASES } from "./support/operation-cases.js";
import { rejectionOf } from "./support/rejection.js";

// The endpoint recomputes SigV4 from the request as received, so anything that breaks the signature is caught.
let ep: LocalEndpoint;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
});

afterAll(async () => {
  await ep.close();
});

beforeEach(() => ep.reset());

/** Changes the body after signing (one more byte, with a matching Content-Length), as a meddling proxy would. */
function tamperWithBody(request: HttpRequest): HttpRequest {
  const body = `${request.body === undefined ? "" : String(request.body)} `;
  request.body = body;
  request.headers["content-length"] = String(Buffer.byteLength(body));
  return request;
}

describe.each(OPERATION_CASES)("$operation", (op) => {
  it("signs requests the endpoint accepts", async () => {
    const out = await op.call(ep, clientConfig(ep));
    expect(out.$metadata.httpStatusCode).toBeLessThan(300);
    expect(ep.stats().errors).toEqual({});
  });

  it("a wrong secret key: 403 InvalidSignatureException as the service's typed base exception, not retried", async () => {
    const config = clientConfig(ep, { credentials: { accessKeyId: "AKIDLOCALENDPOINT", secretAccessKey: "not-the-secret" } });
    const e = await rejectionOf(op.call(ep, config), op.baseError);
    expect(e.name).toBe("InvalidSignatureException");
    expect(e.$fault).toBe("client");
    expect(e.$metadata).toMatchObject({ httpStatusCode: 403, attempts: 1 });
    expect(e.message).toMatch(/^The request signature we calculated does not match the signature you provided\./);
    expect(ep.stats().created[op.effect]).toBe(0);
  });

  it("a body altered after signing: 403 InvalidSignatureException naming the payload hash", async () => {
    const e = await rejectionOf(
      op.call(ep, clientConfig(ep), (client) => afterSigning(client, "tamperWithBody", tamperWithBody)),
      op.baseError,
    );
    expect(e.name).toBe("InvalidSignatureException");
    expect(e.$metadata.httpStatusCode).toBe(403);
    expect(e.message).toBe("The provided 'x-amz-content-sha256' header does not match what was computed.");
    expect(ep.stats().created[op.effect]).toBe(0);
  });

  it("a signed header altered after signing: 403 InvalidSignatureException", async () => {
    const e = await rejectionOf(
      op.call(ep, clientConfig(ep), (client) =>
        afterSigning(client, "tamperWithHeader", (request) => {
          request.headers["x-amz-user-agent"] += " tampered";
          return request;
        }),
      ),
      op.baseError,
    );
    expect(e.name).toBe("InvalidSignatureException");
    expect(e.$metadata.httpStatusCode).toBe(403);
  });

  it("an unknown access key: 403 UnrecognizedClientException", async () => {
    const config = clientConfig(ep, { credentials: { accessKeyId: "AKIDUNKNOWN", secretAccessKey: "local-endpoint-secret" } });
    const e = await rejectionOf(op.call(ep, config), op.baseError);
    expect(e.name).toBe("UnrecognizedClientException");
    expect(e.$metadata.httpStatusCode).toBe(403);
    expect(e.message).toBe("The security token included in the request is invalid.");
  });
});
