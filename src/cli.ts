/**
 * The local engine from the command line (Node 22 runs this file directly):
 *
 *   npm run --silent cli -- parse <resume>                 structured resume, every skill found with its references
 *   npm run --silent cli -- requirements <job>             {"requirements": [...]}
 *   npm run --silent cli -- analyze <resume> <job>         score, evidence map, section analyses, ATS checks, gaps
 *   npm run --silent cli -- tailor <resume> <job>          all of that, plus verified edits and the tailored resume
 *
 * Files are read by extension (.txt, .md, .json as JSON Resume; "-" reads stdin). JSON goes to stdout; --format md
 * prints a readable report. --batch FILE.jsonl runs the command over lines {"id", "resume"?, "job"?} (texts) and
 * writes one JSON line per input with its id. --now YYYY-MM-DD fixes the date "Present" is measured to.
 * Bad input exits with code 2 and one line on stderr.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { parse, requirements, runLocal } from "./engine/local/engine.ts";
import { ResumeInputError } from "./engine/local/parse/index.ts";
import { parseReport, requirementsReport, runReport } from "./engine/local/report.ts";

class UsageError extends Error {}

const COMMANDS = { parse: 1, requirements: 1, analyze: 2, tailor: 2 } as const;
type Command = keyof typeof COMMANDS;

const DOCUMENT_TYPES = [".txt", ".md", ".markdown", ".json", ""];

function readInput(path: string, allowed: readonly string[] = DOCUMENT_TYPES): string {
  if (path === "-") return readFileSync(0, "utf8");
  const ext = extname(path).toLowerCase();
  if (!allowed.includes(ext)) {
    throw new UsageError(`unsupported file type "${ext}" (use ${allowed.filter(Boolean).join(", ")})`);
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

function main(argv: string[]): number {
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
      `usage: cli <${Object.keys(COMMANDS).join("|")}> <files...> [--format json|md] [--batch FILE.jsonl] [--now YYYY-MM-DD]`,
    );
  }
  const cmd = command as Command;
  if (values.format !== "json" && values.format !== "md")
    throw new UsageError(`--format must be json or md, not "${values.format}"`);
  const now = values.now ? new Date(`${values.now}T00:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be a date (YYYY-MM-DD), not "${values.now}"`);
  const pretty = (out: string) =>
    values.pretty && values.format === "json" ? JSON.stringify(JSON.parse(out), null, 2) : out;

  if (values.batch) {
    const lines = readInput(values.batch, [".jsonl", ".ndjson", ".json", ".txt", ""])
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
      ? { job: readInput(files[0] as string) }
      : {
          resume: readInput(files[0] as string),
          resumePath: files[0] as string,
          job: files[1] ? readInput(files[1]) : "",
        };
  process.stdout.write(`${pretty(run(cmd, inputs, now, values.format))}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const known =
    error instanceof UsageError || error instanceof ResumeInputError || (error instanceof TypeError && "code" in error);
  const detail =
    error instanceof ResumeInputError && error.issues.length > 0 ? `: ${error.issues.slice(0, 3).join("; ")}` : "";
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}${detail}\n`);
  process.exitCode = known ? 2 : 1;
}
