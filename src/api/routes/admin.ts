import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { CreatedKey, CreateKeyRequest, KeyInfo, KeyList } from "../../domain/keys.ts";
import type { AppEnv } from "../env.ts";
import { newApiKey } from "../keys.ts";
import { ProblemError, problemSpec, unauthorized } from "../problem.ts";

/** Only the ADMIN_TOKEN opens these: an API key, however valid, is the wrong credential here. */
function requireAdmin(c: Context<AppEnv>): void {
  if (!c.get("principal").admin)
    throw unauthorized(
      "admin_required",
      "Key management needs the admin token: `Authorization: Bearer <ADMIN_TOKEN>`.",
      "resume-ai-assistant-admin",
    );
}

interface KeyRow {
  id: string;
  name: string;
  created_at: number;
  revoked_at: number | null;
  daily_token_budget: number | null;
}

const info = (r: KeyRow): KeyInfo => ({
  id: r.id,
  name: r.name,
  createdAt: new Date(r.created_at).toISOString(),
  ...(r.revoked_at !== null ? { revokedAt: new Date(r.revoked_at).toISOString() } : {}),
  ...(r.daily_token_budget !== null ? { dailyTokenBudget: r.daily_token_budget } : {}),
});

const KeyId = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "key_0f3a9c21d4e5b678" }),
});

const create = createRoute({
  method: "post",
  path: "/keys",
  tags: ["keys"],
  summary: "Create an API key (admin token)",
  description: "The key is in the response once; only its SHA-256 hash is stored.",
  request: { body: { required: true, content: { "application/json": { schema: CreateKeyRequest } } } },
  responses: {
    201: { description: "The new key, with its secret", content: { "application/json": { schema: CreatedKey } } },
    401: problemSpec("No admin token, or a wrong one"),
    422: problemSpec("A field is missing or invalid"),
  },
});

const list = createRoute({
  method: "get",
  path: "/keys",
  tags: ["keys"],
  summary: "List API keys (admin token)",
  responses: {
    200: {
      description: "Every key, newest first (never the secrets)",
      content: { "application/json": { schema: KeyList } },
    },
    401: problemSpec("No admin token, or a wrong one"),
  },
});

const revoke = createRoute({
  method: "delete",
  path: "/keys/{id}",
  tags: ["keys"],
  summary: "Revoke an API key (admin token)",
  description: "Requests with the key are refused from now on; its runs stay until their retention ends.",
  request: { params: KeyId },
  responses: {
    200: { description: "The key, revoked", content: { "application/json": { schema: KeyInfo } } },
    401: problemSpec("No admin token, or a wrong one"),
    404: problemSpec("No such key"),
  },
});

export const admin = new OpenAPIHono<AppEnv>()
  .openapi(create, async (c) => {
    requireAdmin(c);
    const body = c.req.valid("json");
    const key = await newApiKey();
    const now = Date.now();
    await c.env.DB.prepare(
      "INSERT INTO api_keys (id, name, key_hash, created_at, daily_token_budget) VALUES (?, ?, ?, ?, ?)",
    )
      .bind(key.id, body.name, key.hash, now, body.dailyTokenBudget ?? null)
      .run();
    c.header("Cache-Control", "no-store");
    const row = {
      id: key.id,
      name: body.name,
      created_at: now,
      revoked_at: null,
      daily_token_budget: body.dailyTokenBudget ?? null,
    };
    return c.json({ ...info(row), key: key.key }, 201);
  })
  .openapi(list, async (c) => {
    requireAdmin(c);
    const { results } = await c.env.DB.prepare(
      "SELECT id, name, created_at, revoked_at, daily_token_budget FROM api_keys ORDER BY created_at DESC, id DESC LIMIT 1000",
    ).all<KeyRow>();
    return c.json({ keys: results.map(info) }, 200);
  })
  .openapi(revoke, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid("param");
    const row = await c.env.DB.prepare(
      "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? RETURNING id, name, created_at, revoked_at, daily_token_budget",
    )
      .bind(Date.now(), id)
      .first<KeyRow>();
    if (!row)
      throw new ProblemError({ status: 404, code: "key_not_found", title: "Key not found", detail: `No key ${id}.` });
    return c.json(info(row), 200);
  });
