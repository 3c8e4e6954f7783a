/**
 * `npm run bench:load -- --profile kill`: runs created while the dev server is killed (SIGKILL to the whole
 * process group: wrangler and workerd die mid-request, as a crashed host or a deploy would take them), then the
 * server started again on the same state. Counts what a crash leaves behind:
 *
 * 1. untouched: after the restart nobody asks about any run for a while; the runs' own alarms must carry every
 *    run that was written to its end and into the D1 index (read through GET /v1/runs, which touches no run);
 * 2. retried: each client whose POST got no 202 sends it again with the same Idempotency-Key, as a client should;
 *    every run must then end, once, under the id the key names, and be listed.
 *
 * A stuck run is one that exists and is not finished by the deadline; a missing one is finished but absent from
 * its key's list. Both must be 0.
 */
import { createHash } from "node:crypto";
import { type RunStatus, type RunView, TERMINAL_STATUSES } from "../../src/domain/run.ts";
import { publish } from "./report.ts";

interface CrashTarget {
  baseUrl: string;
  apiKeys: string[];
  keyIds: string[];
  crash?(): Promise<void>;
}

interface Options {
  runs: number;
  /** How many times the server is killed mid-creation (each time during a wave of POSTs). */
  kills: number;
  profile: string;
  description: string;
  deadlineMs: number;
  report: boolean;
}

