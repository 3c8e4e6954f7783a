import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/domain/problem.ts";
import { TailoredView } from "../../src/domain/result.ts";
import { BASE, post, startRun, waitForEnd } from "./run-helpers.ts";

describe("reviewing a run's edits", () => {
  it("renders and scores the resume with only the edits kept, and downloads follow the choice", async () => {
    const view = await waitForEnd((await startRun()).id);
    const edits = (view.result?.tailored?.edits ?? []).filter((e) => e.status === "accepted");
    const rewrite = edits.find((e) => e.kind === "rewrite_bullet" || e.kind === "rewrite_summary");
    expect(rewrite).toBeDefined();
    const dropped = rewrite as (typeof edits)[number];
    const keep = edits.filter((e) => e.id !== dropped.id).map((e) => e.id);

    const response = await post(`/v1/runs/${view.id}/tailored`, { keep: [...keep, "no-such-edit"] });
    expect(response.status).toBe(200);
    const kept = TailoredView.parse(await response.json());
    expect(kept.applied).toEqual(keep);
    expect(kept.markdown).not.toContain(dropped.after);
    expect(kept.markdown).toContain(dropped.before.split("\n")[0]);

    // Everything kept is the run's own tailored resume and score.
    const all = TailoredView.parse(
      await (await post(`/v1/runs/${view.id}/tailored`, { keep: edits.map((e) => e.id) })).json(),
    );
    expect(all.markdown).toBe(view.result?.tailored?.markdown);
    expect(all.score).toEqual(view.result?.score.after);
    // Nothing kept scores as the original.
    const none = TailoredView.parse(await (await post(`/v1/runs/${view.id}/tailored`, { keep: [] })).json());
    expect(none.applied).toEqual([]);
    expect(none.score.overall).toBe(view.result?.score.before.overall);

    const md = await exports.default.fetch(`${BASE}/v1/runs/${view.id}/resume.md?keep=${keep.join(",")}`);
    expect(md.headers.get("content-disposition")).toMatch(/attachment; filename="resume.md"/);
    expect(await md.text()).toBe(kept.markdown);
    const json = await exports.default.fetch(`${BASE}/v1/runs/${view.id}/resume.json?keep=${keep.join(",")}`);
    expect(await json.json()).toEqual(kept.jsonResume);
  });

  it("answers 409 for a run with no tailored resume and 422 for a malformed review", async () => {
    const analysis = await waitForEnd((await startRun({ mode: "analyze" })).id);
    const none = await post(`/v1/runs/${analysis.id}/tailored`, { keep: [] });
    expect(none.status).toBe(409);
    expect(((await none.json()) as Problem).code).toBe("no_tailored_resume");
    const bad = await post(`/v1/runs/${analysis.id}/tailored`, { keep: "e1" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as Problem).errors?.[0]?.path).toBe("keep");
  });
});
