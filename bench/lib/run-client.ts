import type { RunEvent, RunView } from "../../src/domain/run.ts";

export interface RunTiming {
  id: string;
  status: string;
  /** POST sent → run.completed (or another terminal event) received, ms. */
  totalMs: number;
  events: RunEvent[];
  /** Events missing from the sequence or out of order (must be 0). */
  gaps: number;
}

/** Starts a run and follows it over its WebSocket to the end. */
export async function runAndFollow(baseUrl: string, body: unknown, timeoutMs = 120_000): Promise<RunTiming> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/v1/runs`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 202) throw new Error(`POST /v1/runs: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  const events: RunEvent[] = [];
  const done = new Promise<RunEvent>((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/v1/runs/${id}/events`);
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error(`run ${id} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    ws.addEventListener("message", (m) => {
      const event = JSON.parse(String(m.data)) as RunEvent;
      events.push(event);
      if (["run.completed", "run.partial", "run.failed", "run.cancelled"].includes(event.type)) {
        clearTimeout(timer);
        ws.close(1000);
        resolve(event);
      }
    });
    ws.addEventListener("error", () => {
      clearTimeout(timer);
      reject(new Error(`websocket error for run ${id}`));
    });
  });
  const last = await done;
  const totalMs = performance.now() - started;
  let gaps = 0;
  events.forEach((e, i) => {
    if (e.seq !== i + 1) gaps++;
  });
  return { id, status: last.status ?? last.type, totalMs, events, gaps };
}

export async function getView(baseUrl: string, id: string): Promise<RunView> {
  return (await (await fetch(`${baseUrl}/v1/runs/${id}`)).json()) as RunView;
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
