import type { Edit } from "../../../domain/edit.ts";
import type { ParsedResume, Section } from "../../../domain/resume.ts";
import type { Taxonomy } from "../../taxonomy/index.ts";
import { isPermutation } from "../../verify/verify.ts";
import { rederive } from "../parse/index.ts";

const APPLY_ORDER: Record<Edit["kind"], number> = {
  reorder_bullets: 0,
  reorder_skills: 1,
  rewrite_bullet: 2,
  rewrite_summary: 3,
  add_skill: 4,
};

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
  // Reorders first (they check the text they move is unchanged), then rewrites, then additions to the list.
  const ordered = [...edits].sort((a, b) => APPLY_ORDER[a.kind] - APPLY_ORDER[b.kind]);
  for (const edit of ordered) {
    if (edit.status !== "accepted") continue;
    const { ref } = edit;
    switch (edit.kind) {
      case "reorder_bullets":
      case "reorder_skills": {
        const entry = section(ref.section)?.entries[ref.entry];
        if (!entry) break;
        const order = lines(edit.after);
        // Only a true reorder is applied: it never adds, drops or changes what it moves.
        if (
          entry.bullets.map((b) => b.text).join("\n") === edit.before &&
          isPermutation(edit.kind, edit.before, edit.after)
        ) {
          entry.bullets = order.map((text, index) => ({ index, text }));
        }
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
