/**
 * Whether JSON text nests arrays and objects more than `limit` levels deep (`{}` is one level, `{"a": []}` two).
 * A single pass over the text that skips strings, so it runs before `JSON.parse` allocates anything. It does not
 * validate: text that is not JSON gets an answer too, and the parse that follows rejects it.
 */
export function jsonDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export type JsonParsed =
  | { ok: true; value: unknown }
  | { ok: false; reason: "too_deep" }
  | { ok: false; reason: "syntax"; message: string };

/** Parses JSON text after checking its depth. */
export function parseJson(text: string, maxDepth: number): JsonParsed {
  if (jsonDeeperThan(text, maxDepth)) return { ok: false, reason: "too_deep" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: "syntax", message: error instanceof Error ? error.message : String(error) };
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
