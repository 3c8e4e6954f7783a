import { env, exports } from "cloudflare:workers";
import { vi } from "vitest";
import { type RunEvent, type RunView, TERMINAL_EVENTS, TERMINAL_STATUSES } from "../../src/domain/run.ts";
import platformJob from "../fixtures/job-platform.txt?raw";
import backendResume from "../fixtures/resume-backend.md?raw";

export const RESUME = backendResume;
export const JOB = platformJob;
export const BASE = "http://example.com";

export function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return exports.default.fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function startRun(
  options: {
    mode?: "tailor" | "analyze";
    faults?: unknown;
    key?: string;
    resume?: unknown;
    job?: string;
    engine?: "local" | "llm" | "auto";
    tokenBudget?: number;
    features?: Record<string, unknown>;
  } = {},
) {
  const headers: Record<string, string> = {};
  if (options.faults) headers["X-Test-Faults"] = JSON.stringify(options.faults);
  if (options.key) headers["Idempotency-Key"] = options.key;
  const response = await post(
    "/v1/runs",
    {
      resume: options.resume ?? RESUME,
      jobDescription: options.job ?? JOB,
      options: {
        mode: options.mode ?? "tailor",
        engine: options.engine ?? "local",
        ...(options.tokenBudget !== undefined ? { tokenBudget: options.tokenBudget } : {}),
        ...(options.features ? { features: options.features } : {}),
      },
    },
    headers,
  );
  if (response.status !== 202) throw new Error(`start failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as {
    id: string;
    status: string;
    links: { self: string; events: string };
    eventsToken: string;
  };
}

export async function getRun(id: string): Promise<RunView> {
  const response = await exports.default.fetch(`${BASE}/v1/runs/${id}`);
  if (response.status !== 200) throw new Error(`get failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as RunView;
}

export async function waitForEnd(id: string, timeout = 15_000): Promise<RunView> {
  let view: RunView | undefined;
  await vi.waitUntil(
    async () => {
      view = await getRun(id);
      return TERMINAL_STATUSES.has(view.status);
    },
    { timeout, interval: 50 },
  );
  return view as RunView;
}

/** A WebSocket on the run's events, collecting every frame. */
export async function openSocket(id: string, since?: number) {
  const response = await exports.default.fetch(
    `${BASE}/v1/runs/${id}/events${since === undefined ? "" : `?since=${since}`}`,
    {
      headers: { Upgrade: "websocket" },
    },
  );
  const ws = response.webSocket;
  if (!ws) throw new Error(`no websocket: ${response.status} ${await response.text()}`);
  const events: RunEvent[] = [];
  ws.addEventListener("message", (m) => {
    events.push(JSON.parse(String(m.data)) as RunEvent);
  });
  ws.accept();
  return { ws, events };
}

export const until = (predicate: () => boolean, timeout = 15_000) => vi.waitUntil(predicate, { timeout, interval: 20 });

export { env };

/** Every event of a finished run, replayed over a WebSocket from the start. */
export async function eventsOf(id: string): Promise<RunEvent[]> {
  const { events, ws } = await openSocket(id, 0);
  await until(() => events.some((e) => TERMINAL_EVENTS.has(e.type)));
  ws.close();
  return events;
}
