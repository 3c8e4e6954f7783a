import type { Evidence, EvidenceStatus } from "../../../src/domain/analysis.ts";
import type { Requirement } from "../../../src/domain/requirement.ts";
import { badge, fill, h } from "../dom.ts";
import { EVIDENCE, humanize } from "../format.ts";
import { type Reveal, refButton, uniqueRefs } from "./refs.ts";

const ORDER: EvidenceStatus[] = ["missing", "partial", "cannot_claim", "met"];

/**
 * The requirement checklist: every requirement the posting states, what the resume shows for it, and the lines
 * that show it (each opens in the resume panel). Must-haves first; a filter narrows by status.
 */
export function requirementsView(requirements: Requirement[], evidence: Evidence[], reveal: Reveal): HTMLElement {
  const byReq = new Map(evidence.map((e) => [e.requirementId, e]));
  const rows = requirements
    .map((req) => ({ req, ev: byReq.get(req.id) }))
    .sort(
      (a, b) =>
        Number(a.req.priority === "nice") - Number(b.req.priority === "nice") ||
        ORDER.indexOf(a.ev?.status ?? "missing") - ORDER.indexOf(b.ev?.status ?? "missing") ||
        b.req.weight - a.req.weight,
    );
  const list = h("ul", { class: "req-list" });
  const counts = new Map<EvidenceStatus, number>();
  for (const { ev } of rows) counts.set(ev?.status ?? "missing", (counts.get(ev?.status ?? "missing") ?? 0) + 1);

  let filter: EvidenceStatus | "all" = "all";
  const filters = h("div", { class: "filters", role: "group", "aria-label": "Show requirements" });
  const paint = () => {
    for (const button of filters.querySelectorAll<HTMLButtonElement>("button"))
      button.setAttribute("aria-pressed", String(button.dataset.filter === filter));
    fill(
      list,
      rows
        .filter(({ ev }) => filter === "all" || (ev?.status ?? "missing") === filter)
        .map(({ req, ev }) => item(req, ev, reveal)),
    );
  };
  const filterButton = (value: EvidenceStatus | "all", text: string) =>
    h(
      "button",
      {
        type: "button",
        class: "filter",
        "data-filter": value,
        onclick: () => {
          filter = value;
          paint();
        },
      },
      text,
    );
  filters.append(
    filterButton("all", `All ${rows.length}`),
    ...ORDER.filter((s) => counts.has(s)).map((s) => filterButton(s, `${EVIDENCE[s].label} ${counts.get(s)}`)),
  );
  paint();
  return h(
    "section",
    { class: "card", id: "sec-requirements", "aria-labelledby": "req-title", "data-testid": "requirements" },
    h("h2", { id: "req-title" }, "Requirements"),
    h(
      "p",
      { class: "muted" },
      "What the posting asks for, and where your resume shows it. Select a line to see it in your resume.",
    ),
    filters,
    list,
  );
}

function item(req: Requirement, ev: Evidence | undefined, reveal: Reveal): HTMLElement {
  const status = ev?.status ?? "missing";
  const { label, tone } = EVIDENCE[status];
  const refs = uniqueRefs(ev?.refs ?? []);
  return h(
    "li",
    { class: "req", "data-status": status, "data-requirement": req.id },
    badge(tone, label),
    h(
      "div",
      { class: "req-body" },
      h(
        "p",
        { class: "req-title" },
        h("span", { class: "req-name" }, req.canonical),
        h(
          "span",
          { class: `tag ${req.priority === "must" ? "tag-must" : ""}` },
          req.priority === "must" ? "Must-have" : "Nice-to-have",
        ),
        h("span", { class: "tag" }, humanize(req.category)),
        req.years ? h("span", { class: "tag" }, `${req.years}+ years`) : null,
      ),
      req.text !== req.canonical ? h("p", { class: "quote" }, `“${req.text}”`) : null,
      ev?.note ? h("p", { class: "note" }, ev.note) : null,
      refs.length > 0
        ? h(
            "ul",
            { class: "refs", "aria-label": "Evidence" },
            refs.map((r) => h("li", null, refButton(r, reveal))),
          )
        : null,
    ),
  );
}
