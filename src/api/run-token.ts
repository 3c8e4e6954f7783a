/**
 * Short-lived tokens for a run's event stream, for browsers that cannot send an Authorization header on a
 * WebSocket or EventSource: `<expiry>.<signature>`, the signature an HMAC-SHA-256 over run id, owner and expiry.
 */
const encoder = new TextEncoder();

async function key(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}

const b64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

function fromB64url(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export async function signRunToken(secret: string, runId: string, owner: string, expiresAt: number): Promise<string> {
  const exp = Math.floor(expiresAt / 1000);
  const signature = await crypto.subtle.sign("HMAC", await key(secret), encoder.encode(`${runId}.${owner}.${exp}`));
  return `${exp}.${b64url(signature)}`;
}

/** Whether `token` was signed for this run and owner and has not expired (constant-time comparison). */
export async function verifyRunToken(
  secret: string,
  token: string,
  runId: string,
  owner: string,
  now: number,
): Promise<boolean> {
  const [expText, sig] = token.split(".");
  const exp = Number(expText);
  const signature = sig ? fromB64url(sig) : undefined;
  if (!Number.isInteger(exp) || !signature || exp * 1000 < now) return false;
  return crypto.subtle.verify("HMAC", await key(secret), signature, encoder.encode(`${runId}.${owner}.${exp}`));
}
