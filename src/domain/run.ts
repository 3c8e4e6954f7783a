import { z } from "zod";
import { RunFeatures } from "./features.ts";
import { JsonResume } from "./json-resume.ts";
import { Degradation, RunResult } from "./result.ts";

export const RunMode = z.enum(["tailor", "analyze"]);
export const EngineChoice = z.enum(["auto", "local", "llm"]);

export const RunOptions = z
  .object({
    mode: RunMode.default("tailor"),
    /** Absent: the service's ENGINE_DEFAULT (normally "auto": llm when a provider is configured, else local). */
    engine: EngineChoice.optional(),
    /** Most tokens the run may spend on LLM calls; past it, tasks run on the local engine. */
    tokenBudget: z.number().int().positive().max(10_000_000).optional(),
    /** Switches this run turns down for itself (never up): see RunFeatures. */
    features: RunFeatures.optional(),
  })
  .strict();

export const CreateRunRequest = z
  .object({
    resume: z.union([z.string().trim().min(1, "the resume is empty"), JsonResume], {
      error: "a resume as text, Markdown, or a JSON Resume object",
    }),
    jobDescription: z.string().trim().min(1, "the job description is empty"),
    options: RunOptions.optional(),
  })
  .strict()
  .meta({ id: "CreateRunRequest" });
export type CreateRunRequest = z.infer<typeof CreateRunRequest>;

export const RunStatus = z.enum(["queued", "running", "succeeded", "partial", "failed", "cancelled"]);
export type RunStatus = z.infer<typeof RunStatus>;

export const TERMINAL_STATUSES: ReadonlySet<RunStatus> = new Set(["succeeded", "partial", "failed", "cancelled"]);

export const RunEventType = z.enum([
  "run.started",
  "task.started",
  "task.progress",
  "task.retrying",
  "task.succeeded",
  "task.failed",
  "task.fallback",
  "run.partial",
  "run.completed",
  "run.failed",
  "run.cancelled",
]);
export type RunEventType = z.infer<typeof RunEventType>;

/** The events that end a run's stream: one of them is always its last. */
export const TERMINAL_EVENTS: ReadonlySet<string> = new Set<RunEventType>([
  "run.completed",
  "run.partial",
  "run.failed",
  "run.cancelled",
]);

/** One state change of a run, as stored and as streamed; `seq` is contiguous from 1 within a run. */
export const RunEvent = z
  .object({
    seq: z.number().int().positive(),
    type: RunEventType,
    runId: z.string(),
    taskId: z.string().optional(),
    kind: z.string().optional(),
    status: z.string().optional(),
    percent: z.number().int().min(0).max(100),
    message: z.string(),
    at: z.string(),
  })
  .meta({ id: "RunEvent" });
export type RunEvent = z.infer<typeof RunEvent>;

export const CreateRunResponse = z
  .object({
    id: z.string(),
    status: RunStatus,
    links: z.object({ self: z.string(), events: z.string() }),
    /** For browsers' WebSocket/SSE connections (`?token=`): bound to this run and its owner, short-lived. */
    eventsToken: z.string(),
  })
  .meta({ id: "CreateRunResponse" });
export type CreateRunResponse = z.infer<typeof CreateRunResponse>;

export const TaskView = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(["pending", "ready", "dispatched", "succeeded", "failed", "skipped"]),
  attempt: z.number().int().nonnegative(),
  /** The engine the task ran on: "llm", or "local" when it was local work or fell back. */
  engine: z.string().optional(),
  /** The LLM provider that served it. */
  provider: z.string().optional(),
  error: z.string().optional(),
});

export const RunView = z
  .object({
    id: z.string(),
    status: RunStatus,
    mode: RunMode,
    engine: EngineChoice,
    /** What `engine` resolved to when the run started. */
    engineUsed: z.enum(["local", "llm"]),
    /** The run's LLM token budget: what it may spend, what its settled calls spent, what calls in flight hold. */
    budget: z.object({
      tokens: z.number().int().nonnegative(),
      spent: z.number().int().nonnegative(),
      reserved: z.number().int().nonnegative(),
    }),
    progress: z.number().int().min(0).max(100),
    degradation: Degradation,
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    /** Tasks that failed or were skipped: what a partial run is missing. */
    failedTasks: z.array(z.string()),
    tasks: z.array(TaskView),
    result: RunResult.optional(),
  })
  .meta({ id: "RunView" });
export type RunView = z.infer<typeof RunView>;

export const RunSummary = z
  .object({
    id: z.string(),
    status: RunStatus,
    mode: RunMode,
    engine: EngineChoice,
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    scoreBefore: z.number().optional(),
    scoreAfter: z.number().optional(),
    degradation: Degradation.optional(),
  })
  .meta({ id: "RunSummary" });
export type RunSummary = z.infer<typeof RunSummary>;

export const RunList = z
  .object({ runs: z.array(RunSummary), nextCursor: z.string().optional() })
  .meta({ id: "RunList" });
export type RunList = z.infer<typeof RunList>;
