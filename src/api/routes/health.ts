import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { HealthReport } from "../../domain/health.ts";
import { Problem } from "../../domain/problem.ts";
import type { AppEnv } from "../env.ts";
import { checkComponents } from "../health-checks.ts";
import { ProblemError } from "../problem.ts";

const route = createRoute({
  method: "get",
  path: "/",
  summary: "Service health",
  description:
    "Checks D1, KV, the task queue binding and both Durable Object classes, in parallel, each with a timeout.",
  responses: {
    200: { description: "Every component answered", content: { "application/json": { schema: HealthReport } } },
    503: {
      description: "At least one component failed; `components` says which and why",
      content: {
        "application/problem+json": { schema: Problem.extend({ components: HealthReport.shape.components }) },
      },
    },
  },
});

export const health = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const components = await checkComponents(c.env);
  const failed = components.filter((component) => component.status === "fail");
  if (failed.length > 0) {
    throw new ProblemError({
      status: 503,
      code: "unhealthy",
      title: "Service unavailable",
      detail: `Failing: ${failed.map((f) => `${f.name} (${f.detail ?? "failed"})`).join(", ")}`,
      headers: { "Cache-Control": "no-store", "Retry-After": "5" },
      extensions: { components },
    });
  }
  c.header("Cache-Control", "no-store");
  return c.json({ status: "ok" as const, components }, 200);
});
