/**
 * `npm run bench:load -- [--runs N] [--concurrency C] [--profile NAME] [--duration S] [--base-url URL --api-key K]`
 *
 * Many tailor runs at once against `wrangler dev` on loopback and two mock OpenAI-compatible providers
 * (bench/mock-llm, 1 s ± 0.3 s per answer) under a fault profile, each followed over its WebSocket to the end.
 * Starts and stops everything it needs (or targets a running service with --base-url), creates its own API key,
 * and reports against the plan's success metrics into bench/results and docs/BENCHMARKS.md. Bounded: at most
 * --runs runs and --duration seconds of starting them; every run has a deadline after which it counts as lost.
 * Exits non-zero when a run is lost or an event missed (CI runs `--runs 5 --profile mixed`).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type RunEvent, type RunStatus, type RunView, TERMINAL_STATUSES } from "../src/domain/run.ts";
import { DATA_DIR, loadJobs, loadResumes } from "./lib/data.ts";
import { histogramSvg } from "./lib/histogram-svg.ts";
import { publish } from "./lib/report.ts";
import { type RunTiming, runAndFollow } from "./lib/run-client.ts";
import { checkEvents, histogram, queuedTaskTimes, summarize, tally } from "./lib/stats.ts";
import { type MockLlm, type MockOptions, startMockLlm } from "./mock-llm/server.ts";

const ROOT = join(import.meta.dirname, "..");

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "100" },
    concurrency: { type: "string" },
    profile: { type: "string", default: "clean" },
    duration: { type: "string", default: "900" },
    port: { type: "string" },
    "base-url": { type: "string" },
    "api-key": { type: "string" },
    "run-deadline": { type: "string", default: "240" },
    /** The kill profile: how many times the server is killed mid-creation. */
    kills: { type: "string", default: "3" },
    "no-fanout": { type: "boolean", default: false },
    /** Print the report only (CI's smoke run): bench/results and docs/BENCHMARKS.md stay as they are. */
    "no-report": { type: "boolean", default: false },
  },
});

// ── Profiles ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Profile {
  description: string;
  /** Mock settings for the first and the second provider (on top of 1 s ± 0.3 s). */
  a: Partial<MockOptions>;
  b: Partial<MockOptions>;
  /**
   * 429 windows on the first provider: every `everyS` seconds, `forS` seconds in which every request is refused
   * with a Retry-After of the time left — a rate limit that ends when it says it will.
   */
  bursts?: { everyS: number; forS: number };
  /** Shares of runs with a platform fault: a task's queue message delivered twice, the run's object evicted. */
  platform?: { duplicate: number; evict: number };
  /** Not a load profile but a crash: bench/lib/crash.ts kills the dev server mid-creation and counts stuck runs. */
  kill?: boolean;
}

const PROFILES: Record<string, Profile> = {
  clean: { description: "healthy providers", a: {}, b: {} },
  flaky: { description: "10% of calls answer 5xx, both providers", a: { errorRate: 0.1 }, b: { errorRate: 0.1 } },
  "rate-limited": {
    description: "429 for 3 s in every 10 s on the first provider (Retry-After: the time left)",
    a: {},
    b: {},
    bursts: { everyS: 10, forS: 3 },
  },
  slow: {
    description: "10% of calls take 5–20 s (timeout 10 s), both providers",
    a: { tailRate: 0.1, tailMinMs: 5_000, tailMaxMs: 20_000 },
    b: { tailRate: 0.1, tailMinMs: 5_000, tailMaxMs: 20_000 },
  },
  "one-down": { description: "the first provider refuses every connection", a: { down: true }, b: {} },
  garbage: {
    description: "5% of answers are not valid JSON, both providers",
    a: { malformedRate: 0.05 },
    b: { malformedRate: 0.05 },
  },
  kill: {
    description:
      "the dev server is killed (SIGKILL, whole process group) while runs are being created, then restarted on the same state",
    a: {},
    b: {},
    kill: true,
  },
  mixed: {
    description:
      "5% 5xx, 3% malformed, 3% slow tail, 429 for 2 s in every 15 s; 20% of runs get a duplicated queue message, 10% an evicted coordinator",
    a: { errorRate: 0.05, malformedRate: 0.03, tailRate: 0.03, tailMinMs: 5_000, tailMaxMs: 20_000 },
    b: { errorRate: 0.05, malformedRate: 0.03 },
    bursts: { everyS: 15, forS: 2 },
    platform: { duplicate: 0.2, evict: 0.1 },
  },
};

