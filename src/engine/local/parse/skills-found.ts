import type { FoundSkill, Ref, Section } from "../../../domain/resume.ts";
import type { Taxonomy } from "../../taxonomy/index.ts";

/** Every place a resume line can be referenced from, with its text. The header section is contact, not evidence. */
export function* resumeRefs(sections: readonly Section[]): Generator<Ref> {
  for (const section of sections) {
    if (section.kind === "header") continue;
    for (const entry of section.entries) {
      const header = entry.header.join(" | ");
      if (header !== "") yield { section: section.id, entry: entry.index, bullet: null, text: header };
      for (const bullet of entry.bullets)
        yield { section: section.id, entry: entry.index, bullet: bullet.index, text: bullet.text };
    }
  }
}

/** Every taxonomy skill the resume mentions, with each line that mentions it, in order of first appearance. */
export function findSkills(sections: readonly Section[], taxonomy: Taxonomy): FoundSkill[] {
  const byId = new Map<number, FoundSkill>();
  for (const ref of resumeRefs(sections)) {
    for (const match of taxonomy.match(ref.text)) {
      let found = byId.get(match.entry.id);
      if (!found) {
        found = { canonical: match.entry.canonical, category: match.entry.category, text: match.text, refs: [] };
        byId.set(match.entry.id, found);
      }
      const last = found.refs[found.refs.length - 1];
      if (!last || last.section !== ref.section || last.entry !== ref.entry || last.bullet !== ref.bullet)
        found.refs.push(ref);
    }
  }
  return [...byId.values()];
}
