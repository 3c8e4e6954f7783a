/**
 * Rendered documents, kept by content hash in the system's temp folder (never in the repository), so a second run
 * of the bench prints no PDF it already has.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CACHE_DIR = process.env.BENCH_PARSE_CACHE ?? join(tmpdir(), "resume-bench-parse");

export const hashOf = (...parts: string[]) =>
  createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);

/** The file for `key` (made with `make` the first time) and its bytes. */
export async function cached(
  key: string,
  ext: string,
  make: (path: string) => Promise<Uint8Array>,
): Promise<{ path: string; bytes: Uint8Array }> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `${key}.${ext}`);
  if (existsSync(path)) return { path, bytes: new Uint8Array(readFileSync(path)) };
  const bytes = await make(path);
  writeFileSync(path, bytes);
  return { path, bytes };
}