const profileName = args.profile ?? "clean";
const profile = PROFILES[profileName];
if (!profile) {
  console.error(`bench:load: unknown profile ${profileName}; one of ${Object.keys(PROFILES).join(", ")}`);
  process.exit(2);
}
const RUNS = Math.max(1, Number(args.runs));
const CONCURRENCY = Math.max(1, Number(args.concurrency ?? RUNS));
const DURATION_MS = Math.max(1, Number(args.duration)) * 1000;
const RUN_DEADLINE_MS = Math.max(10, Number(args["run-deadline"])) * 1000;
const LATENCY: Partial<MockOptions> = { latencyMs: 1_000, jitterMs: 300 };

// ── Inputs: real resumes and postings when the shared data set is there, else the project's fixtures ────────────

interface Pair {
  resume: string;
  job: string;
}

function loadPairs(): { pairs: Pair[]; source: string } {
  if (
    existsSync(join(DATA_DIR, "resumes_dotin_train.jsonl")) &&
    existsSync(join(DATA_DIR, "jobs_skillspan_train.jsonl"))
  ) {
    const resumes = loadResumes()
      .map((r) => r.text)
      .filter((t) => {
        const words = t.split(/\s+/).length;
        return words >= 300 && words <= 1_000;
      });
    // 20 postings shared by the runs: many resumes against one posting is the common case (and what caches).
    const jobs = loadJobs()
      .map((j) => j.text)
      .filter((t) => t.length > 1_000 && t.length < 6_000)
      .slice(0, 20);
    return {
      pairs: resumes.map((resume, i) => ({ resume, job: jobs[i % jobs.length] as string })),
      source: "shared data set",
    };
  }
  const fixture = (name: string) => readFileSync(join(ROOT, "test", "fixtures", name), "utf8");
  const resumes = ["resume-backend.md", "resume-nurse.txt"].filter((f) =>
    existsSync(join(ROOT, "test", "fixtures", f)),
  );
  const jobs = ["job-platform.txt", "job-nurse.txt"].filter((f) => existsSync(join(ROOT, "test", "fixtures", f)));
  return {
    pairs: resumes.map((r, i) => ({ resume: fixture(r), job: fixture(jobs[i % jobs.length] as string) })),
    source: "project fixtures",
  };
}

// ── The service under test ─────────────────────────────────────────────────────────────────────────────────────

