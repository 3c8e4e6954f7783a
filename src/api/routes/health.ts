import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { HealthReport } from "../../domain/health.ts";
import { Problem } from "../../domain/problem.ts";
import { loadProviders, resolveEngine } from "../../llm/config.ts";
import type { AppEnv } from "../env.ts";
import { checkComponents, providerHealth } from "../health-checks.ts";
import { ProblemError, problemSpec } from "../problem.ts";
import { clientIp, tooManyRequests } from "../rate-limit.ts";

const route = createRoute({
  method: "get",
  path: "/",
  summary: "Service health",
  description:
    "Checks D1, KV, the task queue binding, both Durable Object classes and the LLM provider configuration, in parallel, each with a timeout. Each configured provider's breaker state is reported too; an open breaker is not an outage (runs fall back to the local engine).",
  responses: {
    200: { description: "Every component answered", content: { "application/json": { schema: HealthReport } } },
    429: problemSpec("Too many health checks from this address (HEALTH_LIMITER)"),
    503: {
      description: "At least one component failed; `components` says which and why",
      content: {
        "application/problem+json": {
          schema: Problem.extend({
            components: HealthReport.shape.components,
            engine: HealthReport.shape.engine,
            providers: HealthReport.shape.providers,
          }),
        },
      },
    },
  },
});

export const health = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  // Public and each check pings every binding: limited per address so it cannot be used to load them.
  const { success } = await c.env.HEALTH_LIMITER.limit({ key: clientIp(c) });
  if (!success) throw tooManyRequests("Too many health checks from this address; try again in a few seconds.", 10);
  const [components, providers] = await Promise.all([checkComponents(c.env), providerHealth(c.env)]);
  const engine = resolveEngine("auto", loadProviders(c.env));
  const failed = components.filter((component) => component.status === "fail");
  if (failed.length > 0) {
    throw new ProblemError({
      status: 503,
      code: "unhealthy",
      title: "Service unavailable",
      detail: `Failing: ${failed.map((f) => `${f.name} (${f.detail ?? "failed"})`).join(", ")}`,
      headers: { "Cache-Control": "no-store", "Retry-After": "5" },
      extensions: { components, engine, providers },
    });
  }
  c.header("Cache-Control", "no-store");
  return c.json({ status: "ok" as const, components, engine, providers }, 200);
});
