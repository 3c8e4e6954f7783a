/**
 * Groups the scorer's misses into failure classes ("date glued into title", "wrapped bullet cut") with a few
 * concrete examples each, so whoever fixes the parser sees what to fix first.
 */
import { benchTokens } from "../lib/span-match.ts";
import type { Miss } from "./score.ts";

export interface Located extends Miss {
  /** "pdf/even", "pdftotext/paper", "docx/table". */
  variant: string;
  doc: string;
}

export interface FailureClass {
  name: string;
  count: number;
  /** Variants it happens in, most affected first. */
  variants: string[];
  examples: string[];
}

const norm = (text: string) => benchTokens(text).join(" ");
const DATE = /\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|present|current/i;
const NONE = "(none)";

function containedShare(part: string, whole: string): number {
  const have = new Map<string, number>();
  for (const t of benchTokens(whole)) have.set(t, (have.get(t) ?? 0) + 1);
  const tokens = benchTokens(part);
  let common = 0;
  for (const t of tokens) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      common++;
      have.set(t, n - 1);
    }
  }
  return tokens.length === 0 ? 0 : common / tokens.length;
}

/** Text field (name, employer, title, institution, degree): missing, with extra text, cut short, or another text. */
function textClass(field: string, miss: Miss): string {
  if (miss.got === "(no education entries)") return "no education entries at all";
  if (miss.got === "(no matching education entry)") return "school not found among the education entries";
  if (miss.got === NONE) return `${field} missing`;
  const got = norm(miss.got);
  const expected = norm(miss.expected);
  if (got.includes(expected)) {
    const extra = got.replace(expected, " ");
    return DATE.test(extra) ? `date glued into ${field}` : `${field} has extra text glued on`;
  }
  if (expected.includes(got)) return `${field} cut short`;
  return `${field} is another text (swapped or misattributed)`;
}

export function classify(miss: Miss): string {
  switch (miss.field) {
    case "name":
    case "employer":
    case "title":
    case "institution":
    case "degree":
      return textClass(miss.field, miss);
    case "email":
    case "phone":
      return miss.got === NONE ? `${miss.field} missing` : `${miss.field} wrong`;
    case "jobsFound":
      return miss.got === "(no experience entries)" ? "no experience entries at all" : "job not found";
    case "start":
    case "end":
      if (miss.context?.startsWith("(no dates)")) return "job dates lost (entry has no dates)";
      if (miss.got === "(none)") return `${miss.field} date not read from the date text`;
      return miss.field === "end" && miss.expected === "present"
        ? "current job not read as Present"
        : `${miss.field} date wrong`;
    case "bulletsWhole": {
      if (miss.got === NONE) {
        const inHeader = miss.context?.startsWith("(header)") && containedShare(miss.expected, miss.context) >= 0.9;
        return inHeader ? "bullets read as header lines of the entry" : "bullets missing from the job";
      }
      // Precision: how much of the parsed bullet is the source's; recall: how much of the source it holds.
      const precision = containedShare(miss.got, miss.expected);
      const recall = containedShare(miss.expected, miss.got);
      if (precision >= 0.9 && recall < 0.9) return "bullet cut or split (a wrapped line not joined)";
      if (recall >= 0.9 && precision < 0.9) return "bullet merged with other text";
      return "bullet not found in its job";
    }
    case "spurious":
      return DATE.test(miss.context ?? "")
        ? "spurious job from a line holding a date (a bullet or a split header)"
        : "spurious job (a skill, language or fragment made an entry)";
    case "skills":
      return miss.got === "(no skills section)" ? "no skills section (keyword not found)" : "skill keyword not found";
    case "years":
      return Number(miss.got) < Number(miss.expected) ? "years of experience too low" : "years of experience too high";
  }
}

const clip = (text: string, n = 110) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function example(m: Located): string {
  const context = m.context && m.field !== "bulletsWhole" ? ` [entry: ${clip(m.context, 90)}]` : "";
  return `${m.variant}, ${m.doc}: expected "${clip(m.expected, 80)}" → got "${clip(m.got)}"${context}`;
}

/** Failure classes, largest first; examples from different variants where there are. */
export function failureClasses(misses: readonly Located[], examplesEach = 3): FailureClass[] {
  const groups = new Map<string, Located[]>();
  for (const m of misses) {
    const name = classify(m);
    groups.set(name, [...(groups.get(name) ?? []), m]);
  }
  return [...groups.entries()]
    .map(([name, list]) => {
      const byVariant = new Map<string, number>();
      for (const m of list) byVariant.set(m.variant, (byVariant.get(m.variant) ?? 0) + 1);
      const variants = [...byVariant.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
      // Examples from as many layouts and documents as there are: a new layout and a new document first.
      const examples: Located[] = [];
      const layoutOf = (m: Located) => m.variant.split("/")[1];
      const fresh = [
        (m: Located) => !examples.some((e) => layoutOf(e) === layoutOf(m) || e.doc === m.doc),
        (m: Located) => !examples.some((e) => layoutOf(e) === layoutOf(m)),
        (m: Located) => !examples.includes(m),
      ];
      for (const novel of fresh) {
        for (const m of list) if (examples.length < examplesEach && novel(m)) examples.push(m);
      }
      return { name, count: list.length, variants, examples: examples.map(example) };
    })
    .sort((a, b) => b.count - a.count);
}
