/**
 * Recall of the dotin gold entities in the parse of 310 real resumes (read in place from the shared data folder):
 * a gold value counts when its normalised tokens appear, at word edges, in the parsed field it belongs to.
 */
import type { ParsedResume } from "../../src/domain/resume.ts";
import { benchTokens } from "../lib/span-match.ts";

export const DOTIN_FIELDS = {
  "Companies worked at": "employers (experience entries' organization)",
  Designation: "titles (experience entries' title, and the headline)",
  Degree: "degrees (education entries' title)",
  "College Name": "schools (education entries' organization)",
} as const;
export type DotinField = keyof typeof DOTIN_FIELDS;

const norm = (text: string) => benchTokens(text).join(" ");

function parsedValues(parsed: ParsedResume, field: DotinField): string[] {
  const entries = (kind: string) => parsed.sections.filter((s) => s.kind === kind).flatMap((s) => s.entries);
  switch (field) {
    case "Companies worked at":
      return entries("experience").map((e) => e.organization ?? "");
    case "Designation":
      return [...entries("experience").map((e) => e.title ?? ""), parsed.headline ?? ""];
    case "Degree":
      return entries("education").map((e) => e.title ?? "");
    case "College Name":
      return entries("education").map((e) => e.organization ?? "");
  }
}

/** Found and total distinct gold values of each field, for one resume. */
export function dotinRecall(
  gold: Record<string, string[] | undefined>,
  parsed: ParsedResume,
): Record<DotinField, { found: number; total: number }> {
  const out = {} as Record<DotinField, { found: number; total: number }>;
  for (const field of Object.keys(DOTIN_FIELDS) as DotinField[]) {
    const wanted = [...new Set((gold[field] ?? []).map(norm).filter(Boolean))];
    const have = parsedValues(parsed, field).map((v) => ` ${norm(v)} `);
    out[field] = { found: wanted.filter((g) => have.some((h) => h.includes(` ${g} `))).length, total: wanted.length };
  }
  return out;
}