interface Target {
  baseUrl: string;
  /** One key per 20 runs: the harness plays many customers, each within the per-key rate limit. */
  apiKeys: string[];
  /** Each key's id (its runs' owner), in the same order. */
  keyIds: string[];
  /** kill -9 of the dev server, then the same server started again on the same state (a new base URL). */
  crash?(): Promise<void>;
  adminToken?: string;
  mocks?: { a: MockLlm; b: MockLlm };
  peakRssMb(): number;
  /** CPU seconds the dev server has used so far (0 for a remote target). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

function devVar(name: string): string | undefined {
  const file = join(ROOT, ".dev.vars");
  if (!existsSync(file)) return undefined;
  return new RegExp(`^${name}=(.*)$`, "m").exec(readFileSync(file, "utf8"))?.[1]?.trim().replace(/^"|"$/g, "");
}

async function startTarget(): Promise<Target> {
  if (args["base-url"]) {
    if (!args["api-key"]) throw new Error("--base-url needs --api-key");
    return {
      baseUrl: args["base-url"],
      apiKeys: [args["api-key"]],
      keyIds: [],
      peakRssMb: () => 0,
      cpuSeconds: () => 0,
      stop: async () => {},
    };
  }
  const { startDevServer } = await import("./lib/dev-server.ts");
  const mocks = {
    a: await startMockLlm({ ...LATENCY, seed: 101, ...profile?.a }),
    b: await startMockLlm({ ...LATENCY, seed: 202, ...profile?.b }),
  };
  // wrangler reads required secrets from .dev.vars when it exists; otherwise ours are passed as vars.
  const adminToken = devVar("ADMIN_TOKEN") ?? randomBytes(24).toString("base64url");
  const persistTo = join(ROOT, ".wrangler", `load-state-${profileName}`);
  rmSync(persistTo, { recursive: true, force: true });
  const serverOptions = {
    ...(args.port ? { port: Number(args.port) } : {}),
    persistTo,
    vars: {
      ALLOW_ANONYMOUS: "false",
      ALLOW_TEST_FAULTS: "true",
      ADMIN_TOKEN: adminToken,
      RUN_TOKEN_SECRET: devVar("RUN_TOKEN_SECRET") ?? randomBytes(24).toString("base64url"),
      LLM_PROVIDERS: JSON.stringify(
        ["a", "b"].map((name) => ({
          name: `mock-${name}`,
          baseURL: mocks[name as "a" | "b"].url,
          model: `mock-${name}`,
          apiKeyVar: `MOCK_${name.toUpperCase()}_KEY`,
          timeoutMs: 10_000,
          maxConcurrency: 32,
          inputPricePerMTok: 0.15,
          outputPricePerMTok: 0.6,
        })),
      ),
      MOCK_A_KEY: "load-a",
      MOCK_B_KEY: "load-b",
    },
  };
  let server = await startDevServer(serverOptions);
  const apiKeys: string[] = [];
  const keyIds: string[] = [];
  for (let i = 0; i < Math.ceil((RUNS + 1) / 20); i++) {
    const created = await fetch(`${server.baseUrl}/v1/admin/keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: `bench:load ${profileName} #${i + 1}` }),
    });
    if (created.status !== 201) {
      await server.stop();
      await Promise.all([mocks.a.close(), mocks.b.close()]);
      throw new Error(`could not create an API key: ${created.status} ${await created.text()}`);
    }
    const key = (await created.json()) as { key: string; id: string };
    apiKeys.push(key.key);
    keyIds.push(key.id);
  }
  const target: Target = {
    baseUrl: server.baseUrl,
    apiKeys,
    keyIds,
    adminToken,
    mocks,
    async crash() {
      await server.kill();
      server = await startDevServer(serverOptions);
      target.baseUrl = server.baseUrl;
    },
    peakRssMb: () => server.peakRssMb(),
    cpuSeconds: () => server.cpuSeconds(),
    stop: async () => {
      await server.stop();
      await Promise.all([mocks.a.close(), mocks.b.close()]);
    },
  };
  return target;
}

interface ProviderCounters {
  name: string;
  state: string;
  counters?: Record<string, number>;
}

async function providers(target: Target): Promise<ProviderCounters[]> {
  const body = (await (await fetch(`${target.baseUrl}/v1/health`)).json()) as { providers?: ProviderCounters[] };
  return body.providers ?? [];
}

const keyFor = (target: Target, index: number) =>
  target.apiKeys[Math.floor(index / 20) % target.apiKeys.length] as string;

async function view(target: Target, id: string, key: string): Promise<RunView | undefined> {
  const response = await fetch(`${target.baseUrl}/v1/runs/${id}`, { headers: { Authorization: `Bearer ${key}` } });
  return response.status === 200 ? ((await response.json()) as RunView) : undefined;
}

// ── One run, and the 50-watcher fan-out ────────────────────────────────────────────────────────────────────────

interface Outcome {
  index: number;
  timing?: RunTiming;
  error?: string;
  faults?: Record<string, string[]>;
}

function faultsFor(index: number): Record<string, string[]> | undefined {
  const p = profile?.platform;
  if (!p) return undefined;
  // Deterministic shares: the same run numbers get the same faults on every rerun.
  const x = ((index * 2654435761) % 1000) / 1000;
  if (x < p.evict) return { evictAfter: ["requirements"] };
  if (x < p.evict + p.duplicate) return { duplicate: ["requirements", "analyze:experience#0", "tailor:summary#0"] };
  return undefined;
}

async function fanOut(target: Target, pair: Pair): Promise<{ watchers: number; complete: number; events: number }> {
  const response = await fetch(`${target.baseUrl}/v1/runs`, {
    method: "POST",
    headers: { Authorization: `Bearer ${target.apiKeys.at(-1)}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      resume: pair.resume,
      jobDescription: `${pair.job}\n\nRef: fan-out`,
      options: { mode: "tailor" },
    }),
  });
  if (response.status !== 202) throw new Error(`fan-out run: ${response.status} ${await response.text()}`);
  const { id, eventsToken } = (await response.json()) as { id: string; eventsToken: string };
  const watch = () =>
    new Promise<RunEvent[]>((resolve) => {
      const events: RunEvent[] = [];
      const ws = new WebSocket(
        `${target.baseUrl.replace(/^http/, "ws")}/v1/runs/${id}/events?token=${encodeURIComponent(eventsToken)}`,
      );
      const timer = setTimeout(() => {
        ws.close();
        resolve(events);
      }, RUN_DEADLINE_MS);
      ws.addEventListener("message", (m) => {
        const e = JSON.parse(String(m.data)) as RunEvent;
        events.push(e);
        if (e.type.startsWith("run.") && e.type !== "run.started") {
          clearTimeout(timer);
          ws.close(1000);
          resolve(events);
        }
      });
      ws.addEventListener("error", () => {
        clearTimeout(timer);
        resolve(events);
      });
    });
  const all = await Promise.all(Array.from({ length: 50 }, watch));
  const reference = all.reduce((longest, e) => (e.length > longest.length ? e : longest), [] as RunEvent[]);
  const complete = all.filter((events) => {
    const check = checkEvents(events);
    return (
      check.missing === 0 &&
      check.outOfOrder === 0 &&
      check.terminal &&
      events.length === reference.length &&
      events.every((e, i) => e.seq === reference[i]?.seq && e.type === reference[i]?.type)
    );
  }).length;
  return { watchers: all.length, complete, events: reference.length };
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────────────────────

const { pairs, source } = loadPairs();
if (pairs.length === 0) throw new Error("no resumes to run");
console.log(
  `bench:load: ${RUNS} runs, ${CONCURRENCY} at once, profile ${profileName} (${profile.description}), ${source}`,
);
const target = await startTarget();
let burstTimer: ReturnType<typeof setInterval> | undefined;
let exitCode = 0;
if (profile.kill) {
  try {
    const { crashDuringCreation } = await import("./lib/crash.ts");
    exitCode = await crashDuringCreation(target, pairs, {
      runs: RUNS,
      kills: Math.max(1, Number(args.kills)),
      profile: profileName,
      description: profile.description,
      deadlineMs: RUN_DEADLINE_MS,
      report: !args["no-report"],
    });
  } finally {
    await target.stop();
  }
  process.exit(exitCode);
}
try {
  const before = await providers(target);
  const statsBefore = target.mocks ? { a: target.mocks.a.stats(), b: target.mocks.b.stats() } : undefined;
  const callsBefore = target.mocks ? { a: target.mocks.a.calls().length, b: target.mocks.b.calls().length } : undefined;
  if (profile.bursts && target.mocks) {
    const { forS, everyS } = profile.bursts;
    const mock = target.mocks.a;
    const burst = () => mock.configure({ rateLimitUntil: Date.now() + forS * 1000 });
    burst();
    burstTimer = setInterval(burst, everyS * 1000);
  }

  const startedAt = performance.now();
  const cpuBefore = target.cpuSeconds();
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < RUNS && performance.now() - startedAt < DURATION_MS) {
      const index = next++;
      const pair = pairs[index % pairs.length] as Pair;
      const faults = faultsFor(index);
      try {
        const timing = await runAndFollow(
          target.baseUrl,
          { resume: pair.resume, jobDescription: pair.job, options: { mode: "tailor" } },
          RUN_DEADLINE_MS,
          { apiKey: keyFor(target, index), ...(faults ? { faults } : {}) },
        );
        outcomes.push({ index, timing, ...(faults ? { faults } : {}) });
      } catch (error) {
        outcomes.push({ index, error: String(error), ...(faults ? { faults } : {}) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, RUNS) }, worker));
  const wallMs = performance.now() - startedAt;
  const cpuSeconds = target.cpuSeconds() - cpuBefore;
  // BENCH_EVENTS=<file>: every run's events, one JSON line per run, for diagnosing where the time went.
  if (process.env.BENCH_EVENTS)
    writeFileSync(
      process.env.BENCH_EVENTS,
      outcomes.map((o) => JSON.stringify({ index: o.index, faults: o.faults, ...o.timing })).join("\n"),
    );
  if (burstTimer) clearInterval(burstTimer);

  // What each run ended as, from the service's own view.
  const followed = outcomes.filter((o) => o.timing);
  const views = (
    await Promise.all(followed.map((o) => view(target, o.timing?.id as string, keyFor(target, o.index))))
  ).filter((v): v is RunView => v !== undefined);
  const statuses = tally(views.map((v) => v.status));
  // A run the service refused to start (POST not 202) is an error, not a lost run; lost ones started and never ended.
  const refusedToStart = (o: Outcome) => o.error?.includes("POST /v1/runs:") ?? false;
  const refused = outcomes.filter(refusedToStart).length;
  const lost =
    outcomes.filter((o) => o.error && !refusedToStart(o)).length +
    followed.filter((o) => !TERMINAL_STATUSES.has((o.timing?.status ?? "") as RunStatus)).length;
  const checks = followed.map((o) => checkEvents(o.timing?.events ?? []));
  const missedEvents = checks.reduce((s, c) => s + c.missing + c.outOfOrder, 0);
  const times = followed.map((o) => o.timing?.totalMs as number);
  const latency = summarize(times);
  const partialNamed = views.filter((v) => v.status === "partial").every((v) => v.failedTasks.length > 0);
  const usage = views.map((v) => v.result?.usage);
  const perRun = (pick: (u: NonNullable<RunView["result"]>["usage"]) => number) =>
    usage.length ? usage.reduce((s, u) => s + (u ? pick(u) : 0), 0) / usage.length : 0;
  const tasksRun = views.reduce(
    (s, v) => s + v.tasks.filter((t) => ["requirements", "analyze", "tailor"].includes(t.kind)).length,
    0,
  );
  const cacheHits = usage.reduce((s, u) => s + (u?.cacheHits ?? 0), 0);
  const degradation = tally(views.map((v) => v.degradation));
  const fallbacks = followed.reduce(
    (s, o) => s + (o.timing?.events.filter((e) => e.type === "task.fallback").length ?? 0),
    0,
  );
  const reconnects = followed.reduce((s, o) => s + (o.timing?.reconnects ?? 0), 0);

  // Provider traffic: every request a mock saw must have gone out under a gateway lease.
  const after = await providers(target);
  const delta = (name: string, counter: string) =>
    (after.find((p) => p.name === name)?.counters?.[counter] ?? 0) -
    (before.find((p) => p.name === name)?.counters?.[counter] ?? 0);
  const providerRows = target.mocks
    ? (["a", "b"] as const).map((k) => {
        const mock = target.mocks?.[k] as MockLlm;
        const calls = mock.calls().slice(callsBefore?.[k] ?? 0);
        const first = calls.filter((c) => !c.repair).length;
        const name = `mock-${k}`;
        const stats = mock.stats();
        const faultsServed = Object.fromEntries(
          Object.entries(stats.faults).map(([f, n]) => [
            f,
            n - (statsBefore?.[k].faults[f as keyof typeof stats.faults] ?? 0),
          ]),
        );
        return {
          provider: name,
          requests: calls.length,
          repairs: calls.length - first,
          leases: delta(name, "leases"),
          trips: delta(name, "trips"),
          refusedOpen: delta(name, "refusedOpen"),
          probes: delta(name, "probes"),
          unleased: Math.max(0, first - delta(name, "leases")),
          peakConcurrency: stats.peakConcurrency,
          faults: faultsServed,
        };
      })
    : [];
  const unleased = providerRows.reduce((s, p) => s + p.unleased, 0);

  // Where the time went: a model call at the provider, against a queued task from sent to done (queue wait,
  // consumer work and its model calls), and how busy the dev server was.
  const mocks = target.mocks;
  const modelCalls = summarize(
    mocks
      ? (["a", "b"] as const).flatMap((k) =>
          mocks[k]
            .calls()
            .slice(callsBefore?.[k] ?? 0)
            .filter((c) => c.status === 200)
            .map((c) => c.endedAt - c.startedAt),
        )
      : [],
  );
  const queuedTasks = summarize(followed.flatMap((o) => queuedTaskTimes(o.timing?.events ?? [])));

  const fan = args["no-fanout"]
    ? undefined
    : await fanOut(target, pairs[0] as Pair).catch((error) => ({
        watchers: 50,
        complete: 0,
        events: 0,
        error: String(error),
      }));
  const started = outcomes.length;
  const succeeded = statuses.succeeded ?? 0;
  const figures = {
    profile: profileName,
    description: profile.description,
    source,
    runs: { requested: RUNS, started, concurrency: CONCURRENCY, ...statuses, refused, lost },
    latencyMs: latency,
    wallMs,
    throughputRunsPerMin: (followed.length / wallMs) * 60_000,
    llmCallsPerRun: perRun((u) => u.llmCalls),
    tokensPerRun: perRun((u) => u.tokensIn + u.tokensOut),
    costUsdPerRun: perRun((u) => u.costUsd),
    cacheHitRate: tasksRun ? cacheHits / tasksRun : 0,
    degradation,
    fallbacks,
    events: { missedOrOutOfOrder: missedEvents, reconnects },
    partialRunsNameFailedParts: partialNamed,
    providers: providerRows,
    callsToOpenProviderBeyondProbes: unleased,
    fanOut: fan,
    peakDevServerRssMb: target.peakRssMb(),
    timeSplitMs: { modelCall: modelCalls, queuedTask: queuedTasks },
    devServerCpuCores: wallMs > 0 ? cpuSeconds / (wallMs / 1000) : 0,
    platformFaults: tally(outcomes.flatMap((o) => Object.keys(o.faults ?? {}))),
    errors: outcomes.filter((o) => o.error).map((o) => o.error),
  };
  if (lost > 0 || refused > 0 || missedEvents > 0 || unleased > 0 || (fan && fan.complete !== fan.watchers))
    exitCode = 1;

  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "—");
  const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : "—");
  if (profileName === "mixed" && times.length > 0 && !args["no-report"]) {
    writeFileSync(
      join(ROOT, "docs", "load-mixed-latency.svg"),
      histogramSvg(
        histogram(times, 24),
        { p50: latency.p50, p95: latency.p95 },
        `bench:load mixed — ${followed.length} runs, ${CONCURRENCY} at once`,
      ),
    );
  }
  const report = args["no-report"] ? (_n: string, _f: unknown, md: string) => console.log(md) : publish;
  report(
    `load-${profileName}`,
    figures,
    `### Load: \`${profileName}\` — ${profile.description}

${started} tailor runs (${CONCURRENCY} at once, ${source}), mock providers at 1 s ± 0.3 s, \`wrangler dev\` on loopback.

| measure | figure | plan's target |
|---|---|---|
| runs succeeded / partial / failed / refused / lost | ${succeeded} / ${statuses.partial ?? 0} / ${statuses.failed ?? 0} / ${refused} / **${lost}** | lost 0; error rate < 1% |
| time to a terminal event: mean / p50 / p95 / p99 / max | ${s(latency.mean)} / ${s(latency.p50)} / **${s(latency.p95)}** / ${s(latency.p99)} / ${s(latency.max)} | mean < 30 s, p95 < 60 s |
| throughput | ${figures.throughputRunsPerMin.toFixed(1)} runs/min over ${s(wallMs)} | 100+ concurrent |
| LLM calls / tokens / cost per run | ${figures.llmCallsPerRun.toFixed(1)} / ${Math.round(figures.tokensPerRun)} / $${figures.costUsdPerRun.toFixed(5)} | tokens −30% (bench:llm) |
| cache hit rate (model-work tasks) | ${pct(cacheHits, tasksRun)} | |
| degradation | ${Object.entries(degradation)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}; ${fallbacks} task fallbacks | recovery > 95% |
| events missed or out of order | **${missedEvents}** (${reconnects} socket reconnects) | 0 |
| calls to an open provider beyond probes | **${unleased}** | 0 |
| breaker trips / refused while open / probes | ${providerRows.map((p) => `${p.provider}: ${p.trips} / ${p.refusedOpen} / ${p.probes}`).join("; ") || "—"} | |
${fan ? `| 50 watchers on one run, all events in order | ${fan.complete}/${fan.watchers} (${fan.events} events each) | 50/50 |\n` : ""}| peak memory (wrangler + workerd) | ${figures.peakDevServerRssMb} MB | |
| where the time went: a model call p50 / p95; a queued task, sent → done, p50 / p95 | ${s(modelCalls.p50)} / ${s(modelCalls.p95)}; ${s(queuedTasks.p50)} / ${s(queuedTasks.p95)} | |
| dev server CPU (wrangler + workerd), mean over the runs | ${figures.devServerCpuCores.toFixed(2)} cores of ${availableParallelism()} | |
${
  profile.platform
    ? `\nPlatform faults injected: ${Object.entries(figures.platformFaults)
        .map(([k, v]) => `${v} runs with ${k}`)
        .join(", ")}.`
    : ""
}${profileName === "mixed" && times.length > 0 ? "\n\n![latency histogram, mixed profile](load-mixed-latency.svg)" : ""}`,
    `npm run bench:load -- --runs ${RUNS} --profile ${profileName}`,
  );
} finally {
  if (burstTimer) clearInterval(burstTimer);
  await target.stop();
}
process.exit(exitCode);
