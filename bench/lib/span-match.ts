/**
 * The benchmark's matching rule for extracted phrases against gold spans: lower-case, punctuation-stripped
 * tokens; a pair matches when their token F1 is at least 0.5; pairs are matched one-to-one, greedily, best first.
 */
export function benchTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface MatchCounts {
  predicted: number;
  gold: number;
  matched: number;
}

/** One-to-one greedy matching at the threshold; returns counts for precision/recall/F1. */
export function matchSpans(predicted: readonly string[], gold: readonly string[], threshold = 0.5): MatchCounts {
  const p = predicted.map(benchTokens);
  const g = gold.map(benchTokens);
  const pairs: Array<{ i: number; j: number; f1: number }> = [];
  for (let i = 0; i < p.length; i++) {
    for (let j = 0; j < g.length; j++) {
      const f1 = tokenF1(p[i] as string[], g[j] as string[]);
      if (f1 >= threshold) pairs.push({ i, j, f1 });
    }
  }
  pairs.sort((a, b) => b.f1 - a.f1 || a.i - b.i || a.j - b.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let matched = 0;
  for (const { i, j } of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    matched++;
  }
  return { predicted: predicted.length, gold: gold.length, matched };
}

export function prf(counts: MatchCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.matched / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, matched: a.matched + b.matched };
}
