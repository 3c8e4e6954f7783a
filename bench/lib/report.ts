import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const DOC = join(ROOT, "docs", "BENCHMARKS.md");

/** Saves raw figures under bench/results and replaces this benchmark's section of docs/BENCHMARKS.md. */
export function publish(name: string, figures: unknown, markdown: string, command = `npm run bench:${name}`): void {
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", `${date}-${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n\n_Measured ${date} with \`${command}\`; raw figures in bench/results/${date}-${name}.json._\n${end}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const at = doc.indexOf(start);
  const until = doc.indexOf(end);
  doc =
    at >= 0 && until > at
      ? `${doc.slice(0, at)}${block}${doc.slice(until + end.length)}`
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
  console.log(markdown);
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const f3 = (x: number) => x.toFixed(3);

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}
