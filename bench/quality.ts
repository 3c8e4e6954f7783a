/**
 * `npm run bench:quality`: the local engine against real, labelled public data (../shared/data).
 *
 * 1. Requirement extraction on 140 SkillSpan postings: one-to-one greedy matching of predicted requirement texts to
 *    gold span texts at token F1 >= 0.5 (lower-cased, punctuation stripped).
 * 2. Resume skill extraction on the dotin resumes against their gold "Tech Tools" + "Job Specific Skills".
 * 3. Parsing: resumes that yield at least two recognized sections; inputs that crash.
 * 4. Faithfulness: 100 resumes x 3 postings tailored; every accepted edit re-checked by the verifier and by an
 *    independent check (numbers, capitalized terms, taxonomy skills absent from the original).
 */
import { requirements as extract, parse, runLocal } from "../src/engine/local/engine.ts";
import { defaultTaxonomy } from "../src/engine/taxonomy/default.ts";
import { buildSupport } from "../src/engine/verify/support.ts";
import { verifyEdits } from "../src/engine/verify/verify.ts";
import { loadJobs, loadResumes } from "./lib/data.ts";
import { newFacts } from "./lib/new-facts.ts";
import { f3, pct, publish } from "./lib/report.ts";
import { addCounts, type MatchCounts, matchSpans, prf } from "./lib/span-match.ts";

const NOW = new Date("2026-11-01T00:00:00Z");
const taxonomy = defaultTaxonomy();
const jobs = loadJobs();
const resumes = loadResumes();
const zero: MatchCounts = { predicted: 0, gold: 0, matched: 0 };

// 1. Requirement extraction.
const KNOWLEDGE_TYPED = new Set(["hard_skill", "tool", "domain", "certification", "education", "language"]);
const extraction = {
  all: zero,
  knowledge: zero,
  knowledgeTyped: zero,
  skillTyped: zero,
  taxonomyOnlyAll: zero,
  taxonomyOnlyKnowledge: zero,
};
for (const job of jobs) {
  const reqs = extract(job.text, { now: NOW }).requirements;
  const texts = reqs.map((r) => r.text);
  const gold = job.gold_spans.map((s) => s.text);
  const knowledge = job.gold_spans.filter((s) => s.type === "knowledge").map((s) => s.text);
  const skill = job.gold_spans.filter((s) => s.type === "skill").map((s) => s.text);
  extraction.all = addCounts(extraction.all, matchSpans(texts, gold));
  extraction.knowledge = addCounts(extraction.knowledge, matchSpans(texts, knowledge));
  extraction.knowledgeTyped = addCounts(
    extraction.knowledgeTyped,
    matchSpans(
      reqs.filter((r) => KNOWLEDGE_TYPED.has(r.category)).map((r) => r.text),
      knowledge,
    ),
  );
  extraction.skillTyped = addCounts(
    extraction.skillTyped,
    matchSpans(
      reqs.filter((r) => !KNOWLEDGE_TYPED.has(r.category)).map((r) => r.text),
      skill,
    ),
  );
  // Baseline: every taxonomy term in the posting, nothing else — a dictionary match.
  const dictionary = [...new Map(taxonomy.match(job.text).map((m) => [m.entry.id, m.text])).values()];
  extraction.taxonomyOnlyAll = addCounts(extraction.taxonomyOnlyAll, matchSpans(dictionary, gold));
  extraction.taxonomyOnlyKnowledge = addCounts(extraction.taxonomyOnlyKnowledge, matchSpans(dictionary, knowledge));
}

// 2. Resume skills, 3. parsing.
const EXCLUDED = new Set(["soft_skill", "language", "domain", "certification"]);
let named = zero;
let everything = zero;
let withGold = 0;
let twoSections = 0;
const crashes: string[] = [];
for (const resume of resumes) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(resume.text, { now: NOW });
  } catch (error) {
    crashes.push(`${resume.id}: ${String(error)}`);
    continue;
  }
  const kinds = new Set(parsed.sections.filter((s) => s.kind !== "header" && s.kind !== "other").map((s) => s.kind));
  if (kinds.size >= 2) twoSections++;
  const gold = [
    ...new Map(
      [...(resume.gold_entities["Tech Tools"] ?? []), ...(resume.gold_entities["Job Specific Skills"] ?? [])].map(
        (g) => [g.toLowerCase().trim(), g],
      ),
    ).values(),
  ];
  if (gold.length === 0) continue;
  withGold++;
  const skills = parsed.skills.filter((s) => !EXCLUDED.has(s.category));
  named = addCounts(
    named,
    matchSpans(
      skills.filter((s) => s.confidence === "named").map((s) => s.text),
      gold,
    ),
  );
  everything = addCounts(
    everything,
    matchSpans(
      skills.map((s) => s.text),
      gold,
    ),
  );
}

