import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { Validator } from "@seriousme/openapi-schema-validator";
import oas31Schema from "@seriousme/openapi-schema-validator/schemas/v3.1/schema.json";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import packageJson from "../../package.json";
import { createApp } from "../../src/api/app.ts";

/**
 * The validator's own `validate` (JSON Schema check, then its $ref check), inside workerd. Only its schema loading is
 * replaced: it reads `schemas/v3.1/schema.json` with node:fs from beside its module, a path workerd's file system
 * does not have. The schema is imported instead and compiled with the validator's own Ajv setup (Ajv 2020-12,
 * ajv-formats, `media-range` accepted, strict off).
 */
let compiled: ReturnType<Ajv2020["compile"]> | undefined;
class WorkerdValidator extends Validator {
  getAjvValidator() {
    if (!compiled) {
      const ajv = new Ajv2020({ strict: false });
      addFormats(ajv);
      ajv.addFormat("media-range", true);
      compiled = ajv.compile(oas31Schema);
    }
    return compiled;
  }
}

interface Operation {
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, Response31>;
}
interface Response31 {
  $ref?: string;
  description?: string;
  content?: Record<string, unknown>;
}
interface Document {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  security?: Record<string, string[]>[];
  tags?: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes?: Record<string, { type: string; scheme?: string }>;
    responses?: Record<string, Response31>;
    schemas?: Record<string, unknown>;
  };
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

function operations(document: Document): { method: string; path: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );
}

/** Every route the app serves, as OpenAPI would write it: `:id` (with or without a pattern) becomes `{id}`. */
function servedRoutes(): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of createApp().routes) {
    // Middleware (`app.use`) registers as ALL on a wildcard; wildcards are file trees (/docs/*), not operations.
    if (route.path.includes("*")) continue;
    const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}");
    seen.set(`${route.method} ${path}`, { method: route.method.toLowerCase(), path });
  }
  return [...seen.values()];
}

async function fetchWorker(path: string): Promise<Response> {
  return exports.default.fetch(`http://example.com${path}`);
}

let document: Document;
let documentText: string;

