/**
 * A generated client in a real headless Chromium: the page script is bundled with esbuild for the browser (so the
 * runtime's `#platform` import must pick the browser build), served on 127.0.0.1, and calls the local endpoint
 * cross-origin through fetch with SigV4 computed in JavaScript. The test reads the typed result and the typed
 * modeled error from the page, and saves a screenshot to test-artifacts/browser-e2e.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundlePage, type PageBundle } from "./bundle-page.js";
import { chromiumPath } from "./chromium-path.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const screenshotPath = join(repoRoot, "test-artifacts", "browser-e2e.png");

/** The flags the brief asks for; Playwright adds `--user-data-dir` itself from launchPersistentContext's first argument. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

let bundle: PageBundle;
let endpoint: LocalEndpoint;
let site: StaticServer;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
const pageProblems: string[] = [];

/** The text of the value cell a page table shows for `field`. */
const cell = (table: string, field: string) => page.locator(`#${table} td[data-field="${field}"]`).textContent();
/** The runtime type the page shows for `field`. */
const typeOf = (table: string, field: string) => page.locator(`#${table} td[data-type-of="${field}"]`).textContent();

beforeAll(async () => {
  bundle = await bundlePage(join(fixtures, "proton-page.ts"), repoRoot);
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  await endpoint?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

it("finds a Chromium to run (CI installs Debian's; a missing browser fails here, it is never skipped)", () => {
  expect(existsSync(chromiumPath())).toBe(true);
});

describe("the browser bundle", () => {
  it("uses the runtime's browser platform and no Node.js module", () => {
    expect(bundle.inputs).toContain("packages/runtime/dist/platform/browser.js");
    expect(bundle.inputs).not.toContain("packages/runtime/dist/platform/node.js");
    expect(bundle.inputs.filter((input) => input.includes("node-http-handler"))).toEqual([]);
    expect(bundle.code).not.toMatch(/["']node:[\w/]+["']/);
    expect(bundle.code).not.toMatch(/\brequire\(/);
  });

  it("computes SigV4's SHA-256 with @aws-crypto/sha256-js and sends with the fetch handler", () => {
    expect(bundle.inputs.some((input) => input.includes("@aws-crypto/sha256-js/"))).toBe(true);
    expect(bundle.inputs.some((input) => input.includes("@smithy/fetch-http-handler/"))).toBe(true);
    // sha256-js's first round constant (esbuild prints it in decimal): its code is in the bundle, not only listed.
    expect(bundle.code).toContain(String(0x428a2f98));
  });
});

describe("the page in headless Chromium", () => {
  beforeAll(async () => {
    const executablePath = chromiumPath();
    endpoint = await startLocalEndpoint({ port: 0 });
    site = await serveStatic(
      new Map([
        ["/index.html", { contentType: "text/html; charset=utf-8", body: readFileSync(join(fixtures, "proton-page.html"), "utf8") }],
        ["/proton-page.js", { contentType: "text/javascript; charset=utf-8", body: bundle.code }],
      ]),
    );
    userDataDir = mkdtempSync(join(tmpdir(), "slimsdk-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 900, height: 760 },
      timeout: 60_000,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (err) => pageProblems.push(`pageerror: ${err.message}`));
    page.on("console", (msg) => {
      // Chromium logs every non-2xx fetch; the 400 is the modeled error the page asks for on purpose.
      if (msg.type() === "error" && !msg.text().includes("status of 400")) pageProblems.push(`console: ${msg.text()}`);
    });

    const credential = endpoint.credentials[0]!;
    const query = new URLSearchParams({
      endpoint: endpoint.url,
      accessKeyId: credential.accessKeyId,
      secretAccessKey: credential.secretAccessKey,
      environment: endpoint.ids.proton.dev,
      missingEnvironment: "no-such-environment",
    });
    await page.goto(`${site.url}index.html?${query}`);
    await page.waitForSelector('body[data-state="done"], body[data-state="failed"]', { timeout: 30_000 });
    mkdirSync(join(repoRoot, "test-artifacts"), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  }, 120_000);

  it("ran to the end without a page error", async () => {
    expect(await page.locator("#status").textContent(), pageProblems.join("\n")).toBe("done");
    expect(pageProblems).toEqual([]);
  });

  it("shows UpdateEnvironment's typed result, timestamps as Dates", async () => {
    expect(await cell("result", "name")).toBe("dev");
    expect(await cell("result", "description")).toBe("updated from a browser");
    expect(await cell("result", "deploymentStatus")).toBe("SUCCEEDED");
    expect(await cell("result", "templateName")).toBe(endpoint.ids.proton.templateName);
    expect(await cell("result", "templateVersion")).toBe("1.0");
    expect(await typeOf("result", "createdAt")).toBe("Date");
    expect(await cell("result", "createdAt")).toBe("2024-01-15T10:00:00.000Z");
    expect(await typeOf("result", "lastDeploymentSucceededAt")).toBe("Date");
    expect(await cell("result", "httpStatusCode")).toBe("200");
    expect(await cell("result", "requestId")).toMatch(/\S/);
  });

  it("shows a modeled error as an instance of its class, with its members", async () => {
    expect(await cell("error", "instanceOfResourceNotFoundException")).toBe("true");
    expect(await cell("error", "instanceOfProtonServiceException")).toBe("true");
    expect(await cell("error", "name")).toBe("ResourceNotFoundException");
    expect(await cell("error", "fault")).toBe("client");
    expect(await cell("error", "message")).toContain("no-such-environment");
    expect(await cell("error", "httpStatusCode")).toBe("400");
    expect(await cell("error", "requestId")).toMatch(/\S/);
  });

  it("reached the endpoint with valid signatures: one update done, one not-found answered", () => {
    const stats = endpoint.stats();
    expect(stats.requests.UpdateEnvironment).toBe(2);
    expect(stats.created.environmentUpdates).toBe(1);
    expect(stats.errors.ResourceNotFoundException).toBe(1);
  });
});
