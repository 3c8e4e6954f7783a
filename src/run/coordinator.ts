import { DurableObject } from "cloudflare:workers";
import type { Edit, ProposedEdit } from "../domain/edit.ts";
import type { Features } from "../domain/features.ts";
import { fallbackReason } from "../domain/metrics.ts";
import type { MatchResult, RunResult, TailoredView } from "../domain/result.ts";
import { type RunEvent, type RunEventType, type RunView, TERMINAL_STATUSES } from "../domain/run.ts";
import { llmTaskAllowanceMs } from "../llm/run-task.ts";
import { SchemaGate } from "../storage/open-schema.ts";
import { COORDINATOR_SCHEMA } from "./coordinator-schema.ts";
import { executeLocal } from "./executor.ts";
import {
  abandon,
  afterFailure,
  DEFAULT_POLICY,
  dispatchable,
  expandGraph,
  initialGraph,
  markDispatched,
  markSucceeded,
  nextWake,
  type Outcome,
  outcome,
  overdue,
  type Policy,
  progress,
  refresh,
  runnableHere,
  type Task,
} from "./graph.ts";
import type { AnalyzeOutput, ClaimReply, Faults, RequirementsOutput, TaskOutput } from "./payloads.ts";
import {
  analysisResult,
  assembleStep,
  type MergeOutput,
  markModelFree,
  mergeStep,
  type ParseOutput,
  parseStep,
  payloadFor,
  scoreStep,
  tailoredWith,
  verifyStep,
} from "./steps.ts";
import { type MetricRow, type RunInput, type RunRow, RunStore } from "./store.ts";
import { EventStreams, STREAM_CHECK_MS } from "./streams.ts";

export interface PingReply {
  object: "RunCoordinator" | "ProviderGateway" | "KeyBudget";
  schemaVersion: number;
  createdAt: number;
}

export interface StartInput {
  runId: string;
  owner: string;
  mode: "tailor" | "analyze";
  engine: "auto" | "local" | "llm";
  /** What the engine choice resolved to: llm when a provider is configured (and asked for, or `auto`). */
  engineUsed: "local" | "llm";
  /** Most tokens the run's LLM calls may use. */
  tokenBudget: number;
  input: RunInput;
  /** Hash of the request body: an Idempotency-Key retried with another body is a conflict. */
  inputHash: string;
  faults?: Faults;
  /** The caller's API key, when it has a daily token budget. */
  keyBudget?: { keyId: string; dailyTokens: number };
  /** The run's switches: the service's, turned down where the request asked. */
  features: Features;
}

/** `runStatus` is the run's status when created or found; a conflict means the same id with another input. */
export interface StartReply {
  status: "created" | "exists" | "conflict";
  runStatus?: RunView["status"];
}

export interface TaskReport {
  latencyMs: number;
  cacheHit: boolean;
  cacheKey?: string;
  engine: string;
  provider?: string;
  tokensIn?: number;
  tokensOut?: number;
  costUsd?: number;
  llmCalls?: number;
  /** Why a task the llm engine should have run ran on the local engine. */
  fallback?: string;
}

export interface FailReply {
  applied: boolean;
}

const DAY_MS = 86_400_000;
/** How soon a run written but not moved on (its object died mid-start) is picked up by its alarm. */
const RECOVERY_DELAY_MS = 5_000;
const RESULT = "result";
const EVENT_FOR: Record<Outcome["status"], RunEventType> = {
  running: "run.started",
  succeeded: "run.completed",
  partial: "run.partial",
  failed: "run.failed",
};

/**
 * One per run (DESIGN §2–3). Stores the run's input, task graph, outputs and event log in its own SQLite database;
 * runs parse/merge/score/verify/assemble itself and sends the rest through the `tasks` queue; applies completions
 * only for a task's current attempt; keeps one alarm for every timer (task deadlines, retry backoff, retention);
 * and streams its events to hibernatable WebSockets and SSE, replaying from any `since`.
 *
 * Every change is written first and acted on after (dispatch, broadcast, D1), so an eviction between the two
 * loses nothing: the alarm re-dispatches what was marked dispatched but never completed.
 */
