import type { HealthReport } from "../../src/domain/health.ts";
import type { ParseResponse } from "../../src/domain/parse.ts";
import type { Problem } from "../../src/domain/problem.ts";
import type { TailoredView } from "../../src/domain/result.ts";
import type { CreateRunResponse, RunList, RunView } from "../../src/domain/run.ts";
import { getKey } from "./session.ts";

/** A failed call: the API's problem+json when it sent one; status 0 when the service could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  constructor(status: number, problem: Problem | undefined, message: string) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
  get code(): string {
    return this.problem?.code ?? (this.status === 0 ? "network_error" : `http_${this.status}`);
  }
}

/** Called when the server wants a key it did not get (or rejected), so the app can ask for one. */
let onAuthRequired: (code: string) => void = () => {};
export const whenAuthRequired = (listener: (code: string) => void) => {
  onAuthRequired = listener;
};

/**
 * Test only: `?testFaults=<json>` on the page is forwarded as `X-Test-Faults` when starting a run, so browser tests
 * can make a run slow (a dropped task delivery waits for its deadline). The server ignores the header unless its
 * ALLOW_TEST_FAULTS var is "true", which no deployment sets.
 */
const testFaults = new URLSearchParams(location.search).get("testFaults");

const unreachable = () =>
  new ApiError(
    0,
    undefined,
    "Can't reach the service. Check your connection (or that the server is running) and try again.",
  );

export function authHeaders(headers: Headers = new Headers()): Headers {
  const key = getKey();
  if (key) headers.set("Authorization", `Bearer ${key}`);
  return headers;
}

async function send(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = authHeaders(new Headers(init.headers));
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, body: body ?? null });
  } catch {
    throw unreachable();
  }
  if (response.ok) return response;
  const problem = await readProblem(response);
  if (response.status === 401 && (problem?.code === "missing_api_key" || problem?.code === "invalid_api_key"))
    onAuthRequired(problem.code);
  throw new ApiError(response.status, problem, problem?.detail ?? fallbackMessage(response.status));
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  if (!(response.headers.get("Content-Type") ?? "").includes("json")) return undefined;
  try {
    const body = (await response.json()) as Problem;
    return typeof body.code === "string" ? body : undefined;
  } catch {
    return undefined;
  }
}

const fallbackMessage = (status: number) =>
  status >= 500
    ? `The service had a problem (HTTP ${status}). Try again in a moment.`
    : `The request was refused (HTTP ${status}).`;

const json = async <T>(response: Promise<Response>): Promise<T> => (await response).json() as Promise<T>;

export const api = {
  health: () => json<HealthReport>(send("/v1/health")),

  /** JSON when both texts are pasted; multipart as soon as a file is involved (the server reads PDFs and more). */
  createRun: (body: FormData | object) =>
    json<CreateRunResponse>(
      send("/v1/runs", {
        method: "POST",
        ...(body instanceof FormData ? { body } : { json: body }),
        headers: testFaults ? { "X-Test-Faults": testFaults } : {},
      }),
    ),

  /** The resume as the service reads it, with warnings: JSON for pasted text, multipart for a file. */
  parse: (body: FormData | { resume: string }, signal?: AbortSignal) =>
    json<ParseResponse>(
      send("/v1/parse", {
        method: "POST",
        ...(body instanceof FormData ? { body } : { json: body }),
        signal: signal ?? null,
      }),
    ),

  run: (id: string) => json<RunView>(send(`/v1/runs/${id}`)),
  runs: (cursor?: string) =>
    json<RunList>(send(`/v1/runs?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)),
  cancel: (id: string) => json<RunView>(send(`/v1/runs/${id}/cancel`, { method: "POST" })),
  remove: async (id: string) => {
    await send(`/v1/runs/${id}`, { method: "DELETE" });
  },
  tailored: (id: string, keep: string[], signal?: AbortSignal) =>
    json<TailoredView>(send(`/v1/runs/${id}/tailored`, { method: "POST", json: { keep }, signal: signal ?? null })),

  /** The download URL of the tailored resume with only the kept edits. */
  resumeUrl: (id: string, format: "md" | "json", keep: string[]) =>
    `/v1/runs/${id}/resume.${format}?keep=${keep.map(encodeURIComponent).join(",")}`,

  /** Fetched rather than navigated to: a link cannot carry the API key, and an error belongs on the page. */
  download: async (url: string, filename: string) => {
    const blob = await (await send(url)).blob();
    const href = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement("a"), { href, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  },
};

/** One line for the user: the problem's detail, with its request id to quote when asking for help. */
export function describe(error: unknown): { message: string; requestId?: string } {
  if (error instanceof ApiError)
    return { message: error.message, ...(error.problem?.requestId ? { requestId: error.problem.requestId } : {}) };
  return { message: error instanceof Error ? error.message : String(error) };
}
