import type { ParseResponse } from "../../src/domain/parse.ts";
import type { RunEvent } from "../../src/domain/run.ts";

/**
 * What survives a reload, in sessionStorage (this tab only, gone when it closes): the API key, and per run the
 * events token, the events seen so far (so a reload resumes from the last seq instead of replaying), the user's
 * edit choices, the resume text the user pasted (the only copy of the original an analyze run can show), and how the
 * service read the resume.
 */

const KEY = "rai.apiKey";
const runKey = (id: string) => `rai.run.${id}`;

export interface RunSession {
  eventsToken?: string;
  events: RunEvent[];
  /** Ids of the accepted edits the user keeps; absent until they change anything. */
  keep?: string[];
  /** The resume as pasted or read from a text file, for the "original" view of analyze runs. */
  resumeText?: string;
  /** How the service read the resume (POST /v1/parse), when the form had read it before the run started. */
  parsed?: ParseResponse;
}

function read<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app still works, a reload just replays more.
  }
}

export const getKey = (): string | undefined => read<string>(KEY) || undefined;
export const setKey = (key: string) => write(KEY, key);
export const clearKey = () => sessionStorage.removeItem(KEY);

export const loadRun = (id: string): RunSession => read<RunSession>(runKey(id)) ?? { events: [] };
export const saveRun = (id: string, session: RunSession) => write(runKey(id), session);
export const updateRun = (id: string, patch: Partial<RunSession>) => saveRun(id, { ...loadRun(id), ...patch });
export const forgetRun = (id: string) => sessionStorage.removeItem(runKey(id));
