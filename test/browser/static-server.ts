/** A tiny static file server on 127.0.0.1 for the browser test's page and bundle. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One file the server answers with. */
export interface StaticFile {
  readonly contentType: string;
  readonly body: string;
}

/** A running server: its base URL (ending in `/`) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `files` (keyed by path, e.g. `/index.html`) on a free port of 127.0.0.1; anything else is a 404. */
export async function serveStatic(files: ReadonlyMap<string, StaticFile>): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = req.method === "GET" ? files.get(path) : undefined;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": file.contentType, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
