/**
 * `npm run bench:parse`: the round-trip parse benchmark (issue 13). Fictional resumes written as JSON Resume
 * (bench/parse/resumes) are rendered by real layouts — JSON Resume themes from npm printed to PDF by Chromium, Word
 * files in two layouts, and the PDFs' text as people paste it — then read back through the product's own reading
 * path and parser, and every field is scored against the source JSON. Fields a layout does not print (checked in
 * `pdftotext`'s text of its PDF) are not scored. Also: recall of the dotin gold entities on 310 real resumes, and
 * parse CPU per document. Rendered files are cached by content hash in the temp folder (bench/parse/cache.ts).
 *
 * Options: `--no-dotin` skips the dotin pass; `--examples N` sets examples per failure class (default 3); `--dump`
 * writes each document's read text and parse to <cache>/dump/, for whoever is fixing what the bench finds.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { JsonResume } from "../src/domain/json-resume.ts";
import { loadResumes } from "./lib/data.ts";
import { f3, publish } from "./lib/report.ts";
import { CACHE_DIR, cached, hashOf } from "./parse/cache.ts";
import { allStrings, loadCorpus } from "./parse/corpus.ts";
import { DOCX_LAYOUTS, renderDocx } from "./parse/docx-layouts.ts";
import { DOTIN_FIELDS, type DotinField, dotinRecall } from "./parse/dotin.ts";
import { failureClasses, type Located } from "./parse/failures.ts";
import { startPrinter } from "./parse/print-pdf.ts";
import { docxReader, NOW, type Read, readPdf, readText } from "./parse/read.ts";
import { addScores, emptyScores, type Printed, printedIn, type Scores, scoreDocument } from "./parse/score.ts";
import { byFormatTable, byLayoutTable, failureList, rate, speedTable } from "./parse/tables.ts";
import { TEXT_FORMATS, textVariants } from "./parse/text-variants.ts";
import { renderHtml, THEMES } from "./parse/themes.ts";

const { values: args } = parseArgs({
  options: { "no-dotin": { type: "boolean" }, examples: { type: "string", default: "3" }, dump: { type: "boolean" } },
});
const FORMATS = ["pdf", "docx", ...TEXT_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const ownSource = (file: string) => readFileSync(join(import.meta.dirname, "parse", file), "utf8");

interface Variant {
  format: Format;
  layout: string;
  doc: string;
  source: JsonResume;
  printed: Printed;
  read: () => Promise<Read>;
}

const started = performance.now();
const corpus = loadCorpus();
const variants: Variant[] = [];
const dropped: Record<string, string> = {};

// 1. Themes → HTML → PDF (a few pages printing at once), and the PDF's text in its three pasted shapes.
const printer = await startPrinter();
const printSource = ownSource("print-pdf.ts");
try {
  for (const theme of THEMES) {
    try {
      const docs = await Promise.all(
        corpus.map(async ({ id, resume }) => {
          const html = await renderHtml(theme, resume);
          const pdf = await cached(hashOf("pdf", printSource, html), "pdf", () => printer.print(html));
          return { id, resume, pdf, texts: textVariants(pdf.path) };
        }),
      );
      // A theme whose PDFs do not show the people's names printed nothing useful (a blank or broken page).
      const blank = docs.filter((d) => !printedIn(d.texts.pdftotext).has(d.resume.basics?.name?.split(",")[0] ?? ""));
      if (blank.length > docs.length / 2) throw new Error(`the name is absent from ${blank.length} of its PDFs`);
      for (const { id, resume, pdf, texts } of docs) {
        const printed = printedIn(texts.pdftotext);
        const base = { layout: theme.name, doc: id, source: resume, printed };
        variants.push({ ...base, format: "pdf", read: () => readPdf(pdf.bytes) });
        for (const format of TEXT_FORMATS) variants.push({ ...base, format, read: () => readText(texts[format]) });
      }
    } catch (error) {
      dropped[theme.name] = (error as Error).message.split("\n")[0] ?? "failed";
      console.error(`bench:parse: theme ${theme.name} dropped: ${dropped[theme.name]}`);
    }
  }
} finally {
  await printer.close();
}

// 2. Word files, every field printed; read only when the product's DOCX reader exists.
const docx = await docxReader();
const docxSource = ownSource("docx-layouts.ts");
for (const layout of DOCX_LAYOUTS) {
  for (const { id, resume } of corpus) {
    const file = await cached(hashOf("docx", docxSource, layout, JSON.stringify(resume)), "docx", () =>
      renderDocx(resume, layout),
    );
    if ("read" in docx) {
      const printed = printedIn(allStrings(resume));
      variants.push({ format: "docx", layout, doc: id, source: resume, printed, read: () => docx.read(file.bytes) });
    }
  }
}
const renderedMs = performance.now() - started;

// 3. Read and score. One warm-up pass over a few documents of each format first: PDF.js loads once per process and
// the JIT settles, which is not a document's cost.
for (const format of FORMATS) for (const v of variants.filter((x) => x.format === format).slice(0, 5)) await v.read();
const bucket = <K>(map: Map<K, Scores>, key: K): Scores => {
  const scores = map.get(key) ?? emptyScores();
  map.set(key, scores);
  return scores;
};
const byFormat = new Map<Format, Scores>();
const byLayout = new Map<string, Scores>();
const cpu = new Map<Format, number[]>();
const perPage: number[] = [];
const misses: Located[] = [];
const failed: string[] = [];
for (const v of variants) {
  let read: Read;
  try {
    read = await v.read();
  } catch (error) {
    failed.push(`${v.format}/${v.layout}/${v.doc}: ${(error as Error).message}`);
    continue;
  }
  const { scores, misses: docMisses } = scoreDocument(v.source, read.parsed, v.printed, NOW);
  const key = `${v.format}/${v.layout}`;
  addScores(bucket(byFormat, v.format), scores);
  addScores(bucket(byLayout, key), scores);
  cpu.set(v.format, [...(cpu.get(v.format) ?? []), read.cpuMs]);
  if (v.format === "pdf" && read.pages) perPage.push(read.cpuMs / read.pages);
  misses.push(...docMisses.map((m) => ({ ...m, variant: key, doc: v.doc })));
  if (args.dump) {
    const base = join(CACHE_DIR, "dump", `${v.format}-${v.layout}-${v.doc}`);
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.txt`, read.text);
    writeFileSync(`${base}.json`, JSON.stringify({ parsed: read.parsed, misses: docMisses }, null, 2));
  }
}
if (args.dump) console.error(`bench:parse: texts and parses in ${join(CACHE_DIR, "dump")}`);

// 4. dotin: recall of gold employers, titles, degrees and schools in the parse of real resumes.
const dotin = Object.fromEntries(Object.keys(DOTIN_FIELDS).map((f) => [f, { found: 0, total: 0 }])) as Record<
  DotinField,
  { found: number; total: number }
>;
let dotinCount = 0;
if (!args["no-dotin"]) {
  for (const r of loadResumes()) {
    const { parsed } = await readText(r.text);
    const recall = dotinRecall(r.gold_entities, parsed);
    for (const f of Object.keys(dotin) as DotinField[]) {
      dotin[f].found += recall[f].found;
      dotin[f].total += recall[f].total;
    }
    dotinCount++;
  }
}

// 5. Report.
const classes = failureClasses(misses, Number(args.examples));
const themesUsed = THEMES.map((t) => t.name).filter((t) => !(t in dropped));
const docxNote =
  "unavailable" in docx ? `not yet readable: ${docx.unavailable}` : `read with docxText() from src/api/input/docx.ts`;
const columns = FORMATS.map((f) => ({
  name: f,
  scores: f === "docx" && "unavailable" in docx ? "not yet readable" : (byFormat.get(f) ?? emptyScores()),
  docs: cpu.get(f)?.length ?? 0,
}));
const layoutRows = [...byLayout.entries()].map(([name, scores]) => ({ name, scores }));
const lines = [
  "## Parsing real layouts (round trip: JSON Resume → theme / Word → PDF / DOCX / text → parse)",
  "",
  `${corpus.length} fictional resumes written for the bench (bench/parse/resumes: nursing, teaching, trades, sales,`,
  "hospitality, finance, HR, legal, mechanical engineering, software, support, marketing; 2–5 jobs, month and",
  "year-only dates, current jobs, names with credentials), rendered by the JSON Resume themes",
  `${themesUsed.join(", ")} (HTML printed to Letter PDF by Chromium, remote CSS and fonts blocked)${
    Object.keys(dropped).length
      ? `; dropped: ${Object.entries(dropped)
          .map(([t, why]) => `${t} (${why})`)
          .join(", ")}`
      : ""
  }; as Word files in two layouts made with \`docx\` (tab-stopped dates; a table per job), ${docxNote}; and as the`,
  "themes' PDFs through `pdftotext -layout`, plain `pdftotext`, and that text flattened (line breaks → 2–4 spaces).",
  "Each goes through the product's reading path (`pdfText` with the upload limits, `normalizeInput`, `parse` with",
  `now = ${NOW.toISOString().slice(0, 10)}) and is scored against its source JSON. A field is scored only where the`,
  "layout prints it (its text appears in `pdftotext`'s text of the PDF). A job is found when an experience entry's",
  "employer or title has token F1 > 0.5 with it (one-to-one, greedy); employer and title must then be the same",
  "tokens, dates the same month (the year for year-only sources), a current job `present`; a bullet is whole at",
  "token F1 ≥ 0.9 with its source; a name may drop the credentials after its first comma. Bold: target missed;",
  "in brackets: how many were scored.",
  "",
  byFormatTable(columns),
  "",
  "### By layout",
  "",
  byLayoutTable(layoutRows),
  "",
  "### Parse CPU per document (reading included for PDF and DOCX)",
  "",
  speedTable(
    FORMATS.filter((f) => cpu.has(f)).map((f) => ({
      name: f,
      cpuMs: cpu.get(f) ?? [],
      ...(f === "pdf" ? { perPageMs: perPage } : {}),
    })),
  ),
  "",
  ...(dotinCount > 0
    ? [
        `### dotin: gold entities recovered (${dotinCount} real resumes, pasted text)`,
        "",
        "| gold | parsed field | gold values | found | recall |",
        "|---|---|---|---|---|",
        ...(Object.keys(DOTIN_FIELDS) as DotinField[]).map(
          (f) =>
            `| ${f} | ${DOTIN_FIELDS[f]} | ${dotin[f].total} | ${dotin[f].found} | **${f3(dotin[f].found / dotin[f].total)}** |`,
        ),
        "",
        "A gold value counts when its normalised tokens appear at word edges in one of the parsed values.",
        "",
      ]
    : []),
  "### Top failure classes",
  "",
  failureList(classes, 12),
  ...(failed.length ? ["", `Documents the reader refused or crashed on: ${failed.join("; ")}`] : []),
];
const figures = {
  now: NOW.toISOString(),
  corpus: corpus.map((d) => d.id),
  themes: themesUsed,
  dropped,
  docx: docxNote,
  byFormat: Object.fromEntries(byFormat),
  byLayout: Object.fromEntries(byLayout),
  rates: Object.fromEntries(
    [...byFormat].map(([f, s]) => [f, Object.fromEntries(Object.keys(s).map((k) => [k, rate(s, k as keyof Scores)]))]),
  ),
  cpuMs: Object.fromEntries(cpu),
  pdfCpuMsPerPage: perPage,
  dotin: { resumes: dotinCount, ...dotin },
  failureClasses: classes,
  failed,
  renderMs: Math.round(renderedMs),
  totalMs: Math.round(performance.now() - started),
};
publish("parse", figures, lines.join("\n"));
console.error(`bench:parse: ${variants.length} documents in ${(figures.totalMs / 1000).toFixed(1)} s`);
