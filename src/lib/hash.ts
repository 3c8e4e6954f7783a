/** Hashing with Web Crypto only (no Workers imports): the Worker, the CLI and Node scripts share it. */

/** Bytes as lowercase hex. */
export const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** The SHA-256 of a text (UTF-8), as lowercase hex: cache keys, idempotency keys, stored API-key hashes. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
