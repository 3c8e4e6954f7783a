import { describe, expect, it } from "vitest";
import { RunResult } from "../../src/domain/result.ts";
import { getRun, JOB, openSocket, startRun, until, waitForEnd } from "./run-helpers.ts";

describe("a run end to end, through the Worker's fetch and the local queue", () => {
  it("tailors: requirements, sections, evidence, scores before and after, verified edits, tailored resume", async () => {
    const started = await startRun();
    expect(started).toMatchObject({
      status: "running",
      links: { self: `/v1/runs/${started.id}`, events: `/v1/runs/${started.id}/events` },
    });
    const view = await waitForEnd(started.id);
    expect(view.status).toBe("succeeded");
    expect(view.progress).toBe(100);
    const result = RunResult.parse(view.result);
    expect(result.requirements.length).toBeGreaterThan(5);
    expect(result.sections.map((s) => s.section)).toEqual(
      expect.arrayContaining(["experience", "skills", "education", "summary"]),
    );
    expect(result.evidence).toHaveLength(result.requirements.length);
    expect(result.score.before.overall).toBeGreaterThan(0);
    expect(result.score.after?.overall).toBeGreaterThanOrEqual(result.score.before.overall);
    expect(result.tailored?.edits.length).toBeGreaterThan(0);
    expect(result.tailored?.markdown).toMatch(/^# Jordan Rivera/);
    expect(result.faithfulness).toMatchObject({ rejected: 0 });
    expect(view.tasks.every((t) => t.state === "succeeded")).toBe(true);
    expect(view.tasks.map((t) => t.kind)).toEqual(
      expect.arrayContaining(["parse", "requirements", "analyze", "merge", "score", "tailor", "verify", "assemble"]),
    );
  });

  it("analyzes without tailoring", async () => {
    const { id } = await startRun({ mode: "analyze" });
    const view = await waitForEnd(id);
    expect(view.status).toBe("succeeded");
    expect(view.result?.score.after).toBeUndefined();
    expect(view.result?.tailored).toBeUndefined();
    expect(view.tasks.some((t) => t.kind === "tailor")).toBe(false);
  });

  it("streams every event in order over a WebSocket, ending in run.completed", async () => {
    const { id } = await startRun();
    const { events, ws } = await openSocket(id);
    await until(() => events.some((e) => e.type === "run.completed"));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.type).toBe("run.started");
    expect(events.at(-1)).toMatchObject({ type: "run.completed", percent: 100 });
    expect(events.every((e) => e.runId === id)).toBe(true);
    ws.close(1000, "done");
    expect(JOB.length).toBeGreaterThan(0);
    expect((await getRun(id)).status).toBe("succeeded");
  });
});
