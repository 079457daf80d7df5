/** A loopback HTTP server for the streaming tests: each test installs the handler of its route. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Handles one request. */
export type Route = (req: IncomingMessage, res: ServerResponse, body: () => Promise<Buffer>) => void | Promise<void>;

/** The running server: its URL, the route in force, and how many requests it has seen. */
export interface TestServer {
  readonly url: string;
  route: Route;
  requests: number;
  close(): Promise<void>;
}

/** Reads a request body fully. */
export function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Starts a server on 127.0.0.1 and a free port. */
export async function startServer(): Promise<TestServer> {
  const state: { route: Route; requests: number } = {
    route: (_req, res) => {
      res.statusCode = 500;
      res.end("no route");
    },
    requests: 0,
  };
  const server: Server = createServer((req, res) => {
    state.requests++;
    Promise.resolve(state.route(req, res, () => readAll(req))).catch((error: unknown) => {
      res.statusCode = 599;
      res.end(String(error instanceof Error ? error.message : error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get route() {
      return state.route;
    },
    set route(r: Route) {
      state.route = r;
    },
    get requests() {
      return state.requests;
    },
    set requests(n: number) {
      state.requests = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
