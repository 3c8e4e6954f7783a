import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { featuresFrom, forRun } from "../../config/features.ts";
import { RunResult, TailoredRequest, TailoredView } from "../../domain/result.ts";
import { CreateRunResponse, EngineChoice, RunList, RunStatus, RunView, TERMINAL_STATUSES } from "../../domain/run.ts";
import { sha256Hex } from "../../lib/hash.ts";
import { loadProviders, resolveEngine } from "../../llm/config.ts";
import type { RunCoordinator } from "../../run/coordinator.ts";
import type { Faults } from "../../run/payloads.ts";
import type { StreamRefusal } from "../../run/streams.ts";
import { coordinatorFor } from "../../run/stub.ts";
import type { AppEnv } from "../env.ts";
import { inputBody, readRunInput } from "../input/index.ts";
import { ProblemError, problemSpec } from "../problem.ts";
import { signRunToken } from "../run-token.ts";

/** The caller's owner id: what their runs are filed under (src/api/middleware/auth.ts). */
const owner = (c: Context<AppEnv>) => c.get("principal").owner;
/** Whose runs the caller may see: their own, or (the admin token) any. */
const scope = (c: Context<AppEnv>) => (c.get("principal").admin ? undefined : c.get("principal").owner);

const RUN_ID = /^[0-9a-f]{32}$/;
const EVENTS_TOKEN_TTL_MS = 60 * 60 * 1000;

const IdParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, example: "3f2a…" }) });

const notFound = (id: string) =>
  new ProblemError({ status: 404, code: "run_not_found", title: "Run not found", detail: `No run ${id}.` });

/** The run's coordinator, after checking the id is one this service could have issued. */
function runStub(c: Context<AppEnv>, id: string) {
  if (!RUN_ID.test(id)) throw notFound(id);
  return coordinatorFor(c.env, id);
}

async function viewOr404(c: Context<AppEnv>, id: string): Promise<RunView> {
  const view = await runStub(c, id).status(scope(c));
  if (!view) {
    // Gone after retention, or never existed (or another owner's): the D1 index keeps metadata of expired runs.
    const who = scope(c);
    const row = await (who === undefined
      ? c.env.DB.prepare("SELECT id FROM runs WHERE id = ?").bind(id)
      : c.env.DB.prepare("SELECT id FROM runs WHERE id = ? AND owner = ?").bind(id, who)
    ).first();
    if (row)
      throw new ProblemError({
        status: 410,
        code: "run_expired",
        title: "Run expired",
        detail: `Run ${id} was deleted after its retention period.`,
      });
    throw notFound(id);
  }
  return view;
}

/** ENGINE_DEFAULT, when it names an engine; else auto. */
const defaultEngine = (env: Env): "auto" | "local" | "llm" => {
  const parsed = EngineChoice.safeParse(env.ENGINE_DEFAULT);
  return parsed.success ? parsed.data : "auto";
};

/** The caller's key's daily token budget, which the run's LLM calls are held to beside its own. */
function keyBudgetOf(c: Context<AppEnv>): { keyBudget?: { keyId: string; dailyTokens: number } } {
  const { keyId, dailyTokenBudget } = c.get("principal");
  return keyId && dailyTokenBudget !== null ? { keyBudget: { keyId, dailyTokens: dailyTokenBudget } } : {};
}

/** Faults for tests and the load harness; ignored unless the deployment opts in. */
function testFaults(c: Context<AppEnv>): Faults | undefined {
  const header = c.req.header("X-Test-Faults");
  if (!header || c.env.ALLOW_TEST_FAULTS !== "true") return undefined;
  try {
    const value = JSON.parse(header) as Faults;
    return {
      ...(Array.isArray(value.fail) ? { fail: value.fail.map(String) } : {}),
      ...(Array.isArray(value.drop) ? { drop: value.drop.map(String) } : {}),
      ...(Array.isArray(value.duplicate) ? { duplicate: value.duplicate.map(String) } : {}),
      ...(Array.isArray(value.evictAfter) ? { evictAfter: value.evictAfter.map(String) } : {}),
      ...(value.crashAfterWrite === true ? { crashAfterWrite: true } : {}),
    };
  } catch {
    throw new ProblemError({
      status: 400,
      code: "bad_test_faults",
      title: "Bad request",
      detail: "X-Test-Faults must be JSON.",
    });
  }
}

