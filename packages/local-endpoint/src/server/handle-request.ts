import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { verifySignature } from "../auth/verify-signature.js";
import type { FaultDecision } from "../faults/fault-injector.js";
import { corsHeaders } from "../http/cors.js";
import { headerValues, readBody } from "../http/read-body.js";
import { emptyReply, type Reply } from "../http/reply.js";
import { errorReply } from "../protocol/error-wire.js";
import { commonError, ServiceError } from "../protocol/service-error.js";
import { DEFAULT_PROTOCOL, wireProtocol } from "../protocol/wire-protocols.js";
import type { Operation } from "../services/operation.js";
import type { ServiceDef } from "../services/service-def.js";
import type { EndpointCore } from "./endpoint-core.js";
import { runOperation } from "./run-operation.js";

/** Handles admin routes (`/__admin/...`); returns the reply. */
export type AdminHandler = (method: string, rawPath: string, body: Buffer) => Reply;

/**
 * One request, in AWS's order: CORS preflight, admin routes, body, routing, SigV4, injected fault (before any
 * effect), input binding and constraints, client token, operation, answer (or a lost answer for `reset-after`).
 */
export async function handleRequest(core: EndpointCore, admin: AdminHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const requestId = randomUUID();
  const method = req.method ?? "GET";
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? "" : url.slice(q + 1);
  const headers = headerValues(req.rawHeaders);
  const cors = corsHeaders(headers.origin?.[0], headers["access-control-request-headers"]?.[0]);
  let operation: Operation | undefined;

  const send = (reply: Reply, note = ""): void => {
    res.writeHead(reply.status, {
      ...cors,
      ...reply.headers,
      date: new Date(core.clock()).toUTCString(),
      "x-amzn-requestid": requestId,
      "content-length": String(Buffer.byteLength(reply.body)),
    });
    res.end(reply.body);
    log(core, `${method} ${rawPath} ${operation?.name ?? "-"} ${reply.status}${note} ${Math.round(performance.now() - started)}ms`);
  };
  const sendError = (err: ServiceError, service: ServiceDef | undefined, note = ""): void => {
    core.stats.error(err.code);
    send(errorReply(err, service, core.errorCodeStyle), ` ${err.code}${note}`);
  };
  const dropConnection = (note: string): void => {
    // A TCP reset (not a clean close) is what a client sees when a connection dies mid-call.
    req.socket.resetAndDestroy();
    log(core, `${method} ${rawPath} ${operation?.name ?? "-"} connection reset (${note}) ${Math.round(performance.now() - started)}ms`);
  };

  if (method === "OPTIONS") return send(emptyReply(200), " preflight");
  const body = await readBody(req, core.maxBodyBytes);
  if (rawPath.startsWith("/__admin/")) return send(admin(method, rawPath, body ?? Buffer.alloc(0)));
  if (body === undefined) return sendError(commonError("RequestEntityTooLargeException", 413, "Request body too large."), undefined);

  const route = core.router.route(method, rawPath, headers["x-amz-target"]?.[0]);
  const service = route.kind === "operation" ? route.operation.service : route.service;
  if (route.kind === "operation") {
    operation = route.operation;
    core.stats.request(operation.name);
  }
  const auth = verifySignature(
    { method, rawPath, rawQuery, headers, body },
    { credentials: core.credentials, signingName: service?.signingName, now: core.clock(), maxSkewMs: core.maxSkewMs },
  );
  if (!auth.ok) return sendError(auth.error, service);
  if (route.kind !== "operation") {
    const status = wireProtocol(service?.protocol ?? DEFAULT_PROTOCOL).unknownOperationStatus;
    return sendError(commonError("UnknownOperationException", status, route.message), service);
  }
  const op = route.operation;

  const fault: FaultDecision | undefined = core.faults.decide(op.name);
  if (fault !== undefined) {
    core.stats.fault(fault.kind);
    const note = ` (injected ${fault.source} ${fault.kind})`;
    switch (fault.kind) {
      case "internal":
        return sendError(op.service.internal(), op.service, note);
      case "unavailable":
        return sendError(op.service.unavailable(), op.service, note);
      case "throttle":
        return sendError(op.service.throttling(), op.service, note);
      case "reset":
        return dropConnection(`injected ${fault.source} reset, no effect`);
      case "delay":
        await sleep(fault.delayMs);
        break;
      case "reset-after":
        break;
    }
  }

  let reply: Reply | undefined;
  let failure: ServiceError | undefined;
  try {
    reply = runOperation(
      core,
      op,
      { labels: route.labels, rawQuery, contentType: headers["content-type"]?.[0], body },
      auth.credential,
      auth.region,
    );
  } catch (e) {
    if (e instanceof ServiceError) failure = e;
    else {
      core.logger?.error?.(`${op.name} failed unexpectedly`, e);
      failure = commonError("InternalFailure", 500, "The request processing has failed because of an unknown error.");
    }
  }
  if (fault?.kind === "reset-after") return dropConnection(`injected ${fault.source} reset-after, operation ran`);
  if (failure !== undefined) return sendError(failure, op.service);
  send(reply!);
}

function log(core: EndpointCore, line: string): void {
  core.logger?.info(line);
}
