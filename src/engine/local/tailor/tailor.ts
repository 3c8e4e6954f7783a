import type { Evidence, SectionAnalysis } from "../../../domain/analysis.ts";
import type { ProposedEdit } from "../../../domain/edit.ts";
import type { Requirement } from "../../../domain/requirement.ts";
import type { ParsedResume, Ref, Section } from "../../../domain/resume.ts";
import type { AnalyzerContext } from "../analyze/context.ts";
import { evidencedButUnlisted } from "../analyze/skills.ts";

export interface TailorContext extends AnalyzerContext {
  resume: ParsedResume;
  sections: readonly SectionAnalysis[];
}

const entryRef = (section: Section, entry: number): Ref => ({
  section: section.id,
  entry,
  bullet: null,
  text: section.entries[entry]?.header.join(" | ") ?? "",
});

/** Bullets inside each experience and project entry, most relevant to the job first (stable for ties). */
export function reorderBullets(context: TailorContext): ProposedEdit[] {
  const edits: ProposedEdit[] = [];
  for (const analysis of context.sections) {
    if (!analysis.bullets) continue;
    const section = context.resume.sections.find((s) => s.id === analysis.section);
    if (!section) continue;
    for (const entry of section.entries) {
      if (entry.bullets.length < 2) continue;
      const ranked = analysis.bullets.filter((b) => b.ref.entry === entry.index);
      const relevance = new Map(ranked.map((b) => [b.ref.bullet, b.relevance]));
      const order = [...entry.bullets].sort(
        (a, b) => (relevance.get(b.index) ?? 0) - (relevance.get(a.index) ?? 0) || a.index - b.index,
      );
      if (order.every((b, i) => b.index === i)) continue;
      const moved = order.slice(0, 3).filter((b, i) => b.index !== i && (relevance.get(b.index) ?? 0) > 0);
      const shows = moved.flatMap((b) => requirementsShownBy(section, entry.index, b.index, context)).slice(0, 3);
      edits.push({
        id: "",
        kind: "reorder_bullets",
        section: section.id,
        ref: entryRef(section, entry.index),
        before: entry.bullets.map((b) => b.text).join("\n"),
        after: order.map((b) => b.text).join("\n"),
        reason:
          shows.length > 0
            ? `Leads with the bullets that show ${list(shows)}.`
            : "Leads with the bullets most relevant to the job.",
        sources: order.map((b) => ({ section: section.id, entry: entry.index, bullet: b.index, text: b.text })),
      });
    }
  }
  return edits;
}

function requirementsShownBy(section: Section, entry: number, bullet: number, context: TailorContext): string[] {
  return context.requirements
    .filter((r) =>
      (context.evidence.get(r.id)?.refs ?? []).some(
        (ref) => ref.section === section.id && ref.entry === entry && ref.bullet === bullet,
      ),
    )
    .sort((a, b) => b.weight - a.weight)
    .map((r) => r.canonical);
}

const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** Skills the job asks for move to the front of their line, and lines with more of them come first. */
export function reorderSkills(context: TailorContext): ProposedEdit[] {
  const edits: ProposedEdit[] = [];
  const wanted = context.requirements.filter((r) => context.evidence.get(r.id)?.status === "met");
  for (const section of context.resume.sections.filter((s) => s.kind === "skills")) {
    for (const entry of section.entries) {
      const rank = (text: string) => {
        const ids = new Set(context.taxonomy.match(text).map((m) => m.entry.id));
        return wanted.reduce((sum, r) => {
          const entryId = context.taxonomy.byName(r.canonical)?.id;
          return sum + (entryId !== undefined && ids.has(entryId) ? r.weight : 0);
        }, 0);
      };
      const scored = entry.bullets.map((bullet) => {
        const label = /^[^:,;|]{2,40}:\s*/.exec(bullet.text)?.[0] ?? "";
        const body = bullet.text.slice(label.length);
        // Items move only in a plain list with one separator, split verbatim so nothing but the order changes.
        const separator = [", ", "; ", " | ", " • "].find((sep) => body.includes(sep));
        const pieces = separator ? body.split(separator) : [body];
        const plain =
          separator !== undefined && pieces.length > 1 && pieces.every((p) => p.trim() !== "" && !/[()]/.test(p));
        const ranked = pieces
          .map((piece, i) => ({ piece, i, rank: rank(piece) }))
          .sort((a, b) => b.rank - a.rank || a.i - b.i);
        const moved = plain && ranked.some((r, i) => r.i !== i);
        const text = moved ? `${label}${ranked.map((r) => r.piece).join(separator)}` : bullet.text;
        return { index: bullet.index, text, rank: ranked.reduce((sum, r) => sum + r.rank, 0) };
      });
      const order = [...scored].sort((a, b) => b.rank - a.rank || a.index - b.index);
      const after = order.map((l) => l.text).join("\n");
      const before = entry.bullets.map((b) => b.text).join("\n");
      if (after === before) continue;
      const first = wanted
        .filter((r) => (context.evidence.get(r.id)?.refs ?? []).some((ref) => ref.section === section.id))
        .slice(0, 4)
        .map((r) => r.canonical);
      edits.push({
        id: "",
        kind: "reorder_skills",
        section: section.id,
        ref: entryRef(section, entry.index),
        before,
        after,
        reason:
          first.length > 0
            ? `Puts the skills this job asks for first: ${list(first)}.`
            : "Puts the skills this job asks for first.",
        sources: entry.bullets.map((b) => ({ section: section.id, entry: entry.index, bullet: b.index, text: b.text })),
      });
    }
  }
  return edits;
}

