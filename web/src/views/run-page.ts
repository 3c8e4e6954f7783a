import type { RunEvent, RunView } from "../../../src/domain/run.ts";
import { announce } from "../announce.ts";
import { ApiError, api, describe } from "../api.ts";
import { badge, fill, h } from "../dom.ts";
import { RunStream, TERMINAL_EVENTS } from "../events.ts";
import { humanize, num, plural, RUN_STATUS, when } from "../format.ts";
import { loadRun, updateRun } from "../session.ts";
import { atsView, questionsView } from "./checks.ts";
import { ParsedResumeView } from "./parsed-resume.ts";
import { ProgressView } from "./progress.ts";
import { requirementsView } from "./requirements.ts";
import { ResumePanel } from "./resume-panel.ts";
import { ReviewView } from "./review.ts";
import { ScoreCard } from "./score.ts";
import { sectionsView } from "./sections.ts";

const TERMINAL = new Set(["succeeded", "partial", "failed", "cancelled"]);

export interface PageContext {
  /** Asks for an API key, then runs `retry`. */
  needKey: (code: string, retry: () => void) => void;
  /** Moves focus to the page's heading after navigation, for screen readers and keyboard users. */
  focusHeading: () => void;
}

/** Scrolls to a results section and moves focus to its heading, so keyboard and screen reader users follow. */
function jumpTo(id: string): void {
  const heading = document.getElementById(id)?.querySelector<HTMLElement>("h2");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: "start" });
  heading.focus({ preventScroll: true });
}

/** Events kept from before a reload, up to the first gap (seqs must stay contiguous from 1). */
function contiguous(events: RunEvent[]): RunEvent[] {
  const out: RunEvent[] = [];
  for (const e of events) {
    if (e.seq !== out.length + 1) break;
    out.push(e);
  }
  return out;
}

/**
 * One run: live progress while it runs (resuming from the last seen seq after a reload), then its results, the
 * review and the resume. Opened from `#run=<id>`.
 */
export class RunPage {
  readonly el = h("div", { class: "run-page" });
  readonly #id: string;
  readonly #ctx: PageContext;
  #stream: RunStream | undefined;
  #review: ReviewView | undefined;
  #progress: ProgressView | undefined;
  #shown = false;
  #disposed = false;

  constructor(id: string, ctx: PageContext) {
    this.#id = id;
    this.#ctx = ctx;
  }

