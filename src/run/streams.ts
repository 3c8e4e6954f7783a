import type { RunEvent } from "../domain/run.ts";
import { ownerActive } from "../storage/owners.ts";

/**
 * A run's live event streams: hibernatable WebSockets (they live in the runtime and survive the object's
 * eviction) and SSE responses (they live in this instance). Opening one takes a slot of the run (at most
 * MAX_STREAMS_PER_RUN) and a lease of its owner's key (at most MAX_STREAMS_PER_KEY across the key's runs, held in
 * the key's KeyBudget object); while streams are open the run checks them every STREAM_CHECK_MS: the owner's key
 * still valid (an events token must not outlive its key's revocation), leases renewed, streams of a finished run
 * closed (everything they can carry has been sent).
 */

/** How often open streams are checked. */
export const STREAM_CHECK_MS = 60_000;
/** The WebSocket subprotocol the events socket speaks; a browser offers its events token as a second one. */
export const EVENTS_PROTOCOL = "rai.events";
/** `rai.token.<events token>`: how a browser's WebSocket carries the token without putting it in the URL. */
export const TOKEN_PROTOCOL = "rai.token.";

const DEFAULT_PER_RUN = 100;
const DEFAULT_PER_KEY = 200;

const positive = (value: unknown, fallback: number) => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
};

/** A refusal the API passes on as problem+json (src/api/routes/runs.ts). */
export interface StreamRefusal {
  code: "too_many_streams";
  title: string;
  detail: string;
}

const encoder = new TextEncoder();

export function sseFrame(event: RunEvent): Uint8Array {
  return encoder.encode(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

interface Owner {
  runId: string;
  owner: string;
}

export class EventStreams {
  readonly #ctx: DurableObjectState;
  readonly #env: Env;
  readonly #sse = new Map<string, WritableStreamDefaultWriter<Uint8Array>>();

  constructor(ctx: DurableObjectState, env: Env) {
    this.#ctx = ctx;
    this.#env = env;
  }

  /** Every stream open now: sockets by their first tag (their id), SSE streams of this instance. */
  ids(): string[] {
    const sockets = this.#ctx.getWebSockets().flatMap((ws) => this.#ctx.getTags(ws).slice(0, 1));
    return [...sockets, ...this.#sse.keys()];
  }

  /**
   * Opens a stream on `request` (a WebSocket upgrade, or SSE) that first replays `replay`. A finished run's SSE
   * stream ends after the replay. Answers 429 when the run or the owner's key has no slot left.
   */
  async open(request: Request, run: Owner, replay: readonly RunEvent[], finished: boolean): Promise<Response> {
    const perRun = positive(this.#env.MAX_STREAMS_PER_RUN, DEFAULT_PER_RUN);
    const open = this.ids().length;
    if (open >= perRun) {
      return refuse(`This run already has ${open} open event streams (at most ${perRun}); close one first.`);
    }
    const id = crypto.randomUUID();
    const perKey = positive(this.#env.MAX_STREAMS_PER_KEY, DEFAULT_PER_KEY);
    const lease = await this.#keyState(run.owner)
      .openStream(id, run.runId, perKey)
      // The key's object unreachable: the stream is only reads of the caller's own run, so it is not refused.
      .catch(() => ({ granted: true, open: 0 }));
    if (!lease.granted) {
      return refuse(`This key already has ${lease.open} open event streams (at most ${perKey}); close one first.`);
    }

    if (request.headers.get("Upgrade")?.toLowerCase() === "websocket") {
      const pair = new WebSocketPair();
      const [client, server] = [pair[0], pair[1]];
      this.#ctx.acceptWebSocket(server, [id]);
      for (const event of replay) server.send(JSON.stringify(event));
      // A browser that offered the events subprotocol (its token rides beside it) must get it back.
      const offered = (request.headers.get("Sec-WebSocket-Protocol") ?? "").split(",").map((p) => p.trim());
      const headers: Record<string, string> = offered.includes(EVENTS_PROTOCOL)
        ? { "Sec-WebSocket-Protocol": EVENTS_PROTOCOL }
        : {};
      return new Response(null, { status: 101, webSocket: client, headers });
    }

    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    for (const event of replay) void writer.write(sseFrame(event)).catch(() => {});
    // However it ends (the run's end, the client gone, a revocation), its slot and lease are given back.
    this.#sse.set(id, writer);
    void writer.closed
      .catch(() => {})
      .finally(() => {
        this.#sse.delete(id);
        void this.release([id], run.owner);
      });
    if (finished) void writer.close().catch(() => {});
    return new Response(readable, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Accel-Buffering": "no",
      },
    });
  }

  /** Sends an event (already written to the log) to every stream. */
  broadcast(event: RunEvent): void {
    const json = JSON.stringify(event);
    for (const ws of this.#ctx.getWebSockets()) {
      try {
        ws.send(json);
      } catch {
        // A socket closing under us; the client reconnects with ?since=.
      }
    }
    const frame = sseFrame(event);
    for (const writer of this.#sse.values()) writer.write(frame).catch(() => {});
  }

  /** Ends the SSE streams: the run is over (a WebSocket client closes on the terminal event itself). */
  endSse(): void {
    for (const writer of this.#sse.values()) void writer.close().catch(() => {});
  }

  /** Closes every stream, sockets with `code` and `reason`, and gives back their leases. */
  async closeAll(owner: string, code: number, reason: string): Promise<void> {
    const ids = this.ids();
    for (const ws of this.#ctx.getWebSockets()) {
      try {
        ws.close(code, reason);
      } catch {
        // Already closed.
      }
    }
    this.endSse();
    this.#sse.clear();
    await this.release(ids, owner);
  }

  /** Gives back the key's leases of streams that ended. */
  async release(ids: readonly string[], owner: string): Promise<void> {
    if (ids.length === 0) return;
    await this.#keyState(owner)
      .closeStreams([...ids])
      .catch(() => {
        // The lease lapses by itself (STREAM_LEASE_MS).
      });
  }

  /** The stream id of a socket (its first tag). */
  idOf(ws: WebSocket): string | undefined {
    return this.#ctx.getTags(ws)[0];
  }

  /**
   * The periodic check. Returns whether to check again: false when nothing is open any more, when the run has
   * finished (its streams are closed: everything was sent) or when the owner's key was revoked (closed too).
   */
  async check(run: Owner, finished: boolean): Promise<boolean> {
    const ids = this.ids();
    if (ids.length === 0) return false;
    if (finished) {
      await this.closeAll(run.owner, 1000, "run finished");
      return false;
    }
    // D1 unreachable: the key is not assumed revoked; the next check asks again.
    const active = await ownerActive(this.#env, run.owner).catch(() => true);
    if (!active) {
      await this.closeAll(run.owner, 1008, "the API key was revoked");
      return false;
    }
    await this.#keyState(run.owner)
      .renewStreams(ids, run.runId)
      .catch(() => {});
    return true;
  }

  #keyState(owner: string) {
    return this.#env.KEY_BUDGET.getByName(owner);
  }
}

function refuse(detail: string): Response {
  const body: StreamRefusal = { code: "too_many_streams", title: "Too many streams", detail };
  return Response.json(body, { status: 429, headers: { "Retry-After": "60" } });
}
