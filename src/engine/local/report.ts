import type { Requirement } from "../../domain/requirement.ts";
import type { RunResult } from "../../domain/result.ts";
import type { ParsedResume } from "../../domain/resume.ts";

const STATUS_MARK = {
  met: "✓ met",
  partial: "~ partial",
  missing: "✗ missing",
  cannot_claim: "✗ cannot claim",
} as const;

/** A readable report of a run: the score and why, the requirement checklist, suggestions, gaps and edits. */
export function runReport(result: RunResult): string {
  const out: string[] = ["# Match report", ""];
  if (result.jobTitle) out.push(`Job: **${result.jobTitle}**`, "");
  const before = result.score.before;
  out.push(
    `## Score: ${before.overall}/100${result.score.after ? ` → ${result.score.after.overall}/100 after tailoring` : ""}`,
    "",
  );
  if (before.cappedBy) out.push(`Capped: ${before.cappedBy} (uncapped ${before.uncapped}).`, "");
  out.push("| component | points | why |", "|---|---|---|");
  for (const [name, c] of Object.entries(before.breakdown))
    out.push(`| ${name} | ${c.points}/${c.max} | ${c.detail} |`);
  out.push("", "## Requirements", "", "| priority | requirement | status | evidence |", "|---|---|---|---|");
  const byId = new Map(result.evidence.map((e) => [e.requirementId, e]));
  for (const r of result.requirements) {
    const e = byId.get(r.id);
    const where = e?.refs[0] ? `${e.note} “${e.refs[0].text.slice(0, 70)}”` : (e?.note ?? "");
    out.push(`| ${r.priority} | ${r.text} | ${e ? STATUS_MARK[e.status] : ""} | ${where.replace(/\|/g, "/")} |`);
  }
  out.push("", "## Sections", "");
  for (const s of result.sections) {
    out.push(`### ${s.section}: ${s.score}/100`);
    for (const sug of s.suggestions) out.push(`- [${sug.severity}] ${sug.message}`);
    out.push("");
  }
  out.push("## ATS checks", "");
  for (const a of result.ats) out.push(`- ${a.status.toUpperCase()} ${a.label}: ${a.detail}`);
  if (result.recommendations.length > 0) {
    out.push("", "## Gaps: questions for you", "");
    for (const g of result.recommendations) out.push(`- (${g.priority}) ${g.question}`);
  }
  if (result.tailored) {
    out.push("", "## Edits", "");
    for (const e of result.tailored.edits) {
      out.push(`- **${e.kind}** (${e.status}${e.rejectedFor ? `: ${e.rejectedFor.join("; ")}` : ""}) — ${e.reason}`);
    }
    out.push("", "## Tailored resume", "", result.tailored.markdown);
  }
  return `${out.join("\n")}\n`;
}

export function parseReport(resume: ParsedResume): string {
  const out = [`# ${resume.contact.name ?? "Resume"}`, ""];
  if (resume.headline) out.push(`Headline: ${resume.headline}`);
  out.push(`Format: ${resume.format} · ${resume.yearsOfExperience} years of dated experience`, "");
  for (const s of resume.sections) {
    out.push(`## ${s.heading || s.kind} (${s.kind}, ${s.entries.length} entr${s.entries.length === 1 ? "y" : "ies"})`);
    for (const e of s.entries) {
      const label = [e.title, e.organization, e.location, e.dates?.text].filter(Boolean).join(" · ");
      if (label) out.push(`- ${label} (${e.bullets.length} bullets)`);
    }
    out.push("");
  }
  out.push("## Skills found", "");
  for (const skill of resume.skills)
    out.push(
      `- ${skill.canonical} (${skill.category}, ${skill.source}, ${skill.refs.length} place${skill.refs.length === 1 ? "" : "s"})`,
    );
  return `${out.join("\n")}\n`;
}

export function requirementsReport(requirements: readonly Requirement[], jobTitle?: string): string {
  const out = [
    `# Requirements${jobTitle ? `: ${jobTitle}` : ""}`,
    "",
    "| priority | category | requirement | canonical | weight |",
    "|---|---|---|---|---|",
  ];
  for (const r of requirements)
    out.push(
      `| ${r.priority} | ${r.category} | ${r.text} | ${r.canonical}${r.years ? ` (${r.years}+ yrs)` : ""} | ${r.weight} |`,
    );
  return `${out.join("\n")}\n`;
}
