import { exactToken, tokenize } from "../text/tokens.ts";

/**
 * The key a taxonomy term is indexed under: its tokens' matching forms joined by spaces, or — for a
 * case-sensitive term — its exact tokens, prefixed with "=" so the two key spaces never collide.
 */
export function normalizeTermKey(text: string, caseSensitive: boolean): string {
  const tokens = tokenize(text);
  if (caseSensitive) return `=${tokens.map((t) => exactToken(t.surface)).join(" ")}`;
  return tokens.map((t) => t.norm).join(" ");
}
