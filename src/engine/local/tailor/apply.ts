import type { Edit } from "../../../domain/edit.ts";
import type { ParsedResume, Section } from "../../../domain/resume.ts";
import type { Taxonomy } from "../../taxonomy/index.ts";
import { rederive } from "../parse/index.ts";

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

/**
 * Applies accepted edits to a copy of the resume. Each kind applies on its own terms, so any subset of edits can be
 * accepted in any combination: reorders replace an entry's bullets with the same bullets in the new order, skill
 * additions append to their line, rewrites replace their text. Rejected edits are ignored.
 */
export function applyEdits(resume: ParsedResume, edits: readonly Edit[], taxonomy: Taxonomy, now: Date): ParsedResume {
  const copy: ParsedResume = structuredClone(resume);
  const section = (id: string, create?: Pick<Section, "kind" | "heading">, atStart = false): Section | undefined => {
    let found = copy.sections.find((s) => s.id === id);
    if (!found && create) {
      found = { id, ...create, entries: [{ index: 0, header: [], bullets: [] }] };
      const at = atStart ? copy.sections.findIndex((s) => s.kind !== "header") : copy.sections.length;
      copy.sections.splice(at < 0 ? copy.sections.length : at, 0, found);
    }
    return found;
  };
  for (const edit of edits) {
    if (edit.status !== "accepted") continue;
    const { ref } = edit;
    switch (edit.kind) {
      case "reorder_bullets":
      case "reorder_skills": {
        const entry = section(ref.section)?.entries[ref.entry];
        if (!entry) break;
        const order = lines(edit.after);
        // Only a true permutation is applied: a reorder never adds or drops a line.
        const same =
          order.length === entry.bullets.length &&
          [...order].sort().join("\n") ===
            entry.bullets
              .map((b) => b.text)
              .sort()
              .join("\n");
        if (same) entry.bullets = order.map((text, index) => ({ index, text }));
        break;
      }
      case "add_skill": {
        const entry = section(ref.section, { kind: "skills", heading: "Skills" })?.entries[ref.entry];
        if (!entry) break;
        // Additions go to the end of the list, whatever else was reordered or added before them.
        const added = edit.after.slice(edit.before.length).replace(/^,\s*/, "").trim();
        const target = entry.bullets[entry.bullets.length - 1];
        if (target) target.text = target.text.trim() === "" ? added : `${target.text}, ${added}`;
        else entry.bullets.push({ index: 0, text: added });
        break;
      }
      case "rewrite_summary": {
        const entry = section(ref.section, { kind: "summary", heading: "Summary" }, true)?.entries[ref.entry];
        if (entry) entry.bullets = [{ index: 0, text: edit.after }];
        break;
      }
      case "rewrite_bullet": {
        // Found by its text: a reorder accepted alongside may have moved it.
        const bullet = section(ref.section)?.entries[ref.entry]?.bullets.find((b) => b.text === edit.before);
        if (bullet) bullet.text = edit.after;
        break;
      }
    }
  }
  return rederive(copy, taxonomy, now);
}
