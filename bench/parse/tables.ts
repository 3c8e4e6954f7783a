/** The benchmark's Markdown: rates against targets by format and by layout, speed, dotin recall, failure classes. */
import { f3, quantile } from "../lib/report.ts";
import type { FailureClass } from "./failures.ts";
import { FIELDS, type Field, type Scores } from "./score.ts";

/** The issue's targets: at least this rate, except `spurious`, at most. */
export const TARGETS: Record<Field, number> = {
  name: 0.98,
  email: 0.98,
  phone: 0.98,
  jobsFound: 0.95,
  employer: 0.92,
  title: 0.92,
  start: 0.92,
  end: 0.92,
  spurious: 0.03,
  bulletsWhole: 0.95,
  institution: 0.9,
  degree: 0.9,
  skills: 0.9,
  years: 0.9,
};

export const LABELS: Record<Field, string> = {
  name: "name",
  email: "e-mail",
  phone: "phone",
  jobsFound: "jobs found",
  employer: "employer (found jobs)",
  title: "title (found jobs)",
  start: "start date (found jobs)",
  end: "end date / Present (found jobs)",
  spurious: "spurious jobs (share of parsed entries)",
  bulletsWhole: "bullets recovered whole (found jobs)",
  institution: "education institution",
  degree: "degree",
  skills: "skill keywords found",
  years: "years of experience within 6 months",
};

const SHORT: Record<Field, string> = {
  name: "name",
  email: "mail",
  phone: "phone",
  jobsFound: "jobs",
  employer: "empl.",
  title: "title",
  start: "start",
  end: "end",
  spurious: "spur.",
  bulletsWhole: "bullets",
  institution: "school",
  degree: "degree",
  skills: "skills",
  years: "years",
};

export const rate = (s: Scores, f: Field) => (s[f].total === 0 ? Number.NaN : s[f].hit / s[f].total);
const meets = (f: Field, x: number) => (f === "spurious" ? x <= TARGETS[f] : x >= TARGETS[f]);
const cell = (s: Scores, f: Field) => {
  const x = rate(s, f);
  return Number.isNaN(x) ? "—" : meets(f, x) ? f3(x) : `**${f3(x)}**`;
};
const target = (f: Field) => `${f === "spurious" ? "≤" : "≥"} ${TARGETS[f].toFixed(2)}`;

/** Fields as rows, one column per format; misses in bold. */
export function byFormatTable(columns: ReadonlyArray<{ name: string; scores: Scores | string; docs: number }>): string {
  const head = `| field | target | ${columns.map((c) => c.name).join(" | ")} |`;
  const rule = `|---|---|${columns.map(() => "---|").join("")}`;
  const rows = FIELDS.map(
    (f) =>
      `| ${LABELS[f]} | ${target(f)} | ${columns.map((c) => (typeof c.scores === "string" ? "n/a" : `${cell(c.scores, f)} (${c.scores[f].total})`)).join(" | ")} |`,
  );
  const docs = `| documents | | ${columns.map((c) => (typeof c.scores === "string" ? c.scores : String(c.docs))).join(" | ")} |`;
  return [head, rule, ...rows, docs].join("\n");
}

/** One row per layout (theme or Word layout) and format, fields as columns. */
export function byLayoutTable(rows: ReadonlyArray<{ name: string; scores: Scores }>): string {
  const head = `| layout | ${FIELDS.map((f) => SHORT[f]).join(" | ")} |`;
  const rule = `|---|${FIELDS.map(() => "---|").join("")}`;
  return [head, rule, ...rows.map((r) => `| ${r.name} | ${FIELDS.map((f) => cell(r.scores, f)).join(" | ")} |`)].join(
    "\n",
  );
}

export function speedTable(rows: ReadonlyArray<{ name: string; cpuMs: number[]; perPageMs?: number[] }>): string {
  const ms = (xs: number[], q: number) =>
    xs.length === 0
      ? "—"
      : quantile(
          [...xs].sort((a, b) => a - b),
          q,
        ).toFixed(2);
  return [
    "| format | documents | CPU ms, median | CPU ms, p95 | CPU ms a page, median | a page, p95 |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.cpuMs.length} | **${ms(r.cpuMs, 0.5)}** | ${ms(r.cpuMs, 0.95)} | ${r.perPageMs ? ms(r.perPageMs, 0.5) : "—"} | ${r.perPageMs ? ms(r.perPageMs, 0.95) : "—"} |`,
    ),
  ].join("\n");
}

export function failureList(classes: readonly FailureClass[], top: number): string {
  return classes
    .slice(0, top)
    .map(
      (c, i) =>
        `${i + 1}. **${c.name}** — ${c.count} (most in ${c.variants.slice(0, 4).join(", ")})\n${c.examples.map((e) => `   - ${e.replace(/\|/g, "\\|")}`).join("\n")}`,
    )
    .join("\n");
}
