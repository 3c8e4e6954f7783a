import { requirements as extractRequirements } from "../engine/local/engine.ts";
import { analyzeChunk, tailorChunk } from "../engine/local/stages.ts";
import { defaultTaxonomy } from "../engine/taxonomy/default.ts";
import { sha256Hex } from "../lib/hash.ts";
import { mergeEdits } from "../llm/engine.ts";
import type { Faults, TaskOutput, TaskPayload } from "./payloads.ts";

/** Bumped when the local engine's output for the same input changes, so cached outputs are not reused across it. */
export const LOCAL_ENGINE_VERSION = "local-3";

export class InjectedFault extends Error {
  constructor(taskId: string) {
    super(`injected fault for ${taskId}`);
    this.name = "InjectedFault";
  }
}

/** Runs one task on the local engine. Pure: the same payload gives the same output in the consumer or the DO. */
export function executeLocal(taskId: string, payload: TaskPayload, now: number, faults?: Faults): TaskOutput {
  if (faults?.fail?.includes(taskId)) throw new InjectedFault(taskId);
  const options = { taxonomy: defaultTaxonomy(), now: new Date(now) };
  switch (payload.kind) {
    case "requirements":
      return extractRequirements(payload.jobText, options);
    case "analyze":
      return { evidence: analyzeChunk(payload.resume, payload.chunk, payload.requirements, options) };
    case "tailor": {
      const local = tailorChunk(payload.resume, payload.jobText, payload.analysis, payload.target, options);
      // Rewrites the model already proposed for this chunk are kept when its tailoring runs here.
      return payload.rewrites?.length ? mergeEdits(local, payload.rewrites) : local;
    }
  }
}

/**
 * The KV key a task's output is cached under, or undefined for tasks not worth caching: requirements by the job
 * text, chunk analyses by the chunk (its place and text), the requirements and the month (older roles weigh a
 * little less as time passes) — each with the engine and its version. Tailoring depends on the whole analysis and
 * is not cached. Every key is scoped to the run's owner (`scope`): a cache shared across keys would tell one key,
 * by its `cached` flag, its latency or its token use, that another key ran the same resume or posting.
 */
export async function cacheKey(
  payload: TaskPayload,
  engineVersion: string,
  now: number,
  scope: string,
): Promise<string | undefined> {
  switch (payload.kind) {
    case "requirements":
      return `req:${engineVersion}:${await sha256Hex(`${scope}\n${payload.jobText}`)}`;
    case "analyze": {
      const requirements = await sha256Hex(JSON.stringify(payload.requirements));
      return `chunk:${engineVersion}:${monthOf(now)}:${await sha256Hex(`${scope}\n${payload.chunk.id}\n${JSON.stringify(payload.chunk.parts)}\n${payload.chunk.text}\n${requirements}`)}`;
    }
    case "tailor":
      return undefined;
  }
}

const monthOf = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 7);