// 4. Faithfulness.
const faith = {
  pairs: 0,
  proposed: 0,
  accepted: 0,
  rejectedByVerifier: 0,
  acceptedButUnsupported: 0,
  flaggedIndependently: 0,
  documentsFlagged: 0,
  examples: [] as string[],
};
const picked = [...resumes].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true })).slice(0, 100);
picked.forEach((resume, i) => {
  const parsed = parse(resume.text, { now: NOW });
  const support = buildSupport(parsed, taxonomy);
  for (let k = 0; k < 3; k++) {
    const job = jobs[(i * 3 + k) % jobs.length];
    if (!job) continue;
    const run = runLocal(parsed, job.text, "tailor", { now: NOW });
    faith.pairs++;
    for (const edit of run.tailored?.edits ?? []) {
      faith.proposed++;
      if (edit.status === "rejected") {
        faith.rejectedByVerifier++;
        continue;
      }
      faith.accepted++;
      if (verifyEdits([edit], support, taxonomy)[0]?.status !== "accepted") faith.acceptedButUnsupported++;
      const flagged = newFacts(parsed, edit.after, taxonomy);
      if (flagged.length > 0) {
        faith.flaggedIndependently++;
        if (faith.examples.length < 5)
          faith.examples.push(`${resume.id} × ${job.id} ${edit.kind}: ${flagged.join(", ")}`);
      }
    }
    const flaggedDoc = newFacts(parsed, run.tailored?.markdown ?? "", taxonomy);
    if (flaggedDoc.length > 0) {
      faith.documentsFlagged++;
      if (faith.examples.length < 5) faith.examples.push(`${resume.id} × ${job.id} markdown: ${flaggedDoc.join(", ")}`);
    }
  }
});

const row = (label: string, c: MatchCounts, target: string) => {
  const r = prf(c);
  return `| ${label} | ${f3(r.precision)} | ${f3(r.recall)} | **${f3(r.f1)}** | ${c.predicted} / ${c.gold} / ${c.matched} | ${target} |`;
};
const namedPrf = prf(named);
const markdown = `## Engine quality (local engine, real data)

Data: ${jobs.length} SkillSpan postings (training split, MIT) and ${resumes.length} dotin resumes (CC0), read in place from
the shared data folder. Matching rule: one-to-one greedy matching of predicted texts to gold span texts where the
token F1 of lower-cased, punctuation-stripped tokens is at least 0.5.

### Requirement extraction (SkillSpan)

| predictions → gold | precision | recall | F1 | predicted / gold / matched | target |
|---|---|---|---|---|---|
${row("all requirements → all spans", extraction.all, "F1 ≥ 0.40")}
${row("knowledge-type requirements → knowledge spans", extraction.knowledgeTyped, "F1 ≥ 0.50")}
${row("all requirements → knowledge spans", extraction.knowledge, "(strict reading)")}
${row("skill-type requirements → skill spans", extraction.skillTyped, "—")}
${row("baseline: taxonomy terms only → all spans", extraction.taxonomyOnlyAll, "(≈0.21 for large public taxonomies)")}
${row("baseline: taxonomy terms only → knowledge spans", extraction.taxonomyOnlyKnowledge, "(≈0.31)")}

Knowledge-type requirements are those whose category is a thing known (hard skill, tool, domain, certification,
education, language); skill-type ones are things done (soft skills, duties). Scored against knowledge spans with
*all* requirements as predictions, every correctly found skill span counts as a false positive, which caps that
reading's precision; both readings are reported. SkillSpan marks every skill mention in a posting, not only the
requirements, so recall has a ceiling below 1.

### Resume skills (dotin, gold "Tech Tools" + "Job Specific Skills", ${withGold} resumes with gold)

| predictions | precision | recall | F1 | predicted / gold / matched | target |
|---|---|---|---|---|---|
${row("skills found, confidence `named`", named, "P ≥ 0.60 and R ≥ 0.60")}
${row("every skill found", everything, "—")}

Soft skills, languages, domains and certifications are left out of the predictions: the gold types do not cover them.

### Parsing

| measure | value | target |
|---|---|---|
| resumes with ≥ 2 recognized sections | ${twoSections} / ${resumes.length} (${pct(twoSections / resumes.length)}) | ≥ 95% |
| inputs that crash the parser | ${crashes.length} | 0 |

### Faithfulness (100 resumes × 3 postings, tailored by the local engine)

| measure | value | target |
|---|---|---|
| pairs tailored | ${faith.pairs} | 300 |
| edits proposed / accepted / rejected by the verifier | ${faith.proposed} / ${faith.accepted} / ${faith.rejectedByVerifier} | — |
| accepted edits the verifier flags on a second pass | ${faith.acceptedButUnsupported} | 0 |
| accepted edits the independent check flags | ${faith.flaggedIndependently} | 0 |
| tailored resumes (whole Markdown) the independent check flags | ${faith.documentsFlagged} / ${faith.pairs} | 0 |
${faith.examples.length > 0 ? `\nFlagged: ${faith.examples.map((e) => `\`${e}\``).join("; ")}\n` : ""}`;

publish(
  "quality",
  {
    extraction: Object.fromEntries(Object.entries(extraction).map(([k, v]) => [k, { ...v, ...prf(v) }])),
    resumeSkills: { named: { ...named, ...namedPrf }, everything: { ...everything, ...prf(everything) } },
    parsing: { twoSections, total: resumes.length, crashes },
    faithfulness: faith,
  },
  markdown,
);
