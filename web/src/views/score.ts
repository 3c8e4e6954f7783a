import type { Score } from "../../../src/domain/analysis.ts";
import { fill, h } from "../dom.ts";
import { num, signed } from "../format.ts";

const COMPONENTS = {
  mustHave: "Must-haves",
  niceToHave: "Nice-to-haves",
  years: "Years of experience",
  education: "Education",
  titleAlignment: "Title alignment",
} as const;

const bar = (points: number, max: number) => {
  const fillEl = h("span", { class: "bar-fill" });
  // CSSOM, not a style attribute: allowed under the page's style-src 'self'.
  fillEl.style.width = `${max > 0 ? Math.max(0, Math.min(100, (points / max) * 100)) : 0}%`;
  return h("span", { class: "bar", "aria-hidden": "true" }, fillEl);
};

/**
 * The code-computed score: before, after (the tailored resume as the review stands), each component of the
 * breakdown, and the must-have cap when one applied. `setAfter` follows the review.
 */
export class ScoreCard {
  readonly el: HTMLElement;
  readonly #after: HTMLElement | undefined;
  readonly #table = h("tbody");
  readonly #cap = h("div", { class: "cap" });
  readonly #before: Score;

  constructor(before: Score, after: Score | undefined, tailoring: boolean) {
    this.#before = before;
    if (tailoring) this.#after = h("div", { class: "score-tile after", "data-testid": "score-after" });
    this.el = h(
      "section",
      { class: "card score-card", id: "sec-score", "aria-labelledby": "score-title" },
      h("h2", { id: "score-title" }, "Match score"),
      h(
        "div",
        { class: "score-pair" },
        h(
          "div",
          { class: "score-tile", "data-testid": "score-before" },
          h("span", { class: "tile-label" }, tailoring ? "Before" : "Score"),
          h("span", { class: "tile-value" }, num(before.overall)),
          h("span", { class: "tile-of" }, "/ 100"),
        ),
        this.#after ? [h("span", { class: "arrow", "aria-hidden": "true" }, "→"), this.#after] : null,
      ),
      this.#cap,
      h(
        "table",
        { class: "breakdown" },
        h("caption", { class: "sr-only" }, "Score breakdown"),
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            h("th", { scope: "col" }, "Component"),
            h("th", { scope: "col" }, tailoring ? "Before" : "Points"),
            tailoring ? h("th", { scope: "col" }, "After") : null,
          ),
        ),
        this.#table,
      ),
    );
    this.setAfter(after);
  }

  setAfter(after: Score | undefined): void {
    const before = this.#before;
    if (this.#after) {
      if (after) {
        const delta = after.overall - before.overall;
        fill(
          this.#after,
          h("span", { class: "tile-label" }, "After"),
          h("span", { class: "tile-value" }, num(after.overall)),
          h("span", { class: "tile-of" }, "/ 100"),
          h(
            "span",
            { class: `delta ${delta > 0 ? "up" : delta < 0 ? "down" : ""}` },
            Math.abs(delta) < 0.05 ? "No change" : `${signed(Math.round(delta * 10) / 10)} points`,
          ),
        );
      } else
        fill(this.#after, h("span", { class: "tile-label" }, "After"), h("span", { class: "tile-value muted" }, "—"));
    }
    const cap = after?.cappedBy ? after : before.cappedBy ? before : undefined;
    this.#cap.hidden = !cap;
    if (cap)
      fill(
        this.#cap,
        h("strong", null, "Capped by a missing must-have: "),
        cap.cappedBy ?? "",
        cap.uncapped !== undefined ? `. Without the cap the score would be ${num(cap.uncapped)}.` : ".",
      );
    fill(
      this.#table,
      (Object.keys(COMPONENTS) as (keyof typeof COMPONENTS)[]).map((key) => {
        const b = before.breakdown[key];
        const a = after?.breakdown[key];
        const cell = (c: typeof b) =>
          h("td", null, h("span", { class: "points" }, `${num(c.points)} / ${num(c.max)}`), bar(c.points, c.max));
        return h(
          "tr",
          null,
          h("th", { scope: "row" }, COMPONENTS[key], h("span", { class: "detail" }, (a ?? b).detail)),
          cell(b),
          this.#after ? (a ? cell(a) : h("td", null, "—")) : null,
        );
      }),
    );
  }
}