/** Adds to the skills list only skills the job asks for that the resume already shows elsewhere. */
export function addEvidencedSkills(context: TailorContext): ProposedEdit[] {
  const skills = context.resume.sections.find((s) => s.kind === "skills");
  const ids = new Set(context.resume.sections.filter((s) => s.kind === "skills").map((s) => s.id));
  const entry = skills?.entries[0];
  const last = entry?.bullets[entry.bullets.length - 1];
  const before = last?.text ?? "";
  // Shown in a role's or project's bullets, not only in a title: a title is evidence of a field, not a listable skill.
  const shown = evidencedButUnlisted(ids, context)
    .map((u) => ({ ...u, refs: u.refs.filter((r) => r.bullet !== null) }))
    .filter((u) => u.refs.length > 0);
  return shown.map((u) => ({
    id: "",
    kind: "add_skill" as const,
    section: skills?.id ?? "skills",
    ref: { section: skills?.id ?? "skills", entry: 0, bullet: last?.index ?? 0, text: before },
    before,
    after: before === "" ? u.canonical : `${before}, ${u.canonical}`,
    reason: `The job asks for ${u.canonical}; your resume shows it (${u.refs[0]?.text.slice(0, 70) ?? ""}) but your skills list leaves it out.`,
    sources: u.refs,
  }));
}

/**
 * A summary written from what the resume states: the title it holds, the years its dates add up to, and the
 * job's requirements it meets with the strongest evidence. Sentences of the old summary that show a matched
 * requirement are kept after it.
 */
