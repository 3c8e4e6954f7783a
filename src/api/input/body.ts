import { ProblemError } from "../problem.ts";
import { uploadTooLarge } from "./errors.ts";

/** The media type of a Content-Type header, lower-cased, without parameters ("" when absent). */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/**
 * How long a body may go without a byte arriving. A client that declares more than it sends and keeps the
 * connection open would otherwise hold the request (and its isolate's memory) until the platform gives up.
 */
export const BODY_IDLE_MS = 10_000;

function bodyIncomplete(received: number, declared: number | undefined, cause?: unknown): ProblemError {
  return new ProblemError({
    status: 400,
    code: "body_incomplete",
    title: "Incomplete body",
    detail:
      declared === undefined
        ? `The request body ended early (after ${received} bytes); send it again.`
        : `The request body ended after ${received} of the ${declared} bytes its Content-Length declares; send it again.`,
    cause,
  });
}

function bodyTimeout(received: number, idleMs: number): ProblemError {
  return new ProblemError({
    status: 408,
    code: "body_timeout",
    title: "Request timeout",
    detail: `No part of the request body arrived for ${Math.round(idleMs / 1000)} s (after ${received} bytes); send it again.`,
    headers: { Connection: "close" },
  });
}

/**
 * Reads a request body, never holding more than `limit` bytes: a declared Content-Length over the limit is refused
 * before reading, and the stream is cancelled as soon as what arrived passes it (chunked bodies, or a
 * Content-Length that lied). Throws 413 `upload_too_large`; 400 `body_incomplete` when the body ends before its
 * declared length (or the connection drops mid-body); 408 `body_timeout` when nothing arrives for `idleMs`.
 */
export async function readBoundedBody(request: Request, limit: number, idleMs = BODY_IDLE_MS): Promise<Uint8Array> {
  const header = request.headers.get("content-length");
  const declared = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : undefined;
  if (declared !== undefined && declared > limit) throw uploadTooLarge(limit);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const idle = new Promise<"idle">((resolve) => {
      timer = setTimeout(() => resolve("idle"), idleMs);
    });
    let next: ReadableStreamReadResult<Uint8Array> | "idle";
    try {
      next = await Promise.race([reader.read(), idle]);
    } catch (error) {
      throw bodyIncomplete(total, declared, error);
    } finally {
      clearTimeout(timer);
    }
    if (next === "idle") {
      await reader.cancel().catch(() => {});
      throw bodyTimeout(total, idleMs);
    }
    if (next.done) break;
    total += next.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw uploadTooLarge(limit);
    }
    chunks.push(next.value);
  }
  if (declared !== undefined && total < declared) throw bodyIncomplete(total, declared);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
