/** The round-trip set: fictional resumes written for this bench as JSON Resume documents (bench/parse/resumes). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JsonResume } from "../../src/domain/json-resume.ts";

export interface SourceDoc {
  id: string;
  resume: JsonResume;
}

const DIR = join(import.meta.dirname, "resumes");

export function loadCorpus(): SourceDoc[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ""),
      resume: JsonResume.parse(JSON.parse(readFileSync(join(DIR, f), "utf8"))),
    }));
}

/** Every string of a resume: what a layout that prints everything (the DOCX layouts) shows. */
export function allStrings(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(allStrings).join("\n");
  if (value && typeof value === "object") return Object.values(value).map(allStrings).join("\n");
  return "";
}
