import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import {
  type AdversarialKind,
  answer,
  type ChatRequest,
  completion,
  type Task,
  taskOf,
} from "../../bench/mock-llm/responder.ts";
import { DEFAULT_FEATURES } from "../../src/config/features.ts";
import type { RunBudget } from "../../src/llm/run-task.ts";
import type { Claimed } from "../../src/run/payloads.ts";
import { JOB } from "./run-helpers.ts";

/** The providers vitest.config.ts configures, in fallback order. */
export const PROVIDER_NAMES = ["primary", "secondary"] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export interface SeenRequest {
  provider: ProviderName;
  task: Task;
  format: string;
  /** A repair round trip: the model's earlier reply and our correction are in the messages. */
  repair: boolean;
  at: number;
  body: ChatRequest;
}

/**
 * How a provider answers one request: a Response (an error, a malformed reply), or undefined for the faithful
 * answer the responder builds from the local engine.
 */
export type Behaviour = (request: SeenRequest) => Response | undefined | Promise<Response | undefined>;

export const reply = (body: ChatRequest, content: unknown) =>
  HttpResponse.json(completion(body, typeof content === "string" ? content : JSON.stringify(content)));

export const status = (code: number, message = "error", headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { message, type: "server_error", code: null } }, { status: code, headers });

/**
 * msw handlers standing in for both providers' `/v1/chat/completions`: every request is recorded (which provider,
 * which task, which structured-output mode), concurrency is measured at the "provider", and each provider's
 * behaviour can be swapped per test (or made hostile with `adversarial`). Outbound requests to anything else fail
 * the test.
 */
export function mockProviders() {
  const seen: SeenRequest[] = [];
  const behaviour = new Map<ProviderName, Behaviour>();
  const inFlight = { primary: 0, secondary: 0 };
  const peak = { primary: 0, secondary: 0 };
  let delayMs = 0;
  let adversarial: AdversarialKind[] = [];
  const server = setupServer(
    ...PROVIDER_NAMES.map((provider) =>
      http.post(`https://${provider}.llm.test/v1/chat/completions`, async ({ request }) => {
        const body = (await request.json()) as ChatRequest;
        const entry: SeenRequest = {
          provider,
          task: taskOf(body),
          format: body.response_format?.type ?? "none",
          repair: (body.messages ?? []).some((m) => m.role === "assistant"),
          at: Date.now(),
          body,
        };
        seen.push(entry);
        inFlight[provider]++;
        peak[provider] = Math.max(peak[provider], inFlight[provider]);
        try {
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          const custom = await behaviour.get(provider)?.(entry);
          return custom ?? reply(body, answer(body, { adversarial }));
        } finally {
          inFlight[provider]--;
        }
      }),
    ),
  );
  return {
    server,
    seen,
    peak,
    requests: (provider: ProviderName, task?: Task) =>
      seen.filter((r) => r.provider === provider && (task === undefined || r.task === task)),
    on(provider: ProviderName, b: Behaviour) {
      behaviour.set(provider, b);
    },
    latency(ms: number) {
      delayMs = ms;
    },
    /** Both providers turn hostile: their rewrites and summaries carry these payloads (until reset). */
    adversarial(kinds: readonly AdversarialKind[]) {
      adversarial = [...kinds];
    },
    reset() {
      seen.length = 0;
      behaviour.clear();
      delayMs = 0;
      adversarial = [];
      peak.primary = 0;
      peak.secondary = 0;
    },
  };
}

/** A run budget with room for everything, that remembers what is held and what was settled. */
export function openBudget() {
  const held = new Map<string, number>();
  let settled = 0;
  const budget: RunBudget = {
    async reserve(_task, _attempt, tokens) {
      const id = crypto.randomUUID();
      held.set(id, tokens);
      return { granted: true, reservation: id };
    },
    async settle(id, used) {
      held.delete(id);
      settled += used;
    },
  };
  return { budget, held, settled: () => settled };
}

/** Mock providers for one test file: listening for the file, reset after each test. */
export function mockProvidersPerTest() {
  const mock = mockProviders();
  beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    mock.server.resetHandlers();
    mock.reset();
  });
  afterAll(() => mock.server.close());
  return mock;
}

/** A claimed requirements task on the llm engine; `ref` makes its posting distinct, so no cached answer serves it. */
export const requirementsClaim = (ref: string): Claimed => ({
  status: "claimed",
  taskId: "requirements",
  attempt: 1,
  owner: "anonymous",
  engine: "llm",
  features: DEFAULT_FEATURES,
  now: Date.now(),
  payload: { kind: "requirements", jobText: `${JOB}\nRef: ${ref}\n` },
});
