import type { RunCoordinator } from "./coordinator.ts";

/** The coordinator of one run. Runs are addressed by name, so any Worker can reach a run from its id alone. */
export function coordinatorFor(env: Env, runId: string): DurableObjectStub<RunCoordinator> {
  return env.RUN_COORDINATOR.getByName(runId);
}
