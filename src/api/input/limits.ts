/** How much input one request may carry. Every value comes from a `[vars]` entry, with these defaults. */
export interface InputLimits {
  /** Characters of resume text after normalization (a JSON Resume counts as its JSON text). `MAX_RESUME_CHARS`. */
  resumeChars: number;
  /** Characters of job description after normalization. `MAX_JOB_CHARS`. */
  jobChars: number;
  /** Bytes of request body, JSON or multipart. `MAX_UPLOAD_BYTES`. */
  uploadBytes: number;
  /** Nesting of arrays and objects in any JSON read (the body, a .json file, the `options` field). `MAX_JSON_DEPTH`. */
  jsonDepth: number;
  /** Pages of a PDF read before giving up. */
  pdfPages: number;
}

export const DEFAULT_LIMITS: Readonly<InputLimits> = {
  resumeChars: 60_000,
  jobChars: 30_000,
  uploadBytes: 5 * 1024 * 1024,
  jsonDepth: 32,
  pdfPages: 50,
};

const positive = (value: unknown, fallback: number): number => {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
};

/** The limits a deployment configured; a var that is missing or not a positive integer keeps its default. */
export function limitsFrom(env: Partial<Record<string, unknown>>): InputLimits {
  return {
    resumeChars: positive(env.MAX_RESUME_CHARS, DEFAULT_LIMITS.resumeChars),
    jobChars: positive(env.MAX_JOB_CHARS, DEFAULT_LIMITS.jobChars),
    uploadBytes: positive(env.MAX_UPLOAD_BYTES, DEFAULT_LIMITS.uploadBytes),
    jsonDepth: positive(env.MAX_JSON_DEPTH, DEFAULT_LIMITS.jsonDepth),
    pdfPages: positive(env.MAX_PDF_PAGES, DEFAULT_LIMITS.pdfPages),
  };
}
