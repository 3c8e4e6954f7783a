import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_PAYLOADS, type AdversarialKind } from "../../bench/mock-llm/responder.ts";
import { RunResult } from "../../src/domain/result.ts";
import { mockProvidersPerTest } from "./llm-mock.ts";
import { BASE, JOB, RESUME, startRun, waitForEnd } from "./run-helpers.ts";

// A provider that answers every rewrite and summary with markup, a link or a contact appended (issue 12).
const mock = mockProvidersPerTest();

/** The reason each payload's edit must be rejected for. */
const REASON: Record<AdversarialKind, string> = {
  "img-onerror": "markup: <img src=x onerror=alert(1)>",
  script: "markup: <script>",
  "tracking-pixel": "link: https://t.example/p.gif",
  "phishing-link": "link: https://evil.example/login",
  "bare-url": "link: evil.example.com/login",
  "javascript-url": "link: javascript:alert(1)",
  email: "email: recruiter@evil.example",
  phone: "phone: +1 (555) 013-2447",
};

/** What must not reach a reader in any form. */
const FORBIDDEN = ["onerror", "<script", "evil.example", "t.example", "javascript:", "013-2447"];

const download = async (id: string, file: "resume.md" | "resume.json") => {
  const response = await exports.default.fetch(`${BASE}/v1/runs/${id}/${file}`);
  expect(response.status).toBe(200);
  return response.text();
};

describe("a hostile provider's markup, links and contacts", () => {
  it.each(Object.keys(REASON) as AdversarialKind[])("%s: every edit carrying it is rejected", async (kind) => {
    mock.adversarial([kind]);
    const payload = ADVERSARIAL_PAYLOADS[kind];
    // Each run its own posting and resume wording (a neutral ref, not the kind's name, which would itself be
    // found in the output): a chunk review cached by another run would make no call.
    const ref = `ref ${Object.keys(REASON).indexOf(kind) + 1}`;
    const { id } = await startRun({
      engine: "llm",
      job: `${JOB}\nRef: hostile ${ref}\n`,
      resume: RESUME.replace("Mentored four engineers", `Mentored four engineers (${ref})`),
    });
    const view = await waitForEnd(id, 30_000);
    expect(view).toMatchObject({ status: "succeeded", engineUsed: "llm", degradation: "none" });

    const edits = RunResult.parse(view.result).tailored?.edits ?? [];
    const carrying = edits.filter((e) => e.after.includes(payload));
    // The model's bullet rewrites and its summary both carried it.
    expect(new Set(carrying.map((e) => e.kind))).toEqual(new Set(["rewrite_bullet", "rewrite_summary"]));
    for (const edit of carrying) {
      expect(edit.status, edit.after).toBe("rejected");
      expect(edit.rejectedFor).toContain(REASON[kind]);
    }
    // The code's own edits are untouched by the hostile answers.
    expect(edits.some((e) => e.status === "accepted")).toBe(true);

    for (const file of ["resume.md", "resume.json"] as const) {
      const body = await download(id, file);
      expect(body).toContain("Mentored four engineers");
      for (const needle of [payload, ...FORBIDDEN]) expect(body, `${file} holds ${needle}`).not.toContain(needle);
    }
  });
});
