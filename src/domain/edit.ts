import { z } from "zod";
import { Ref } from "./resume.ts";

export const EditKind = z.enum(["reorder_bullets", "reorder_skills", "add_skill", "rewrite_summary", "rewrite_bullet"]);
export type EditKind = z.infer<typeof EditKind>;

export const Edit = z
  .object({
    id: z.string(),
    kind: EditKind,
    section: z.string(),
    /** Where the edit applies. */
    ref: Ref,
    before: z.string(),
    after: z.string(),
    reason: z.string(),
    /** The resume lines the new text rests on. */
    sources: z.array(Ref),
    status: z.enum(["accepted", "rejected"]),
    /** The unsupported claims that got the edit rejected. */
    rejectedFor: z.array(z.string()).optional(),
  })
  .meta({ id: "Edit" });
export type Edit = z.infer<typeof Edit>;

/** An edit as an engine proposes it, before the verifier rules on it. */
export const ProposedEdit = Edit.omit({ status: true, rejectedFor: true });
export type ProposedEdit = z.infer<typeof ProposedEdit>;