beforeAll(async () => {
  const response = await fetchWorker("/openapi.json");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  documentText = await response.text();
  document = JSON.parse(documentText) as Document;
});

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document describing this service", async () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBe("ResumeAIAssistant API");
    expect(document.info.version).toBe(packageJson.version);
    expect(document.servers).toEqual([{ url: "/", description: "This deployment" }]);
    // Built once per isolate: the same bytes every time.
    expect(await (await fetchWorker("/openapi.json")).text()).toBe(documentText);
  });

  it("validates against the OpenAPI 3.1 schema", async () => {
    const result = await new WorkerdValidator().validate(
      structuredClone(document) as unknown as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);

    // The check is real: a document missing a required field, or with a dangling $ref, fails it.
    const broken = structuredClone(document) as unknown as { info: Record<string, unknown> };
    delete broken.info.title;
    expect((await new WorkerdValidator().validate(broken)).valid).toBe(false);
    const dangling = structuredClone(document);
    const health = dangling.paths["/v1/health"]?.get;
    if (!health) throw new Error("no GET /v1/health");
    health.responses["418"] = { $ref: "#/components/responses/Nothing" };
    expect((await new WorkerdValidator().validate(dangling as unknown as Record<string, unknown>)).valid).toBe(false);
  });

  it("describes every route the app serves", () => {
    const routes = servedRoutes();
    // Not vacuous: the routes this test was written against are among them.
    for (const known of ["get /v1/health", "post /v1/runs", "get /v1/runs/{id}", "get /v1/runs/{id}/events"]) {
      expect(routes.map((r) => `${r.method} ${r.path}`)).toContain(known);
    }
    const missing = routes
      .filter(({ method, path }) => {
        const item = document.paths[path];
        // A route on every method (`app.all`) is described by any operation on its path.
        return method === "all" ? item === undefined : item?.[method] === undefined;
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(missing).toEqual([]);
    // And the other way: nothing is described that the app does not serve.
    const served = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const extra = operations(document)
      .map(({ method, path }) => `${method} ${path}`)
      .filter((key) => !served.has(key));
    expect(extra).toEqual([]);
  });

  it("gives every operation problem+json error responses", () => {
    const shared = document.components.responses?.Problem;
    expect(shared?.content?.["application/problem+json"]).toEqual({ schema: { $ref: "#/components/schemas/Problem" } });
    expect(document.components.schemas?.Problem).toBeDefined();
    const resolve = (response: Response31) =>
      response.$ref ? document.components.responses?.[response.$ref.replace("#/components/responses/", "")] : response;

    for (const { method, path, operation } of operations(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      const statuses = Object.keys(operation.responses);
      const errors = statuses.filter((status) => Number(status) >= 400);
      for (const status of errors) {
        const content = resolve(operation.responses[status] as Response31)?.content ?? {};
        expect(Object.keys(content), `${where} ${status}`).toEqual(["application/problem+json"]);
      }
      expect(statuses, where).toContain("500");
      const isPublic = operation.security?.length === 0;
      if (!isPublic) expect(statuses, where).toEqual(expect.arrayContaining(["401", "429"]));
      else expect(statuses, where).not.toContain("401");
      if (operation.parameters?.some((p) => p.in === "path")) expect(statuses, where).toContain("404");
      if (operation.requestBody) expect(statuses, where).toEqual(expect.arrayContaining(["400", "422"]));
    }
  });

  it("requires the bearer key everywhere but health and the docs", () => {
    expect(document.components.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    const publicOperations = operations(document)
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(publicOperations.sort()).toEqual(["GET /docs", "GET /openapi.json", "GET /v1/health"]);
  });

  it("matches the auth middleware: with keys required, only the public operations answer without one", async () => {
    const app = createApp();
    const keysRequired = { ...env, ALLOW_ANONYMOUS: "false" };
    for (const { method, path, operation } of operations(document)) {
      const ctx = createExecutionContext();
      const url = `http://example.com${path.replace(/\{\w+\}/g, "0123456789abcdef0123456789abcdef")}`;
      const response = await app.fetch(new Request(url, { method: method.toUpperCase() }), keysRequired, ctx);
      await waitOnExecutionContext(ctx);
      await response.arrayBuffer();
      if (operation.security?.length === 0) expect(response.status, `${method} ${path}`).toBe(200);
      else expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it("tags every operation with its resource", () => {
    const declared = new Set(document.tags?.map((tag) => tag.name));
    for (const { method, path, operation } of operations(document)) {
      expect(operation.tags?.length, `${method} ${path}`).toBe(1);
      expect(declared.has(operation.tags?.[0] ?? ""), `${method} ${path}`).toBe(true);
    }
    expect(document.paths["/v1/runs"]?.post?.tags).toEqual(["runs"]);
    expect(document.paths["/v1/health"]?.get?.tags).toEqual(["health"]);
  });
});

describe("GET /docs", () => {
  it("serves Swagger UI from this origin only, under a strict Content-Security-Policy", async () => {
    for (const path of ["/docs", "/docs/"]) {
      const response = await fetchWorker(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-request-id")).toBeTruthy();
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);

      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      // No inline script: every <script> is a src and has no body.
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="/);
        expect(body?.trim()).toBe("");
      }
      expect(html).not.toMatch(/<style\b|\sstyle="|\son\w+="/i);
      const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
      expect(urls).toContain("/docs/assets/swagger-ui-bundle.js");
      expect(urls).toContain("/docs/assets/swagger-ui.css");
      expect(urls).toContain("/docs/init.js");
      for (const url of urls) expect(url, url).toMatch(/^\/[^/]/);
    }
  });

  it("serves every file the page loads (run `npm run docs:vendor` first)", async () => {
    const html = await (await fetchWorker("/docs")).text();
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
    for (const url of urls.filter((u) => u.startsWith("/docs/"))) {
      const response = await fetchWorker(url);
      expect(
        response.status,
        `${url}: missing? \`npm run docs:vendor\` copies Swagger UI into public/docs/assets`,
      ).toBe(200);
      expect(response.headers.get("x-request-id"), url).toBeTruthy();
      const type = response.headers.get("content-type") ?? "";
      if (url.endsWith(".js")) expect(type, url).toMatch(/javascript/);
      if (url.endsWith(".css")) expect(type, url).toMatch(/^text\/css/);
      await response.arrayBuffer();
    }
    const init = await (await fetchWorker("/docs/init.js")).text();
    expect(init).toContain('url: "/openapi.json"');
    expect(init).not.toMatch(/https?:\/\//);
  });

  it("answers a missing docs file with a problem+json 404", async () => {
    const response = await fetchWorker("/docs/assets/nope.js");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