export function rewriteSummary(context: TailorContext): ProposedEdit[] {
  const resume = context.resume;
  const section = resume.sections.find((s) => s.kind === "summary");
  const before = section ? section.entries.flatMap((e) => e.bullets.map((b) => b.text)).join(" ") : "";
  const sources: Ref[] = [];
  const experience = resume.sections.find((s) => s.kind === "experience");
  const latest = experience?.entries.find((e) => e.title);
  // A headline counts as a title only when it reads like one ("Working as X with Y." does not).
  const headline = resume.headline;
  const titleLike =
    headline !== undefined &&
    headline.split(/\s+/).length <= 8 &&
    !/[.!?]$/.test(headline) &&
    !/^\p{Lu}?\p{Ll}+ing\b/u.test(headline) &&
    !/r[ée]sum[ée]|\bcv\b|curriculum/i.test(headline);
  const title = titleLike ? headline : latest?.title;
  if (title && latest?.title === title && experience) sources.push(entryRef(experience, latest.index));
  else if (title) sources.push({ section: "header", entry: 0, bullet: null, text: title });

  const met: Array<{ requirement: Requirement; evidence: Evidence }> = [];
  for (const requirement of context.requirements) {
    const evidence = context.evidence.get(requirement.id);
    const entry = context.taxonomy.byName(requirement.canonical);
    if (evidence?.status !== "met" || !entry || entry.category === "soft_skill" || entry.category === "language")
      continue;
    met.push({ requirement, evidence });
  }
  met.sort(
    (a, b) =>
      b.requirement.weight - a.requirement.weight ||
      b.evidence.strength - a.evidence.strength ||
      a.requirement.id.localeCompare(b.requirement.id, "en", { numeric: true }),
  );
  const top = met.slice(0, 5);
  for (const m of top) if (m.evidence.refs[0]) sources.push(m.evidence.refs[0]);
  if (!title && top.length === 0) return [];

  const years = Math.floor(resume.yearsOfExperience);
  // Without a title held, the sentence opens with the years; nothing is said that the resume does not say.
  if (!title && years < 1) return [];
  const subject = title ? capitalize(title) : "";
  const experiencePart = years >= 1 ? `${title ? " with " : ""}${years}+ years of experience` : "";
  const skillsPart =
    top.length > 0
      ? `${experiencePart ? " and" : ""} hands-on work with ${list(top.map((m) => m.requirement.canonical))}`
      : "";
  const recent =
    latest?.title && latest.organization && latest.title !== title
      ? `, most recently ${latest.title} at ${latest.organization}`
      : "";
  let after = `${subject}${experiencePart}${skillsPart}${recent}.`;

  if (section) {
    // The old summary stays after the new opening (nothing the candidate wrote is lost), trimmed to its
    // sentences that show a requirement when the whole would run long.
    const sentences = before.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== "");
    const shownIds = new Set(
      context.requirements
        .filter((r) => context.taxonomy.byName(r.canonical) && context.evidence.get(r.id)?.status !== "missing")
        .map((r) => context.taxonomy.byName(r.canonical)?.id),
    );
    const words = (x: string) => x.split(/\s+/).length;
    const keep =
      words(after) + words(before) <= 110
        ? sentences
        : sentences
            .filter((sentence) => context.taxonomy.match(sentence).some((m) => shownIds.has(m.entry.id)))
            .slice(0, 2);
    if (keep.length > 0) after += ` ${keep.join(" ")}`;
  }
  if (after.trim() === before.trim()) return [];
  return [
    {
      id: "",
      kind: "rewrite_summary",
      section: section?.id ?? "summary",
      ref: { section: section?.id ?? "summary", entry: 0, bullet: null, text: before },
      before,
      after,
      reason: section
        ? `Opens with your role${years >= 1 ? ", years" : ""} and the requirements you meet best${top.length ? ` (${list(top.slice(0, 3).map((m) => m.requirement.canonical))})` : ""}, all taken from your resume.`
        : "Adds a summary built only from your resume: your role, years and the requirements you meet best.",
      sources,
    },
  ];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Uses the job's name for a skill where the resume wrote the same skill another way ("k8s" → "Kubernetes (k8s)"),
 * so keyword screens find it. Only for the same taxonomy entry: a different skill is never substituted.
 */
export function alignSkillNames(context: TailorContext, jobText: string): ProposedEdit[] {
  const edits: ProposedEdit[] = [];
  const done = new Set<string>();
  for (const requirement of context.requirements) {
    const evidence = context.evidence.get(requirement.id);
    const entry = context.taxonomy.byName(requirement.canonical);
    if (evidence?.status !== "met" || !entry) continue;
    const jobWording = jobText.slice(requirement.evidence.start, requirement.evidence.end);
    for (const ref of evidence.refs) {
      if (ref.bullet === null || done.has(`${ref.section}/${ref.entry}/${ref.bullet}`)) continue;
      const section = context.resume.sections.find((s) => s.id === ref.section);
      if (section?.kind !== "experience" && section?.kind !== "projects") continue;
      const match = context.taxonomy.match(ref.text).find((m) => m.entry.id === entry.id);
      if (
        !match ||
        match.text.toLowerCase() === jobWording.toLowerCase() ||
        ref.text.toLowerCase().includes(jobWording.toLowerCase())
      )
        continue;
      if (context.taxonomy.lookup(jobWording)?.id !== entry.id) continue;
      // A version or number in the job's name ("HTML5", "Java 17") would be a new claim.
      if (/\d/.test(jobWording) && !(jobWording.match(/\d+/g) ?? []).every((n) => ref.text.includes(n))) continue;
      const after = `${ref.text.slice(0, match.start)}${jobWording} (${match.text})${ref.text.slice(match.end)}`;
      done.add(`${ref.section}/${ref.entry}/${ref.bullet}`);
      edits.push({
        id: "",
        kind: "rewrite_bullet",
        section: ref.section,
        ref,
        before: ref.text,
        after,
        reason: `The job says "${jobWording}"; this bullet says "${match.text}", the same skill. Naming it both ways helps keyword screens.`,
        sources: [ref],
      });
      break;
    }
  }
  return edits;
}
