import type { Entry, ParsedResume, Section } from "../../domain/resume.ts";
import { estimateTokens } from "./estimate.ts";

export interface ChunkPart {
  entry: number;
  /** Bullet indices of the entry in this chunk (all of them unless the entry was split). */
  bullets: number[];
}

export interface Chunk {
  /** "<section>#<n>", as used in task ids (analyze:experience#0). */
  id: string;
  section: string;
  kind: Section["kind"];
  index: number;
  parts: ChunkPart[];
  /** What a model sees first: the section, the role(s) and the requirement digest. */
  header: string;
  /** The chunk's resume text, entry headers repeated where an entry was split. */
  text: string;
  /** Estimated tokens of header + text. */
  tokens: number;
  /** A single bullet larger than the limit: sent whole, never cut. */
  oversize: boolean;
}

export interface ChunkOptions {
  /** Largest chunk, in estimated tokens, header included. */
  maxTokens: number;
  /** A one-line digest of the job's requirements, repeated in every chunk's header. */
  requirementsDigest?: string;
}

const entryHeader = (entry: Entry) => {
  const role = [entry.title, entry.organization].filter(Boolean).join(" at ");
  return (
    [role || entry.header.join(" | "), entry.dates?.text].filter(Boolean).join(" (") +
    (entry.dates?.text && role ? ")" : "")
  );
};

function headerFor(section: Section, entries: readonly Entry[], options: ChunkOptions): string {
  const lines = [`Section: ${section.heading || section.kind} (${section.kind})`];
  const roles = entries.map(entryHeader).filter((r) => r.trim() !== "");
  if (roles.length > 0) lines.push(`Entries: ${roles.join("; ")}`);
  if (options.requirementsDigest) lines.push(`Job requirements: ${options.requirementsDigest}`);
  return lines.join("\n");
}

function render(entry: Entry, bullets: readonly number[]): string {
  const lines = entry.header.length > 0 ? [...entry.header] : [];
  for (const i of bullets) {
    const bullet = entry.bullets[i];
    if (bullet) lines.push(`- ${bullet.text}`);
  }
  return lines.join("\n");
}

/**
 * Splits each section of a resume into chunks of at most `maxTokens` estimated tokens: a section that fits is one
 * chunk; otherwise whole entries are packed in order, and an entry too large for one chunk is split between
 * bullets (its header repeated) — never inside a bullet. Each chunk carries a context header.
 */
export function chunkResume(resume: ParsedResume, options: ChunkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  for (const section of resume.sections) {
    if (section.kind === "header") continue;
    let parts: ChunkPart[] = [];
    let count = 0;
    const flush = (oversize = false) => {
      if (parts.length === 0) return;
      const entries = parts.map((p) => section.entries[p.entry] as Entry);
      const header = headerFor(section, entries, options);
      const text = parts.map((p) => render(section.entries[p.entry] as Entry, p.bullets)).join("\n\n");
      chunks.push({
        id: `${section.id}#${count}`,
        section: section.id,
        kind: section.kind,
        index: count,
        parts,
        header,
        text,
        tokens: estimateTokens(`${header}\n\n${text}`),
        oversize,
      });
      count++;
      parts = [];
    };
    const size = (candidate: ChunkPart[]) => {
      const entries = candidate.map((p) => section.entries[p.entry] as Entry);
      const text = candidate.map((p) => render(section.entries[p.entry] as Entry, p.bullets)).join("\n\n");
      return estimateTokens(`${headerFor(section, entries, options)}\n\n${text}`);
    };
    for (const entry of section.entries) {
      const all = entry.bullets.map((b) => b.index);
      const whole: ChunkPart = { entry: entry.index, bullets: all };
      if (size([...parts, whole]) <= options.maxTokens) {
        parts.push(whole);
        continue;
      }
      flush();
      if (size([whole]) <= options.maxTokens) {
        parts.push(whole);
        continue;
      }
      // The entry alone is too large: its bullets are packed into as many chunks as needed.
      let current: ChunkPart = { entry: entry.index, bullets: [] };
      for (const bullet of all) {
        const grown: ChunkPart = { entry: entry.index, bullets: [...current.bullets, bullet] };
        if (current.bullets.length > 0 && size([grown]) > options.maxTokens) {
          parts = [current];
          flush(size([current]) > options.maxTokens);
          current = { entry: entry.index, bullets: [bullet] };
        } else {
          current = grown;
        }
      }
      parts = [current];
      flush(size([current]) > options.maxTokens);
    }
    flush();
  }
  return chunks;
}
