import { lightStem } from "./stem.ts";

/**
 * Word tokens with their character offsets. A token is a run of letters and digits that may carry the symbols
 * skill names are written with — C++, C#, .NET, Node.js, R&D, B.Sc — but a dot, plus or hash only belongs to a
 * token where a name would use it (no trailing sentence dot). Space, hyphen and slash separate tokens, so
 * "CI/CD", "CI-CD" and "CI CD" tokenize the same.
 */
export interface Token {
  /** The text as written. */
  surface: string;
  /** Case- and punctuation-folded, stemmed form used for matching. */
  norm: string;
  start: number;
  end: number;
}

// A leading dot only before letters (.NET); inner dots, ampersands and apostrophes only between alphanumerics;
// trailing + and # runs (C++, C#, F#).
const TOKEN = /(?:\.(?=[A-Za-z]))?[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*[+#]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const surface = match[0];
    const start = match.index;
    tokens.push({ surface, norm: normalizeToken(surface), start, end: start + surface.length });
  }
  return tokens;
}

/** Surface → matching form; resumes and postings repeat their words, and the taxonomy build reuses them too. */
const stemCache = new Map<string, string>();

/**
 * The matching form of one token: lower case, possessive dropped, inner dots and apostrophes removed
 * (Node.js = NodeJS, B.Sc = BSc), a leading dot kept (.NET is not "net"), then stemmed when it is a plain word
 * (manage / managed / management → manag; see stem.ts).
 */
export function normalizeToken(surface: string): string {
  const cached = stemCache.get(surface);
  if (cached !== undefined) return cached;
  const normalized = normalizeUncached(surface);
  if (stemCache.size < 50_000) stemCache.set(surface, normalized);
  return normalized;
}

function normalizeUncached(surface: string): string {
  let word = surface.toLowerCase().replace(/['’]s$/u, "");
  const leadingDot = word.startsWith(".");
  word = word.replace(/['’.]/gu, "");
  if (leadingDot) return `.${word}`;
  if (!/^\p{Ll}+$/u.test(word) || word.length <= 3) return word;
  return lightStem(word);
}

/** Case-sensitive matching form: the surface with inner dots/apostrophes removed but case kept. */
export function exactToken(surface: string): string {
  const word = surface.replace(/['’]s$/u, "").replace(/(?<=.)['’.]/gu, "");
  // Acronym plurals: IEPs = IEP, ADLs = ADL, APIs = API.
  return /^[\p{Lu}\d]{2,}s$/u.test(word) ? word.slice(0, -1) : word;
}