const create = createRoute({
  method: "post",
  path: "/",
  summary: "Start a run",
  request: {
    headers: z.object({ "idempotency-key": z.string().min(1).max(255).optional() }),
    // Read by src/api/input (size limits while streaming, multipart, PDFs), so documented by reference only.
    body: inputBody("run"),
  },
  responses: {
    202: {
      description: "The run started (or, for a repeated Idempotency-Key, the run it started)",
      content: { "application/json": { schema: CreateRunResponse } },
    },
    400: problemSpec("The body is not JSON, or not a readable multipart form"),
    409: problemSpec("The Idempotency-Key was used with another body"),
    413: problemSpec("The upload, the resume or the job description is over its size limit"),
    503: problemSpec("The run could not be started just now; retry (with the same Idempotency-Key, the same run)"),
    415: problemSpec(
      "Neither JSON nor multipart, or a file type that is not read (the resume: PDF, Word .docx, text, Markdown, JSON Resume; the job description: PDF, .docx, text, Markdown). A .doc is told to save it as .docx or PDF",
    ),
    422: problemSpec(
      "A field is missing or invalid (`errors` names each; a .docx with no text is an empty field), a PDF has no text layer, a PDF or .docx is damaged (`resume_unreadable` / `job_unreadable`), or a PDF or .docx is too complex to read (`resume_too_complex` / `job_too_complex`, with `bound` and `limit`; for a .docx, a ZIP bound such as `declared_size`: a zip bomb)",
    ),
  },
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  summary: "A run's status, progress and, when done, its result",
  request: { params: IdParam },
  responses: {
    200: { description: "The run", content: { "application/json": { schema: RunView } } },
    404: problemSpec("No such run"),
    410: problemSpec("Expired"),
  },
});

const list = createRoute({
  method: "get",
  path: "/",
  summary: "The caller's runs, newest first",
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(20),
      cursor: z.string().max(200).optional(),
      status: RunStatus.optional(),
    }),
  },
  responses: {
    200: { description: "A page of runs", content: { "application/json": { schema: RunList } } },
    400: problemSpec("The cursor is not one this API returned"),
  },
});

const cancel = createRoute({
  method: "post",
  path: "/{id}/cancel",
  summary: "Cancel a run",
  request: { params: IdParam },
  responses: {
    200: {
      description: "The run, cancelled (or already finished)",
      content: { "application/json": { schema: RunView } },
    },
    404: problemSpec("No such run"),
  },
});

const remove = createRoute({
  method: "delete",
  path: "/{id}",
  summary: "Delete every stored trace of a run",
  description:
    "The erasure path for personal data: removes the run's resume, job description, results and events (its Durable Object storage), its cache entries, and its row and task metrics in the D1 index. Without it, a run's content is wiped at the end of its retention period (RUN_RETENTION_DAYS, 7 by default) and only metadata stays.",
  request: { params: IdParam },
  responses: { 204: { description: "Deleted" }, 404: problemSpec("No such run") },
});

/** `?keep=e1,e2`: only these edits (the user's review); absent: every accepted edit. */
const KeepQuery = z.object({
  keep: z.string().max(20_000).optional().openapi({
    description: "Comma-separated ids of the edits to keep; absent: every accepted edit",
    example: "e1,e3",
  }),
});

const resumeMd = createRoute({
  method: "get",
  path: "/{id}/resume.md",
  summary: "The tailored resume as Markdown",
  request: { params: IdParam, query: KeepQuery },
  responses: {
    200: { description: "Markdown", content: { "text/markdown": { schema: z.string() } } },
    404: problemSpec("No such run"),
    409: problemSpec("The run has no tailored resume (not finished, or an analyze run)"),
  },
});

const tailoredRoute = createRoute({
  method: "post",
  path: "/{id}/tailored",
  summary: "The tailored resume with only the edits you keep, scored again",
  description:
    "For reviewing: send the ids of the edits to keep (accepted edits only; rejected ones never apply) and get the resume, its JSON Resume and the score it would have.",
  request: {
    params: IdParam,
    body: { required: true, content: { "application/json": { schema: TailoredRequest } } },
  },
  responses: {
    200: { description: "The resume with the kept edits", content: { "application/json": { schema: TailoredView } } },
    404: problemSpec("No such run"),
    409: problemSpec("The run has no tailored resume (not finished, or an analyze run)"),
  },
});

const resumeJson = createRoute({
  method: "get",
  path: "/{id}/resume.json",
  summary: "The tailored resume as JSON Resume",
  request: { params: IdParam, query: KeepQuery },
  responses: {
    200: {
      description: "JSON Resume",
      content: { "application/json": { schema: RunResult.shape.tailored.unwrap().shape.jsonResume } },
    },
    404: problemSpec("No such run"),
    409: problemSpec("The run has no tailored resume (not finished, or an analyze run)"),
  },
});

const keepOf = (query: string | undefined) =>
  query === undefined
    ? undefined
    : query
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);

