import type { RunEvent, RunStatus, RunView } from "../../../src/domain/run.ts";
import { announce } from "../announce.ts";
import { fill, h } from "../dom.ts";
import type { LinkState, Transport } from "../events.ts";
import { clock, plural } from "../format.ts";

/** What a task is doing, as shown: the server's task states, refined by the events that moved them. */
type TaskState = "pending" | "ready" | "running" | "sent" | "retrying" | "fallback" | "done" | "failed" | "skipped";

const STATE_LABEL: Record<TaskState, string> = {
  pending: "Waiting",
  ready: "Queued",
  running: "Running",
  sent: "Sent",
  retrying: "Retrying",
  fallback: "Fell back",
  done: "Done",
  failed: "Failed",
  skipped: "Skipped",
};

const FROM_VIEW: Record<RunView["tasks"][number]["state"], TaskState> = {
  pending: "pending",
  ready: "ready",
  dispatched: "sent",
  succeeded: "done",
  failed: "failed",
  skipped: "skipped",
};

/** The graph's stages, in the order a run goes through them. */
const STAGES: [kind: string, title: string][] = [
  ["parse", "Parse"],
  ["requirements", "Requirements"],
  ["analyze", "Analyze"],
  ["merge", "Merge"],
  ["score", "Score"],
  ["tailor", "Tailor"],
  ["verify", "Verify"],
  ["assemble", "Assemble"],
];

interface Task {
  id: string;
  kind: string;
  state: TaskState;
  attempt: number;
  /** Ran on the local engine after the asked-for engine failed. */
  fellBack: boolean;
  message?: string;
}

const kindOf = (id: string) => id.split(":")[0] ?? id;

/** The run's single steps, named for what they do (the stage heading already names the step). */
const STEP_NAMES: Record<string, string> = {
  parse: "Read the resume",
  requirements: "Read the posting",
  score: "Compute the score",
  verify: "Check every edit",
  assemble: "Build the resume",
};

/** "analyze:experience#1" → "experience · part 2" (the part only where a section has several). */
function taskLabel(task: Task, siblings: Task[]): string {
  const [, rest] = task.id.split(":");
  if (!rest) return STEP_NAMES[task.id] ?? task.id;
  const [section = rest, part] = rest.split("#");
  const several = siblings.filter((t) => t.id.split(":")[1]?.split("#")[0] === section).length > 1;
  return several && part !== undefined ? `${section} · part ${Number(part) + 1}` : section;
}

/**
 * The live view of a run: overall percent, the task graph (a chip per task with its state), the event log, and
 * the connection's state. `data-last-seq` / `data-events` on the root say what was received, for tests and
 * support; seqs are contiguous by construction (RunStream drops repeats and refills gaps).
 */
export class ProgressView {
  readonly el: HTMLElement;
  readonly events: RunEvent[] = [];
  readonly #tasks = new Map<string, Task>();
  readonly #chips = new Map<string, HTMLElement>();
  readonly #graph = h("div", { class: "graph" });
  readonly #bar = h("progress", { max: "100", value: "0", "aria-labelledby": "progress-label" });
  readonly #percent = h("span", { class: "percent" }, "0%");
  readonly #latest = h("p", { class: "latest muted" }, "Connecting to the run's events…");
  readonly #link = h("span", { class: "link-state" });
  readonly #log = h("ol", { class: "event-log" });
  readonly #logSummary = h("summary", null, "Event log");
  readonly #details: HTMLDetailsElement;
  readonly #title = h("h2", { id: "progress-label" }, "Progress");

