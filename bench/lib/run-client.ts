import { type RunEvent, type RunView, TERMINAL_EVENTS } from "../../src/domain/run.ts";

export interface RunTiming {
  id: string;
  status: string;
  /** POST sent → run.completed (or another terminal event) received, ms. */
  totalMs: number;
  events: RunEvent[];
  /** Events missing from the sequence or out of order (must be 0). */
  gaps: number;
  /** Times the socket was reopened (from the last event seen). */
  reconnects: number;
}

export interface FollowOptions {
  /** An API key, for servers that require one (the events socket then uses the run's events token). */
  apiKey?: string;
  /** Sent as X-Test-Faults (honoured only where ALLOW_TEST_FAULTS is "true"). */
  faults?: unknown;
}

/** Starts a run and follows it over its WebSocket to the end. */
export async function runAndFollow(
  baseUrl: string,
  body: unknown,
  timeoutMs = 120_000,
  options: FollowOptions = {},
): Promise<RunTiming> {
  const started = performance.now();
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (options.apiKey) headers.Authorization = `Bearer ${options.apiKey}`;
  if (options.faults) headers["X-Test-Faults"] = JSON.stringify(options.faults);
  const response = await fetch(`${baseUrl}/v1/runs`, { method: "POST", headers, body: JSON.stringify(body) });
  if (response.status !== 202) throw new Error(`POST /v1/runs: ${response.status} ${await response.text()}`);
  const { id, eventsToken } = (await response.json()) as { id: string; eventsToken: string };
  const events: RunEvent[] = [];
  let reconnects = 0;
  const done = new Promise<RunEvent>((resolve, reject) => {
    const deadline = setTimeout(() => {
      socket?.close();
      reject(new Error(`run ${id} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    let socket: WebSocket | undefined;
    let finished = false;
    // A dropped socket is reopened from the last event seen, as the web app does: nothing is missed.
    const open = () => {
      const since = events.at(-1)?.seq ?? 0;
      const query = new URLSearchParams();
      if (since > 0) query.set("since", String(since));
      // As the web app does: the events token rides as a subprotocol, not in the URL.
      const ws = new WebSocket(
        `${baseUrl.replace(/^http/, "ws")}/v1/runs/${id}/events?${query}`,
        options.apiKey ? ["rai.events", `rai.token.${eventsToken}`] : ["rai.events"],
      );
      socket = ws;
      ws.addEventListener("message", (m) => {
        const event = JSON.parse(String(m.data)) as RunEvent;
        events.push(event);
        if (TERMINAL_EVENTS.has(event.type)) {
          finished = true;
          clearTimeout(deadline);
          ws.close(1000);
          resolve(event);
        }
      });
      ws.addEventListener("close", () => {
        if (finished) return;
        if (++reconnects > 20) {
          clearTimeout(deadline);
          reject(new Error(`websocket for run ${id} kept closing`));
          return;
        }
        setTimeout(open, Math.min(2_000, 100 * reconnects));
      });
    };
    open();
  });
  const last = await done;
  const totalMs = performance.now() - started;
  let gaps = 0;
  events.forEach((e, i) => {
    if (e.seq !== i + 1) gaps++;
  });
  return { id, status: last.status ?? last.type, totalMs, events, gaps, reconnects };
}

export async function getView(baseUrl: string, id: string, apiKey?: string): Promise<RunView> {
  const headers: Record<string, string> = apiKey ? { Authorization: `Bearer ${apiKey}` } : {};
  return (await (await fetch(`${baseUrl}/v1/runs/${id}`, { headers })).json()) as RunView;
}

/** Where a run's time went, from its event timestamps: its phases in order. */
export function phases(events: readonly RunEvent[]): Record<string, number> {
  const at = (predicate: (e: RunEvent) => boolean, last = false) => {
    const list = events.filter(predicate);
    const e = last ? list.at(-1) : list[0];
    return e ? Date.parse(e.at) : Number.NaN;
  };
  const start = at((e) => e.type === "run.started");
  const requirementsDone = at((e) => e.type === "task.succeeded" && e.taskId === "requirements");
  const parseDone = at((e) => e.type === "task.succeeded" && e.taskId === "parse");
  const analyzeDone = at((e) => e.type === "task.succeeded" && e.kind === "analyze", true);
  const scoreDone = at((e) => e.type === "task.succeeded" && e.taskId === "score");
  const tailorDone = at((e) => e.type === "task.succeeded" && e.kind === "tailor", true);
  const end = at((e) => e.type.startsWith("run.") && e.type !== "run.started");
  return {
    parse: parseDone - start,
    requirements: requirementsDone - start,
    analyze: analyzeDone - Math.max(parseDone, requirementsDone),
    score: scoreDone - analyzeDone,
    tailor: tailorDone - scoreDone,
    verifyAssemble: end - (Number.isNaN(tailorDone) ? scoreDone : tailorDone),
    total: end - start,
  };
}
