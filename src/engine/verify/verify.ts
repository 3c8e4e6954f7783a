import type { Edit, ProposedEdit } from "../../domain/edit.ts";
import type { Taxonomy } from "../taxonomy/index.ts";
import { extractClaims } from "./claims.ts";
import { newMarkup } from "./markup.ts";
import { type Support, supported } from "./support.ts";

export interface Verdict {
  accepted: boolean;
  /** The claims the resume does not support, and the markup, links and contacts the text adds, as "kind: text". */
  unsupported: string[];
}

/**
 * Checks the claims an edit's new text makes against the original resume, and that it adds no markup, link, e-mail
 * address or phone number `before` (the text it replaces) did not have.
 */
export function verifyText(after: string, support: Support, taxonomy: Taxonomy, before = ""): Verdict {
  const unsupported: string[] = [];
  const seen = new Set<string>();
  for (const claim of extractClaims(after, taxonomy)) {
    const id = `${claim.kind}:${claim.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (!supported(claim, support)) unsupported.push(`${claim.kind}: ${claim.text}`);
  }
  unsupported.push(...newMarkup(after, before, taxonomy));
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
 * Rules on every proposed edit, from any engine: accepted, or rejected naming what is wrong with it. Reorders are
 * checked for being exact permutations of their lines; every other edit's new text has its claims checked; no edit
 * may add markup, a link, an e-mail address or a phone number its original text did not have.
 */
export function verifyEdits(edits: readonly ProposedEdit[], support: Support, taxonomy: Taxonomy): Edit[] {
  return edits.map((edit) => {
    const reorder = edit.kind === "reorder_bullets" || edit.kind === "reorder_skills";
    const unsupported = !reorder
      ? verifyText(edit.after, support, taxonomy, edit.before).unsupported
      : [
          ...(isPermutation(edit.kind as "reorder_bullets" | "reorder_skills", edit.before, edit.after)
            ? []
            : ["reorder: the text differs from the original, not only its order"]),
          ...newMarkup(edit.after, edit.before, taxonomy),
        ];
    return unsupported.length === 0
      ? { ...edit, status: "accepted" }
      : { ...edit, status: "rejected", rejectedFor: unsupported };
  });
}
