import { Sha256 as PackageSha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { JsSha256 } from "./js-sha256.js";
import { NodeSha256 } from "./node-sha256.js";
import { SigV4Signer } from "./sigv4-signer.js";

const date = new Date("2024-02-29T23:59:59Z");
const region = async () => "us-east-1";

const requests = () => [
  new HttpRequest({
    method: "POST",
    hostname: "a.us-east-1.amazonaws.com",
    path: "/",
    headers: { host: "a.us-east-1.amazonaws.com", "content-type": "application/json" },
    body: '{"a":"ü"}',
  }),
  new HttpRequest({
    method: "GET",
    hostname: "b.amazonaws.com",
    path: "/x y/./z/../%2F",
    query: { b: ["2", "1"], a: "x y", empty: null as unknown as string },
    headers: { host: "b.amazonaws.com", "X-Custom": "  two   spaces ", "user-agent": "ua", "content-length": "0" },
  }),
  new HttpRequest({ method: "PUT", hostname: "c", path: "/bin", headers: { host: "c" }, body: new Uint8Array([0, 1, 2, 255]) }),
  new HttpRequest({
    method: "PUT",
    hostname: "c",
    path: "/pre",
    headers: { host: "c", "X-Amz-Content-Sha256": "UNSIGNED-PAYLOAD" },
    body: "x",
  }),
];

describe("SigV4Signer", () => {
  for (const [label, credentials] of [
    ["without session token", { accessKeyId: "AKID", secretAccessKey: "SECRET" }],
    ["with session token", { accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN" }],
  ] as const) {
    it(`signs exactly like SignatureV4#sign, ${label}`, async () => {
      for (const sha256 of [NodeSha256, JsSha256, PackageSha256]) {
        const ours = new SigV4Signer({ service: "svc", region, credentials: async () => credentials, sha256 });
        const theirs = new SignatureV4({ service: "svc", region, credentials, sha256 });
        for (const request of requests()) {
          const options = { signingDate: date, signingRegion: "eu-west-3", signingService: "other" };
          const a = await ours.sign(request, options);
          const b = await theirs.sign(request, options);
          expect(a.headers).toEqual(b.headers);
          expect(a.headers.authorization).toContain("/20240229/eu-west-3/other/aws4_request");
          expect(request.headers.authorization).toBeUndefined();
        }
      }
    });
  }

  it("rejects unusable credentials without echoing them", async () => {
    const signer = new SigV4Signer({ service: "s", region, credentials: async () => ({ accessKeyId: 1 }) as never, sha256: NodeSha256 });
    await expect(signer.sign(requests()[0]!, { signingDate: date, signingRegion: "r", signingService: "s" })).rejects.toThrow(
      "Resolved credential object is not valid",
    );
  });
});
