import type { Score } from "../../../src/domain/analysis.ts";
import type { Edit, EditKind } from "../../../src/domain/edit.ts";
import { announce } from "../announce.ts";
import { api, describe } from "../api.ts";
import { diffWords } from "../diff.ts";
import { badge, h, srOnly } from "../dom.ts";
import { num, refPlace } from "../format.ts";
import { updateRun } from "../session.ts";
import { type Reveal, refButton, uniqueRefs } from "./refs.ts";

const KIND: Record<EditKind, string> = {
  rewrite_summary: "Rewrote the summary",
  rewrite_bullet: "Rewrote a bullet",
  add_skill: "Added a skill",
  reorder_bullets: "Reordered bullets",
  reorder_skills: "Reordered skills",
};

const DEBOUNCE_MS = 350;

/** Before and after, word by word; reorders as the two orders side by side (a word diff of a reorder is noise). */
function diffView(edit: Edit): HTMLElement {
  if (edit.kind === "reorder_bullets" || edit.kind === "reorder_skills") {
    const column = (title: string, text: string) =>
      h(
        "div",
        null,
        h("h4", null, title),
        h(
          "ol",
          null,
          text.split("\n").map((line) => h("li", null, line)),
        ),
      );
    return h("div", { class: "reorder" }, column("Before", edit.before), column("After", edit.after));
  }
  return h(
    "p",
    { class: "diff" },
    diffWords(edit.before, edit.after).map((part) =>
      part.op === "equal"
        ? part.text
        : part.op === "delete"
          ? h("del", null, srOnly("[removed: "), part.text, srOnly("]"))
          : h("ins", null, srOnly("[added: "), part.text, srOnly("]")),
    ),
  );
}

export interface ReviewDeps {
  runId: string;
  edits: Edit[];
  /** The user's earlier choices for this run, if any. */
  saved: string[] | undefined;
  reveal: Reveal;
  /** A new tailored resume and its score, as the choices stand. */
  onPreview: (markdown: string, score: Score, applied: Edit[]) => void;
}

/**
 * Every edit with its diff, reason and sources; accept or reject each. Edits the verifier rejected are shown with
 * the claims that failed and cannot be accepted. Each change asks the API for the resume with the kept edits
 * (debounced; a newer request supersedes an older one) and updates the preview, the score and the downloads.
 */
export class ReviewView {
  readonly el: HTMLElement;
  readonly #deps: ReviewDeps;
  readonly #keep: Set<string>;
  readonly #accepted: Edit[];
  readonly #boxes = new Map<string, HTMLInputElement>();
  readonly #count = h("p", { class: "review-count" });
  readonly #state = h("p", { class: "preview-state muted", role: "status" });
  readonly #md: HTMLAnchorElement;
  readonly #json: HTMLAnchorElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;

