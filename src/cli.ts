/**
 * The local engine from the command line (Node 22 runs this file directly):
 *
 *   npm run --silent cli -- parse <resume>                 structured resume, every skill found with its references
 *   npm run --silent cli -- parse <resume> --format json-resume   the resume as read, as JSON Resume
 *   npm run --silent cli -- requirements <job>             {"requirements": [...]}
 *   npm run --silent cli -- analyze <resume> <job>         score, evidence map, section analyses, ATS checks, gaps
 *   npm run --silent cli -- tailor <resume> <job>          all of that, plus verified edits and the tailored resume
 *
 * Files are read by extension: .txt, .md, .json as JSON Resume, .pdf (its text layer) and .docx (Word), the last
 * two read as the API reads an upload (src/api/input/pdf.ts, docx.ts, with the default limits); "-" reads stdin.
 * JSON goes to stdout; --format md prints a readable report, --format json-resume (parse only) the JSON Resume
 * form. --batch FILE.jsonl runs the command over lines {"id", "resume"?, "job"?} (texts) and writes one JSON line
 * per input with its id. --now YYYY-MM-DD fixes the date "Present" is measured to. Bad input exits with code 2 and
 * one line on stderr.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { DocxReadError, docxText } from "./api/input/docx.ts";
import { DEFAULT_LIMITS } from "./api/input/limits.ts";
import { PdfReadError, pdfText } from "./api/input/pdf.ts";
import { normalizeInput, visibleChars } from "./api/input/text.ts";
import { parse, requirements, runLocal } from "./engine/local/engine.ts";
import { ResumeInputError } from "./engine/local/parse/index.ts";
import { toJsonResume } from "./engine/local/render/json-resume.ts";
import { parseReport, requirementsReport, runReport } from "./engine/local/report.ts";

class UsageError extends Error {}

const COMMANDS = { parse: 1, requirements: 1, analyze: 2, tailor: 2 } as const;
type Command = keyof typeof COMMANDS;

const DOCUMENT_TYPES = [".txt", ".md", ".markdown", ".json", ".pdf", ".docx", ""];
const FORMATS = ["json", "md", "json-resume"];

function readBytes(path: string): Uint8Array {
  try {
    // A plain Uint8Array: PDF.js refuses a Node Buffer.
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** A file's text; a PDF's text layer or a Word file's text laid out as the API lays out an upload's. */
async function readInput(path: string, allowed: readonly string[] = DOCUMENT_TYPES): Promise<string> {
  if (path === "-") return readFileSync(0, "utf8");
  const ext = extname(path).toLowerCase();
  if (!allowed.includes(ext)) {
    throw new UsageError(`unsupported file type "${ext}" (use ${allowed.filter(Boolean).join(", ")})`);
  }
  if (ext === ".pdf" || ext === ".docx") {
    const bytes = readBytes(path);
    let text: string;
    try {
      text =
        ext === ".pdf"
          ? (
              await pdfText(bytes, {
                maxPages: DEFAULT_LIMITS.pdfPages,
                maxChars: DEFAULT_LIMITS.resumeChars,
                itemsPerPage: DEFAULT_LIMITS.pdfItemsPerPage,
                items: DEFAULT_LIMITS.pdfItems,
                contentBytes: DEFAULT_LIMITS.pdfContentBytes,
                fontBytes: DEFAULT_LIMITS.pdfFontBytes,
                streams: DEFAULT_LIMITS.pdfStreams,
                timeBudgetMs: DEFAULT_LIMITS.pdfTimeBudgetMs,
              })
            ).text
          : (
              await docxText(bytes, {
                maxChars: DEFAULT_LIMITS.resumeChars,
                entries: DEFAULT_LIMITS.docxEntries,
                entryBytes: DEFAULT_LIMITS.docxEntryBytes,
                totalBytes: DEFAULT_LIMITS.docxTotalBytes,
                documentBytes: DEFAULT_LIMITS.docxDocumentBytes,
                ratio: DEFAULT_LIMITS.docxRatio,
                xmlTags: DEFAULT_LIMITS.docxXmlTags,
              })
            ).text;
    } catch (error) {
      if (error instanceof PdfReadError || error instanceof DocxReadError) {
        const bound = error.bound ? ` (over the ${error.bound.name} limit, ${error.bound.limit})` : "";
        throw new UsageError(`${path} could not be read: ${error.message}${bound}`);
      }
      throw error;
    }
    const normalized = normalizeInput(text);
    if (ext === ".pdf" && visibleChars(normalized) < 20) {
      throw new UsageError(`${path} has no text layer (it looks scanned); paste its text into a .txt file`);
    }
    return normalized;
  }
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function resumeFrom(text: string, path: string, now: Date) {
  if (extname(path).toLowerCase() === ".json" || text.trim().startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`${path} is not valid JSON`);
    }
    return parse(value as Parameters<typeof parse>[0], { now });
  }
  return parse(text, { now });
}