  async load(): Promise<void> {
    fill(this.el, h("h1", { tabindex: "-1" }, "Loading the run…"));
    let view: RunView;
    try {
      view = await api.run(this.#id);
    } catch (error) {
      this.#loadError(error);
      return;
    }
    if (this.#disposed) return;
    const session = loadRun(this.#id);
    const progress = new ProgressView(view, contiguous(session.events));
    this.#progress = progress;
    fill(this.el, this.#header(view), progress.el);
    this.#ctx.focusHeading();
    if (!progress.events.some((e) => TERMINAL_EVENTS.has(e.type))) {
      this.#stream = new RunStream({
        runId: this.#id,
        token: session.eventsToken,
        since: progress.lastSeq,
        onEvent: (event) => this.#onEvent(event),
        onState: (state, transport) => progress.setLink(state, transport),
      });
    }
    if (TERMINAL.has(view.status)) this.#showResults(view);
  }

  dispose(): void {
    this.#disposed = true;
    this.#stream?.stop();
    this.#review?.dispose();
  }

  #onEvent(event: RunEvent): void {
    const progress = this.#progress;
    if (!progress) return;
    progress.add(event);
    updateRun(this.#id, { events: progress.events });
    if (TERMINAL_EVENTS.has(event.type) && !this.#shown) {
      api
        .run(this.#id)
        .then((view) => {
          if (!this.#disposed) this.#showResults(view);
        })
        .catch((error: unknown) =>
          this.#inlineError(`The run ended, but its result could not be loaded: ${describe(error).message}`),
        );
    }
  }

  #header(view: RunView): HTMLElement {
    const status = RUN_STATUS[view.status];
    const running = !TERMINAL.has(view.status);
    const title = running
      ? view.mode === "tailor"
        ? "Tailoring your resume…"
        : "Analyzing your resume…"
      : !view.result
        ? `Run ${RUN_STATUS[view.status].label.toLowerCase()}`
        : view.result.jobTitle
          ? `Results: ${view.result.jobTitle}`
          : view.mode === "tailor"
            ? "Tailoring results"
            : "Analysis results";
    return h(
      "header",
      { class: "run-head" },
      h(
        "div",
        null,
        h("h1", { tabindex: "-1" }, title),
        h(
          "p",
          { class: "meta" },
          badge(status.tone, status.label, { "data-testid": "run-status" }),
          h("span", null, view.mode === "tailor" ? "Tailor" : "Analyze"),
          h("span", null, `Engine: ${view.engineUsed}`),
          h("span", null, `Started ${when(view.createdAt)}`),
          view.degradation !== "none" ? badge("warn", `Degradation: ${view.degradation}`) : null,
        ),
      ),
      h(
        "div",
        { class: "head-actions" },
        running
          ? h(
              "button",
              { type: "button", class: "button", "data-testid": "cancel-run", onclick: (e: Event) => this.#cancel(e) },
              "Cancel run",
            )
          : null,
        h("a", { class: "button", href: "#new" }, "New run"),
      ),
    );
  }

  async #cancel(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    button.disabled = true;
    try {
      await api.cancel(this.#id);
    } catch (error) {
      button.disabled = false;
      this.#inlineError(`The run could not be cancelled: ${describe(error).message}`);
    }
  }

  #banner(view: RunView): HTMLElement | null {
    const incomplete = view.result?.incomplete;
    if (view.status === "failed") {
      const failed = view.tasks.filter((t) => t.state === "failed");
      const skipped = view.tasks.filter((t) => t.state === "skipped").length;
      return h(
        "div",
        { class: "banner banner-bad", role: "alert" },
        h("strong", null, "The run failed"),
        view.error ? ` (${view.error.code})` : "",
        ". ",
        failed.length
          ? `${failed.map((t) => (t.error ? `${t.id} (${t.error})` : t.id)).join(", ")} failed`
          : "A step failed",
        skipped ? `, so ${skipped} later ${skipped === 1 ? "step was" : "steps were"} skipped. ` : ". ",
        h("a", { href: "#new" }, "Edit the input and start again"),
      );
    }
    if (view.status === "cancelled")
      return h("div", { class: "banner banner-muted" }, "This run was cancelled before it finished.");
    const missing = [
      ...(incomplete?.tasks.length ? [`tasks that did not finish: ${incomplete.tasks.join(", ")}`] : []),
      ...(incomplete?.sections.length
        ? [`sections not analyzed: ${incomplete.sections.map(humanize).join(", ")}`]
        : []),
    ];
    if (view.status === "partial")
      return h(
        "div",
        { class: "banner banner-warn", "data-testid": "incomplete" },
        h("strong", null, "Partial result. "),
        missing.length ? `Missing ${missing.join("; ")}. ` : `Missing: ${view.failedTasks.join(", ")}. `,
        "Everything below was computed; what depends on the missing parts is left out.",
      );
    if (view.degradation !== "none")
      return h(
        "div",
        { class: "banner banner-info" },
        `Some work ran on the local engine instead of the LLM (degradation: ${view.degradation}). The score is computed in code either way.`,
      );
    return null;
  }

  #showResults(view: RunView): void {
    if (this.#shown || this.#disposed) return;
    this.#shown = true;
    const progress = this.#progress;
    progress?.syncTasks(view);
    progress?.setStatus(view.status);
    progress?.collapse();
    const result = view.result;
    const main = h("div", { class: "results-main" });
    const grid = h("div", { class: "results" }, main);
    fill(this.el, this.#header(view), this.#banner(view), grid);
    this.#ctx.focusHeading();
    if (!result) {
      // Nothing to analyze: the run's own record is the page (what ran, what failed, every event).
      fill(this.el, this.#header(view), this.#banner(view), progress?.el);
      return;
    }
    const tailored = view.mode === "tailor" ? result.tailored : undefined;
    const panel = new ResumePanel(Boolean(tailored));
    const reveal = panel.reveal.bind(panel);
    const score = new ScoreCard(result.score.before, result.score.after, view.mode === "tailor");
    const session = loadRun(this.#id);
    // How the resume was read, as the form read it before the run (or read now from the pasted text): the warnings
    // first, the full reading folded under them.
    const reading = new ParsedResumeView({ open: false, id: "sec-parsed" });
    const canRead = Boolean(session.parsed ?? session.resumeText);
    if (session.parsed) reading.show(session.parsed);
    else if (session.resumeText)
      api
        .parse({ resume: session.resumeText })
        .then((parsed) => {
          if (this.#disposed) return;
          reading.show(parsed);
          updateRun(this.#id, { parsed });
        })
        .catch(() => {
          // A supplement to the results: without it the page still stands.
        });
    const nav = h(
      "nav",
      { class: "jump", "aria-label": "Results sections" },
      [
        ["sec-requirements", "Requirements"],
        ["sec-sections", "Sections"],
        ["sec-ats", "ATS"],
        ["sec-questions", "Gap questions"],
        ...(canRead ? [["sec-parsed", "How we read it"]] : []),
        ...(tailored ? [["sec-review", "Review edits"]] : []),
      ].map(([target = "", text]) =>
        h("button", { type: "button", class: "jump-link", onclick: () => jumpTo(target) }, text),
      ),
    );
    main.append(
      score.el,
      nav,
      reading.el,
      requirementsView(result.requirements, result.evidence, reveal),
      sectionsView(result.sections, result.incomplete?.sections ?? [], reveal),
      atsView(result.ats),
      questionsView(result.recommendations),
    );
    if (tailored) {
      this.#review = new ReviewView({
        runId: this.#id,
        edits: tailored.edits,
        saved: session.keep,
        reveal,
        onPreview: (markdown, after, applied) => {
          panel.setTailored(markdown, applied);
          score.setAfter(after);
        },
      });
      main.append(this.#review.el);
      panel.setTailored(
        tailored.markdown,
        tailored.edits.filter((e) => e.status === "accepted"),
      );
      // The original as the service reads it: the resume with no edits kept (works for PDFs and JSON Resumes too).
      api
        .tailored(this.#id, [])
        .then((original) => panel.setOriginal(original.markdown))
        .catch(() => panel.setOriginal(session.resumeText, "The original resume could not be loaded."));
    } else {
      panel.setOriginal(
        session.resumeText,
        "The original resume is shown for runs started in this browser tab from pasted text or a text file. The lines each requirement rests on are quoted in the checklist.",
      );
    }
    if (progress) main.append(progress.el);
    grid.append(panel.el);
    const after = result.score.after;
    announce(
      `Run ${RUN_STATUS[view.status].label.toLowerCase()}. Score ${num(result.score.before.overall)}${
        after ? `, ${num(after.overall)} after tailoring` : ""
      }. ${plural(result.requirements.length, "requirement")}.`,
      true,
    );
  }

  #inlineError(message: string): void {
    this.el.append(h("div", { class: "banner banner-bad", role: "alert" }, message));
  }

  #loadError(error: unknown): void {
    const status = error instanceof ApiError ? error.status : 0;
    if (error instanceof ApiError && (error.code === "missing_api_key" || error.code === "invalid_api_key")) {
      fill(
        this.el,
        h("h1", { tabindex: "-1" }, "API key needed"),
        h("p", { class: "muted" }, "Enter your API key above to open this run."),
      );
      this.#ctx.needKey(error.code, () => void this.load());
      return;
    }
    const title = status === 404 ? "Run not found" : status === 410 ? "Run expired" : "The run could not be loaded";
    const detail =
      status === 404
        ? "It may have been deleted, or it belongs to another API key."
        : status === 410
          ? "Runs are deleted after their retention period; only their summary stays in the history."
          : describe(error).message;
    fill(
      this.el,
      h("h1", { tabindex: "-1" }, title),
      h("div", { class: "banner banner-bad", role: "alert" }, detail),
      h(
        "p",
        { class: "actions" },
        status === 0 || status >= 500
          ? h("button", { type: "button", class: "button primary", onclick: () => void this.load() }, "Try again")
          : null,
        h("a", { class: "button", href: "#history" }, "History"),
        h("a", { class: "button", href: "#new" }, "New run"),
      ),
    );
    this.#ctx.focusHeading();
  }
}
