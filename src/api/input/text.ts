import { normalizeText } from "../../engine/text/normalize.ts";

/** Strict UTF-8 (a leading BOM is dropped); undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A text file's bytes as text: UTF-8 (with or without a BOM), or UTF-16 when it starts with a UTF-16 byte order
 * mark (what Windows Notepad saves as "Unicode"). Undefined when it is neither.
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "";
  if (!utf16) return decodeUtf8(bytes);
  try {
    return new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A resume or job text as the engines want it: the shared `normalizeText` (NFC, LF line endings, control and
 * zero-width characters removed, tab and newline kept, repairs of bad exports, trimmed), after turning lone
 * surrogates into U+FFFD and Unicode line and paragraph separators into newlines.
 */
export function normalizeInput(text: string): string {
  return normalizeText(text.toWellFormed().replace(/[\u2028\u2029]/g, "\n"));
}

/**
 * One string inside a JSON Resume: the same character rules as `normalizeInput` (NFC, LF, no control characters,
 * no lone surrogates) without its whole-document repairs or trimming, which would change field values.
 */
export function cleanField(text: string): string {
  return text
    .toWellFormed()
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(CONTROL, "");
}

/** Every string in a JSON value cleaned with `cleanField` (keys are left as they are). */
export function cleanStrings<T>(value: T): T {
  if (typeof value === "string") return cleanField(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}

/** Characters other than whitespace: what "has text" means for an extracted PDF. */
export const visibleChars = (text: string): number => text.replace(/\s/g, "").length;