function run(
  command: Command,
  inputs: { resume?: string; job?: string; resumePath?: string },
  now: Date,
  format: string,
): string {
  const job = inputs.job ?? "";
  if ((command === "requirements" || command === "analyze" || command === "tailor") && job.trim() === "") {
    throw new UsageError("the job description is empty");
  }
  switch (command) {
    case "parse": {
      const resume = resumeFrom(inputs.resume ?? "", inputs.resumePath ?? "", now);
      if (format === "json-resume") return JSON.stringify(toJsonResume(resume));
      return format === "md" ? parseReport(resume) : JSON.stringify(resume);
    }
    case "requirements": {
      const found = requirements(job, { now });
      return format === "md"
        ? requirementsReport(found.requirements, found.jobTitle)
        : JSON.stringify({ requirements: found.requirements });
    }
    case "analyze":
    case "tailor": {
      const resume = resumeFrom(inputs.resume ?? "", inputs.resumePath ?? "", now);
      const result = runLocal(resume, job, command === "tailor" ? "tailor" : "analyze", { now });
      return format === "md" ? runReport(result) : JSON.stringify(result);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "json" },
      batch: { type: "string" },
      now: { type: "string" },
      pretty: { type: "boolean", default: false },
    },
  });
  const [command, ...files] = positionals;
  if (!command || !(command in COMMANDS)) {
    throw new UsageError(
      `usage: cli <${Object.keys(COMMANDS).join("|")}> <files...> [--format json|md|json-resume] [--batch FILE.jsonl] [--now YYYY-MM-DD]`,
    );
  }
  const cmd = command as Command;
  if (!FORMATS.includes(values.format))
    throw new UsageError(`--format must be json or md (or json-resume, for parse), not "${values.format}"`);
  if (values.format === "json-resume" && (cmd !== "parse" || values.batch))
    throw new UsageError("--format json-resume is for parse (one resume)");
  const now = values.now ? new Date(`${values.now}T00:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be a date (YYYY-MM-DD), not "${values.now}"`);
  const pretty = (out: string) =>
    values.pretty && values.format !== "md" ? JSON.stringify(JSON.parse(out), null, 2) : out;

  if (values.batch) {
    const lines = (await readInput(values.batch, [".jsonl", ".ndjson", ".json", ".txt", ""]))
      .split("\n")
      .filter((l) => l.trim() !== "");
    lines.forEach((line, i) => {
      let id: unknown = null;
      try {
        const item = JSON.parse(line) as { id?: unknown; resume?: unknown; job?: unknown };
        id = item.id ?? null;
        if (typeof item.id !== "string" && typeof item.id !== "number")
          throw new UsageError(`line ${i + 1}: "id" must be a string or number`);
        const out = run(
          cmd,
          {
            resume: typeof item.resume === "string" ? item.resume : "",
            job: typeof item.job === "string" ? item.job : "",
          },
          now,
          "json",
        );
        process.stdout.write(`${JSON.stringify({ id: item.id, ...JSON.parse(out) })}\n`);
      } catch (error) {
        const message =
          error instanceof SyntaxError
            ? `line ${i + 1}: not JSON`
            : error instanceof Error
              ? error.message
              : String(error);
        process.stdout.write(`${JSON.stringify({ id, error: message })}\n`);
      }
    });
    return 0;
  }

  const need = COMMANDS[cmd];
  if (files.length !== need)
    throw new UsageError(
      `${cmd} takes ${need} file${need > 1 ? "s" : ""} (resume${need > 1 ? " and job" : ""}); got ${files.length}`,
    );
  const inputs =
    cmd === "requirements"
      ? { job: await readInput(files[0] as string) }
      : {
          resume: await readInput(files[0] as string),
          resumePath: files[0] as string,
          job: files[1] ? await readInput(files[1]) : "",
        };
  process.stdout.write(`${pretty(run(cmd, inputs, now, values.format))}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const known =
    error instanceof UsageError || error instanceof ResumeInputError || (error instanceof TypeError && "code" in error);
  const detail =
    error instanceof ResumeInputError && error.issues.length > 0 ? `: ${error.issues.slice(0, 3).join("; ")}` : "";
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}${detail}\n`);
  process.exitCode = known ? 2 : 1;
}
