/**
 * "How we read your resume" in Chromium against `wrangler dev` (as test/browser/app.test.ts, on its own free port
 * and state folder): pasting or uploading a resume shows the reading — contact, each job with title, employer,
 * dates and bullets — with the warnings first; a run started from it shows the same reading beside its results.
 * Skipped where /usr/bin/chromium (or BROWSER_TEST_CHROMIUM) is absent.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type DevServer, startDevServer } from "../../bench/lib/dev-server.ts";
import { buildWeb } from "../../scripts/build-web.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const CHROMIUM = process.env.BROWSER_TEST_CHROMIUM ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SECRETS = {
  ADMIN_TOKEN: "browser-test-admin-token-0123456789",
  RUN_TOKEN_SECRET: "browser-test-run-token-secret-0123456789",
};

const job = readFileSync(join(ROOT, "test/fixtures/job-platform.txt"), "utf8");
/** The Markdown fixture without its e-mail address: the reading must say so. */
const noEmail = readFileSync(join(ROOT, "test/fixtures/resume-backend.md"), "utf8").replace(
  "jordan.rivera@example.com · ",
  "",
);
// Resume text a page must show as text, never run: the app builds elements, never HTML strings.
const hostile = noEmail.replace(
  "Mentored four engineers",
  '<img src=x onerror="window.__pwned=1">Mentored four engineers',
);

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!HAS_CHROMIUM)("how we read your resume, in Chromium", () => {
  let server: DevServer;
  let browser: Browser;
  const problems: string[] = [];
  const state = join(ROOT, ".wrangler", `browser-state-parse-${process.pid}`);
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWeb({ quiet: true });
    rmSync(state, { recursive: true, force: true });
    const started = await Promise.allSettled([
      startDevServer({ persistTo: state, vars: SECRETS }).then((s) => {
        server = s;
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
        .then((b) => {
          browser = b;
        }),
    ]);
    const failed = started.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), server?.stop()]);
    rmSync(state, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    contexts.push(context);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(url);
    return page;
  }

  /** The jobs the view lists: title, then each dt/dd pair of its details. */
  const jobsShown = (page: Page) =>
    page
      .locator(
        '[data-testid=parsed-resume] [data-testid=parsed-section][data-kind="experience"] [data-testid=parsed-entry]',
      )
      .evaluateAll((items) =>
        items.map((li) => ({
          title: li.querySelector("h4")?.textContent ?? "",
          details: li.querySelector("dl")?.textContent ?? "",
          bullets: [...li.querySelectorAll("ul li")].map((b) => b.textContent ?? ""),
        })),
      );

  test("pasted text: the jobs as read, and a warning for the missing e-mail", async () => {
    const page = await open(`${server.baseUrl}/`);
    const view = page.getByTestId("parsed-resume");
    expect(await view.isVisible()).toBe(false);
    await page.getByTestId("resume-input").fill(hostile);
    await view.getByTestId("parse-warning").first().waitFor();

    // The warning names what is missing, in the live region, before the details.
    const warnings = await view.getByTestId("parse-warning").allTextContents();
    expect(warnings).toEqual([expect.stringContaining("No e-mail address found.")]);
    const status = view.getByTestId("parse-warnings");
    expect(await status.getAttribute("role")).toBe("status");
    expect(await view.getByTestId("parsed-email").textContent()).toBe("E-mail not found");
    expect(await view.getByTestId("parsed-name").textContent()).toBe("Jordan Rivera");
    expect(await view.locator("h2").textContent()).toBe("How we read your resume");

    const jobs = await jobsShown(page);
    expect(jobs.map((j) => j.title)).toEqual(["Senior Software Engineer", "Software Engineer"]);
    expect(jobs[0]?.details).toContain("Brightpay Inc.");
    expect(jobs[0]?.details).toContain("Mar 2021 – Present");
    expect(jobs[1]?.details).toContain("Northwind Logistics");
    expect(jobs[1]?.details).toContain("Jun 2017 – Feb 2021");
    expect(jobs[0]?.bullets).toHaveLength(4);
    // The resume's markup is shown as text.
    expect(jobs[0]?.bullets[0]).toBe(
      '<img src=x onerror="window.__pwned=1">Mentored four engineers through design reviews and pairing',
    );
    expect(await page.locator("[data-testid=parsed-resume] img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Sections under the kind they were read as, with headings for each.
    const sections = await view.locator("[data-testid=parsed-section] h3").allTextContents();
    expect(sections).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Experience Read as Experience$/),
        expect.stringMatching(/^Skills/),
      ]),
    );
    // The resume field points to the card.
    expect(await page.getByTestId("parse-summary").textContent()).toMatch(
      /^Read 2 jobs, 1 warning\. See how we read it$/,
    );

    // Adding the e-mail back clears the warning.
    await page.getByTestId("resume-input").fill(hostile.replace("+1 (415)", "jordan.rivera@example.com · +1 (415)"));
    await view.locator(".parse-ok").waitFor();
    expect(await view.getByTestId("parse-warning").count()).toBe(0);
    expect(await view.getByTestId("parsed-email").textContent()).toBe("jordan.rivera@example.com");
  });

  test("an uploaded PDF is read as soon as it is picked; an unreadable one says why", async () => {
    const page = await open(`${server.baseUrl}/`);
    const view = page.getByTestId("parsed-resume");
    await page.getByTestId("resume-file").setInputFiles(join(ROOT, "test/fixtures/resume-text.pdf"));
    await view.getByTestId("parsed-entry").first().waitFor();
    expect(await view.textContent()).toContain("Read from a PDF of 2 pages.");
    expect(await view.getByTestId("parsed-name").textContent()).toBe("Jordan Rivera");
    expect((await jobsShown(page)).length).toBe(2);

    await page.getByTestId("resume-file").setInputFiles(join(ROOT, "test/fixtures/resume-image.pdf"));
    await view.locator(".banner-bad").waitFor();
    expect(await view.getByTestId("parse-warnings").textContent()).toMatch(/no text layer/);
    expect(await view.getByTestId("parse-retry").isVisible()).toBe(true);
  });

  test("a run started from it shows the same reading beside the results", async () => {
    const page = await open(`${server.baseUrl}/`);
    await page.getByTestId("resume-input").fill(noEmail);
    await page.getByTestId("parsed-resume").getByTestId("parse-warning").first().waitFor();
    await page.getByTestId("job-input").fill(job);
    await page.locator("[data-testid=mode] input[value=analyze]").check();
    await page.getByTestId("start-run").click();
    await page.waitForURL(/#run=[0-9a-f]{32}$/);
    await page.getByTestId("score-before").waitFor();
    const view = page.locator("#sec-parsed");
    await view.getByTestId("parse-warning").first().waitFor();
    expect(await view.getByTestId("parse-warning").allTextContents()).toEqual([
      expect.stringContaining("No e-mail address found."),
    ]);
    // Folded under its warnings beside the results; opened, it lists the jobs.
    expect(await view.locator("details").getAttribute("open")).toBeNull();
    await view.locator("summary").click();
    expect(await view.locator("[data-testid=parsed-entry] h4").first().textContent()).toBe("Senior Software Engineer");
    await page.getByRole("button", { name: "How we read it" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sec-parsed-title");
  });

  test("no console errors and no CSP violations", () => {
    expect(problems).toEqual([]);
  });
});
