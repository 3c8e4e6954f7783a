/**
 * Pasted text in the three shapes people paste: `pdftotext -layout` (columns padded with spaces), plain
 * `pdftotext` (reading order), and that plain text flattened onto one line with runs of spaces where the line
 * breaks were, as resume datasets and some copy-pastes look.
 */
import { execFileSync } from "node:child_process";

export const TEXT_FORMATS = ["pdftotext-layout", "pdftotext", "flattened"] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const pdftotext = (path: string, layout: boolean) =>
  execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", path, "-"], { encoding: "utf8" });

/** Each run of line breaks (and page breaks) becomes 2, 3 or 4 spaces, in turn, so the run lengths vary. */
export function flatten(text: string): string {
  let n = 0;
  return text.trim().replace(/[ \t]*[\n\f\r]+[ \t]*/g, () => " ".repeat(2 + (n++ % 3)));
}

export function textVariants(pdfPath: string): Record<TextFormat, string> {
  const plain = pdftotext(pdfPath, false);
  return { "pdftotext-layout": pdftotext(pdfPath, true), pdftotext: plain, flattened: flatten(plain) };
}
