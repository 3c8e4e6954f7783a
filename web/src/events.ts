import type { RunEvent } from "../../src/domain/run.ts";
import { authHeaders } from "./api.ts";

/**
 * A run's live events, in order and without gaps, across dropped connections and reloads.
 *
 * A WebSocket with `?since=<last seq>` (the server replays what came after, then streams), its events token
 * offered as a subprotocol beside `rai.events` — never in the URL, where logs and history would keep it;
 * server-sent events read with fetch where WebSockets fail, the token in an X-Events-Token header (fetch, unlike
 * EventSource, can send headers — the API key too, e.g. for a run reopened from the history of a keyed server).
 * Every event is checked against the last seq: a repeat is dropped, a gap reconnects from the last seq so the
 * server fills it.
 */

export type Transport = "ws" | "sse";
export type LinkState = "connecting" | "live" | "reconnecting" | "closed";

export interface StreamOptions {
  runId: string;
  token?: string | undefined;
  /** The last seq already seen (0: from the start). */
  since: number;
  onEvent: (event: RunEvent) => void;
  onState: (state: LinkState, transport: Transport) => void;
}

/** The events that end a run's stream (src/domain/run.ts has the same list; the app does not bundle zod). */
export const TERMINAL_EVENTS: ReadonlySet<string> = new Set([
  "run.completed",
  "run.partial",
  "run.failed",
  "run.cancelled",
]);
const PING_MS = 20_000;
/** The events socket's subprotocol, and the prefix under which the events token rides beside it (src/run/streams.ts). */
const EVENTS_PROTOCOL = "rai.events";
const TOKEN_PROTOCOL = "rai.token.";
/** WebSocket attempts that never open before switching to SSE for good. */
const WS_FAILURES_BEFORE_SSE = 2;

export class RunStream {
  #lastSeq: number;
  #token: string | undefined;
  #transport: Transport;
  #wsFailures = 0;
  #attempt = 0;
  #stopped = false;
  #socket: WebSocket | undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ping: ReturnType<typeof setInterval> | undefined;
  readonly #options: StreamOptions;
  readonly #online = () => this.#reconnectNow();

  constructor(options: StreamOptions) {
    this.#options = options;
    this.#lastSeq = options.since;
    this.#token = options.token;
    // No WebSocket at all, or no token to open one with while the server wants a key: SSE from the start.
    this.#transport =
      typeof WebSocket === "function" && (options.token || !authHeaders().has("Authorization")) ? "ws" : "sse";
    window.addEventListener("online", this.#online);
    this.#connect();
  }

  get lastSeq(): number {
    return this.#lastSeq;
  }

  get transport(): Transport {
    return this.#transport;
  }

  stop(): void {
    this.#stopped = true;
    window.removeEventListener("online", this.#online);
    this.#teardown();
    this.#options.onState("closed", this.#transport);
  }

  #url(): string {
    return `/v1/runs/${this.#options.runId}/events?${new URLSearchParams({ since: String(this.#lastSeq) })}`;
  }

  #connect(): void {
    if (this.#stopped) return;
    this.#options.onState(this.#attempt === 0 ? "connecting" : "reconnecting", this.#transport);
    if (this.#transport === "ws") this.#openSocket();
    else void this.#openSse();
  }

  #openSocket(): void {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const protocols = this.#token ? [EVENTS_PROTOCOL, `${TOKEN_PROTOCOL}${this.#token}`] : [EVENTS_PROTOCOL];
    const socket = new WebSocket(`${scheme}//${location.host}${this.#url()}`, protocols);
    this.#socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.#wsFailures = 0;
      this.#attempt = 0;
      this.#options.onState("live", "ws");
      this.#ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send("ping"), PING_MS);
    };
    socket.onmessage = (message) => {
      if (message.data === "pong") return;
      try {
        this.#receive(JSON.parse(String(message.data)) as RunEvent);
      } catch {
        // Not an event frame: ignore it rather than lose the stream.
      }
    };
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      if (!opened && ++this.#wsFailures >= WS_FAILURES_BEFORE_SSE) this.#transport = "sse";
      this.#retry();
    };
  }

  async #openSse(): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    try {
      const headers = authHeaders(new Headers({ Accept: "text/event-stream" }));
      if (this.#token) headers.set("X-Events-Token", this.#token);
      if (this.#lastSeq > 0) headers.set("Last-Event-ID", String(this.#lastSeq));
      const response = await fetch(this.#url(), { headers, signal: abort.signal, cache: "no-store" });
      if (response.status === 404 || response.status === 410) {
        this.stop();
        return;
      }
      if (response.status === 401 && this.#token) {
        // The events token expired (they last an hour): the API key, or anonymous access, may still open it.
        this.#token = undefined;
        throw new Error("events token refused");
      }
      if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
      this.#attempt = 0;
      this.#options.onState("live", "sse");
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0 && !abort.signal.aborted) {
          this.#frame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Dropped or refused: retried below, like a closed socket.
    }
    if (this.#abort === abort) this.#retry();
  }

  #frame(frame: string): void {
    const data = frame
      .split("\n")
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).trimStart())
      .join("\n");
    if (!data) return;
    try {
      this.#receive(JSON.parse(data) as RunEvent);
    } catch {
      // A malformed frame is skipped; a gap it leaves is caught by the seq check.
    }
  }

  #receive(event: RunEvent): void {
    if (this.#stopped || event.seq <= this.#lastSeq) return;
    if (event.seq > this.#lastSeq + 1) {
      // Missed something (a frame lost in a reconnect race): ask the server again from the last seq we have.
      this.#reconnectNow();
      return;
    }
    this.#lastSeq = event.seq;
    this.#options.onEvent(event);
    if (TERMINAL_EVENTS.has(event.type)) this.stop();
  }

  #teardown(): void {
    clearTimeout(this.#timer);
    clearInterval(this.#ping);
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) {
      socket.onclose = socket.onmessage = socket.onopen = null;
      if (socket.readyState <= WebSocket.OPEN) socket.close(1000);
    }
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** Full-jitter backoff, capped at 10 s: many tabs reconnecting after an outage do not arrive at once. */
  #retry(): void {
    if (this.#stopped) return;
    this.#teardown();
    const delay = Math.random() * Math.min(10_000, 500 * 2 ** this.#attempt++);
    this.#options.onState("reconnecting", this.#transport);
    this.#timer = setTimeout(() => this.#connect(), delay);
  }

  #reconnectNow(): void {
    if (this.#stopped) return;
    this.#teardown();
    this.#connect();
  }
}
