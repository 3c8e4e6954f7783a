import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { CreatedKey } from "../../src/domain/keys.ts";
import type { RunEvent, RunView } from "../../src/domain/run.ts";
import { mockProviders } from "./llm-mock.ts";
import { JOB, RESUME } from "./run-helpers.ts";

const mock = mockProviders();
beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.server.close());

describe("KeyBudget", () => {
  it("holds only what fits in the day's budget, and settles holds into spending once", async () => {
    const ledger = env.KEY_BUDGET.getByName(`key-${crypto.randomUUID()}`);
    const a = await ledger.hold(1_000, 600);
    expect(a).toMatchObject({ granted: true, remaining: 400 });
    expect(await ledger.hold(1_000, 500)).toMatchObject({ granted: false, remaining: 400 });
    await ledger.settle(a.hold as string, 250);
    await ledger.settle(a.hold as string, 250); // again: no effect
    expect(await ledger.usage()).toMatchObject({ spent: 250, held: 0 });
    expect(await ledger.hold(1_000, 700)).toMatchObject({ granted: true, remaining: 50 });
  });

  it("never lets concurrent holds together pass the budget", async () => {
    const ledger = env.KEY_BUDGET.getByName(`key-${crypto.randomUUID()}`);
    const replies = await Promise.all(Array.from({ length: 40 }, () => ledger.hold(10_000, 700)));
    expect(replies.filter((r) => r.granted)).toHaveLength(14);
    expect((await ledger.usage()).held).toBe(9_800);
  });
});

describe("a key's daily token budget", () => {
  // Keys required, as deployed; runs on the llm engine against the mocked providers.
  const app = createApp();
  const deployed = { ...env, ALLOW_ANONYMOUS: "false" };
  const call = (path: string, init: RequestInit & { auth: string }) => {
    const headers = new Headers(init.headers);
    headers.set("Authorization", init.auth);
    return app.fetch(
      new Request(`http://example.com${path}`, { ...init, headers }),
      deployed,
      createExecutionContext(),
    );
  };

  it("is shared by the key's runs: once spent, later calls are not made and run locally, and the day's total stays within it", async () => {
    const budget = 2_500;
    const created = await call("/v1/admin/keys", {
      method: "POST",
      auth: `Bearer ${env.ADMIN_TOKEN}`,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "small budget", dailyTokenBudget: budget }),
    });
    const key = (await created.json()) as CreatedKey;
    const auth = `Bearer ${key.key}`;

    const views: RunView[] = [];
    for (let i = 0; i < 3; i++) {
      const started = await call("/v1/runs", {
        method: "POST",
        auth,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          resume: RESUME,
          jobDescription: `${JOB}\nRef: key-budget-${i}\n`,
          options: { engine: "llm" },
        }),
      });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as { id: string };
      let view: RunView | undefined;
      await vi.waitUntil(
        async () => {
          view = (await (await call(`/v1/runs/${id}`, { auth })).json()) as RunView;
          return ["succeeded", "partial", "failed"].includes(view.status);
        },
        { timeout: 15_000, interval: 50 },
      );
      views.push(view as RunView);
    }
    expect(views.every((v) => v.status === "succeeded")).toBe(true);
    const spent = views.reduce((sum, v) => sum + v.budget.spent, 0);
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(budget);
    expect((await env.KEY_BUDGET.getByName(key.id).usage()).spent).toBe(spent);
    // The last run found the day's budget spent: its model calls were refused, and it says why.
    const last = views.at(-1) as RunView;
    expect(["moderate", "severe"]).toContain(last.degradation);
    const events = await call(`/v1/runs/${last.id}/events`, { auth, headers: { Accept: "text/event-stream" } });
    const text = await readUntil(events, "run.completed");
    expect(text).toMatch(/task\.fallback[\s\S]*the API key's daily token budget/);
  });
});

/** Reads an SSE body until an event of `type` arrives, then stops reading. */
async function readUntil(response: Response, type: RunEvent["type"]): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes(`event: ${type}`)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}