interface Attempt {
  index: number;
  key: string;
  keyId: string;
  idempotencyKey: string;
  /** The run id the key names: the service derives it from owner and Idempotency-Key (src/api/routes/runs.ts). */
  id: string;
  body: string;
  /** What its latest POST got: a status, or the network error the kill caused. */
  last?: number | string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(baseUrl: string, a: Attempt): Promise<number> {
  const response = await fetch(`${baseUrl}/v1/runs`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${a.key}`,
      "Content-Type": "application/json",
      "Idempotency-Key": a.idempotencyKey,
    },
    body: a.body,
  });
  await response.body?.cancel();
  return response.status;
}

/** A key's runs from the D1 index (GET /v1/runs touches no run's object); waits out the per-key rate limit. */
async function listed(baseUrl: string, key: string): Promise<Map<string, RunStatus>> {
  const out = new Map<string, RunStatus>();
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const response = await fetch(`${baseUrl}/v1/runs?limit=100${cursor ? `&cursor=${cursor}` : ""}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    if (response.status === 429) {
      await response.body?.cancel();
      await sleep(Number(response.headers.get("Retry-After") ?? 5) * 1000);
      page--;
      continue;
    }
    if (response.status !== 200) throw new Error(`GET /v1/runs: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { runs: Array<{ id: string; status: RunStatus }>; nextCursor?: string };
    for (const run of body.runs) out.set(run.id, run.status);
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
  }
  return out;
}

async function allListed(target: CrashTarget): Promise<Map<string, RunStatus>> {
  const maps = await Promise.all([...new Set(target.apiKeys)].map((key) => listed(target.baseUrl, key)));
  return new Map(maps.flatMap((m) => [...m]));
}

/** Polled gently: every key is held to 60 requests a minute. */
const POLL_MS = 3_000;

export async function crashDuringCreation(
  target: CrashTarget,
  pairs: ReadonlyArray<{ resume: string; job: string }>,
  options: Options,
): Promise<number> {
  if (!target.crash) throw new Error("the kill profile needs a dev server it started itself (no --base-url)");
  const attempts: Attempt[] = Array.from({ length: options.runs }, (_, index) => {
    const k = Math.floor(index / 20) % target.apiKeys.length;
    const keyId = target.keyIds[k] as string;
    const idempotencyKey = `kill-${Date.now()}-${index}`;
    const pair = pairs[index % pairs.length] as { resume: string; job: string };
    return {
      index,
      key: target.apiKeys[k] as string,
      keyId,
      idempotencyKey,
      id: createHash("sha256").update(`${keyId}\n${idempotencyKey}`).digest("hex").slice(0, 32),
      body: JSON.stringify({ resume: pair.resume, jobDescription: pair.job, options: { mode: "tailor" } }),
    };
  });

  // Waves: every POST not yet answered 202 goes at once (the same Idempotency-Key each time, as a client retries);
  // the kill comes when a third of the wave has been answered, so the rest are in flight at every stage of
  // creation. After `kills` waves, the rest are left to the retry phase below.
  const startedAt = performance.now();
  for (let wave = 0; wave < options.kills; wave++) {
    const pending = attempts.filter((a) => a.last !== 202);
    if (pending.length === 0) break;
    const baseUrl = target.baseUrl;
    const killAt = Math.max(1, Math.floor(pending.length / 3));
    let answered = 0;
    let killed: Promise<void> | undefined;
    await Promise.all(
      pending.map(async (a) => {
        let outcome: number | string;
        try {
          outcome = await post(baseUrl, a);
        } catch (error) {
          outcome = String((error as Error).cause ?? error);
        }
        a.last = outcome;
        if (++answered === killAt && !killed) killed = target.crash?.();
      }),
    );
    await (killed ?? target.crash());
  }
  const restartedMs = performance.now() - startedAt;
  const accepted = attempts.filter((a) => a.last === 202).length;

  // 1. Untouched: only the D1 index is read (GET /v1/runs does not reach any run's object).
  // Long enough for a task's deadline (TASK_TIMEOUT_MS plus the llm allowance: about 3 min here): work the kill
  // took with it is found by the runs' alarms only then — locally, a queue message in flight dies with the server.
  const restartedAt = performance.now();
  const untouchedDeadline = restartedAt + options.deadlineMs;
  let index = await allListed(target);
  const acceptedIds = attempts.filter((a) => a.last === 202).map((a) => a.id);
  for (;;) {
    const pending = [...index.values()].filter((s) => !TERMINAL_STATUSES.has(s)).length;
    const unlisted = acceptedIds.filter((id) => !index.has(id)).length;
    if ((pending === 0 && unlisted === 0) || performance.now() > untouchedDeadline) break;
    await sleep(POLL_MS);
    index = await allListed(target);
  }
  const untouched = {
    settledMs: Math.round(performance.now() - restartedAt),
    listed: index.size,
    finished: [...index.values()].filter((s) => TERMINAL_STATUSES.has(s)).length,
    stillRunning: [...index.values()].filter((s) => !TERMINAL_STATUSES.has(s)).length,
    acceptedButUnlisted: acceptedIds.filter((id) => !index.has(id)).length,
  };

  // 2. Retried: every POST that got no 202 is sent again with its Idempotency-Key; then every run is followed.
  const retries = await Promise.all(
    attempts
      .filter((a) => a.last !== 202)
      .map(async (a) => {
        for (let i = 0; i < 5; i++) {
          const status = await post(target.baseUrl, a).catch(() => 0);
          if (status === 202) return status;
          await sleep(500 * (i + 1));
        }
        return 0;
      }),
  );
  const deadline = performance.now() + options.deadlineMs;
  let finalIndex = await allListed(target);
  while (
    performance.now() < deadline &&
    !attempts.every((a) => TERMINAL_STATUSES.has(finalIndex.get(a.id) ?? ("running" as RunStatus)))
  ) {
    await sleep(POLL_MS);
    finalIndex = await allListed(target);
  }
  // Then each run once, from its own object: what it says must match the index.
  const views = new Map<string, RunView>();
  for (const a of attempts) {
    for (;;) {
      const response = await fetch(`${target.baseUrl}/v1/runs/${a.id}`, {
        headers: { Authorization: `Bearer ${a.key}` },
      });
      if (response.status === 429) {
        await response.body?.cancel();
        await sleep(Number(response.headers.get("Retry-After") ?? 5) * 1000);
        continue;
      }
      if (response.status === 200) views.set(a.id, (await response.json()) as RunView);
      else await response.body?.cancel();
      break;
    }
  }
  const ended = [...views.values()].filter((v) => TERMINAL_STATUSES.has(v.status));
  const stuck = attempts.filter((a) => views.has(a.id) && !TERMINAL_STATUSES.has((views.get(a.id) as RunView).status));
  const never = attempts.filter((a) => !views.has(a.id)).length;
  const missing = ended.filter((v) => finalIndex.get(v.id) !== v.status).length;
  const statuses: Record<string, number> = {};
  for (const v of ended) statuses[v.status] = (statuses[v.status] ?? 0) + 1;

  const lastOutcomes: Record<string, number> = {};
  for (const a of attempts) {
    const k = typeof a.last === "number" ? String(a.last) : "connection lost";
    lastOutcomes[k] = (lastOutcomes[k] ?? 0) + 1;
  }
  const figures = {
    profile: options.profile,
    description: options.description,
    runs: options.runs,
    kills: options.kills,
    lastPost: lastOutcomes,
    restartMs: Math.round(restartedMs),
    untouched,
    retried: { posts: retries.length, accepted: retries.filter((s) => s === 202).length },
    ended: statuses,
    stuck: stuck.length,
    neverCreated: never,
    missingFromIndex: missing,
  };
  const md = `### Load: \`${options.profile}\` — ${options.description}

${options.runs} tailor runs created at once (Idempotency-Key each); SIGKILL to \`wrangler dev\`'s process group when a
third of them had been answered, the server started again on the same local state, the unanswered POSTs sent again
— ${options.kills} times over.

| measure | figure | target |
|---|---|---|
| POSTs across the killed waves: answered 202 / other status / connection lost (per run, its last) | ${accepted} / ${Object.entries(
    lastOutcomes,
  )
    .filter(([k]) => k !== "202" && k !== "connection lost")
    .reduce((s, [, n]) => s + n, 0)} / ${lastOutcomes["connection lost"] ?? 0} | |
| untouched after the restart (only the D1 list read, for ${(untouched.settledMs / 1000).toFixed(0)} s): listed / finished / still running / accepted but unlisted | ${untouched.listed} / ${untouched.finished} / ${untouched.stillRunning} / ${untouched.acceptedButUnlisted} | still running 0, unlisted 0 |
| POSTs retried with their Idempotency-Key / accepted | ${retries.length} / ${figures.retried.accepted} | all |
| runs ended: ${Object.entries(statuses)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")} | ${ended.length} of ${options.runs} | all |
| **stuck** (exist, not finished by the deadline) | **${stuck.length}** | 0 |
| finished but missing or stale in the D1 index | **${missing}** | 0 |`;
  if (options.report)
    publish(
      `load-${options.profile}`,
      figures,
      md,
      `npm run bench:load -- --runs ${options.runs} --profile ${options.profile}`,
    );
  else console.log(md);
  return stuck.length > 0 || missing > 0 || never > 0 || untouched.stillRunning > 0 || untouched.acceptedButUnlisted > 0
    ? 1
    : 0;
}
