import { type StubReply, type StubServer, startStubServer } from "./stub-server.js";

/** Temporary credentials a stub hands out. */
export interface TestCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

/** An expiration well past the chain's five-minute refresh window. */
const expiration = () => new Date(Date.now() + 6 * 3600_000).toISOString();

const json = (value: unknown, status = 200): StubReply => ({ status, body: JSON.stringify(value) });
const text = (body: string, status = 200): StubReply => ({ status, body, headers: { "content-type": "text/plain" } });

const IMDS_TOKEN = "imds-session-token";
const IMDS_ROLE = "slimsdk-test-role";

/**
 * An EC2 instance metadata service (IMDSv2 only): `PUT /latest/api/token` gives a session token,
 * which every GET must carry; it serves the role list, the role's credentials and, when given, the region.
 */
export function startInstanceMetadata(credential: TestCredential, region?: string): Promise<StubServer> {
  return startStubServer((req) => {
    if (req.method === "PUT" && req.url === "/latest/api/token") {
      return req.headers["x-aws-ec2-metadata-token-ttl-seconds"] ? text(IMDS_TOKEN) : text("", 400);
    }
    if (req.headers["x-aws-ec2-metadata-token"] !== IMDS_TOKEN) return text("", 401);
    if (req.url === "/latest/meta-data/iam/security-credentials/") return text(IMDS_ROLE);
    if (req.url === `/latest/meta-data/iam/security-credentials/${IMDS_ROLE}`) {
      return json({
        Code: "Success",
        Type: "AWS-HMAC",
        LastUpdated: new Date().toISOString(),
        AccessKeyId: credential.accessKeyId,
        SecretAccessKey: credential.secretAccessKey,
        Token: credential.sessionToken,
        Expiration: expiration(),
      });
    }
    if (req.url === "/latest/meta-data/placement/region" && region) return text(region);
    return text("", 404);
  });
}

/** An ECS/EKS container credentials endpoint; with `authorization`, requests must carry it in `Authorization`. */
export function startContainerCredentials(credential: TestCredential, authorization?: string): Promise<StubServer> {
  return startStubServer((req) => {
    if (authorization !== undefined && req.headers.authorization !== authorization) return json({ message: "unauthorized" }, 401);
    return json({
      AccessKeyId: credential.accessKeyId,
      SecretAccessKey: credential.secretAccessKey,
      Token: credential.sessionToken,
      Expiration: expiration(),
    });
  });
}

/** The query parameters of an STS (awsQuery) request body. */
export const stsParams = (body: string): URLSearchParams => new URLSearchParams(body);

/** An STS that answers AssumeRoleWithWebIdentity and AssumeRole with `credential`. */
export function startSts(credential: TestCredential): Promise<StubServer> {
  return startStubServer((req) => {
    const action = stsParams(req.body).get("Action");
    if (action !== "AssumeRoleWithWebIdentity" && action !== "AssumeRole") return text("unknown action", 400);
    const body = `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <${action}Result>
    <Credentials>
      <AccessKeyId>${credential.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${credential.secretAccessKey}</SecretAccessKey>
      <SessionToken>${credential.sessionToken}</SessionToken>
      <Expiration>${expiration()}</Expiration>
    </Credentials>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/slimsdk-test/session</Arn>
      <AssumedRoleId>AROATEST:session</AssumedRoleId>
    </AssumedRoleUser>
  </${action}Result>
  <ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
</${action}Response>`;
    return { status: 200, body, headers: { "content-type": "text/xml" } };
  });
}

/** The SSO portal's GetRoleCredentials, for requests carrying `bearerToken`. */
export function startSsoPortal(credential: TestCredential, bearerToken: string): Promise<StubServer> {
  return startStubServer((req) => {
    if (req.headers["x-amz-sso_bearer_token"] !== bearerToken) return json({ message: "unauthorized" }, 401);
    if (!req.url.startsWith("/federation/credentials?")) return json({ message: "not found" }, 404);
    return json({
      roleCredentials: {
        accessKeyId: credential.accessKeyId,
        secretAccessKey: credential.secretAccessKey,
        sessionToken: credential.sessionToken,
        expiration: Date.now() + 6 * 3600_000,
      },
    });
  });
}
