import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import {
  type AdversarialKind,
  adversarialKinds,
  answer,
  type ChatRequest,
  completion,
  type Task,
  taskOf,
} from "./responder.ts";

/**
 * An OpenAI-compatible server for development and benchmarks: `/v1/chat/completions` answers the llm engine's
 * prompts with schema-valid output built from the local engine (bench/mock-llm/responder.ts), with usage; faults
 * and latency are options, changeable at run time with POST /__config; GET /__stats says what it served.
 * Tests do not use it (they mock HTTP with msw); nothing here calls a real provider.
 *
 *   npm run mock-llm -- --port 8790 --latency 1000 --jitter 300 --error-rate 0.1 --malformed-rate 0.05
 *   (also --timeout-rate, --tail-rate/--tail-min/--tail-max for a latency tail, --rate-limit-next N --retry-after S,
 *   --down, --reject-json-schema, --seed, and --adversarial img-onerror,script,… for a hostile provider whose
 *   rewrites and summaries carry markup, links and contacts: see ADVERSARIAL_PAYLOADS in responder.ts)
 */
export interface MockOptions {
  /** Mean added latency per answer, ms. */
  latencyMs: number;
  /** Latency is uniform in [latency − jitter, latency + jitter]. */
  jitterMs: number;
  /** Share of answers in the slow tail, each taking a uniform [tailMinMs, tailMaxMs] instead. */
  tailRate: number;
  tailMinMs: number;
  tailMaxMs: number;
  /** Share of requests answered with a 5xx. */
  errorRate: number;
  /** Share of requests never answered (the client times out). */
  timeoutRate: number;
  /** Share of answers that are not valid JSON. */
  malformedRate: number;
  /** Every connection is dropped: a provider that is down. */
  down: boolean;
  /** 400 for `response_format: json_schema`, as providers without structured outputs answer. */
  rejectJsonSchema: boolean;
  /**
   * The next N requests get a 429 with `Retry-After: retryAfterS`, however long that takes: a provider that keeps
   * refusing past the Retry-After it gave (a spent quota).
   */
  rateLimitNext: number;
  retryAfterS: number;
  /**
   * Until this time (epoch ms), every request gets a 429 whose Retry-After is the time left (whole seconds, at
   * least 1): a rate-limit window that ends when it says it will.
   */
  rateLimitUntil: number;
  /** Seed of the fault and latency draws, for repeatable benchmarks. */
  seed: number;
  model: string;
  /** Payloads every rewrite and summary carries (none: the faithful answers). */
  adversarial: AdversarialKind[];
}

const DEFAULT_MOCK: MockOptions = {
  latencyMs: 0,
  jitterMs: 0,
  tailRate: 0,
  tailMinMs: 5_000,
  tailMaxMs: 20_000,
  errorRate: 0,
  timeoutRate: 0,
  malformedRate: 0,
  down: false,
  rejectJsonSchema: false,
  rateLimitNext: 0,
  retryAfterS: 2,
  rateLimitUntil: 0,
  seed: 1,
  model: "mock-1",
  adversarial: [],
};

export interface CallRecord {
  task: Task;
  repair: boolean;
  format: string;
  startedAt: number;
  endedAt: number;
  status: number | "dropped" | "timeout";
  tokens: number;
}

export interface MockStats {
  requests: number;
  inFlight: number;
  peakConcurrency: number;
  byTask: Record<string, number>;
  faults: {
    error5xx: number;
    rateLimited: number;
    timeouts: number;
    malformed: number;
    schemaRejected: number;
    dropped: number;
  };
  tokens: { prompt: number; completion: number };
}