  constructor(view: RunView, events: RunEvent[]) {
    // Open while the run goes, so the events are seen arriving; folded away with the results.
    const running = view.status === "running" || view.status === "queued";
    this.#details = h("details", { class: "log", open: running }, this.#logSummary, this.#log);
    this.el = h(
      "section",
      { class: "card progress", "aria-labelledby": "progress-label", "data-testid": "progress" },
      h("div", { class: "progress-head" }, this.#title, this.#link),
      h("div", { class: "bar-row" }, this.#bar, this.#percent),
      this.#latest,
      this.#graph,
      this.#details,
    );
    for (const t of view.tasks)
      this.#tasks.set(t.id, { id: t.id, kind: t.kind, state: FROM_VIEW[t.state], attempt: t.attempt, fellBack: false });
    this.setPercent(view.progress);
    this.setStatus(view.status);
    for (const event of events) this.add(event, false);
    this.#renderGraph();
  }

  get lastSeq(): number {
    return this.events[this.events.length - 1]?.seq ?? 0;
  }

  /** The server's task list, authoritative once a run has ended. */
  syncTasks(view: RunView): void {
    for (const t of view.tasks) {
      const task = this.#tasks.get(t.id);
      const state = FROM_VIEW[t.state];
      if (task)
        Object.assign(task, {
          state: task.state === "fallback" && state === "done" ? "done" : state,
          attempt: t.attempt,
        });
      else this.#tasks.set(t.id, { id: t.id, kind: t.kind, state, attempt: t.attempt, fellBack: false });
    }
    this.setPercent(view.progress);
    this.#renderGraph();
  }

  add(event: RunEvent, live = true): void {
    this.events.push(event);
    this.el.dataset.lastSeq = String(event.seq);
    this.el.dataset.events = String(this.events.length);
    this.setPercent(event.percent);
    this.#latest.textContent = event.message;
    // Follow the newest event, unless the reader scrolled up to look at older ones.
    const log = this.#log;
    const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
    log.append(
      h(
        "li",
        { "data-seq": event.seq, "data-type": event.type },
        h("span", { class: "seq" }, `#${event.seq}`),
        h("time", { datetime: event.at }, clock(event.at)),
        h("span", null, event.message),
      ),
    );
    if (atEnd) log.scrollTop = log.scrollHeight;
    this.#logSummary.textContent = `Event log (${plural(this.events.length, "event")})`;
    if (event.taskId) this.#applyTask(event);
    if (event.type.startsWith("run.") && event.status) this.setStatus(event.status as RunStatus);
    if (live)
      announce(`${event.percent}%: ${event.message}`, event.type.startsWith("run.") && event.type !== "run.started");
  }

  #applyTask(event: RunEvent): void {
    const id = event.taskId ?? "";
    let task = this.#tasks.get(id);
    const isNew = !task;
    task ??= { id, kind: event.kind ?? kindOf(id), state: "pending", attempt: 0, fellBack: false };
    this.#tasks.set(id, task);
    task.message = event.message;
    switch (event.type) {
      case "task.started":
        task.state = event.status === "dispatched" ? "sent" : "running";
        break;
      case "task.retrying":
        task.state = "retrying";
        task.attempt++;
        break;
      case "task.fallback":
        task.state = "fallback";
        task.fellBack = true;
        break;
      case "task.succeeded":
        task.state = "done";
        break;
      case "task.failed":
        // A task whose dependency failed is reported as failed with status "skipped".
        task.state = event.status === "skipped" ? "skipped" : "failed";
        break;
    }
    if (isNew) this.#renderGraph();
    else this.#paintChip(task);
  }

  setPercent(percent: number): void {
    this.#bar.value = percent;
    this.#percent.textContent = `${percent}%`;
  }

  setStatus(status: RunStatus): void {
    this.el.dataset.status = status;
    const running = status === "running" || status === "queued";
    this.#title.textContent = running ? "Progress" : "Run details";
  }

  setLink(state: LinkState, transport: Transport): void {
    this.el.dataset.transport = transport;
    this.el.dataset.link = state;
    const text: Record<LinkState, string> = {
      connecting: "Connecting…",
      live: transport === "ws" ? "Live" : "Live (SSE)",
      reconnecting: "Connection lost, reconnecting…",
      closed: "",
    };
    this.#link.textContent = text[state];
    this.#link.className = `link-state link-${state}`;
  }

  /** After the run: the graph and log stay available, folded away under the results. */
  collapse(): void {
    this.#details.open = false;
    this.el.classList.add("done");
  }

  #renderGraph(): void {
    const tasks = [...this.#tasks.values()];
    const known = new Set(STAGES.map(([kind]) => kind));
    const stages = [
      ...STAGES,
      ...[...new Set(tasks.map((t) => t.kind))].filter((k) => !known.has(k)).map((k) => [k, k] as [string, string]),
    ];
    this.#chips.clear();
    fill(
      this.#graph,
      stages.flatMap(([kind, title]) => {
        const inStage = tasks.filter((t) => t.kind === kind);
        if (inStage.length === 0) return [];
        return h(
          "div",
          { class: "stage" },
          h("h3", null, title),
          h(
            "ul",
            null,
            inStage.map((task) => {
              const chip = h(
                "li",
                { class: "chip", "data-testid": `task-${task.id}` },
                h("span", { class: "dot", "aria-hidden": "true" }),
                h("span", { class: "chip-name" }, taskLabel(task, inStage)),
                h("span", { class: "chip-state" }),
              );
              this.#chips.set(task.id, chip);
              this.#paintChip(task);
              return chip;
            }),
          ),
        );
      }),
    );
  }

  #paintChip(task: Task): void {
    const chip = this.#chips.get(task.id);
    if (!chip) return;
    chip.dataset.state = task.state;
    const label = task.state === "done" && task.fellBack ? "Done (local)" : STATE_LABEL[task.state];
    const state = chip.querySelector(".chip-state");
    if (state) state.textContent = task.attempt > 1 ? `${label} · try ${task.attempt}` : label;
    chip.title = task.message ?? task.id;
  }
}
