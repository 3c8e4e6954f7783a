import type { Edit } from "../../../src/domain/edit.ts";
import type { Ref } from "../../../src/domain/resume.ts";
import { announce } from "../announce.ts";
import { fill, h, reducedMotion, scrollToEl } from "../dom.ts";
import { locate, type ResumeDoc, renderResume } from "../resume-doc.ts";

type Which = "original" | "tailored";

/**
 * The resume beside the analysis: the original (what evidence and edit sources point into) and, for tailor runs,
 * the tailored version as the review currently stands. A reference is shown by switching to the original,
 * scrolling to its line and highlighting it. The tailored resume is also rendered into #print-area, the only thing
 * the print stylesheet prints.
 */
export class ResumePanel {
  readonly el: HTMLElement;
  // Focusable so the keyboard can scroll it.
  readonly #body = h("div", { class: "resume-body", tabindex: "0", role: "region", "aria-label": "Resume text" });
  readonly #buttons = new Map<Which, HTMLButtonElement>();
  readonly #docs = new Map<Which, ResumeDoc>();
  readonly #notes = new Map<Which, string>();
  #which: Which;

  constructor(hasTailored: boolean) {
    this.#which = hasTailored ? "tailored" : "original";
    const toggle = h("div", { class: "toggle", role: "group", "aria-label": "Which resume" });
    for (const which of hasTailored ? (["original", "tailored"] as const) : (["original"] as const)) {
      const button = h(
        "button",
        { type: "button", class: "toggle-button", "data-testid": `resume-${which}`, onclick: () => this.#show(which) },
        which === "original" ? "Original" : "Tailored",
      );
      this.#buttons.set(which, button);
      toggle.append(button);
    }
    this.el = h(
      "aside",
      { class: "card resume-panel", "aria-labelledby": "resume-panel-title", "data-testid": "resume-panel" },
      h("div", { class: "panel-head" }, h("h2", { id: "resume-panel-title" }, "Resume"), toggle),
      this.#body,
    );
    this.#notes.set("original", "Loading the original resume…");
    this.#show(this.#which);
  }

  setOriginal(markdown: string | undefined, note?: string): void {
    if (markdown === undefined) {
      this.#docs.delete("original");
      this.#notes.set("original", note ?? "The original resume is not available.");
    } else this.#docs.set("original", renderResume(markdown));
    if (this.#which === "original") this.#show("original");
  }

  setTailored(markdown: string, edits: readonly Edit[] = []): void {
    const doc = renderResume(markdown);
    // Mark the lines the kept edits changed, so the preview shows where the review made a difference.
    for (const edit of edits) {
      if (edit.kind === "reorder_bullets") continue;
      for (const line of locate(doc, { ...edit.ref, text: edit.after })) {
        line.el.classList.add("r-edited");
        line.el.title = edit.reason;
      }
    }
    this.#docs.set("tailored", doc);
    if (this.#which === "tailored") this.#show("tailored");
    const print = document.getElementById("print-area");
    if (print) fill(print, renderResume(markdown).root);
  }

  /** Shows a resume line; false when it cannot be found (the caller says so). */
  reveal(ref: Ref): boolean {
    this.#show("original");
    const doc = this.#docs.get("original");
    if (!doc) {
      announce(this.#notes.get("original") ?? "The original resume is not available.", true);
      return false;
    }
    for (const old of doc.root.querySelectorAll(".hl")) old.classList.remove("hl");
    const lines = locate(doc, ref);
    const first = lines[0];
    if (!first) {
      announce("That line could not be found in the resume.", true);
      return false;
    }
    for (const line of lines) {
      // Restart the flash animation when the same line is shown twice.
      line.el.classList.remove("hl");
      void line.el.offsetWidth;
      line.el.classList.add("hl");
    }
    // Beside the analysis (a sticky panel) only the panel scrolls; stacked under it, the page does.
    if (getComputedStyle(this.el).position === "sticky") {
      const body = this.#body;
      const top = first.el.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
      body.scrollTo({ top: Math.max(0, top - body.clientHeight / 3), behavior: reducedMotion() ? "auto" : "smooth" });
    } else scrollToEl(first.el);
    announce(`Highlighted in the original resume: ${ref.text}`, true);
    return true;
  }

  #show(which: Which): void {
    this.#which = which;
    for (const [w, button] of this.#buttons) button.setAttribute("aria-pressed", String(w === which));
    const doc = this.#docs.get(which);
    fill(this.#body, doc ? doc.root : h("p", { class: "muted empty" }, this.#notes.get(which) ?? "Loading…"));
    this.el.dataset.showing = which;
  }
}
