import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { CreatedKey } from "../../src/domain/keys.ts";
import { mockProviders, status } from "./llm-mock.ts";
import { JOB, RESUME } from "./run-helpers.ts";

// Everything the service logs while it serves runs — successes, failures, provider errors, bad input — must not
// contain the resume, the job description, an API key or a token (DESIGN §6).

const RESUME_MARK = "Quokkaforge Ledger Reconciliator";
const JOB_MARK = "Wombatrix settlement mesh";
const resume = RESUME.replace(
  "Built event-driven reconciliation",
  `Built the ${RESUME_MARK}, event-driven reconciliation`,
);
const job = `${JOB}\n- Experience with the ${JOB_MARK}\n`;

const mock = mockProviders();
beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.server.resetHandlers());
afterAll(() => mock.server.close());

describe("logs", () => {
  it("never contain resume text, job text, keys or tokens", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : (JSON.stringify(a) ?? String(a)))).join(" "));
    };
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(capture),
    );
    try {
      const app = createApp();
      const deployed = { ...env, ALLOW_ANONYMOUS: "false", ALLOW_TEST_FAULTS: "true" };
      const call = (path: string, init: RequestInit = {}, auth?: string) => {
        const headers = new Headers(init.headers);
        if (auth) headers.set("Authorization", auth);
        return app.fetch(
          new Request(`http://example.com${path}`, { ...init, headers }),
          deployed,
          createExecutionContext(),
        );
      };
      const created = await call(
        "/v1/admin/keys",
        { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "logs" }) },
        `Bearer ${env.ADMIN_TOKEN}`,
      );
      const key = (await created.json()) as CreatedKey;
      const auth = `Bearer ${key.key}`;
      const start = async (options: object, headers: Record<string, string> = {}) => {
        const response = await call(
          "/v1/runs",
          {
            method: "POST",
            headers: { "Content-Type": "application/json", ...headers },
            body: JSON.stringify({ resume, jobDescription: job, options }),
          },
          auth,
        );
        return (await response.json()) as { id: string; eventsToken: string };
      };
      const finished = (id: string) =>
        vi.waitUntil(
          async () =>
            ["succeeded", "partial", "failed"].includes(
              ((await (await call(`/v1/runs/${id}`, {}, auth)).json()) as { status: string }).status,
            ),
          // Polled gently: every call counts against the key's rate limit (60 a minute).
          { timeout: 20_000, interval: 500 },
        );

      // A local run, one whose tasks fail (partial), and an llm run whose providers fail.
      const ok = await start({ engine: "local" });
      const failing = await start(
        { engine: "local" },
        { "X-Test-Faults": JSON.stringify({ fail: ["analyze:experience#0"] }) },
      );
      mock.on("primary", () => status(500, `upstream failed on: ${RESUME_MARK}`));
      mock.on("secondary", () => status(400, `bad request near ${JOB_MARK}`));
      const llm = await start({ engine: "llm" });
      for (const run of [ok, failing, llm]) await finished(run.id);

      // Events with the browser token, the synchronous endpoints, and bad input that quotes nothing back.
      const events = await call(`/v1/runs/${ok.id}/events?token=${encodeURIComponent(ok.eventsToken)}`, {
        headers: { Accept: "text/event-stream" },
      });
      await events.body?.cancel();
      await call(
        "/v1/match",
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ resume, jobDescription: job }),
        },
        auth,
      );
      await call(
        "/v1/match",
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ resume: 42, jobDescription: job }),
        },
        auth,
      );
      await call(
        "/v1/runs",
        { method: "POST", headers: { "Content-Type": "application/json" }, body: `{"resume": "${RESUME_MARK}", ` },
        auth,
      );
      await call("/v1/runs", {}, "Bearer rai_wrong-key-that-must-not-be-logged");

      // The capture sees the Worker, the queue consumer and the Durable Objects alike.
      expect(lines.some((l) => l.includes('"event":"request"'))).toBe(true);
      expect(lines.some((l) => l.includes('"event":"llm_call"'))).toBe(true);
      const all = lines.join("\n");
      for (const secret of [
        RESUME_MARK,
        JOB_MARK,
        "Mentored four engineers",
        key.key,
        env.ADMIN_TOKEN,
        ok.eventsToken,
        "rai_wrong-key",
      ]) {
        expect(all, `logs mention ${secret.slice(0, 12)}…`).not.toContain(secret);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }, 60_000);
});
