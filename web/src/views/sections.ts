import type { SectionAnalysis, Severity } from "../../../src/domain/analysis.ts";
import { badge, h } from "../dom.ts";
import { humanize, num, plural } from "../format.ts";
import { type Reveal, refButton } from "./refs.ts";

const SEVERITY: Record<Severity, { label: string; tone: string }> = {
  critical: { label: "Critical", tone: "bad" },
  warning: { label: "Warning", tone: "warn" },
  info: { label: "Tip", tone: "info" },
};

const tone = (score: number) => (score >= 75 ? "good" : score >= 50 ? "warn" : "bad");

/** A scorecard per resume section: its score, what went into it, what it covers and what to improve. */
export function sectionsView(sections: SectionAnalysis[], missingSections: string[], reveal: Reveal): HTMLElement {
  return h(
    "section",
    { class: "card", id: "sec-sections", "aria-labelledby": "sections-title", "data-testid": "sections" },
    h("h2", { id: "sections-title" }, "Sections"),
    sections.length === 0 && missingSections.length === 0
      ? h("p", { class: "muted empty" }, "No section analyses.")
      : null,
    h(
      "div",
      { class: "section-grid" },
      sections.map((s) =>
        h(
          "article",
          {
            class: `section-card ${missingSections.includes(s.section) ? "missing" : ""}`,
            "aria-labelledby": `section-${s.section}`,
          },
          h(
            "div",
            { class: "section-head" },
            h("h3", { id: `section-${s.section}` }, humanize(s.section)),
            h(
              "span",
              { class: `section-score tone-${tone(s.score)}` },
              num(s.score),
              h("span", { class: "tile-of" }, " / 100"),
            ),
          ),
          missingSections.includes(s.section)
            ? h(
                "p",
                { class: "banner banner-warn small" },
                "Its analysis did not finish: this card is scored without it.",
              )
            : null,
          h(
            "dl",
            { class: "mini-breakdown" },
            Object.entries(s.breakdown).map(([key, c]) => [
              h("dt", null, humanize(key), h("span", { class: "points" }, `${num(c.points)} / ${num(c.max)}`)),
              h("dd", null, c.detail),
            ]),
          ),
          h(
            "p",
            { class: "muted small" },
            `Shows ${plural(s.matched.length, "requirement")}${s.missing.length ? `; ${s.missing.length} not shown here` : ""}.`,
          ),
          s.suggestions.length > 0
            ? h(
                "ul",
                { class: "suggestions", "aria-label": "Suggestions" },
                s.suggestions.map((sg) =>
                  h(
                    "li",
                    null,
                    badge(SEVERITY[sg.severity].tone, SEVERITY[sg.severity].label),
                    h("div", null, h("p", null, sg.message), sg.ref ? refButton(sg.ref, reveal) : null),
                  ),
                ),
              )
            : h("p", { class: "muted small" }, "No suggestions."),
        ),
      ),
      missingSections
        .filter((name) => !sections.some((s) => s.section === name))
        .map((name) =>
          h(
            "article",
            { class: "section-card missing" },
            h("h3", null, humanize(name)),
            h("p", { class: "muted" }, "Not analyzed: its task did not finish."),
          ),
        ),
    ),
  );
}