/** The tailored resume with only the `keep` edits, or the same errors as the full one. */
async function keptEdits(c: Context<AppEnv>, id: string, keep: readonly string[]): Promise<TailoredView> {
  await tailoredOf(c, id);
  const view = await runStub(c, id).tailored(scope(c), [...keep]);
  if (!view) throw notFound(id);
  return view;
}

async function tailoredOf(c: Context<AppEnv>, id: string) {
  const view = await viewOr404(c, id);
  const tailored = view.result?.tailored;
  if (!tailored) {
    throw new ProblemError({
      status: 409,
      code: "no_tailored_resume",
      title: "No tailored resume",
      detail: TERMINAL_STATUSES.has(view.status)
        ? `Run ${id} produced no tailored resume (${view.mode} mode or ${view.status}).`
        : `Run ${id} is still ${view.status}.`,
    });
  }
  return tailored;
}

export const runs = new OpenAPIHono<AppEnv>()
  .openapi(create, async (c) => {
    const body = await readRunInput(c);
    const who = owner(c);
    const options = {
      mode: body.options?.mode ?? "tailor",
      engine: body.options?.engine ?? defaultEngine(c.env),
    } as const;
    const features = forRun(featuresFrom(c.env as unknown as Record<string, unknown>).features, body.options?.features);
    // Already normalized by the reader.
    const input = { resume: body.resume, jobDescription: body.jobDescription };
    const inputHash = await sha256Hex(
      JSON.stringify({
        input,
        options,
        tokenBudget: body.options?.tokenBudget ?? null,
        features: body.options?.features ?? null,
      }),
    );
    const idempotencyKey = c.req.valid("header")["idempotency-key"];
    const id = idempotencyKey
      ? (await sha256Hex(`${who}\n${idempotencyKey}`)).slice(0, 32)
      : crypto.randomUUID().replace(/-/g, "");
    const faults = testFaults(c);
    const providers = loadProviders(c.env);
    if (options.engine === "llm" && !(providers.ok && providers.providers.length > 0)) {
      throw new ProblemError({
        status: 422,
        code: "llm_unavailable",
        title: "No LLM provider",
        detail: providers.ok
          ? "The llm engine was asked for, but no provider is configured."
          : `The llm engine was asked for, but the provider configuration is invalid: ${providers.error}`,
        errors: [{ path: "options.engine", message: "no LLM provider is available" }],
      });
    }
    const engineUsed = resolveEngine(options.engine, providers);
    const tokenBudget =
      body.options?.tokenBudget ??
      (Number(c.env.DEFAULT_TOKEN_BUDGET) > 0 ? Number(c.env.DEFAULT_TOKEN_BUDGET) : 60_000);
    let reply: Awaited<ReturnType<RunCoordinator["start"]>>;
    try {
      reply = await coordinatorFor(c.env, id).start({
        runId: id,
        owner: who,
        ...options,
        engineUsed,
        tokenBudget,
        input,
        inputHash,
        ...(faults ? { faults } : {}),
        ...keyBudgetOf(c),
        features,
      });
    } catch (error) {
      // The run's object failed mid-start (a crash, a deploy, an overloaded object). What it wrote is not lost:
      // its alarm carries the run on, and the same request again (same Idempotency-Key) resumes that run.
      console.error(
        JSON.stringify({ event: "run_start_failed", requestId: c.get("requestId"), runId: id, error: String(error) }),
      );
      throw new ProblemError({
        status: 503,
        code: "run_start_failed",
        title: "Run not started",
        detail: idempotencyKey
          ? "The run could not be started just now. Send the same request again with the same Idempotency-Key: it resumes the same run."
          : "The run could not be started just now. Send the request again (with an Idempotency-Key, a retry never starts a second run).",
        headers: { "Retry-After": "1" },
      });
    }
    if (reply.status === "conflict") {
      throw new ProblemError({
        status: 409,
        code: "idempotency_key_reused",
        title: "Idempotency-Key reused",
        detail: "This Idempotency-Key was already used with a different request body.",
      });
    }
    const eventsToken = await signRunToken(c.env.RUN_TOKEN_SECRET, id, who, Date.now() + EVENTS_TOKEN_TTL_MS);
    c.header("Location", `/v1/runs/${id}`);
    return c.json(
      {
        id,
        status: reply.runStatus ?? "running",
        links: { self: `/v1/runs/${id}`, events: `/v1/runs/${id}/events` },
        eventsToken,
      },
      202,
    );
  })
  .openapi(list, async (c) => {
    const { limit, cursor, status } = c.req.valid("query");
    let before: { createdAt: number; id: string } | undefined;
    if (cursor) {
      let decoded = "";
      try {
        decoded = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
      } catch {
        // Not base64 at all: the same answer as any other cursor this API did not issue.
      }
      const [at, id] = decoded.split(":");
      if (!at || !id || !Number.isFinite(Number(at))) {
        throw new ProblemError({
          status: 400,
          code: "bad_cursor",
          title: "Bad request",
          detail: "The cursor is not one this API returned.",
        });
      }
      before = { createdAt: Number(at), id };
    }
    const where = ["owner = ?"];
    const binds: unknown[] = [owner(c)];
    if (status) {
      where.push("status = ?");
      binds.push(status);
    }
    if (before) {
      where.push("(created_at < ? OR (created_at = ? AND id < ?))");
      binds.push(before.createdAt, before.createdAt, before.id);
    }
    const { results } = await c.env.DB.prepare(
      `SELECT id, status, mode, engine, created_at, finished_at, score_before, score_after, degradation FROM runs
       WHERE ${where.join(" AND ")} ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
      .bind(...binds, limit + 1)
      .all<{
        id: string;
        status: string;
        mode: string;
        engine: string;
        created_at: number;
        finished_at: number | null;
        score_before: number | null;
        score_after: number | null;
        degradation: string | null;
      }>();
    const page = results.slice(0, limit).map((r) => ({
      id: r.id,
      status: r.status as RunView["status"],
      mode: r.mode as RunView["mode"],
      engine: r.engine as RunView["engine"],
      createdAt: new Date(r.created_at).toISOString(),
      ...(r.finished_at !== null ? { finishedAt: new Date(r.finished_at).toISOString() } : {}),
      ...(r.score_before !== null ? { scoreBefore: r.score_before } : {}),
      ...(r.score_after !== null ? { scoreAfter: r.score_after } : {}),
      ...(r.degradation ? { degradation: r.degradation as RunView["degradation"] } : {}),
    }));
    const last = results[limit - 1];
    const nextCursor =
      results.length > limit && last
        ? btoa(`${last.created_at}:${last.id}`).replace(/\+/g, "-").replace(/\//g, "_")
        : undefined;
    return c.json({ runs: page, ...(nextCursor ? { nextCursor } : {}) }, 200);
  })
  .openapi(get, async (c) => c.json(await viewOr404(c, c.req.valid("param").id), 200))
  .openapi(cancel, async (c) => {
    const { id } = c.req.valid("param");
    await viewOr404(c, id);
    const view = await runStub(c, id).cancel(scope(c));
    if (!view) throw notFound(id);
    return c.json(view, 200);
  })
  .openapi(remove, async (c) => {
    const { id } = c.req.valid("param");
    const existed = await runStub(c, id).purge(scope(c));
    if (!existed) throw notFound(id);
    return c.body(null, 204);
  })
  .openapi(resumeMd, async (c) => {
    const { id } = c.req.valid("param");
    const keep = keepOf(c.req.valid("query").keep);
    const markdown = keep ? (await keptEdits(c, id, keep)).markdown : (await tailoredOf(c, id)).markdown;
    return c.body(markdown, 200, {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": 'attachment; filename="resume.md"',
    });
  })
  .openapi(resumeJson, async (c) => {
    const { id } = c.req.valid("param");
    const keep = keepOf(c.req.valid("query").keep);
    const json = keep ? (await keptEdits(c, id, keep)).jsonResume : (await tailoredOf(c, id)).jsonResume;
    c.header("Content-Disposition", 'attachment; filename="resume.json"');
    return c.json(json, 200);
  })
  .openapi(tailoredRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await keptEdits(c, id, c.req.valid("json").keep), 200);
  });

/**
 * `GET /v1/runs/:id/events`: a WebSocket (hibernatable, in the run's Durable Object) or, with
 * `Accept: text/event-stream`, server-sent events. `?since=<seq>` (or Last-Event-ID) replays what the client missed.
 * At most MAX_STREAMS_PER_RUN streams per run and MAX_STREAMS_PER_KEY per key are open at once (429 past them).
 */
runs.get("/:id/events", async (c) => {
  const id = c.req.param("id");
  await viewOr404(c, id);
  const upgrade = c.req.header("Upgrade")?.toLowerCase() === "websocket";
  const sse = (c.req.header("Accept") ?? "").includes("text/event-stream");
  if (!upgrade && !sse) {
    throw new ProblemError({
      status: 406,
      code: "events_transport",
      title: "Not acceptable",
      detail: "Open this URL as a WebSocket, or with Accept: text/event-stream.",
    });
  }
  const response = await runStub(c, id).fetch(c.req.raw);
  if (response.status === 429) {
    const refusal = (await response.json()) as StreamRefusal;
    throw new ProblemError({ status: 429, ...refusal, headers: { "Retry-After": "60" } });
  }
  return response;
});
