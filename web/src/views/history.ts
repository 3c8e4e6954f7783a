import type { RunSummary } from "../../../src/domain/run.ts";
import { ApiError, api, describe } from "../api.ts";
import { badge, fill, h } from "../dom.ts";
import { num, RUN_STATUS, when } from "../format.ts";
import { forgetRun } from "../session.ts";
import type { PageContext } from "./run-page.ts";

/**
 * The caller's recent runs, newest first: open one (its result, or its live progress if it is still running),
 * or delete it after a confirmation. Pages of 20 with "Show more".
 */
export class HistoryPage {
  readonly el: HTMLElement;
  readonly #list = h("ul", { class: "history-list" });
  readonly #status = h("div", { class: "history-status" });
  readonly #more = h("button", { type: "button", class: "button", hidden: true }, "Show more");
  readonly #dialog: HTMLDialogElement;
  #cursor: string | undefined;
  #pending: RunSummary | undefined;

  readonly #ctx: PageContext;

  constructor(ctx: PageContext) {
    this.#ctx = ctx;
    this.#dialog = h(
      "dialog",
      { class: "confirm", "aria-labelledby": "confirm-title", "data-testid": "confirm-delete" },
      h(
        "form",
        { method: "dialog" },
        h("h2", { id: "confirm-title" }, "Delete this run?"),
        h("p", null, "Its resume, job description, results and events are erased now. This cannot be undone."),
        h(
          "div",
          { class: "dialog-actions" },
          h("button", { value: "cancel", class: "button", autofocus: true }, "Keep it"),
          h("button", { value: "delete", class: "button danger", "data-testid": "confirm-delete-button" }, "Delete"),
        ),
      ),
    );
    this.#dialog.addEventListener("close", () => {
      if (this.#dialog.returnValue === "delete" && this.#pending) void this.#delete(this.#pending);
      this.#pending = undefined;
    });
    this.#more.addEventListener("click", () => void this.#load(true));
    this.el = h(
      "div",
      { class: "history-page" },
      h("h1", { tabindex: "-1" }, "History"),
      h(
        "p",
        { class: "muted" },
        "Your recent runs. Run content is kept for 7 days by default; delete a run to erase it now.",
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "history-title", "data-testid": "history" },
        h("h2", { id: "history-title", class: "sr-only" }, "Runs"),
        this.#status,
        this.#list,
        this.#more,
      ),
      this.#dialog,
    );
  }

  async load(): Promise<void> {
    await this.#load(false);
  }

  async #load(more: boolean): Promise<void> {
    if (!more) {
      this.#cursor = undefined;
      fill(this.#list);
    }
    fill(this.#status, h("p", { class: "muted" }, "Loading…"));
    try {
      const page = await api.runs(more ? this.#cursor : undefined);
      this.#cursor = page.nextCursor;
      this.#more.hidden = !page.nextCursor;
      fill(this.#status);
      this.#list.append(...page.runs.map((run) => this.#row(run)));
      if (this.#list.children.length === 0)
        fill(
          this.#status,
          h(
            "div",
            { class: "empty" },
            h("p", null, "No runs yet."),
            h("a", { class: "button primary", href: "#new" }, "Start a run"),
          ),
        );
    } catch (error) {
      if (error instanceof ApiError && (error.code === "missing_api_key" || error.code === "invalid_api_key")) {
        fill(this.#status, h("p", { class: "muted" }, "Enter your API key above to see your runs."));
        this.#ctx.needKey(error.code, () => void this.load());
        return;
      }
      fill(
        this.#status,
        h(
          "div",
          { class: "banner banner-bad", role: "alert" },
          `The history could not be loaded: ${describe(error).message}`,
        ),
        h("button", { type: "button", class: "button", onclick: () => void this.#load(more) }, "Try again"),
      );
    }
  }

  #row(run: RunSummary): HTMLElement {
    const status = RUN_STATUS[run.status];
    const score =
      run.scoreBefore === undefined
        ? "—"
        : run.scoreAfter === undefined
          ? num(run.scoreBefore)
          : `${num(run.scoreBefore)} → ${num(run.scoreAfter)}`;
    return h(
      "li",
      { class: "history-row", "data-run": run.id },
      h(
        "div",
        { class: "history-main" },
        h(
          "a",
          { href: `#run=${run.id}`, class: "history-open" },
          `${run.mode === "tailor" ? "Tailor" : "Analyze"} run · ${when(run.createdAt)}`,
        ),
        h(
          "p",
          { class: "meta" },
          badge(status.tone, status.label),
          h("span", null, `Score ${score}`),
          run.degradation && run.degradation !== "none" ? badge("warn", `Degradation: ${run.degradation}`) : null,
          h("span", { class: "mono muted" }, run.id.slice(0, 8)),
        ),
      ),
      h(
        "button",
        {
          type: "button",
          class: "button danger-quiet",
          "data-testid": `delete-${run.id}`,
          "aria-label": `Delete the ${run.mode} run of ${when(run.createdAt)}`,
          onclick: () => {
            this.#pending = run;
            this.#dialog.returnValue = "";
            this.#dialog.showModal();
          },
        },
        "Delete",
      ),
    );
  }

  async #delete(run: RunSummary): Promise<void> {
    const row = this.#list.querySelector(`[data-run="${run.id}"]`);
    try {
      await api.remove(run.id);
      forgetRun(run.id);
      row?.remove();
      // The focused Delete button is gone with its row: keep focus on the page, on the confirmation.
      const done = h("p", { class: "muted", role: "status", tabindex: "-1" }, "Run deleted.");
      fill(this.#status, done);
      done.focus();
      if (this.#list.children.length === 0) void this.load();
    } catch (error) {
      fill(
        this.#status,
        h(
          "div",
          { class: "banner banner-bad", role: "alert" },
          `The run could not be deleted: ${describe(error).message}`,
        ),
      );
    }
  }
}