/** A small seeded generator (mulberry32): the same seed draws the same faults and latencies. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function emptyStats(): MockStats {
  return {
    requests: 0,
    inFlight: 0,
    peakConcurrency: 0,
    byTask: {},
    faults: { error5xx: 0, rateLimited: 0, timeouts: 0, malformed: 0, schemaRejected: 0, dropped: 0 },
    tokens: { prompt: 0, completion: 0 },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

const apiError = (message: string, type: string) => ({ error: { message, type, param: null, code: null } });

export interface MockLlm {
  url: string;
  server: Server;
  options: MockOptions;
  stats: () => MockStats;
  calls: () => CallRecord[];
  configure: (changes: Partial<MockOptions>) => void;
  reset: () => void;
  close: () => Promise<void>;
}

export async function startMockLlm(partial: Partial<MockOptions> = {}, port = 0, host = "127.0.0.1"): Promise<MockLlm> {
  const options: MockOptions = { ...DEFAULT_MOCK, ...partial };
  let draw = random(options.seed);
  let stats = emptyStats();
  let calls: CallRecord[] = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://mock");
    try {
      if (req.method === "GET" && url.pathname === "/__stats") {
        return send(res, 200, url.searchParams.has("calls") ? { ...stats, calls } : stats);
      }
      if (req.method === "POST" && url.pathname === "/__config") {
        const changes = JSON.parse((await readBody(req)) || "{}") as Partial<MockOptions> & { reset?: boolean };
        if (changes.adversarial !== undefined) {
          try {
            changes.adversarial = adversarialKinds(changes.adversarial);
          } catch (error) {
            return send(res, 400, apiError(String((error as Error).message), "invalid_request_error"));
          }
        }
        if (changes.reset) {
          stats = emptyStats();
          calls = [];
        }
        delete changes.reset;
        Object.assign(options, changes);
        if (changes.seed !== undefined) draw = random(options.seed);
        return send(res, 200, options);
      }
      if (req.method === "GET" && url.pathname === "/v1/models") {
        return send(res, 200, {
          object: "list",
          data: [{ id: options.model, object: "model", created: 0, owned_by: "mock" }],
        });
      }
      if (req.method !== "POST" || url.pathname !== "/v1/chat/completions") {
        return send(res, 404, apiError(`no route for ${req.method} ${url.pathname}`, "invalid_request_error"));
      }
      await chat(req, res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, apiError(String(error), "server_error"));
    }
  });

  async function chat(req: IncomingMessage, res: ServerResponse) {
    const startedAt = Date.now();
    const raw = await readBody(req);
    let body: ChatRequest;
    try {
      body = JSON.parse(raw) as ChatRequest;
    } catch {
      return send(res, 400, apiError("the body is not JSON", "invalid_request_error"));
    }
    const task = taskOf(body);
    const record: CallRecord = {
      task,
      repair: (body.messages ?? []).some((m) => m.role === "assistant"),
      format: body.response_format?.type ?? "none",
      startedAt,
      endedAt: startedAt,
      status: 200,
      tokens: 0,
    };
    stats.requests++;
    stats.byTask[task] = (stats.byTask[task] ?? 0) + 1;
    stats.inFlight++;
    stats.peakConcurrency = Math.max(stats.peakConcurrency, stats.inFlight);
    const finish = (status: CallRecord["status"]) => {
      stats.inFlight--;
      record.endedAt = Date.now();
      record.status = status;
      if (calls.length < 50_000) calls.push(record);
    };

    if (options.down) {
      stats.faults.dropped++;
      finish("dropped");
      req.socket.destroy();
      return;
    }
    if (!req.headers.authorization?.startsWith("Bearer ")) {
      finish(401);
      return send(res, 401, apiError("missing API key", "invalid_request_error"));
    }
    if (options.rejectJsonSchema && body.response_format?.type === "json_schema") {
      stats.faults.schemaRejected++;
      finish(400);
      return send(
        res,
        400,
        apiError(
          "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
          "invalid_request_error",
        ),
      );
    }
    const windowLeftMs = options.rateLimitUntil - Date.now();
    if (options.rateLimitNext > 0 || windowLeftMs > 0) {
      const retryAfterS = windowLeftMs > 0 ? Math.max(1, Math.ceil(windowLeftMs / 1000)) : options.retryAfterS;
      if (windowLeftMs <= 0) options.rateLimitNext--;
      stats.faults.rateLimited++;
      finish(429);
      return send(res, 429, apiError("Rate limit reached", "rate_limit_exceeded"), {
        "retry-after": String(retryAfterS),
      });
    }
    const latency =
      draw() < options.tailRate
        ? options.tailMinMs + draw() * (options.tailMaxMs - options.tailMinMs)
        : Math.max(0, options.latencyMs + (draw() * 2 - 1) * options.jitterMs);
    const fault = draw();
    if (fault < options.errorRate) {
      await sleep(latency / 4);
      stats.faults.error5xx++;
      const status = [500, 502, 503][Math.floor(draw() * 3)] ?? 500;
      finish(status);
      return send(res, status, apiError("The server had an error while processing your request.", "server_error"));
    }
    if (fault < options.errorRate + options.timeoutRate) {
      // Never answered: the client gives up and closes the connection.
      stats.faults.timeouts++;
      await new Promise<void>((resolve) => req.socket.once("close", () => resolve()));
      finish("timeout");
      return;
    }
    await sleep(latency);
    if (task === "unknown") {
      finish(400);
      return send(res, 400, apiError("the mock answers only the llm engine's prompts", "invalid_request_error"));
    }
    let content = JSON.stringify(answer(body, { adversarial: options.adversarial }));
    if (fault < options.errorRate + options.timeoutRate + options.malformedRate) {
      stats.faults.malformed++;
      content = `Here is the JSON you asked for: ${content.slice(0, Math.floor(content.length / 2))}`;
    }
    const reply = completion({ ...body, model: body.model ?? options.model }, content);
    // Usage as a real provider counts it: the o200k tokenizer over the messages and the reply.
    const promptText = (body.messages ?? []).map((m) => m.content ?? "").join("\n");
    reply.usage = {
      prompt_tokens: encode(promptText).length + 4 * (body.messages?.length ?? 0),
      completion_tokens: encode(content).length,
      total_tokens: 0,
    };
    reply.usage.total_tokens = reply.usage.prompt_tokens + reply.usage.completion_tokens;
    stats.tokens.prompt += reply.usage.prompt_tokens;
    stats.tokens.completion += reply.usage.completion_tokens;
    record.tokens = reply.usage.total_tokens;
    finish(200);
    send(res, 200, reply);
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/v1`,
    server,
    options,
    stats: () => structuredClone(stats),
    calls: () => calls.slice(),
    configure: (changes) => {
      Object.assign(options, changes);
      if (changes.seed !== undefined) draw = random(options.seed);
    },
    reset: () => {
      stats = emptyStats();
      calls = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function adversarialOrExit(value: string): AdversarialKind[] {
  try {
    return adversarialKinds(value);
  } catch (error) {
    console.error(`mock-llm: ${(error as Error).message}`);
    process.exit(2);
  }
}

// `npm run mock-llm -- --port P [options]`
if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8790" },
      host: { type: "string", default: "127.0.0.1" },
      latency: { type: "string", default: "0" },
      jitter: { type: "string", default: "0" },
      "tail-rate": { type: "string", default: "0" },
      "tail-min": { type: "string", default: "5000" },
      "tail-max": { type: "string", default: "20000" },
      "error-rate": { type: "string", default: "0" },
      "timeout-rate": { type: "string", default: "0" },
      "malformed-rate": { type: "string", default: "0" },
      "rate-limit-next": { type: "string", default: "0" },
      "retry-after": { type: "string", default: "2" },
      "rate-limit-for": { type: "string", default: "0" },
      "reject-json-schema": { type: "boolean", default: false },
      down: { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      model: { type: "string", default: "mock-1" },
      adversarial: { type: "string", default: "" },
    },
  });
  const mock = await startMockLlm(
    {
      latencyMs: Number(values.latency),
      jitterMs: Number(values.jitter),
      tailRate: Number(values["tail-rate"]),
      tailMinMs: Number(values["tail-min"]),
      tailMaxMs: Number(values["tail-max"]),
      errorRate: Number(values["error-rate"]),
      timeoutRate: Number(values["timeout-rate"]),
      malformedRate: Number(values["malformed-rate"]),
      rateLimitNext: Number(values["rate-limit-next"]),
      retryAfterS: Number(values["retry-after"]),
      rateLimitUntil: Number(values["rate-limit-for"]) > 0 ? Date.now() + Number(values["rate-limit-for"]) * 1000 : 0,
      rejectJsonSchema: values["reject-json-schema"],
      down: values.down,
      seed: Number(values.seed),
      model: values.model,
      adversarial: adversarialOrExit(values.adversarial),
    },
    Number(values.port),
    values.host,
  );
  console.log(`mock LLM listening on ${mock.url} (GET ${mock.url.replace(/\/v1$/, "")}/__stats)`);
  console.log(JSON.stringify(mock.options));
  const stop = () => void mock.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
