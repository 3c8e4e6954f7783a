/**
 * Input text as people paste it: Unicode NFC, no control characters, LF line endings, and two repairs for text
 * that went through a bad export:
 * - literal byte escapes (`\xe2\x80\xa2`) that are valid UTF-8 are decoded back to their characters;
 * - a resume flattened onto one line by a PDF extractor, where runs of two or more spaces stood for line breaks,
 *   gets its lines back, so headings and bullets can be found again.
 * Bullet glyphs from symbol fonts (private-use code points) become "•".
 */
export function normalizeText(input: string): string {
  let text = input.normalize("NFC").replace(/\r\n?/g, "\n");
  text = decodeByteEscapes(text);
  text = unwrapQuoted(text);
  text = repairCp1252(text);
  // Control characters other than tab and newline; zero-width and BOM characters; NBSP to space.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, "");
  text = text.replace(/[\u00a0\u2007\u202f]/g, " ");
  text = text.replace(/[\ue000-\uf8ff]/g, "•");
  if (looksFlattened(text)) {
    // "2015  Present" and "2002  2006" lost their dash in extraction: keep the range on one line.
    text = text.replace(/\b((?:19|20)\d{2}) {2,}(?=(?:19|20)\d{2}\b|present\b|current\b)/gi, "$1 – ");
    text = text.replace(/ {2,}/g, "\n");
  }
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Windows-1252 punctuation that arrived as C1 control characters (text decoded as Latin-1): bullets, dashes, quotes. */
const CP1252: Record<string, string> = {
  "\u0091": "‘",
  "\u0092": "’",
  "\u0093": "“",
  "\u0094": "”",
  "\u0095": "•",
  "\u0096": "–",
  "\u0097": "—",
  "\u0085": "…",
};

function repairCp1252(text: string): string {
  return text.replace(/[\u0085\u0091-\u0097]/g, (c) => CP1252[c] ?? c);
}

const BYTE_ESCAPES = /(?:\\x[0-9a-fA-F]{2})+/g;

function decodeByteEscapes(text: string): string {
  if (!text.includes("\\x")) return text;
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  return text.replace(BYTE_ESCAPES, (run) => {
    const bytes = new Uint8Array(run.length / 4);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(run.slice(i * 4 + 2, i * 4 + 4), 16);
    try {
      return decoder.decode(bytes);
    } catch {
      return run;
    }
  });
}

/** A whole document wrapped in one pair of double quotes (a CSV or JSON string export). */
function unwrapQuoted(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > 2 && trimmed.startsWith('"') && trimmed.endsWith('"') && !trimmed.slice(1, -1).includes('"\n')) {
    return trimmed.slice(1, -1);
  }
  return text;
}

/** Few line breaks for its length, but many double-space runs: a flattened document. */
function looksFlattened(text: string): boolean {
  if (text.length < 300) return false;
  const newlines = (text.match(/\n/g) ?? []).length;
  const gaps = (text.match(/ {2,}/g) ?? []).length;
  return newlines * 150 < text.length && gaps >= 8;
}
