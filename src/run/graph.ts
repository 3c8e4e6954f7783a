import { fullJitterDelay } from "../queue/backoff.ts";

/**
 * A run's task graph (DESIGN §3) and the rules that move it — pure, so the Durable Object only stores and acts.
 *
 *   parse ─┬─▶ analyze:<section>#<chunk> ─▶ merge:<section> ─▶ score ─▶ tailor:<section>#<chunk> ─▶ verify ─▶ assemble
 *   requirements ─┘
 *
 * `analyze` mode stops after `score`. Edges are hard (the dependency must succeed, else the task is skipped) or
 * soft (it must only have finished): a failed chunk leaves its section unanalyzed but the run goes on, `partial`.
 */
export type TaskKind = "parse" | "requirements" | "analyze" | "merge" | "score" | "tailor" | "verify" | "assemble";
export type TaskState = "pending" | "ready" | "dispatched" | "succeeded" | "failed" | "skipped";
export type RunMode = "tailor" | "analyze";

export interface Task {
  id: string;
  kind: TaskKind;
  /** The section an analyze/merge/tailor task works on, and the chunk index. */
  section?: string;
  chunk?: number;
  /** Queue tasks go through `tasks`; the others run inside the Durable Object. */
  where: "queue" | "do";
  state: TaskState;
  /** Dispatches so far; the attempt a delivery carries. */
  attempt: number;
  deps: string[];
  /** The dependencies that must succeed. */
  hard: string[];
  /** Not to be dispatched before (retry backoff), epoch ms. */
  notBefore?: number;
  /** A dispatched attempt not completed by then is lost, epoch ms. */
  deadline?: number;
  /** Retries exhausted: the Durable Object runs it itself on the local engine. */
  inline?: boolean;
  /**
   * Work of an llm run that no model does (skills, education, tailoring that only carries its chunk's rewrites):
   * it runs in the Durable Object on the local engine by design — a millisecond of code is not worth a queue hop.
   */
  local?: boolean;
  error?: string;
}

export interface Policy {
  /** Dispatches before falling back to running the task in the Durable Object. */
  maxAttempts: number;
  taskTimeoutMs: number;
  backoff: { baseMs: number; capMs: number };
  /** Queue tasks of one run in flight at once. */
  maxInFlight: number;
}

export const DEFAULT_POLICY: Policy = {
  maxAttempts: 3,
  taskTimeoutMs: 30_000,
  backoff: { baseMs: 500, capMs: 30_000 },
  maxInFlight: 8,
};

/** Tasks whose failure fails the run: without them there is nothing to report. */
const CRITICAL: ReadonlySet<TaskKind> = new Set(["parse", "requirements", "score"]);
const TERMINAL: ReadonlySet<TaskState> = new Set(["succeeded", "failed", "skipped"]);

export const isTerminal = (task: Task) => TERMINAL.has(task.state);

const task = (
  id: string,
  kind: TaskKind,
  where: Task["where"],
  deps: string[],
  hard: string[],
  extra: Partial<Task> = {},
): Task => ({
  id,
  kind,
  where,
  state: "pending",
  attempt: 0,
  deps,
  hard,
  ...extra,
});

/** What every run starts with: parsing (in the DO) and requirement extraction (a queue task), in parallel. */
export function initialGraph(): Task[] {
  return [task("parse", "parse", "do", [], []), task("requirements", "requirements", "queue", [], [])];
}

export interface ChunkRef {
  section: string;
  chunk: number;
}

/**
 * The rest of the graph, once parsing has told how the resume is chunked: analysis of every chunk, a merge per
 * section, the score, and in `tailor` mode a tailoring task per target, verification and assembly.
 */
export function expandGraph(
  mode: RunMode,
  analyzeChunks: readonly ChunkRef[],
  tailorTargets: readonly ChunkRef[],
): Task[] {
  const tasks: Task[] = [];
  const sections = [...new Set(analyzeChunks.map((c) => c.section))];
  for (const c of analyzeChunks) {
    tasks.push(
      task(
        `analyze:${c.section}#${c.chunk}`,
        "analyze",
        "queue",
        ["parse", "requirements"],
        ["parse", "requirements"],
        c,
      ),
    );
  }
  for (const section of sections) {
    const chunks = analyzeChunks.filter((c) => c.section === section).map((c) => `analyze:${c.section}#${c.chunk}`);
    tasks.push(task(`merge:${section}`, "merge", "do", [...chunks, "parse"], ["parse"], { section }));
  }
  const merges = sections.map((s) => `merge:${s}`);
  tasks.push(task("score", "score", "do", [...merges, "parse", "requirements"], ["parse", "requirements"]));
  if (mode === "tailor") {
    const tailors = tailorTargets.map((t) => `tailor:${t.section}#${t.chunk}`);
    for (const t of tailorTargets)
      tasks.push(task(`tailor:${t.section}#${t.chunk}`, "tailor", "queue", ["score"], ["score"], t));
    tasks.push(task("verify", "verify", "do", [...tailors, "score"], ["score"]));
    tasks.push(task("assemble", "assemble", "do", ["verify"], ["verify"]));
  }
  return tasks;
}

