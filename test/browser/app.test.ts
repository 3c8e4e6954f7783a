/**
 * The web app end to end, in Chromium against `wrangler dev`: the real Worker, Durable Objects, queues and static
 * assets, with the production Content-Security-Policy. Two dev servers on their own ports and state folders: one
 * anonymous (as `npm start`) with test faults allowed and a short task deadline, so a run can be made slow; one
 * that requires API keys (as deployed).
 *
 * Ports are free ones picked at start and state folders are per process (removed after), so two runs of this
 * file in one checkout (two engineers' `npm test`) do not meet. Skipped where /usr/bin/chromium (or
 * BROWSER_TEST_CHROMIUM) is absent. `UPDATE_SCREENSHOTS=1` also writes docs/screenshots/*.png.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type DevServer, startDevServer } from "../../bench/lib/dev-server.ts";
import { buildWeb } from "../../scripts/build-web.ts";
import type { Edit } from "../../src/domain/edit.ts";
import type { RunView } from "../../src/domain/run.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const CHROMIUM = process.env.BROWSER_TEST_CHROMIUM ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : undefined;
const ADMIN_TOKEN = "browser-test-admin-token-0123456789";
// Passed as vars so a clean clone (no .dev.vars yet) works too.
const SECRETS = { ADMIN_TOKEN, RUN_TOKEN_SECRET: "browser-test-run-token-secret-0123456789" };

const resume = readFileSync(join(ROOT, "test/fixtures/resume-backend.md"), "utf8");
const job = readFileSync(join(ROOT, "test/fixtures/job-platform.txt"), "utf8");
/** The first delivery of this task vanishes: the run waits for its deadline (TASK_TIMEOUT_MS), then retries. */
const SLOW = `?testFaults=${encodeURIComponent(JSON.stringify({ drop: ["analyze:experience#0@1"] }))}`;

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!HAS_CHROMIUM)("web app in Chromium", () => {
  let anon: DevServer;
  let keyed: DevServer;
  let browser: Browser;
  /** Console errors and CSP violations of every page: the app must cause none. */
  const problems: string[] = [];

  const anonState = join(ROOT, ".wrangler", `browser-state-${process.pid}`);
  const keyedState = join(ROOT, ".wrangler", `browser-state-keyed-${process.pid}`);

  beforeAll(async () => {
    await buildWeb({ quiet: true });
    for (const dir of [anonState, keyedState]) rmSync(dir, { recursive: true, force: true });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    // Started side by side, each kept as soon as it is up: if one fails, afterAll stops the others.
    const started = await Promise.allSettled([
      startDevServer({
        persistTo: anonState,
        vars: { ...SECRETS, ALLOW_TEST_FAULTS: "true", TASK_TIMEOUT_MS: "3000" },
      }).then((server) => {
        anon = server;
      }),
      startDevServer({ persistTo: keyedState, vars: { ...SECRETS, ALLOW_ANONYMOUS: "false" } }).then((server) => {
        keyed = server;
      }),
      chromium
        .launch({
          executablePath: CHROMIUM,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-quic",
            "--no-first-run",
            "--disable-sync",
          ],
        })
        .then((launched) => {
          browser = launched;
        }),
    ]);
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  });

  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), anon?.stop(), keyed?.stop()]);
    for (const dir of [anonState, keyedState]) rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string, options: { width?: number; init?: () => void } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      acceptDownloads: true,
      reducedMotion: "reduce",
    });
    contexts.push(context);
    const page = await context.newPage();
    if (options.init) await page.addInitScript(options.init);
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(url);
    return page;
  }

  async function startRun(page: Page, mode: "tailor" | "analyze" = "tailor"): Promise<string> {
    await page.getByTestId("resume-input").fill(resume);
    await page.getByTestId("job-input").fill(job);
    await page.locator(`[data-testid=mode] input[value=${mode}]`).check();
    await page.getByTestId("start-run").click();
    await page.waitForURL(/#run=[0-9a-f]{32}$/);
    return runIdOf(page);
  }

  const runIdOf = (page: Page) => /#run=([0-9a-f]{32})/.exec(page.url())?.[1] ?? "";

  async function shot(page: Page, name: string, selector?: string): Promise<void> {
    if (!SHOTS) return;
    if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, name) });
  }

  /** The event seqs the progress view lists, and what its attributes claim. */
  const eventLog = (page: Page) =>
    page.getByTestId("progress").evaluate((el: HTMLElement) => ({
      seqs: [...el.querySelectorAll<HTMLElement>("[data-seq]")].map((li) => Number(li.dataset.seq)),
      types: [...el.querySelectorAll<HTMLElement>("[data-seq]")].map((li) => li.dataset.type ?? ""),
      lastSeq: Number(el.dataset.lastSeq),
      count: Number(el.dataset.events),
      transport: el.dataset.transport,
    }));

  const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  /** Every event the server stored for a finished run (SSE replays them all, then closes). */
  async function serverEvents(base: string, id: string): Promise<number> {
    const text = await (
      await fetch(`${base}/v1/runs/${id}/events`, { headers: { Accept: "text/event-stream" } })
    ).text();
    return text.split("\n").filter((line) => line.startsWith("id: ")).length;
  }

  test("a slow run: live task states, then a reload mid-run resumes from the last seq with no gap", async () => {
    // Every state change of a task chip, as the DOM sees it (the observer is set up again after the reload).
    const page = await open(`${anon.baseUrl}/${SLOW}`, {
      init: () => {
        const seen: string[] = [];
        Object.assign(window, { chipStates: seen });
        new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as HTMLElement;
            if (el.dataset.testid?.startsWith("task-")) seen.push(`${el.dataset.testid}=${el.dataset.state}`);
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
      },
    });
    await shot(page, "input.png");
    const sockets: string[] = [];
    page.on("websocket", (ws) => sockets.push(ws.url()));
    const id = await startRun(page);
    const chip = page.getByTestId("task-analyze:experience#0");
    // Sent, its delivery dropped: the chip shows it while the run waits for the deadline.
    await page.locator('[data-testid="task-analyze:experience#0"][data-state="sent"]').waitFor();
    await page.locator('[data-testid="task-parse"][data-state="done"]').waitFor();
    await page.locator("[data-testid=progress][data-link=live]").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=progress] [data-seq]").length > 10);
    await shot(page, "progress.png");
    const before = await eventLog(page);
    expect(before.transport).toBe("ws");
    expect(before.seqs).toEqual(oneToN(before.count));
    expect(before.count).toBeGreaterThan(3);

    await page.reload();
    await page.getByTestId("progress").waitFor();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=run-status]")?.textContent === "Succeeded",
      null,
      {
        timeout: 30_000,
      },
    );
    // The socket after the reload asked only for what came after the last event kept before it.
    const resumedSince = Number(/since=(\d+)/.exec(sockets[sockets.length - 1] ?? "")?.[1]);
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(resumedSince).toBeGreaterThanOrEqual(before.lastSeq);

    await page.locator("[data-testid=progress][data-status=succeeded]").waitFor();
    const after = await eventLog(page);
    expect(after.seqs).toEqual(oneToN(after.count));
    expect(after.lastSeq).toBe(after.count);
    expect(after.count).toBe(await serverEvents(anon.baseUrl, id));
    expect(after.types).toContain("task.retrying");
    expect(after.types[after.types.length - 1]).toBe("run.completed");
    expect(await chip.getAttribute("data-state")).toBe("done");
    // After the reload, the chip went through the retry live: events, not a final snapshot, moved it.
    const states = (await page.evaluate(() => (window as unknown as { chipStates: string[] }).chipStates)).filter((s) =>
      s.startsWith("task-analyze:experience#0="),
    );
    expect(states).toContain("task-analyze:experience#0=retrying");
    expect(states[states.length - 1]).toBe("task-analyze:experience#0=done");
    await page.getByTestId("score-before").waitFor();
  });

  test("results, evidence shown in the resume, and the review drives the preview and the downloads", async () => {
    const page = await open(`${anon.baseUrl}/`);
    const id = await startRun(page);
    await page.getByTestId("score-before").waitFor();
    await page.getByTestId("score-after").waitFor();
    expect(await page.locator("[data-testid=requirements] .req").count()).toBeGreaterThan(5);
    expect(await page.locator("[data-testid=ats] li").count()).toBeGreaterThan(0);
    await page.locator(".resume-panel[data-showing=tailored] .resume-doc").waitFor();
    await shot(page, "results.png");

    // Evidence → the line in the original resume, highlighted.
    const ref = page.locator("[data-testid=requirements] .ref").first();
    const quoted = (await ref.locator(".ref-text").textContent()) ?? "";
    await ref.click();
    const highlighted = page.locator(".resume-panel[data-showing=original] .r-line.hl").first();
    await highlighted.waitFor();
    expect(quoted).toContain((await highlighted.textContent())?.trim().slice(0, 30));

    // Reject a rewrite: the downloaded Markdown has its `before`, not its `after`.
    const view = (await (await fetch(`${anon.baseUrl}/v1/runs/${id}`)).json()) as RunView;
    const edits = view.result?.tailored?.edits ?? [];
    const edit = edits.find((e: Edit) => e.status === "accepted" && e.kind === "rewrite_bullet") ?? edits[0];
    if (!edit) throw new Error("the run proposed no edit");
    const review = page.getByTestId("review");
    await page.getByTestId(`keep-${edit.id}`).uncheck();
    await page.locator("[data-testid=review][data-preview=ready]").waitFor();
    expect(await review.locator(".review-count").textContent()).toMatch(/^\d+ of \d+ edits accepted$/);
    await page.getByTestId("resume-tailored").click();
    await page.getByTestId(`edit-${edit.id}`).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, "review.png");
    const markdown = await download(page, "download-md");
    expect(markdown.name).toBe("resume.md");
    expect(markdown.text).not.toContain(edit.after);
    expect(markdown.text).toContain(edit.before);
    const json = await download(page, "download-json");
    expect(json.name).toBe("resume.json");
    expect(JSON.parse(json.text).basics).toBeDefined();

    // Accept all: the edit is back, in the preview and in the download.
    await page.getByTestId("accept-all").click();
    await page.locator("[data-testid=review][data-preview=ready]").waitFor();
    expect(await page.getByTestId(`keep-${edit.id}`).isChecked()).toBe(true);
    expect((await download(page, "download-md")).text).toContain(edit.after);

    // Printing shows the tailored resume only.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#app").isVisible()).toBe(false);
    expect(await page.locator("#print-area").textContent()).toContain(edit.after);
    await page.emulateMedia({ media: "screen" });

    // A phone: the same run, nothing wider than the screen.
    const phone = await open(`${anon.baseUrl}/#run=${id}`, { width: 360 });
    await phone.getByTestId("score-before").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(phone, "phone.png");
  });

  async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
  }

  test("an uploaded .md resume, analyze mode", async () => {
    const page = await open(`${anon.baseUrl}/`);
    await page.getByTestId("resume-file").setInputFiles(join(ROOT, "test/fixtures/resume-backend.md"));
    expect(await page.getByTestId("resume-input").isDisabled()).toBe(true);
    await page.getByTestId("job-input").fill(job);
    await page.locator("[data-testid=mode] input[value=analyze]").check();
    await page.getByTestId("start-run").click();
    await page.getByTestId("score-before").waitFor();
    expect(await page.getByTestId("score-after").count()).toBe(0);
    expect(await page.getByTestId("review").count()).toBe(0);
    // The original, read from the uploaded file, is what evidence opens in.
    expect(await page.locator(".resume-panel .resume-doc").textContent()).toContain("Jordan Rivera");
  });

  test("an empty job description: the API's 422 shown at the field", async () => {
    const page = await open(`${anon.baseUrl}/`);
    await page.getByTestId("resume-input").fill(resume);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/v1/runs") && r.request().method() === "POST"),
      page.getByTestId("start-run").click(),
    ]);
    expect(response.status()).toBe(422);
    const error = page.locator("#job-error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/job description is empty/i);
    expect(await page.getByTestId("job-input").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("job-input");
    expect(await page.locator("#resume-error").textContent()).toBe("");
    expect(page.url()).not.toContain("#run=");
  });

  test("events over SSE where WebSockets are unavailable", async () => {
    const page = await open(`${anon.baseUrl}/`, {
      init: () => Object.defineProperty(window, "WebSocket", { value: undefined }),
    });
    const id = await startRun(page, "analyze");
    await page.locator("[data-testid=progress][data-status=succeeded]").waitFor();
    const log = await eventLog(page);
    expect(log.transport).toBe("sse");
    expect(log.seqs).toEqual(oneToN(log.count));
    expect(log.count).toBe(await serverEvents(anon.baseUrl, id));
  });

  test("a dropped socket reconnects from the last seq", async () => {
    // The first socket closes itself after three frames, mid-run.
    const page = await open(`${anon.baseUrl}/${SLOW}`, {
      init: () => {
        const Native = window.WebSocket;
        let sockets = 0;
        window.WebSocket = class extends Native {
          constructor(url: string | URL, protocols?: string | string[]) {
            super(url, protocols);
            if (sockets++ > 0) return;
            let frames = 0;
            this.addEventListener("message", () => {
              if (++frames === 3) this.close();
            });
          }
        };
      },
    });
    const urls: string[] = [];
    page.on("websocket", (ws) => urls.push(ws.url()));
    const id = await startRun(page);
    await page.locator("[data-testid=progress][data-status=succeeded]").waitFor({ timeout: 30_000 });
    expect(urls.length).toBeGreaterThanOrEqual(2);
    expect(Number(/since=(\d+)/.exec(urls[1] ?? "")?.[1])).toBeGreaterThanOrEqual(3);
    const log = await eventLog(page);
    expect(log.seqs).toEqual(oneToN(log.count));
    expect(log.count).toBe(await serverEvents(anon.baseUrl, id));
  });

  test("history: reopen a run, delete one after confirming", async () => {
    const created = (await (
      await fetch(`${anon.baseUrl}/v1/runs`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ resume, jobDescription: job }),
      })
    ).json()) as { id: string };
    const page = await open(`${anon.baseUrl}/#history`);
    const row = page.locator(`[data-testid=history] [data-run="${created.id}"]`);
    await row.waitFor();
    await row.locator("a").click();
    await page.getByTestId("score-before").waitFor();
    expect(runIdOf(page)).toBe(created.id);

    await page.goBack();
    await row.waitFor();
    await row.getByRole("button", { name: /delete/i }).click();
    await page.getByTestId("confirm-delete").waitFor();
    await page.getByTestId("confirm-delete-button").click();
    await row.waitFor({ state: "detached" });
    expect((await fetch(`${anon.baseUrl}/v1/runs/${created.id}`)).status).toBe(404);
  });

  test("a server that requires keys: the key field appears on the 401, and the run works with a key", async () => {
    const response = await fetch(`${keyed.baseUrl}/v1/admin/keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "browser test" }),
    });
    expect(response.status).toBe(201);
    const { key } = (await response.json()) as { key: string };
    const page = await open(`${keyed.baseUrl}/`);
    expect(await page.getByTestId("api-key").isVisible()).toBe(false);
    await page.getByTestId("resume-input").fill(resume);
    await page.getByTestId("job-input").fill(job);
    await page.getByTestId("start-run").click();
    await page.getByTestId("api-key").waitFor();
    await page.getByTestId("api-key").fill(key);
    await page.getByTestId("save-key").click();
    // Saving the key retries the start: no second click.
    await page.getByTestId("score-before").waitFor();
    const log = await eventLog(page);
    expect(log.transport).toBe("ws");
    expect(log.seqs).toEqual(oneToN(log.count));
    const id = runIdOf(page);
    await page.goto(`${keyed.baseUrl}/#history`);
    await page.locator(`[data-testid=history] [data-run="${id}"]`).waitFor();
    expect(await page.locator("[data-testid=history] .history-row").count()).toBe(1);

    // Another tab has neither the key nor the run's events token: it asks for the key, then replays the events
    // over SSE with it (a WebSocket cannot send the key).
    const other = await open(`${keyed.baseUrl}/#run=${id}`);
    await other.getByTestId("api-key").fill(key);
    await other.getByTestId("save-key").click();
    await other.getByTestId("score-before").waitFor();
    await other.locator("[data-testid=progress][data-link=closed]").waitFor();
    const replayed = await eventLog(other);
    expect(replayed.transport).toBe("sse");
    expect(replayed.seqs).toEqual(oneToN(log.count));
  });

  test("no console errors and no CSP violations on any page", () => {
    expect(problems).toEqual([]);
  });
});
