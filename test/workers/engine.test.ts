import { describe, expect, it } from "vitest";
import { parse, runLocal } from "../../src/engine/local/engine.ts";

const RESUME = `Ana Ortiz
ana@example.com | (312) 555-0199

EXPERIENCE
Accountant, Lakeview Partners LLC, Chicago, IL, 2019 - Present
- Led month-end close for 14 entities in NetSuite
- Reconciled bank accounts and prepared accruals

SKILLS
Excel, GAAP, Accounts Payable

EDUCATION
B.S. in Accounting, DePaul University, 2019`;

const JOB = `Senior Accountant
Requirements:
- CPA required
- 3+ years of accounting experience
- NetSuite and advanced Excel
- Knowledge of GAAP`;

describe("local engine in workerd", () => {
  it("runs the same pure code as in Node: parse, analyze and tailor", () => {
    const now = new Date("2026-11-01T00:00:00Z");
    const run = runLocal(parse(RESUME, { now }), JOB, "tailor", { now });
    const cpa = run.requirements.find((r) => r.canonical === "Certified Public Accountant");
    expect(run.evidence.find((e) => e.requirementId === cpa?.id)?.status).toBe("missing");
    expect(run.score.before.cappedBy).toContain("Certified Public Accountant");
    expect(run.recommendations[0]?.question).toContain("Certified Public Accountant");
    expect(run.faithfulness?.rejected).toBe(0);
    expect(run.tailored?.markdown).not.toContain("CPA");
  });
});
