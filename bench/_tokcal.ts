import { readFileSync } from "node:fs";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { estimateTokens } from "/work/main/src/engine/chunk/estimate.ts";
import { normalizeText } from "/work/main/src/engine/text/normalize.ts";

const rs = readFileSync("/work/shared/data/resumes_dotin_train.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l).text as string);
const js = readFileSync("/work/shared/data/jobs_skillspan_train.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l).text as string);
for (const [name, texts] of [
  ["resumes", rs],
  ["jobs", js],
] as const) {
  const errs: number[] = [];
  const c4: number[] = [];
  for (const raw of texts) {
    const t = normalizeText(raw);
    const real = encode(t).length;
    errs.push((estimateTokens(t) - real) / real);
    c4.push((t.length / 4 - real) / real);
  }
  const s = (a: number[]) => {
    const b = [...a].sort((x, y) => x - y);
    const abs = a.map(Math.abs).sort((x, y) => x - y);
    return `mean ${((a.reduce((x, y) => x + y, 0) / a.length) * 100).toFixed(1)}% p5 ${(b[Math.floor(b.length * 0.05)]! * 100).toFixed(1)}% p95 ${(b[Math.floor(b.length * 0.95)]! * 100).toFixed(1)}% |err| p95 ${(abs[Math.floor(abs.length * 0.95)]! * 100).toFixed(1)}% max ${(abs[abs.length - 1]! * 100).toFixed(1)}%`;
  };
  console.log(name, "estimate:", s(errs));
  console.log(name, "chars/4: ", s(c4));
}
