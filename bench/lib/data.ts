import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The team's shared development data, read in place (never copied into the repository). */
export const DATA_DIR = process.env.BENCH_DATA ?? join(import.meta.dirname, "..", "..", "..", "shared", "data");

export interface GoldSpan {
  text: string;
  type: string;
}
export interface Job {
  id: string;
  text: string;
  gold_spans: GoldSpan[];
  subset: string;
}
export interface Resume {
  id: string;
  text: string;
  gold_entities: Record<string, string[] | undefined>;
}

function readJsonl<T>(name: string): T[] {
  const path = join(DATA_DIR, name);
  if (!existsSync(path)) {
    console.error(`bench: ${path} not found. Set BENCH_DATA to the folder holding the shared data sets.`);
    process.exit(2);
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

export const loadJobs = () => readJsonl<Job>("jobs_skillspan_train.jsonl");
export const loadResumes = () => readJsonl<Resume>("resumes_dotin_train.jsonl");
