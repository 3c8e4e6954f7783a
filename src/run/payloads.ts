import type { Suggestion } from "../domain/analysis.ts";
import type { ProposedEdit } from "../domain/edit.ts";
import type { Features } from "../domain/features.ts";
import type { Requirement } from "../domain/requirement.ts";
import type { MatchResult } from "../domain/result.ts";
import type { ParsedResume } from "../domain/resume.ts";
import type { ChunkPart } from "../engine/chunk/chunk.ts";
import type { ChunkEvidence } from "../engine/local/evidence.ts";
import type { TailorTarget } from "../engine/local/stages.ts";

/** What a queue task needs to run, handed out by the coordinator's `claim` (never carried in the message). */
export type TaskPayload =
  | { kind: "requirements"; jobText: string }
  | {
      kind: "analyze";
      chunk: { id: string; section: string; parts: ChunkPart[]; text: string };
      resume: ParsedResume;
      requirements: Requirement[];
      /** The run tailors: the llm engine proposes the chunk's rewrites with its review, in the same call. */
      rewrite: boolean;
    }
  | {
      kind: "tailor";
      target: TailorTarget;
      resume: ParsedResume;
      jobText: string;
      analysis: MatchResult;
      /** Rewrites the model proposed when it reviewed this chunk (llm engine). */
      rewrites?: ProposedEdit[];
    };

export interface RequirementsOutput {
  requirements: Requirement[];
  jobTitle?: string;
}

/** A chunk's evidence (the score's ground truth, always computed by code) and, from the llm engine, suggestions. */
export interface AnalyzeOutput {
  evidence: ChunkEvidence;
  suggestions?: Suggestion[];
  /** The model's rewrites of the chunk's bullets, carried to the chunk's tailoring task (verified there after). */
  rewrites?: ProposedEdit[];
}

export type TaskOutput = RequirementsOutput | AnalyzeOutput | ProposedEdit[];

/** Faults a test or the load harness asks for; honored only where ALLOW_TEST_FAULTS is "true". */
export interface Faults {
  /** Task ids whose every execution throws. */
  fail?: string[];
  /** Deliveries acked without running, as if lost: "taskId" (every attempt) or "taskId@attempt". */
  drop?: string[];
  /** Tasks whose queue message is sent twice, as a queue may deliver it. */
  duplicate?: string[];
  /** Tasks after whose completion the run's Durable Object is evicted once (its in-memory state lost). */
  evictAfter?: string[];
  /**
   * The run's Durable Object dies right after it first writes the run (before its D1 row, its first step and
   * anything else start() does): what a crash or a deploy mid-request leaves behind.
   */
  crashAfterWrite?: boolean;
}

export interface Claimed {
  status: "claimed";
  taskId: string;
  attempt: number;
  /** Whose run it is: cached outputs are scoped to the owner (src/run/executor.ts cacheKey). */
  owner: string;
  /** The engine the run asks for this task. */
  engine: "local" | "llm";
  /** The run's switches (caching, the requirements extractor). */
  features: Features;
  /** "Present" in resumes is measured to the run's start, so every task of a run agrees. */
  now: number;
  payload: TaskPayload;
  faults?: Faults;
}

export type ClaimReply =
  | Claimed
  | { status: "stale"; reason: "unknown_task" | "superseded" | "not_dispatched" | "run_finished" };
