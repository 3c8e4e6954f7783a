/**
 * The Standard security handler (PDF 32000-1 §7.6.3, ISO 32000-2 §7.6.4) with the empty user password, which is
 * how PDF.js opens an "owner-password only" PDF without asking. The stream pre-flight needs it because such a PDF's
 * streams are encrypted: measured as they lie in the file they are noise, while PDF.js decrypts and inflates them.
 * RC4 and MD5 are small enough to write here (WebCrypto has neither); AES and SHA-2 come from WebCrypto. Pure: tested
 * in Node.
 */

/** How one crypt filter decrypts a stream. */
export type CryptMethod = "rc4" | "aes128" | "aes256" | "identity";

/** What the pre-flight needs from the document's /Encrypt dictionary. */
export interface EncryptParams {
  v: number;
  r: number;
  /** Key length in bits (a multiple of 8, at least 40) for V 1–4. */
  length: number;
  o: Uint8Array;
  u: Uint8Array;
  p: number;
  ue?: Uint8Array;
  encryptMetadata: boolean;
  /** The methods the document's crypt filters name (V 4 and 5), or RC4 for V 1–2. */
  methods: CryptMethod[];
}

const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

const SHIFTS = [
  [7, 12, 17, 22],
  [5, 9, 14, 20],
  [4, 11, 16, 23],
  [6, 10, 15, 21],
].flatMap((round) => [...round, ...round, ...round, ...round]);
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** MD5 (RFC 1321), for the key derivation of revisions 2–4. */
export function md5(data: Uint8Array): Uint8Array {
  const padded = new Uint8Array(((data.length + 8) >> 6) * 64 + 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, (data.length * 8) >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor((data.length * 8) / 2 ** 32), true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const m = new Uint32Array(16);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(off + i * 4, true);
    let [a, b, c, d] = [a0, b0, c0, d0];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) [f, g] = [(b & c) | (~b & d), i];
      else if (i < 32) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
      else if (i < 48) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
      else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
      const sum = (a + f + (K[i] as number) + (m[g] as number)) >>> 0;
      const s = SHIFTS[i] as number;
      [a, d, c] = [d, c, b];
      b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  for (const [i, word] of [a0, b0, c0, d0].entries()) ov.setUint32(i * 4, word, true);
  return out;
}

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

async function aesCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array, mode: "encrypt" | "decrypt") {
  const k = await crypto.subtle.importKey("raw", buffer(key), "AES-CBC", false, [mode]);
  const params = { name: "AES-CBC", iv: buffer(iv) };
  const out =
    mode === "encrypt"
      ? crypto.subtle.encrypt(params, k, buffer(data))
      : crypto.subtle.decrypt(params, k, buffer(data));
  return new Uint8Array(await out);
}

/**
 * AES-CBC decryption that ignores padding, as PDF.js's does (it strips what looks like padding and never fails on
 * it). WebCrypto insists on PKCS#7: a block is appended that decrypts to a full padding block.
 */
export async function aesDecryptRaw(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const whole = data.subarray(0, data.length - (data.length % 16));
  if (whole.length === 0) return new Uint8Array(0);
  const last = whole.subarray(whole.length - 16);
  const forged = (await aesCbc(key, last, new Uint8Array(16).fill(16), "encrypt")).subarray(0, 16);
  return aesCbc(key, iv, concat(whole, forged), "decrypt");
}

const sha = async (algorithm: string, data: Uint8Array) =>
  new Uint8Array(await crypto.subtle.digest(algorithm, buffer(data)));

/** ISO 32000-2 Algorithm 2.B (revision 6), for the empty password and no user data. */
export async function hash2B(salt: Uint8Array): Promise<Uint8Array> {
  let k = await sha("SHA-256", salt);
  let e = new Uint8Array([0]);
  for (let i = 0; i < 64 || (e.at(-1) as number) > i - 32; i++) {
    const block = k.subarray(0, k.length);
    const k1 = new Uint8Array(block.length * 64);
    for (let j = 0; j < 64; j++) k1.set(block, j * block.length);
    e = (await aesCbc(k.subarray(0, 16), k.subarray(16, 32), k1, "encrypt")).subarray(0, k1.length);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j] as number;
    k = await sha(["SHA-256", "SHA-384", "SHA-512"][sum % 3] as string, e);
  }
  return k.subarray(0, 32);
}

/** The file key for the empty user password (if the password is not empty, decryption yields noise: PDF.js refuses). */
export async function fileKey(params: EncryptParams, id: Uint8Array): Promise<Uint8Array> {
  if (params.v === 5) {
    const salt = params.u.subarray(40, 48);
    const intermediate = params.r === 6 ? await hash2B(salt) : await sha("SHA-256", salt);
    return aesDecryptRaw(intermediate, new Uint8Array(16), (params.ue ?? new Uint8Array(32)).subarray(0, 32));
  }
  // As PDF.js computes it, including its quirks: the key length is /Length / 8 whatever the revision, an MD5 input
  // longer than the 16-byte hash reads zeros past it, and a V 4 key shorter than 16 bytes is zero-padded.
  const n = params.length >> 3;
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, params.p | 0, true);
  const noMetadata =
    params.r >= 4 && !params.encryptMetadata ? new Uint8Array([255, 255, 255, 255]) : new Uint8Array(0);
  const pad = (bytes: Uint8Array, size: number) => {
    const out = new Uint8Array(size);
    out.set(bytes.subarray(0, size));
    return out;
  };
  let hash = md5(concat(PADDING, params.o.subarray(0, 32), p, id, noMetadata));
  if (params.r >= 3) for (let i = 0; i < 50; i++) hash = md5(pad(hash, n));
  const key = hash.subarray(0, n);
  return params.v === 4 && key.length < 16 ? pad(key, 16) : key;
}

/** Decrypts one stream's data as PDF.js would for object `num gen` (Algorithm 1; one key for revisions 5–6). */
export async function decryptStream(
  method: CryptMethod,
  key: Uint8Array,
  num: number,
  gen: number,
  data: Uint8Array,
): Promise<Uint8Array> {
  if (method === "identity") return data;
  let objectKey = key;
  if (method !== "aes256") {
    const salt = method === "aes128" ? [0x73, 0x41, 0x6c, 0x54] : [];
    const extra = Uint8Array.from([
      num & 0xff,
      (num >> 8) & 0xff,
      (num >> 16) & 0xff,
      gen & 0xff,
      (gen >> 8) & 0xff,
      ...salt,
    ]);
    objectKey = md5(concat(key, extra)).subarray(0, Math.min(key.length + 5, 16));
  }
  if (method === "rc4") return rc4(objectKey, data);
  if (data.length < 32) return new Uint8Array(0);
  return aesDecryptRaw(objectKey, data.subarray(0, 16), data.subarray(16));
}
