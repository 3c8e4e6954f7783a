/**
 * `node scripts/taxonomy-lint.ts [files...]`: checks taxonomy data files (default: all of them) for malformed
 * lines, duplicate names and aliases shared by two entries, and prints counts by category.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeTermKey } from "../src/engine/taxonomy/normalize.ts";
import { parseTaxonomySource, type TaxonomySourceEntry } from "../src/engine/taxonomy/source.ts";

const dataDir = join(import.meta.dirname, "..", "src", "engine", "taxonomy", "data");
const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync(dataDir)
        .filter((f) => f.endsWith(".ts"))
        .map((f) => join(dataDir, f));

let failures = 0;
const all: TaxonomySourceEntry[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(file).href)) as { default: string };
  const { entries, problems } = parseTaxonomySource(basename(file, ".ts"), module.default);
  for (const p of problems) console.error(`${p.origin}: ${p.message}`);
  failures += problems.length;
  all.push(...entries);
}

const owner = new Map<string, string>();
for (const entry of all) {
  for (const t of entry.terms) {
    const key = normalizeTermKey(t.text, t.caseSensitive);
    const previous = owner.get(key);
    if (previous !== undefined && previous !== entry.canonical) {
      console.error(`${entry.origin}: "${t.text}" of "${entry.canonical}" is already a name of "${previous}"`);
      failures++;
    } else if (
      previous === entry.canonical &&
      t !== entry.terms.find((x) => normalizeTermKey(x.text, x.caseSensitive) === key)
    ) {
      console.error(
        `${entry.origin}: "${t.text}" repeats another name of "${entry.canonical}" (word forms and punctuation variants are automatic)`,
      );
      failures++;
    }
    owner.set(key, entry.canonical);
  }
}
const canonicals = new Set(all.map((e) => e.canonical.toLowerCase()));
let unresolved = 0;
for (const entry of all) for (const r of entry.related) if (!canonicals.has(r.toLowerCase())) unresolved++;

const byCategory = new Map<string, number>();
for (const e of all) byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
console.log(`${all.length} entries in ${files.length} file(s):`, Object.fromEntries(byCategory));
console.log(`${unresolved} related names do not resolve to an entry (allowed, but they give no partial credit)`);
if (failures > 0) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
