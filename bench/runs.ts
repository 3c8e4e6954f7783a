/**
 * `npm run bench:runs`: end-to-end run latency under `wrangler dev` on loopback, local engine. Starts its own dev
 * server (own port and state folder) and stops it.
 *
 * - 20 single runs one after another: POST /v1/runs → run.completed over the WebSocket.
 * - 50 runs started at once: every one must complete; throughput and latency.
 * - Where the time goes, from the runs' event timestamps and the engine's own timings.
 */
import { loadJobs, loadResumes } from "./lib/data.ts";
import { startDevServer } from "./lib/dev-server.ts";
import { publish, quantile } from "./lib/report.ts";
import { getView, phases, runAndFollow } from "./lib/run-client.ts";

const PORT = Number(process.env.BENCH_PORT ?? 8799);

// A two-page resume (600–900 words) and a full posting, both real.
const resumes = loadResumes().filter((r) => {
  const words = r.text.split(/\s+/).length;
  return words >= 600 && words <= 900;
});
const resume = resumes[0];
const job = loadJobs().find((j) => j.text.length > 3000);
if (!resume || !job) throw new Error("no suitable resume or posting in the data set");
const body = { resume: resume.text, jobDescription: job.text, options: { mode: "tailor", engine: "local" } };

const server = await startDevServer({ port: PORT });
try {
  // Warm-up: first compile of the Worker and the taxonomy load.
  for (let i = 0; i < 3; i++) await runAndFollow(server.baseUrl, body);

  const single = [];
  for (let i = 0; i < 20; i++) single.push(await runAndFollow(server.baseUrl, body));
  const singleTimes = single.map((r) => r.totalMs).sort((a, b) => a - b);
  const phaseList = single.map((r) => phases(r.events));
  const median = (key: string) =>
    quantile(
      phaseList
        .map((p) => p[key] ?? Number.NaN)
        .filter(Number.isFinite)
        .sort((a, b) => a - b),
      0.5,
    );
  const view = await getView(server.baseUrl, single[0]?.id ?? "");
  const engineMs = Object.values(view.result?.timings ?? {}).reduce((a, b) => a + b, 0);

  const burstStart = performance.now();
  const burst = await Promise.allSettled(Array.from({ length: 50 }, () => runAndFollow(server.baseUrl, body, 300_000)));
  const burstWall = performance.now() - burstStart;
  const completed = burst.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const burstTimes = completed.map((r) => r.totalMs).sort((a, b) => a - b);
  const statuses = completed.reduce<Record<string, number>>((acc, r) => {
    acc[r.status] = (acc[r.status] ?? 0) + 1;
    return acc;
  }, {});
  const gaps = [...single, ...completed].reduce((s, r) => s + r.gaps, 0);

  const figures = {
    resume: { id: resume.id, words: resume.text.split(/\s+/).length },
    job: { id: job.id, chars: job.text.length },
    single: {
      runs: single.length,
      medianMs: quantile(singleTimes, 0.5),
      p95Ms: quantile(singleTimes, 0.95),
      maxMs: singleTimes.at(-1),
    },
    phasesMedianMs: Object.fromEntries(
      ["parse", "requirements", "analyze", "score", "tailor", "verifyAssemble", "total"].map((k) => [k, median(k)]),
    ),
    engineMsPerRun: engineMs,
    tasksPerRun: view.tasks.length,
    burst: {
      started: 50,
      completed: completed.length,
      statuses,
      failedToFollow: burst.length - completed.length,
      wallMs: burstWall,
      throughputRunsPerSec: completed.length / (burstWall / 1000),
      medianMs: quantile(burstTimes, 0.5),
      p95Ms: quantile(burstTimes, 0.95),
      maxMs: burstTimes.at(-1),
    },
    eventGaps: gaps,
    peakDevServerRssMb: server.peakRssMb(),
  };
  const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "—" : `${Math.round(x)}`);
  const p = figures.phasesMedianMs;
  publish(
    "runs",
    figures,
    `## Runs end to end (wrangler dev on loopback, local engine)

A real ${figures.resume.words}-word resume (${resume.id}, about two pages) against a real posting (${job.id}), in \`tailor\` mode:
${figures.tasksPerRun} tasks per run (parse, requirements, chunk analyses, merges, score, tailoring per chunk, verify, assemble).
Time is from sending \`POST /v1/runs\` to receiving \`run.completed\` on the run's WebSocket.

| measure | median | p95 | max | target |
|---|---|---|---|---|
| one run at a time (20 runs), ms | **${ms(figures.single.medianMs)}** | ${ms(figures.single.p95Ms)} | ${ms(figures.single.maxMs)} | median < 2,000 |
| 50 runs started at once, ms | ${ms(figures.burst.medianMs)} | ${ms(figures.burst.p95Ms)} | ${ms(figures.burst.maxMs)} | all complete |

50 at once: ${figures.burst.completed}/50 completed (${Object.entries(statuses)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}) in ${ms(figures.burst.wallMs)} ms,
**${figures.burst.throughputRunsPerSec.toFixed(1)} runs/s**. Events missing or out of order across all runs: **${gaps}**. Peak memory of the
dev server (wrangler + workerd): ${figures.peakDevServerRssMb} MB.

Where a single run's time goes (median ms, from its event timestamps): parse ${ms(p.parse)} (in the DO, in parallel with)
requirements ${ms(p.requirements)} (one queue hop) → chunk analyses ${ms(p.analyze)} (one wave of queue hops) → score ${ms(p.score)}
(in the DO) → tailoring ${ms(p.tailor)} (a second wave) → verify + assemble ${ms(p.verifyAssemble)} (in the DO); ${ms(p.total)} from
\`run.started\` to the end. The engine itself (consumer-measured, summed over the run's queue tasks) took ${ms(figures.engineMsPerRun)} ms:
the rest is three queue hops, the claim/complete RPCs to the run's Durable Object and its SQLite writes.`,
  );
} finally {
  await server.stop();
}
