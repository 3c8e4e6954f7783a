import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { featuresFrom } from "../../config/features.ts";
import { RequirementsResponse } from "../../domain/matching.ts";
import type { Requirement } from "../../domain/requirement.ts";
import { MatchResult } from "../../domain/result.ts";
import { analyze, requirements as extract, parse } from "../../engine/local/engine.ts";
import { sha256Hex } from "../../lib/hash.ts";
import { LOCAL_ENGINE_VERSION } from "../../run/executor.ts";
import type { AppEnv } from "../env.ts";
import { inputBody, readJobInput, readMatchInput } from "../input/index.ts";
import { problemSpec } from "../problem.ts";

const errors = {
  400: problemSpec("The body is not JSON, or not a readable multipart form"),
  413: problemSpec("Over a size limit"),
  415: problemSpec(
    "Neither JSON nor multipart, or an unsupported file type (read: PDF, Word .docx, text, Markdown, and JSON Resume for a resume; a .doc is told to save it as .docx or PDF)",
  ),
  422: problemSpec(
    "A field is missing or invalid (`errors` names each; a .docx with no text is an empty field), a PDF has no text layer, a PDF or .docx is damaged (`resume_unreadable` / `job_unreadable`), or a PDF or .docx is too complex to read (`resume_too_complex` / `job_too_complex`, with `bound` and `limit`; for a .docx, a ZIP bound such as `declared_size`: a zip bomb)",
  ),
};

const TTL_SECONDS = 7 * 86_400;

/**
 * The posting's requirements, from the KV cache when the same caller had the same text read by this engine version
 * before (many resumes are matched against one posting). Scoped to the caller: a shared entry's `cached: true`
 * would tell one key that another had read the posting.
 */
async function requirementsOf(
  c: Context<AppEnv>,
  jobText: string,
): Promise<{ jobTitle?: string; requirements: Requirement[]; cached: boolean }> {
  const caching = featuresFrom(c.env as unknown as Record<string, unknown>).features.cache;
  if (!caching) return { ...extract(jobText), cached: false };
  const key = `sync:req:${LOCAL_ENGINE_VERSION}:${await sha256Hex(`${c.get("principal").owner}\n${jobText}`)}`;
  const hit = await c.env.CACHE.get<{ jobTitle?: string; requirements: Requirement[] }>(key, "json").catch(() => null);
  if (hit) return { ...hit, cached: true };
  const found = extract(jobText);
  c.executionCtx.waitUntil(
    c.env.CACHE.put(key, JSON.stringify(found), { expirationTtl: TTL_SECONDS }).catch(() => undefined),
  );
  return { ...found, cached: false };
}

const requirementsRoute = createRoute({
  method: "post",
  path: "/requirements",
  tags: ["matching"],
  summary: "A job description's requirements, now",
  description:
    "The local engine's reading of the posting: each requirement with its category, priority, weight and where the posting states it. Cached by the posting's text.",
  request: { body: inputBody("requirements") },
  responses: {
    200: { description: "The requirements", content: { "application/json": { schema: RequirementsResponse } } },
    ...errors,
  },
});

const matchRoute = createRoute({
  method: "post",
  path: "/match",
  tags: ["matching"],
  summary: "Score a resume against a job, now",
  description:
    "The local engine in one request: requirements, the requirement-to-evidence map, the score with its breakdown, section analyses, ATS checks and recommendations. Deterministic; nothing is stored. For tailoring, live progress or the llm engine, start a run.",
  request: { body: inputBody("match") },
  responses: {
    200: { description: "The match", content: { "application/json": { schema: MatchResult } } },
    ...errors,
  },
});

export const matching = new OpenAPIHono<AppEnv>()
  .openapi(requirementsRoute, async (c) => {
    const { jobDescription } = await readJobInput(c);
    const found = await requirementsOf(c, jobDescription);
    return c.json(found, 200);
  })
  .openapi(matchRoute, async (c) => {
    const { resume, jobDescription } = await readMatchInput(c);
    const now = new Date();
    const { requirements } = await requirementsOf(c, jobDescription);
    const result = analyze(parse(resume, { now }), jobDescription, { requirements, now });
    return c.json(result, 200);
  });
