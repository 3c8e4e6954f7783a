/**
 * API keys: random, shown once, stored as a SHA-256 hash. No Workers imports (Web Crypto only), so the
 * `npm run keys` script in Node makes keys exactly as the admin endpoint does.
 */
import { hex, sha256Hex } from "../lib/hash.ts";

/** 32 random bytes (256 bits) behind a prefix that makes a leaked key recognizable to secret scanners. */
export const KEY_PREFIX = "rai_";

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

interface NewKey {
  id: string;
  /** The secret itself: returned once, never stored. */
  key: string;
  hash: string;
}

export async function newApiKey(): Promise<NewKey> {
  const key = `${KEY_PREFIX}${b64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  return { id: `key_${hex(crypto.getRandomValues(new Uint8Array(8)))}`, key, hash: await hashApiKey(key) };
}

export const hashApiKey = (key: string): Promise<string> => sha256Hex(key);

/**
 * Whether two secrets are equal, in time that does not depend on where they differ: both are hashed first, so
 * the comparison is over equal-length digests (and their lengths leak nothing either).
 */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all(
    [a, b].map(async (s) => new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s)))),
  );
  let diff = 0;
  for (let i = 0; i < (x as Uint8Array).length; i++) diff |= ((x as Uint8Array)[i] ?? 0) ^ ((y as Uint8Array)[i] ?? 0);
  return diff === 0;
}
