import type { ParsedResume } from "../../src/domain/resume.ts";
import type { Taxonomy } from "../../src/engine/taxonomy/index.ts";

/**
 * The faithfulness benchmark's own check, written apart from the verifier: numbers, capitalized words and
 * taxonomy skills that appear in the tailored output but not in the original resume. Allowed: the years figure
 * the resume's dates add up to ("9+ years"), another name of a skill the original has ("Kubernetes" for "k8s"),
 * and Markdown section headings.
 */
export function newFacts(input: ParsedResume, output: string, taxonomy: Taxonomy): string[] {
  const after = output.replace(/^#{1,3} .*$/gm, (line) =>
    line.startsWith("# ") || line.startsWith("### ") ? line : "",
  );
  const c = input.contact;
  const before = [
    c.name,
    c.email,
    c.phone,
    c.location,
    ...c.links,
    input.headline,
    ...input.sections.flatMap((s) => [
      s.heading,
      ...s.entries.flatMap((e) => [...e.header, ...e.bullets.map((b) => b.text)]),
    ]),
  ]
    .filter(Boolean)
    .join("\n");
  const had = new Set(taxonomy.match(before).map((m) => m.entry.id));
  const numbers = (t: string) => new Set(t.match(/\d+(?:[.,]\d+)*%?/g) ?? []);
  const allowed = numbers(before).add(String(Math.floor(input.yearsOfExperience)));
  const lower = before.toLowerCase();
  const out = [...numbers(after)].filter((n) => !allowed.has(n)).map((n) => `number ${n}`);
  const matches = taxonomy.match(after);
  for (const m of matches) if (!had.has(m.entry.id)) out.push(`skill ${m.text}`);
  const named = (i: number) => matches.some((m) => had.has(m.entry.id) && i >= m.start && i < m.end);
  for (const w of after.matchAll(/\b[A-Z][a-zA-Z]{2,}\b/g)) {
    if (!lower.includes(w[0].toLowerCase()) && !named(w.index)) out.push(`term ${w[0]}`);
  }
  return out;
}
