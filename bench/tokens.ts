/**
 * `npm run bench:tokens`: the token estimate (src/engine/chunk/estimate.ts) against the o200k_base tokenizer
 * (gpt-tokenizer, a dev dependency only) on every real resume and posting, beside the chars/4 rule of thumb.
 */
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { estimateTokens, TOKEN_MARGIN } from "../src/engine/chunk/estimate.ts";
import { normalizeText } from "../src/engine/text/normalize.ts";
import { loadJobs, loadResumes } from "./lib/data.ts";
import { pct, publish, quantile } from "./lib/report.ts";

function errors(texts: readonly string[], estimate: (t: string) => number) {
  const rel = texts.map((raw) => {
    const text = normalizeText(raw);
    const real = encode(text).length;
    return (estimate(text) - real) / real;
  });
  const abs = rel.map(Math.abs).sort((a, b) => a - b);
  const signed = [...rel].sort((a, b) => a - b);
  return {
    n: rel.length,
    mean: rel.reduce((a, b) => a + b, 0) / rel.length,
    p5: quantile(signed, 0.05),
    p95: quantile(signed, 0.95),
    absP95: quantile(abs, 0.95),
    absMax: abs[abs.length - 1] ?? 0,
    underBeyondMargin: rel.filter((e) => e < -TOKEN_MARGIN).length,
  };
}

const sets = { resumes: loadResumes().map((r) => r.text), postings: loadJobs().map((j) => j.text) };
const figures = Object.fromEntries(
  Object.entries(sets).map(([name, texts]) => [
    name,
    { estimate: errors(texts, estimateTokens), charsOver4: errors(texts, (t) => t.length / 4) },
  ]),
);
const rows = Object.entries(figures).flatMap(([name, f]) =>
  (["estimate", "charsOver4"] as const).map((method) => {
    const e = f[method];
    return `| ${name} (${e.n}) | ${method === "estimate" ? "estimateTokens" : "chars / 4"} | ${pct(e.mean)} | ${pct(e.p5)} … ${pct(e.p95)} | ${pct(e.absP95)} | ${pct(e.absMax)} | ${e.underBeyondMargin} |`;
  }),
);
publish(
  "tokens",
  figures,
  `## Token estimate vs the o200k tokenizer

| texts | method | mean error | p5 … p95 | |error| p95 | |error| max | under by more than the ${pct(TOKEN_MARGIN)} margin |
|---|---|---|---|---|---|---|
${rows.join("\n")}

Error is (estimate − actual) / actual on the normalized text. The estimate's piece costs were fitted on these same
texts, so these figures are in-sample; the unit tests check it within 15% on fixtures written here. Reservations add
the ${pct(TOKEN_MARGIN)} margin, which covers the largest under-estimate seen.`,
);