export class RunCoordinator extends DurableObject<Env> {
  readonly #schema: SchemaGate;
  readonly #store: RunStore;
  /** Live event streams: hibernatable WebSockets and SSE, with their caps and periodic checks. */
  readonly #streams: EventStreams;
  /** Test fault (Faults.evictAfter): the next alarm evicts this object, as the platform may at any time. */
  #evictPending = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#schema = new SchemaGate(ctx, COORDINATOR_SCHEMA);
    this.#store = new RunStore(ctx.storage.sql);
    this.#streams = new EventStreams(ctx, env);
    // Clients keep sockets alive with "ping" without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /** The dispatch policy for `run` (the caller has read it already: the row is not read again here). */
  #policyFor(run: RunRow | undefined): Policy {
    const configured = Number(this.env.TASK_TIMEOUT_MS);
    let timeout = Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_POLICY.taskTimeoutMs;
    // An llm task may wait for a slot and call every provider (with a repair) before it answers: its deadline
    // covers that, so a slow provider is not mistaken for a lost task.
    if (run?.engineUsed === "llm") timeout += llmTaskAllowanceMs(this.env);
    return {
      ...DEFAULT_POLICY,
      taskTimeoutMs: timeout,
      maxInFlight: run?.features.parallelism ?? DEFAULT_POLICY.maxInFlight,
    };
  }

  async ping(): Promise<PingReply> {
    const { version, createdAt } = this.#schema.ready();
    return { object: "RunCoordinator", schemaVersion: version, createdAt };
  }

  // ── RPC ──────────────────────────────────────────────────────────────────────────────────────────────────────

  async start(input: StartInput): Promise<StartReply> {
    this.#schema.ready();
    const existing = this.#store.run();
    if (existing) {
      if (existing.inputHash !== input.inputHash) return { status: "conflict" };
      // The same request again (an Idempotency-Key retried): it also resumes, at once, a run whose first start
      // died before its first step (advancing is idempotent: a run under way only re-arms).
      await this.#recover(existing);
      if (!TERMINAL_STATUSES.has(existing.status)) await this.#advance();
      return { status: "exists", runStatus: this.#store.run()?.status ?? existing.status };
    }
    const now = Date.now();
    // Armed before the run is written: whatever stops this call after the write, the alarm finds the run and
    // moves it on (#recover). Without it a crash here left a run "running" forever, never retained or wiped.
    await this.ctx.storage.setAlarm(now + RECOVERY_DELAY_MS);
    this.#store.createRun({
      runId: input.runId,
      owner: input.owner,
      mode: input.mode,
      engine: input.engine,
      engineUsed: input.engineUsed,
      tokenBudget: input.tokenBudget,
      status: "running",
      input: input.input,
      inputHash: input.inputHash,
      ...(input.faults ? { faults: input.faults } : {}),
      ...(input.keyBudget ? { keyBudget: input.keyBudget } : {}),
      features: input.features,
      progress: 0,
      degradation: "none",
      createdAt: now,
      updatedAt: now,
    });
    const tasks = initialGraph();
    refresh(tasks);
    this.#store.saveTasks(tasks);
    this.#emit(
      { type: "run.started", message: `${input.mode === "tailor" ? "Tailoring" : "Analysis"} started`, percent: 0 },
      now,
    );
    if (input.faults?.crashAfterWrite) {
      // Test fault: what is written so far is made durable, then the object dies as a crash would.
      await this.ctx.storage.sync();
      this.ctx.abort("test fault: died after writing the run");
    }
    await this.#syncIndex(now);
    await this.#advance();
    return { status: "created", runStatus: this.#store.run()?.status ?? "running" };
  }

  /** A consumer delivering `attempt` of `taskId` asks for its work. Only the current attempt of a dispatched task gets it. */
  async claim(taskId: string, attempt: number): Promise<ClaimReply> {
    this.#schema.ready();
    const run = this.#store.run();
    const task = this.#store.task(taskId);
    if (!run || !task) return { status: "stale", reason: "unknown_task" };
    if (TERMINAL_STATUSES.has(run.status)) return { status: "stale", reason: "run_finished" };
    if (task.attempt !== attempt) return { status: "stale", reason: "superseded" };
    if (task.state !== "dispatched") return { status: "stale", reason: "not_dispatched" };
    const payload = payloadFor(task, this.#data(run.input.jobDescription, run.mode));
    return {
      status: "claimed",
      taskId,
      attempt,
      owner: run.owner,
      engine: run.engineUsed,
      features: run.features,
      now: run.createdAt,
      payload,
      ...(run.faults ? { faults: run.faults } : {}),
    };
  }

  /** A task's output. Applied once, for the current attempt; late or duplicate reports are dropped. */
  async complete(taskId: string, attempt: number, output: TaskOutput, report: TaskReport): Promise<FailReply> {
    this.#schema.ready();
    const run = this.#store.run();
    const task = this.#store.task(taskId);
    if (!run || !task || TERMINAL_STATUSES.has(run.status) || task.attempt !== attempt || task.state !== "dispatched")
      return { applied: false };
    const now = Date.now();
    this.#store.saveOutput(taskId, output);
    if (report.cacheKey) this.#store.rememberCacheKey(report.cacheKey);
    markSucceeded(task);
    this.#store.saveTasks([task]);
    this.#metric(task, "succeeded", report, now);
    if (report.fallback)
      this.#emitTask(task, "task.fallback", `${task.id} ran on the local engine: ${report.fallback}`, now);
    const via = report.cacheHit ? " (cached)" : report.provider ? ` (${report.provider})` : "";
    this.#emitTask(task, "task.succeeded", `${task.id} done${via}`, now);
    if (run.faults?.evictAfter?.includes(taskId)) this.#evictPending = true;
    await this.#advance();
    return { applied: true };
  }

  /** A task's attempt failed: retried, moved to the local engine in this object, or failed — see graph.afterFailure. */
  async fail(
    taskId: string,
    attempt: number,
    error: { code: string; message: string; retryable: boolean },
  ): Promise<FailReply> {
    this.#schema.ready();
    const run = this.#store.run();
    const task = this.#store.task(taskId);
    if (!run || !task || TERMINAL_STATUSES.has(run.status) || task.attempt !== attempt || task.state !== "dispatched")
      return { applied: false };
    const now = Date.now();
    this.#metric(task, "failed", { latencyMs: 0, cacheHit: false, engine: "local" }, now);
    this.#failed(task, `${error.code}: ${error.message}`, error.retryable, now);
    await this.#advance();
    return { applied: true };
  }

  /**
   * Reserves `tokens` of the run's budget for one LLM call of the current attempt of `taskId`: the estimate plus its
   * margin, before the call. Denied when it would not fit — the task then runs on the local engine instead.
   */
  async reserve(
    taskId: string,
    attempt: number,
    tokens: number,
  ): Promise<{ granted: boolean; reservation?: string; refusedBy?: "run" | "key" }> {
    this.#schema.ready();
    const run = this.#store.run();
    const task = this.#store.task(taskId);
    if (!run || !task || TERMINAL_STATUSES.has(run.status) || task.attempt !== attempt || task.state !== "dispatched") {
      return { granted: false, refusedBy: "run" };
    }
    const amount = Math.ceil(tokens);
    const reservation = this.#store.reserve(run, taskId, amount, Date.now());
    if (!reservation) return { granted: false, refusedBy: "run" };
    if (!run.keyBudget) return { granted: true, reservation };
    // The key's daily budget, shared with its other runs, must agree too.
    let hold: { granted: boolean; hold?: string };
    try {
      hold = await this.env.KEY_BUDGET.getByName(run.keyBudget.keyId).hold(run.keyBudget.dailyTokens, amount);
    } catch {
      hold = { granted: false };
    }
    if (!hold.granted || !hold.hold) {
      this.#store.release(reservation);
      return { granted: false, refusedBy: "key" };
    }
    this.#store.attachHold(reservation, hold.hold);
    return { granted: true, reservation };
  }

  /** Settles a reservation from the tokens the provider reported using (and the key's hold with it). */
  async settle(reservation: string, used: number): Promise<void> {
    this.#schema.ready();
    const settled = this.#store.settle(reservation, used);
    const keyId = this.#store.run()?.keyBudget?.keyId;
    if (settled.keyHold && keyId) await this.env.KEY_BUDGET.getByName(keyId).settle(settled.keyHold, used);
  }

  /**
   * Tenancy: every read and write of a run names the caller's owner; another owner's run does not exist for them.
   * `owner` undefined is the service itself (the queue consumer, the admin token).
   */
  #owned(owner: string | undefined) {
    const run = this.#store.run();
    return run && (owner === undefined || run.owner === owner) ? run : undefined;
  }

  async cancel(owner?: string): Promise<RunView | null> {
    this.#schema.ready();
    const run = this.#owned(owner);
    if (!run) return null;
    if (TERMINAL_STATUSES.has(run.status)) return this.#view();
    const now = Date.now();
    const tasks = this.#store.tasks();
    this.#store.saveTasks(abandon(tasks, "cancelled"));
    await this.#finish({ status: "running", failed: [] }, now, "cancelled");
    return this.#view();
  }

  /** Who the run belongs to: what a browser's events token is checked against. */
  async owner(): Promise<string | null> {
    this.#schema.ready();
    return this.#store.run()?.owner ?? null;
  }

  async status(owner?: string): Promise<RunView | null> {
    this.#schema.ready();
    const run = this.#owned(owner);
    if (!run) return null;
    await this.#recover(run);
    return this.#view();
  }

  /**
   * The tailored resume with only the edits `keep` names (the user's review), or null when the run is not the
   * caller's or has no tailored resume yet.
   */
  async tailored(owner: string | undefined, keep: readonly string[]): Promise<TailoredView | null> {
    this.#schema.ready();
    const run = this.#owned(owner);
    const result = this.#store.output<RunResult>(RESULT);
    const parse = this.#store.output<ParseOutput>("parse");
    if (!run || !result?.tailored || !parse) return null;
    return tailoredWith(parse, result, new Set(keep), run.createdAt);
  }

  async result(): Promise<RunResult | null> {
    this.#schema.ready();
    return this.#store.output<RunResult>(RESULT) ?? null;
  }

  /** Deletes every trace of the run: cache entries, the D1 index row and metrics, and this object's storage. */
  async purge(owner?: string): Promise<boolean> {
    this.#schema.ready();
    const run = this.#owned(owner);
    if (!run) return false;
    await this.#wipe(run.runId, true);
    return true;
  }

  // ── Alarm: deadlines, retries and retention ──────────────────────────────────────────────────────────────────

  override async alarm(): Promise<void> {
    this.#schema.ready();
    if (this.#evictPending) {
      // Test fault: everything written so far is made durable, then the object is reset as an eviction would.
      // The alarm fails with it and is retried on a fresh instance, which carries on from storage.
      this.#evictPending = false;
      await this.ctx.storage.sync();
      this.ctx.abort("test fault: evicted mid-run");
    }
    const run = this.#store.run();
    if (!run) return;
    const now = Date.now();
    if (run.streamCheckAt !== undefined && now >= run.streamCheckAt) {
      const again = await this.#streams.check(run, TERMINAL_STATUSES.has(run.status));
      this.#store.setStreamCheck(again ? now + STREAM_CHECK_MS : undefined);
    }
    if (TERMINAL_STATUSES.has(run.status)) {
      // Retention: the run's content goes; its metadata row in D1 stays.
      if (run.retentionAt !== undefined && now >= run.retentionAt) {
        await this.#wipe(run.runId, false);
        return;
      }
      if (run.indexedStatus !== run.status) await this.#syncIndex(now);
      await this.#arm();
      return;
    }
    const tasks = this.#store.tasks();
    for (const task of overdue(tasks, now)) this.#failed(task, "lost: no result before the deadline", true, now);
    if (run.indexedStatus === undefined) await this.#syncIndex(now);
    await this.#advance();
  }

  // ── Events: WebSocket (hibernatable) and SSE ────────────────────────────────────────────────────────────────

  override async fetch(request: Request): Promise<Response> {
    this.#schema.ready();
    const run = this.#store.run();
    if (!run) return new Response(null, { status: 404 });
    await this.#recover(run);
    const current = this.#store.run() ?? run;
    const url = new URL(request.url);
    const since = Math.max(0, Number(url.searchParams.get("since") ?? request.headers.get("Last-Event-ID") ?? 0) || 0);
    const finished = TERMINAL_STATUSES.has(current.status);
    const response = await this.#streams.open(request, current, this.#store.events(since), finished);
    // Open streams are checked every minute (the key still valid, leases renewed) until none is left. A finished
    // run's SSE stream has ended already; its socket stays open until the check closes it.
    const lasting = response.status === 101 || (response.status === 200 && !finished);
    if (lasting && this.#store.run()?.streamCheckAt === undefined) {
      this.#store.setStreamCheck(Date.now() + STREAM_CHECK_MS);
      await this.#arm();
    }
    return response;
  }

  override async webSocketMessage(): Promise<void> {
    // Clients only listen; "ping" is answered by the auto-response without waking the object.
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    // Answer the close frame, or the client sees 1006.
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
    await this.#socketGone(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.#socketGone(ws);
  }

  /** A socket that ended gives its key's lease back. */
  async #socketGone(ws: WebSocket): Promise<void> {
    const id = this.#streams.idOf(ws);
    const owner = this.#store.run()?.owner;
    if (id && owner) await this.#streams.release([id], owner);
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Puts right what a crash between two steps can leave: a run with no alarm (nothing would ever move it, retain
   * or wipe it) and a run whose D1 row is missing or stale (absent from lists and metrics). Called by every entry
   * point that touches a run — start retried, status, events, the alarm — so whoever comes first repairs it.
   */
  async #recover(run: RunRow): Promise<void> {
    if (run.indexedStatus !== run.status) await this.#syncIndex(Date.now());
    if ((await this.ctx.storage.getAlarm()) !== null) return;
    // A running run without an alarm died mid-step: carry on from storage (advancing is idempotent).
    if (TERMINAL_STATUSES.has(run.status)) await this.#arm();
    else await this.#advance();
  }

  /** Writes the run's D1 row as the run now stands, and remembers that it did (a failure is retried later). */
  async #syncIndex(now: number): Promise<void> {
    const run = this.#store.run();
    if (!run) return;
    const written = TERMINAL_STATUSES.has(run.status) ? await this.#recordEnd(now) : await this.#indexRun(run, now);
    if (written) this.#store.markIndexed(run.status);
  }

  #data(jobText: string, mode: "tailor" | "analyze") {
    const data: Parameters<typeof payloadFor>[1] = {
      jobText,
      mode,
      analyzed: (chunkId) => this.#store.output<AnalyzeOutput>(`analyze:${chunkId}`),
    };
    const parse = this.#store.output<ParseOutput>("parse");
    const requirements = this.#store.output<RequirementsOutput>("requirements");
    const score = this.#store.output<MatchResult>("score");
    if (parse) data.parse = parse;
    if (requirements) data.requirements = requirements;
    if (score) data.score = score;
    return data;
  }

  /**
   * Moves the graph as far as it can go now: readiness, the steps this object runs itself (one at a time, each
   * written before the next), then the queue tasks it may send. Ends the run when every task has finished.
   */
  async #advance(): Promise<void> {
    const run = this.#store.run();
    if (!run || TERMINAL_STATUSES.has(run.status)) return;
    const now = Date.now();
    let toSend: Task[] = [];
    for (let guard = 0; guard < 500; guard++) {
      const tasks = this.#store.tasks();
      const changed = refresh(tasks);
      this.#store.saveTasks(changed);
      for (const t of changed.filter((x) => x.state === "skipped"))
        this.#emitTask(t, "task.failed", `${t.id} skipped: ${t.error ?? ""}`, now);
      const state = outcome(tasks);
      if (state.status === "failed") {
        this.#store.saveTasks(abandon(tasks, `run failed: ${state.errorCode}`));
        await this.#finish(state, now);
        return;
      }
      if (state.status !== "running") {
        await this.#finish(state, now);
        return;
      }
      const here = runnableHere(tasks, now)[0];
      if (here) {
        this.#runHere(here, run.input.jobDescription, run.createdAt, run.faults, now);
        continue;
      }
      const policy = this.#policyFor(run);
      toSend = dispatchable(tasks, now, policy);
      for (const t of toSend) {
        markDispatched(t, now, policy);
        this.#emitTask(t, "task.started", t.attempt > 1 ? `${t.id} sent (attempt ${t.attempt})` : `${t.id} sent`, now);
      }
      this.#store.saveTasks(toSend);
      break;
    }
    this.#updateProgress(now);
    if (toSend.length > 0) await this.#send(run.runId, toSend);
    await this.#arm();
  }

  /** Runs one step in this object: its own kinds, or a queue task that fell back to the local engine. */
  #runHere(task: Task, jobText: string, runStart: number, faults: Faults | undefined, now: number): void {
    const started = performance.now();
    if (!task.inline) this.#emitTask(task, "task.started", `${task.id} started`, now);
    try {
      const output = this.#step(task, jobText, runStart, faults);
      this.#store.saveOutput(task.id, output);
      markSucceeded(task);
      this.#store.saveTasks([task]);
      if (task.inline) {
        // The task's queue attempts ran out: it ran here on the local engine — a fallback for an llm run.
        const fallback =
          this.#store.run()?.engineUsed === "llm"
            ? `queue attempts exhausted (${task.error ?? "no result"})`
            : undefined;
        this.#metric(
          task,
          "fallback",
          {
            latencyMs: performance.now() - started,
            cacheHit: false,
            engine: "local",
            ...(fallback ? { fallback } : {}),
          },
          now,
        );
      }
      this.#emitTask(
        task,
        "task.succeeded",
        task.inline ? `${task.id} done on the local engine` : `${task.id} done`,
        now,
      );
    } catch (error) {
      console.error(JSON.stringify({ event: "step_failed", taskId: task.id, error: String(error) }));
      this.#failed(task, `step_failed: ${error instanceof Error ? error.message : String(error)}`, false, now);
    }
  }

  #step(task: Task, jobText: string, runStart: number, faults: Faults | undefined): unknown {
    const run = this.#store.run();
    if (!run) throw new Error("no run");
    if (task.inline || task.local) {
      const payload = payloadFor(task, this.#data(jobText, run.mode));
      return executeLocal(task.id, payload, runStart, faults);
    }
    switch (task.kind) {
      case "parse": {
        if (faults?.fail?.includes(task.id)) throw new Error(`injected fault for ${task.id}`);
        const parsed = parseStep(run.input.resume, runStart, { chunking: run.features.chunking });
        const tasks = this.#store.tasks();
        const expanded = expandGraph(run.mode, parsed.analyze, parsed.tailor);
        const grown = (run.engineUsed === "llm" ? markModelFree(expanded, parsed) : expanded).filter(
          (t) => !tasks.some((x) => x.id === t.id),
        );
        this.#store.saveTasks(grown);
        return parsed;
      }
      case "merge": {
        const section = task.section as string;
        const chunks = task.deps
          .filter((id) => id.startsWith("analyze:"))
          .map((id) => {
            const output =
              this.#store.task(id)?.state === "succeeded" ? this.#store.output<AnalyzeOutput>(id) : undefined;
            return output ? { taskId: id, output } : { taskId: id };
          });
        return mergeStep(section, chunks);
      }
      case "score": {
        const parse = this.#store.output<ParseOutput>("parse");
        const requirements = this.#store.output<RequirementsOutput>("requirements");
        if (!parse || !requirements) throw new Error("score needs the parsed resume and the requirements");
        const merges = task.deps
          .filter((id) => id.startsWith("merge:"))
          .flatMap((id) => this.#store.output<MergeOutput>(id) ?? []);
        const analysis = scoreStep(parse, requirements, merges, runStart, {
          sectionAnalyzers: run.features.sectionAnalyzers,
        });
        if (run.mode === "analyze") this.#store.saveOutput(RESULT, analysisResult(analysis, this.#finishing(merges)));
        return analysis;
      }
      case "verify": {
        const parse = this.#store.output<ParseOutput>("parse");
        if (!parse) throw new Error("verify needs the parsed resume");
        const proposed = task.deps
          .filter((id) => id.startsWith("tailor:") && this.#store.task(id)?.state === "succeeded")
          .map((id) => this.#store.output<ProposedEdit[]>(id) ?? []);
        return verifyStep(parse.resume, proposed);
      }
      case "assemble": {
        const parse = this.#store.output<ParseOutput>("parse");
        const analysis = this.#store.output<MatchResult>("score");
        const edits = this.#store.output<Edit[]>("verify");
        if (!parse || !analysis || !edits)
          throw new Error("assemble needs the parse, the score and the verified edits");
        const merges = this.#store
          .tasks()
          .filter((t) => t.kind === "merge")
          .flatMap((t) => this.#store.output<MergeOutput>(t.id) ?? []);
        const result = assembleStep(parse, analysis, edits, runStart, this.#finishing(merges));
        this.#store.saveOutput(RESULT, result);
        return { edits: edits.length };
      }
      default:
        throw new Error(`${task.id} is a queue task`);
    }
  }

  /** Usage, timings and what is missing, for the result. */
  #finishing(merges: readonly MergeOutput[]) {
    const metrics = this.#store.metrics();
    const tasks = this.#store.tasks();
    const failed = tasks.filter((t) => t.state === "failed" || t.state === "skipped").map((t) => t.id);
    const notAnalyzed = merges.filter((m) => m.missing.length > 0).map((m) => m.section);
    const timings: Record<string, number> = {};
    for (const m of metrics) timings[m.kind] = Math.round(((timings[m.kind] ?? 0) + m.latencyMs) * 100) / 100;
    const run = this.#store.run();
    return {
      usage: {
        llmCalls: metrics.reduce((s, m) => s + m.llmCalls, 0),
        cacheHits: metrics.filter((m) => m.cacheHit).length,
        tokensIn: metrics.reduce((s, m) => s + m.tokensIn, 0),
        tokensOut: metrics.reduce((s, m) => s + m.tokensOut, 0),
        costUsd: Math.round(metrics.reduce((s, m) => s + m.costUsd, 0) * 1e6) / 1e6,
      },
      timings,
      degradation: degradationOf(run?.engineUsed ?? "local", metrics, run?.mode),
      ...(failed.length > 0 || notAnalyzed.length > 0 ? { incomplete: { tasks: failed, sections: notAnalyzed } } : {}),
    };
  }

  #failed(task: Task, error: string, retryable: boolean, now: number): void {
    const decision = afterFailure(task, now, this.#policyFor(this.#store.run()), error, retryable);
    this.#store.saveTasks([task]);
    if (decision === "retry") this.#emitTask(task, "task.retrying", `${task.id} failed (${error}); retrying`, now);
    else if (decision === "fallback")
      this.#emitTask(task, "task.fallback", `${task.id} failed (${error}); running it on the local engine`, now);
    else this.#emitTask(task, "task.failed", `${task.id} failed: ${error}`, now);
  }

  async #finish(state: Outcome, now: number, cancelled?: "cancelled"): Promise<void> {
    const run = this.#store.run();
    if (!run || TERMINAL_STATUSES.has(run.status)) return;
    const status = cancelled ?? state.status;
    if (status === "running") return;
    const retentionDays = Number(this.env.RUN_RETENTION_DAYS) > 0 ? Number(this.env.RUN_RETENTION_DAYS) : 7;
    const result = this.#store.output<RunResult>(RESULT);
    const merges = this.#store
      .tasks()
      .filter((t) => t.kind === "merge")
      .flatMap((t) => this.#store.output<MergeOutput>(t.id) ?? []);
    const finishing = this.#finishing(merges);
    if (result && (status === "partial" || status === "succeeded"))
      this.#store.saveOutput(RESULT, { ...result, ...finishing });
    this.#store.updateRun(
      {
        status,
        finishedAt: now,
        retentionAt: now + retentionDays * DAY_MS,
        progress: status === "succeeded" || status === "partial" ? 100 : run.progress,
        degradation: finishing.degradation,
        ...(state.errorCode
          ? { errorCode: state.errorCode, errorMessage: `The run failed: ${state.failed.join(", ")}` }
          : {}),
      },
      now,
    );
    const message =
      status === "succeeded"
        ? "Run complete"
        : status === "partial"
          ? `Run complete without ${state.failed.join(", ")}`
          : status === "cancelled"
            ? "Run cancelled"
            : `Run failed (${state.errorCode})`;
    this.#emit(
      {
        type: status === "cancelled" ? "run.cancelled" : EVENT_FOR[status],
        status,
        message,
        percent: this.#store.run()?.progress ?? 0,
      },
      now,
    );
    this.#streams.endSse();
    await this.#syncIndex(now);
    await this.#arm();
  }

  #updateProgress(now: number): void {
    const run = this.#store.run();
    if (!run) return;
    const percent = Math.max(run.progress, progress(this.#store.tasks()));
    if (percent !== run.progress) this.#store.updateRun({ progress: percent }, now);
  }

  #metric(task: Task, status: string, report: TaskReport, now: number): void {
    const row: MetricRow = {
      taskId: task.id,
      kind: task.kind,
      engine: report.engine,
      status,
      attempt: task.attempt,
      latencyMs: report.latencyMs,
      tokensIn: report.tokensIn ?? 0,
      tokensOut: report.tokensOut ?? 0,
      cacheHit: report.cacheHit,
      createdAt: now,
      costUsd: report.costUsd ?? 0,
      llmCalls: report.llmCalls ?? 0,
    };
    if (report.provider) row.provider = report.provider;
    if (report.fallback) row.fallback = report.fallback;
    this.#store.recordMetric(row);
  }

  #emitTask(task: Task, type: RunEventType, message: string, now: number): void {
    this.#updateProgress(now);
    this.#emit(
      {
        type,
        taskId: task.id,
        kind: task.kind,
        status: task.state,
        message,
        percent: this.#store.run()?.progress ?? 0,
      },
      now,
    );
  }

  /** Write, then broadcast: a client that reconnects with `since` gets from storage what it missed. */
  #emit(
    event: { type: RunEventType; taskId?: string; kind?: string; status?: string; percent: number; message: string },
    now: number,
  ): RunEvent {
    const run = this.#store.run();
    const stored = this.#store.appendEvent(run?.runId ?? "", event, now);
    this.#streams.broadcast(stored);
    return stored;
  }

  async #send(runId: string, tasks: readonly Task[]): Promise<void> {
    // Test fault (Faults.duplicate): these messages go twice, as a queue may deliver them.
    const twice = new Set(this.#store.run()?.faults?.duplicate ?? []);
    const messages = tasks.flatMap((t) => {
      const message = { body: { runId, taskId: t.id, attempt: t.attempt }, contentType: "json" as const };
      return twice.has(t.id) ? [message, message] : [message];
    });
    try {
      for (let i = 0; i < messages.length; i += 100) await this.env.TASKS.sendBatch(messages.slice(i, i + 100));
    } catch (error) {
      // Marked dispatched already: the alarm finds them past their deadline and sends them again.
      console.error(JSON.stringify({ event: "dispatch_failed", runId, tasks: tasks.length, error: String(error) }));
    }
  }

  /** One alarm for every timer: the earliest task deadline or retry, or the run's retention. */
  async #arm(): Promise<void> {
    const run = this.#store.run();
    if (!run) {
      await this.ctx.storage.deleteAlarm();
      return;
    }
    const terminal = TERMINAL_STATUSES.has(run.status);
    const timers = [run.retentionAt, run.streamCheckAt].filter((t): t is number => t !== undefined);
    const later = timers.length > 0 ? Math.min(...timers) : undefined;
    const next = this.#evictPending
      ? Date.now()
      : terminal
        ? later
        : // A running run always keeps an alarm: with nothing due, a check after the recovery delay.
          (nextWake(this.#store.tasks(), later) ?? Date.now() + RECOVERY_DELAY_MS);
    if (next === undefined) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(Math.max(next, Date.now() + 1));
  }

  #view(): RunView | null {
    const run = this.#store.run();
    if (!run) return null;
    const tasks = this.#store.tasks();
    const engines = this.#store.taskEngines();
    const view: RunView = {
      id: run.runId,
      status: run.status,
      mode: run.mode,
      engine: run.engine,
      engineUsed: run.engineUsed,
      budget: { tokens: run.tokenBudget, spent: run.tokensSpent, reserved: run.tokensReserved },
      progress: run.progress,
      degradation: run.degradation,
      createdAt: new Date(run.createdAt).toISOString(),
      updatedAt: new Date(run.updatedAt).toISOString(),
      failedTasks: tasks.filter((t) => t.state === "failed" || t.state === "skipped").map((t) => t.id),
      tasks: tasks.map((t) => ({
        id: t.id,
        kind: t.kind,
        state: t.state,
        attempt: t.attempt,
        ...(t.error ? { error: t.error } : {}),
        ...(t.inline || t.local ? { engine: "local" } : {}),
        ...engines.get(t.id),
      })),
    };
    if (run.finishedAt !== undefined) view.finishedAt = new Date(run.finishedAt).toISOString();
    if (run.errorCode) view.error = { code: run.errorCode, message: run.errorMessage ?? run.errorCode };
    const result = this.#store.output<RunResult>(RESULT);
    if (result && (run.status === "succeeded" || run.status === "partial")) view.result = result;
    return view;
  }

  /** The running run's D1 row. False when D1 failed: the run goes on, and the row is written again later. */
  async #indexRun(run: RunRow, now: number): Promise<boolean> {
    try {
      await this.env.DB.prepare(
        "INSERT INTO runs (id, owner, status, mode, engine, created_at, updated_at) VALUES (?, ?, 'running', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
      )
        .bind(run.runId, run.owner, run.mode, run.engine, run.createdAt, now)
        .run();
      return true;
    } catch (error) {
      console.error(JSON.stringify({ event: "run_index_failed", runId: run.runId, error: String(error) }));
      return false;
    }
  }

  /** The run's end in D1: its index row (metadata only) and every task's metrics, in one batch. False if D1 failed. */
  async #recordEnd(now: number): Promise<boolean> {
    const run = this.#store.run();
    if (!run) return false;
    const result = this.#store.output<RunResult>(RESULT);
    const metrics = this.#store.metrics();
    const statements = [
      this.env.DB.prepare(
        `INSERT INTO runs (id, owner, status, mode, engine, created_at, updated_at, finished_at, score_before, score_after, degradation, tokens_in, tokens_out, error_code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, finished_at = excluded.finished_at,
           score_before = excluded.score_before, score_after = excluded.score_after, degradation = excluded.degradation,
           tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out, error_code = excluded.error_code`,
      ).bind(
        run.runId,
        run.owner,
        run.status,
        run.mode,
        run.engine,
        run.createdAt,
        now,
        run.finishedAt ?? now,
        result?.score.before.overall ?? null,
        result?.score.after?.overall ?? null,
        run.degradation,
        result?.usage.tokensIn ?? 0,
        result?.usage.tokensOut ?? 0,
        run.errorCode ?? null,
      ),
      ...metrics.map((m) =>
        this.env.DB.prepare(
          `INSERT INTO task_metrics (run_id, task_id, kind, engine, provider, status, attempt, latency_ms, tokens_in, tokens_out, cache_hit, created_at, cost_usd, llm_calls, fallback_reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        ).bind(
          run.runId,
          m.taskId,
          m.kind,
          m.engine === "llm" ? "llm" : "local",
          m.provider ?? null,
          normalizeStatus(m.status),
          m.attempt,
          Math.round(m.latencyMs),
          m.tokensIn,
          m.tokensOut,
          m.cacheHit ? 1 : 0,
          m.createdAt,
          Number.isFinite(m.costUsd) ? m.costUsd : 0,
          Number.isFinite(m.llmCalls) ? m.llmCalls : 0,
          // The reason's class, not its text: D1 keeps metadata only, and provider errors can quote anything.
          fallbackReason(m.status, m.fallback),
        ),
      ),
    ];
    try {
      await this.env.DB.batch(statements);
      return true;
    } catch (error) {
      console.error(JSON.stringify({ event: "run_record_failed", runId: run.runId, error: String(error) }));
      return false;
    }
  }

  /** Removes the run's content: cache entries, sockets and this object's storage; with `everything`, its D1 rows too. */
  async #wipe(runId: string, everything: boolean): Promise<void> {
    const keys = this.#store.cacheKeys();
    await Promise.all(keys.map((key) => this.env.CACHE.delete(key).catch(() => {})));
    if (everything) {
      await this.env.DB.batch([
        this.env.DB.prepare("DELETE FROM task_metrics WHERE run_id = ?").bind(runId),
        this.env.DB.prepare("DELETE FROM runs WHERE id = ?").bind(runId),
      ]);
    }
    const owner = this.#store.run()?.owner;
    if (owner) await this.#streams.closeAll(owner, 1000, everything ? "run deleted" : "run expired");
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.#schema.rebuild();
  }
}

/**
 * How far an llm run fell back to the local engine (DESIGN §7): none; minor (some tasks); moderate (tailoring
 * fell back); severe (every task that should have used a model ran locally).
 */
function degradationOf(
  engine: "local" | "llm",
  metrics: readonly MetricRow[],
  mode: "tailor" | "analyze" = "tailor",
): RunResult["degradation"] {
  if (engine === "local") return "none";
  const done = metrics.filter(
    (m) => (m.status === "succeeded" || m.status === "fallback") && (m.engine === "llm" || m.fallback),
  );
  const fell = done.filter((m) => m.fallback);
  if (fell.length === 0) return "none";
  if (fell.length === done.length) return "severe";
  // A chunk review that fell back took its rewrites with it: in a tailor run, that is tailoring falling back too.
  if (fell.some((m) => m.kind === "tailor" || (mode === "tailor" && m.kind === "analyze"))) return "moderate";
  return "minor";
}

/** Metric statuses as D1's task_metrics allows them. */
function normalizeStatus(status: string): string {
  return ["succeeded", "failed", "retrying", "fallback", "cancelled"].includes(status) ? status : "failed";
}
