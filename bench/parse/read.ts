// normalizeInput uses String#toWellFormed (ES2024), which Node 22 has; the scripts' tsconfig stops at ES2023.
/// <reference lib="es2024.string" />
/**
 * The product's reading path, nothing more: the PDF reader the upload route uses (same limits as a deployment's
 * defaults), the DOCX reader when it exists, the input normaliser every route applies, and the engine's parse
 * with a fixed "now". CPU is user + system time from `process.cpuUsage()` around the whole read.
 */
import { pdfText } from "../../src/api/input/pdf.ts";
import { normalizeInput } from "../../src/api/input/text.ts";
import type { ParsedResume } from "../../src/domain/resume.ts";
import { parse } from "../../src/engine/local/engine.ts";

export const NOW = new Date("2026-12-01T00:00:00Z");
const PDF_LIMITS = { maxPages: 50, maxChars: 60_000 };

export interface Read {
  parsed: ParsedResume;
  text: string;
  cpuMs: number;
  pages?: number;
}

type DocxText = (bytes: Uint8Array, limits: { maxChars: number }) => Promise<{ text: string }>;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

const parseText = (text: string) => parse(normalizeInput(text), { now: NOW });

export async function readPdf(bytes: Uint8Array): Promise<Read> {
  const { value, cpuMs } = await timed(async () => {
    const { text, pages } = await pdfText(bytes, PDF_LIMITS);
    return { parsed: parseText(text), text, pages };
  });
  return { ...value, cpuMs };
}

export async function readText(text: string): Promise<Read> {
  const { value, cpuMs } = await timed(async () => parseText(text));
  return { parsed: value, text, cpuMs };
}

/**
 * The DOCX reader (src/api/input/docx.ts) is being written alongside this bench: until it loads and reads, DOCX is
 * reported as not yet readable, with the reason, rather than read some other way.
 */
export async function docxReader(): Promise<{ read: (bytes: Uint8Array) => Promise<Read> } | { unavailable: string }> {
  let docxText: DocxText;
  try {
    const path = "../../src/api/input/docx.ts";
    const mod = (await import(path)) as { docxText?: DocxText };
    if (typeof mod.docxText !== "function") return { unavailable: "src/api/input/docx.ts exports no docxText()" };
    docxText = mod.docxText;
  } catch (error) {
    return { unavailable: `src/api/input/docx.ts does not load (${(error as Error).message.split("\n")[0]})` };
  }
  return {
    read: async (bytes) => {
      const { value, cpuMs } = await timed(async () => {
        const { text } = await docxText(bytes, { maxChars: PDF_LIMITS.maxChars });
        return { parsed: parseText(text), text };
      });
      return { ...value, cpuMs };
    },
  };
}
