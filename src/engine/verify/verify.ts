import type { Edit, ProposedEdit } from "../../domain/edit.ts";
import type { Taxonomy } from "../taxonomy/index.ts";
import { extractClaims } from "./claims.ts";
import { type Support, supported } from "./support.ts";

export interface Verdict {
  accepted: boolean;
  /** The claims the resume does not support, as "kind: text". */
  unsupported: string[];
}

/** Checks the claims an edit's new text makes against the original resume. Claims the old text made are fine. */
export function verifyText(after: string, support: Support, taxonomy: Taxonomy): Verdict {
  const unsupported: string[] = [];
  const seen = new Set<string>();
  for (const claim of extractClaims(after, taxonomy)) {
    const id = `${claim.kind}:${claim.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (!supported(claim, support)) unsupported.push(`${claim.kind}: ${claim.text}`);
  }
  return { accepted: unsupported.length === 0, unsupported };
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();

const words = (text: string) =>
  text
    .split(/[\s,;|•·]+/)
    .filter(Boolean)
    .sort();

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A reorder may only move what it had. Bullets: the same lines, each as many times, none changed. Skills: the same
 * items (they may move within and between lines), nothing added or dropped.
 */
export function isPermutation(kind: "reorder_bullets" | "reorder_skills", before: string, after: string): boolean {
  return kind === "reorder_bullets" ? sameList(lines(before), lines(after)) : sameList(words(before), words(after));
}

/**
 * Rules on every proposed edit, from any engine: accepted, or rejected naming its unsupported claims. Reorders are
 * checked for being exact permutations of their lines; every other edit's new text has its claims checked.
 */
export function verifyEdits(edits: readonly ProposedEdit[], support: Support, taxonomy: Taxonomy): Edit[] {
  return edits.map((edit) => {
    const reorder = edit.kind === "reorder_bullets" || edit.kind === "reorder_skills";
    const verdict: Verdict = !reorder
      ? verifyText(edit.after, support, taxonomy)
      : isPermutation(edit.kind as "reorder_bullets" | "reorder_skills", edit.before, edit.after)
        ? { accepted: true, unsupported: [] }
        : { accepted: false, unsupported: ["reorder: the text differs from the original, not only its order"] };
    return verdict.accepted
      ? { ...edit, status: "accepted" }
      : { ...edit, status: "rejected", rejectedFor: verdict.unsupported };
  });
}