/** Pending tasks whose dependencies have finished become ready, or skipped when a hard dependency did not succeed. */
export function refresh(tasks: Task[]): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const changed: Task[] = [];
  let moved = true;
  while (moved) {
    moved = false;
    for (const t of tasks) {
      if (t.state !== "pending") continue;
      const deps = t.deps.map((id) => byId.get(id));
      if (deps.some((d) => d === undefined || !isTerminal(d))) continue;
      const hardFailed = t.hard.some((id) => byId.get(id)?.state !== "succeeded");
      t.state = hardFailed ? "skipped" : "ready";
      if (hardFailed)
        t.error = `skipped: ${t.hard.filter((id) => byId.get(id)?.state !== "succeeded").join(", ")} did not succeed`;
      changed.push(t);
      moved = true;
    }
  }
  return changed;
}

/** Queue tasks to send now, oldest first, within the run's in-flight limit. */
export function dispatchable(tasks: readonly Task[], now: number, policy: Policy): Task[] {
  const inFlight = tasks.filter((t) => t.state === "dispatched").length;
  const room = Math.max(0, policy.maxInFlight - inFlight);
  return tasks
    .filter((t) => t.state === "ready" && t.where === "queue" && !t.inline && (t.notBefore ?? 0) <= now)
    .slice(0, room);
}

/** Tasks the Durable Object runs itself now: its own kinds, and queue tasks that fell back to the local engine. */
export function runnableHere(tasks: readonly Task[], now: number): Task[] {
  return tasks.filter((t) => t.state === "ready" && (t.where === "do" || t.inline) && (t.notBefore ?? 0) <= now);
}

export function markDispatched(t: Task, now: number, policy: Policy): void {
  t.state = "dispatched";
  t.attempt += 1;
  t.deadline = now + policy.taskTimeoutMs;
  delete t.notBefore;
}

export function markSucceeded(t: Task): void {
  t.state = "succeeded";
  delete t.deadline;
  delete t.notBefore;
  delete t.error;
}

/**
 * A dispatched attempt failed (or was lost past its deadline). Retryable failures are dispatched again after a
 * full-jitter backoff until `maxAttempts`; then — or at once for a failure retrying cannot fix — the task falls
 * back to the local engine inside the Durable Object; a task that fails there too has failed.
 */
export function afterFailure(
  t: Task,
  now: number,
  policy: Policy,
  error: string,
  retryable: boolean,
  random: () => number = Math.random,
): "retry" | "fallback" | "failed" {
  delete t.deadline;
  t.error = error;
  if (t.where === "queue" && !t.inline && retryable && t.attempt < policy.maxAttempts) {
    t.state = "ready";
    t.notBefore = now + fullJitterDelay(t.attempt, policy.backoff, random);
    return "retry";
  }
  if (t.where === "queue" && !t.inline) {
    t.state = "ready";
    t.inline = true;
    delete t.notBefore;
    return "fallback";
  }
  t.state = "failed";
  return "failed";
}

/** Dispatched tasks whose attempt is past its deadline. */
export function overdue(tasks: readonly Task[], now: number): Task[] {
  return tasks.filter((t) => t.state === "dispatched" && t.deadline !== undefined && t.deadline <= now);
}

/** The next time something is due: a deadline, a backoff ending, or `extra` (retention). */
export function nextWake(tasks: readonly Task[], extra?: number): number | undefined {
  const times = tasks.flatMap((t) =>
    t.state === "dispatched" && t.deadline !== undefined
      ? [t.deadline]
      : t.state === "ready" && t.notBefore !== undefined
        ? [t.notBefore]
        : [],
  );
  if (extra !== undefined) times.push(extra);
  return times.length === 0 ? undefined : Math.min(...times);
}

export interface Outcome {
  status: "running" | "succeeded" | "partial" | "failed";
  /** Tasks that failed or were skipped. */
  failed: string[];
  errorCode?: string;
}

/** Where the run stands: running until every task has finished; then succeeded, partial or failed. */
export function outcome(tasks: readonly Task[]): Outcome {
  const failed = tasks.filter((t) => t.state === "failed" || t.state === "skipped").map((t) => t.id);
  const critical = tasks.find((t) => CRITICAL.has(t.kind) && (t.state === "failed" || t.state === "skipped"));
  if (critical) return { status: "failed", failed, errorCode: `${critical.kind}_failed` };
  if (!tasks.every(isTerminal)) return { status: "running", failed };
  const expanded = tasks.some((t) => t.kind === "score");
  if (!expanded) return { status: "running", failed };
  return { status: failed.length > 0 ? "partial" : "succeeded", failed };
}

/**
 * Percent done: parsing and requirements are the first 10%, every later task an equal share of the rest. The
 * caller keeps it monotonic (the graph grows once parsing is done).
 */
export function progress(tasks: readonly Task[]): number {
  const first = tasks.filter((t) => t.kind === "parse" || t.kind === "requirements");
  const rest = tasks.filter((t) => t.kind !== "parse" && t.kind !== "requirements");
  const head = (first.filter(isTerminal).length / Math.max(1, first.length)) * 10;
  const tail = rest.length === 0 ? 0 : (rest.filter(isTerminal).length / rest.length) * 90;
  return Math.round(head + tail);
}

/** Ends every unfinished task (the run failed or was cancelled): nothing more is dispatched or run. */
export function abandon(tasks: Task[], reason: string): Task[] {
  const ended = tasks.filter((t) => !isTerminal(t));
  for (const t of ended) {
    t.state = "skipped";
    t.error = reason;
    delete t.deadline;
    delete t.notBefore;
  }
  return ended;
}
