/**
 * The taxonomy is authored as data, one entry per line, in src/engine/taxonomy/data/*.ts:
 *
 *   canonical | category | aliases, comma separated | related canonicals, comma separated
 *
 * - category: hard_skill, tool, soft_skill, certification, domain or language (a human language).
 * - A term written `=Term` is matched case-sensitively (short or ambiguous names: =Go, =R, =Swift); the `=` is
 *   not part of the name.
 * - Word forms (manage / managed / management), letter case, and space / hyphen / slash variants
 *   (CI/CD, CI-CD, CI CD) are handled by the matcher, so they are not listed as aliases.
 * - Blank lines and lines starting with `#` are ignored.
 */
export const TAXONOMY_CATEGORIES = ["hard_skill", "tool", "soft_skill", "certification", "domain", "language"] as const;
export type TaxonomyCategory = (typeof TAXONOMY_CATEGORIES)[number];

export interface TaxonomyTerm {
  text: string;
  caseSensitive: boolean;
}

export interface TaxonomySourceEntry {
  canonical: string;
  category: TaxonomyCategory;
  /** Every way of writing the entry, the canonical first. */
  terms: TaxonomyTerm[];
  related: string[];
  /** Where it was authored, for error messages: "software:12". */
  origin: string;
}

export interface SourceProblem {
  origin: string;
  message: string;
}

const isCategory = (value: string): value is TaxonomyCategory =>
  (TAXONOMY_CATEGORIES as readonly string[]).includes(value);

function term(raw: string): TaxonomyTerm {
  const caseSensitive = raw.startsWith("=");
  return { text: (caseSensitive ? raw.slice(1) : raw).trim(), caseSensitive };
}

const list = (field: string | undefined): string[] =>
  (field ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Parses one data file's text. Malformed lines are reported, not thrown, so a lint can list them all. */
export function parseTaxonomySource(
  name: string,
  text: string,
): { entries: TaxonomySourceEntry[]; problems: SourceProblem[] } {
  const entries: TaxonomySourceEntry[] = [];
  const problems: SourceProblem[] = [];
  text.split("\n").forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const origin = `${name}:${index + 1}`;
    const fields = trimmed.split("|").map((f) => f.trim());
    if (fields.length < 2 || fields.length > 4) {
      problems.push({ origin, message: `expected 2 to 4 fields separated by "|", got ${fields.length}` });
      return;
    }
    const [rawCanonical = "", rawCategory = "", aliases, related] = fields;
    if (!isCategory(rawCategory)) {
      problems.push({ origin, message: `unknown category "${rawCategory}"` });
      return;
    }
    const canonical = term(rawCanonical);
    if (canonical.text === "") {
      problems.push({ origin, message: "empty canonical name" });
      return;
    }
    const terms = [canonical, ...list(aliases).map(term)].filter((t) => t.text !== "");
    entries.push({ canonical: canonical.text, category: rawCategory, terms, related: list(related), origin });
  });
  return { entries, problems };
}
