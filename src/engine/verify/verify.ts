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

/** Rules on every proposed edit, from any engine: accepted, or rejected naming its unsupported claims. */
export function verifyEdits(edits: readonly ProposedEdit[], support: Support, taxonomy: Taxonomy): Edit[] {
  return edits.map((edit) => {
    const verdict = verifyText(edit.after, support, taxonomy);
    return verdict.accepted
      ? { ...edit, status: "accepted" }
      : { ...edit, status: "rejected", rejectedFor: verdict.unsupported };
  });
}
