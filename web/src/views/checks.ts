import type { AtsCheck, Recommendation } from "../../../src/domain/analysis.ts";
import { badge, h } from "../dom.ts";
import { EVIDENCE } from "../format.ts";

const ATS: Record<AtsCheck["status"], { label: string; tone: string }> = {
  pass: { label: "Pass", tone: "good" },
  warn: { label: "Check", tone: "warn" },
  fail: { label: "Fail", tone: "bad" },
};

/** How an applicant tracking system would read the resume. */
export function atsView(checks: AtsCheck[]): HTMLElement {
  return h(
    "section",
    { class: "card", id: "sec-ats", "aria-labelledby": "ats-title", "data-testid": "ats" },
    h("h2", { id: "ats-title" }, "ATS checks"),
    checks.length === 0
      ? h("p", { class: "muted empty" }, "No checks ran.")
      : h(
          "ul",
          { class: "checks" },
          checks.map((c) =>
            h(
              "li",
              { "data-status": c.status },
              badge(ATS[c.status].tone, ATS[c.status].label),
              h("div", null, h("p", { class: "check-label" }, c.label), h("p", { class: "muted" }, c.detail)),
            ),
          ),
        ),
  );
}

/** The gaps, as questions: what the resume does not show is asked about, never written in. */
export function questionsView(recommendations: Recommendation[]): HTMLElement {
  return h(
    "section",
    { class: "card", id: "sec-questions", "aria-labelledby": "questions-title", "data-testid": "questions" },
    h("h2", { id: "questions-title" }, "Gap questions"),
    recommendations.length === 0
      ? h("p", { class: "muted empty" }, "No gaps: the resume shows every requirement.")
      : [
          h(
            "p",
            { class: "muted" },
            "The tailored resume never claims what yours does not show. If you have this experience, add it in your own words.",
          ),
          h(
            "ol",
            { class: "questions" },
            recommendations.map((r) =>
              h(
                "li",
                null,
                h(
                  "p",
                  { class: "req-title" },
                  h("span", { class: "req-name" }, r.requirement),
                  h(
                    "span",
                    { class: `tag ${r.priority === "must" ? "tag-must" : ""}` },
                    r.priority === "must" ? "Must-have" : "Nice-to-have",
                  ),
                  badge(EVIDENCE[r.status].tone, EVIDENCE[r.status].label),
                ),
                h("p", { class: "muted" }, r.message),
                h("p", { class: "question" }, r.question),
              ),
            ),
          ),
        ],
  );
}