  constructor(deps: ReviewDeps) {
    this.#deps = deps;
    this.#accepted = deps.edits.filter((e) => e.status === "accepted");
    const acceptedIds = new Set(this.#accepted.map((e) => e.id));
    this.#keep = new Set((deps.saved ?? [...acceptedIds]).filter((id) => acceptedIds.has(id)));
    this.#md = this.#downloadLink("md", "Markdown", "resume.md");
    this.#json = this.#downloadLink("json", "JSON Resume", "resume.json");
    const rejected = deps.edits.length - this.#accepted.length;
    this.el = h(
      "section",
      {
        class: "card review",
        id: "sec-review",
        "aria-labelledby": "review-title",
        "data-testid": "review",
        "data-preview": "ready",
      },
      h("h2", { id: "review-title" }, "Review the edits"),
      h(
        "p",
        { class: "muted" },
        deps.edits.length === 0
          ? "No edits were proposed: the resume already says what it can for this job."
          : `Each edit rests on lines of your resume (its sources) and passed the fabrication check${
              rejected ? `, except ${rejected} the verifier rejected (shown last, they cannot be applied)` : ""
            }. Keep the ones you want; the tailored resume and its score follow.`,
      ),
      h(
        "div",
        { class: "review-bar" },
        this.#count,
        h(
          "div",
          { class: "bar-actions" },
          h(
            "button",
            { type: "button", class: "button", "data-testid": "accept-all", onclick: () => this.#setAll(true) },
            "Accept all",
          ),
          h(
            "button",
            { type: "button", class: "button", "data-testid": "reject-all", onclick: () => this.#setAll(false) },
            "Reject all",
          ),
        ),
        h(
          "div",
          { class: "bar-actions" },
          h("span", { class: "muted small" }, "Download"),
          this.#md,
          this.#json,
          h(
            "button",
            { type: "button", class: "button", "data-testid": "print", onclick: () => window.print() },
            "Print / PDF",
          ),
        ),
      ),
      this.#state,
      h(
        "ol",
        { class: "edits" },
        [...this.#accepted, ...deps.edits.filter((e) => e.status === "rejected")].map((edit) =>
          h("li", null, this.#card(edit)),
        ),
      ),
    );
    this.#sync();
    // Earlier choices that differ from the run's own: the preview must show them, not the default.
    if (deps.saved && this.#keep.size !== this.#accepted.length) this.#refresh();
  }

  #downloadLink(format: "md" | "json", text: string, filename: string): HTMLAnchorElement {
    const link = h("a", { class: "button", "data-testid": `download-${format}`, download: filename, href: "#" }, text);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      api
        .download(link.href, filename)
        .catch((error: unknown) => this.#say(`Download failed: ${describe(error).message}`, "error"));
    });
    return link;
  }

  #card(edit: Edit): HTMLElement {
    const accepted = edit.status === "accepted";
    let control: HTMLElement;
    if (accepted) {
      const box = h("input", {
        type: "checkbox",
        id: `keep-${edit.id}`,
        "aria-describedby": `edit-title-${edit.id}`,
        "data-testid": `keep-${edit.id}`,
      });
      box.checked = this.#keep.has(edit.id);
      box.addEventListener("change", () => {
        if (box.checked) this.#keep.add(edit.id);
        else this.#keep.delete(edit.id);
        this.#changed();
      });
      this.#boxes.set(edit.id, box);
      control = h("label", { class: "keep", for: `keep-${edit.id}` }, box, "Accept");
    } else control = badge("bad", "Rejected by the verifier");
    const sources = uniqueRefs(edit.sources);
    return h(
      "article",
      {
        class: "edit",
        "data-testid": `edit-${edit.id}`,
        "data-status": edit.status,
        "aria-labelledby": `edit-title-${edit.id}`,
      },
      h(
        "div",
        { class: "edit-head" },
        h("h3", { id: `edit-title-${edit.id}` }, KIND[edit.kind], h("span", { class: "where" }, refPlace(edit.ref))),
        control,
      ),
      diffView(edit),
      h("p", { class: "reason" }, h("strong", null, "Why: "), edit.reason),
      edit.rejectedFor?.length
        ? h(
            "div",
            { class: "failed-claims" },
            h("strong", null, "Claims the resume does not support:"),
            h(
              "ul",
              null,
              edit.rejectedFor.map((claim) => h("li", null, claim)),
            ),
          )
        : null,
      sources.length > 0
        ? h(
            "div",
            { class: "sources" },
            h("h4", null, "Sources"),
            h(
              "ul",
              { class: "refs" },
              sources.map((r) => h("li", null, refButton(r, this.#deps.reveal))),
            ),
          )
        : null,
    );
  }

  #setAll(keep: boolean): void {
    for (const edit of this.#accepted) {
      if (keep) this.#keep.add(edit.id);
      else this.#keep.delete(edit.id);
    }
    this.#changed();
  }

  /** The order of the run's edits, not of the clicks: the same choices always make the same request. */
  get keep(): string[] {
    return this.#accepted.filter((e) => this.#keep.has(e.id)).map((e) => e.id);
  }

  #sync(): void {
    for (const [id, box] of this.#boxes) {
      box.checked = this.#keep.has(id);
      box.closest(".edit")?.setAttribute("data-kept", String(box.checked));
    }
    this.#count.textContent = `${this.#keep.size} of ${this.#accepted.length} edits accepted`;
    this.#md.href = api.resumeUrl(this.#deps.runId, "md", this.keep);
    this.#json.href = api.resumeUrl(this.#deps.runId, "json", this.keep);
  }

  #changed(): void {
    this.#sync();
    updateRun(this.#deps.runId, { keep: this.keep });
    this.el.dataset.preview = "updating";
    this.#say("Updating the preview…");
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#refresh(), DEBOUNCE_MS);
  }

  async #refresh(): Promise<void> {
    this.#inFlight?.abort();
    const controller = new AbortController();
    this.#inFlight = controller;
    this.el.dataset.preview = "updating";
    try {
      const view = await api.tailored(this.#deps.runId, this.keep, controller.signal);
      if (controller.signal.aborted) return;
      const applied = new Set(view.applied);
      this.#deps.onPreview(
        view.markdown,
        view.score,
        this.#accepted.filter((e) => applied.has(e.id)),
      );
      this.el.dataset.preview = "ready";
      this.#say(`Preview updated: ${view.applied.length} edits applied, score ${num(view.score.overall)}.`);
      announce(`Preview updated. Score after the edits: ${num(view.score.overall)}.`);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.el.dataset.preview = "error";
      this.#say(`The preview could not be updated: ${describe(error).message}`, "error");
    }
  }

  #say(text: string, tone: "info" | "error" = "info"): void {
    this.#state.textContent = text;
    this.#state.classList.toggle("error", tone === "error");
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#inFlight?.abort();
  }
}
