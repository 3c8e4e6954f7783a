import { describe, expect, test } from "vitest";
import { diffWords, tokenize } from "../../web/src/diff.ts";

const apply = (ops: ReturnType<typeof diffWords>, side: "before" | "after") =>
  ops
    .filter((o) => o.op === "equal" || o.op === (side === "before" ? "delete" : "insert"))
    .map((o) => o.text)
    .join("");

describe("word diff (web/src/diff.ts)", () => {
  test("rebuilds both texts and marks only what changed", () => {
    const before = "Migrated the ledger service to Go microservices on k8s, cutting p99 latency by 38%";
    const after = "Migrated the ledger service to Go microservices on Kubernetes (k8s), cutting p99 latency by 38%";
    const ops = diffWords(before, after);
    expect(apply(ops, "before")).toBe(before);
    expect(apply(ops, "after")).toBe(after);
    expect(ops.filter((o) => o.op !== "equal")).toEqual([
      { op: "insert", text: "Kubernetes (" },
      { op: "insert", text: ")" },
    ]);
  });

  test("a replaced phrase reads as one removal and one insertion", () => {
    const ops = diffWords("Led a small team", "Mentored four engineers");
    expect(ops).toEqual([
      { op: "delete", text: "Led a small team" },
      { op: "insert", text: "Mentored four engineers" },
    ]);
  });

  test("identical and empty texts", () => {
    expect(diffWords("same text", "same text")).toEqual([{ op: "equal", text: "same text" }]);
    expect(diffWords("", "new")).toEqual([{ op: "insert", text: "new" }]);
    expect(diffWords("old", "")).toEqual([{ op: "delete", text: "old" }]);
  });

  test("tokens keep numbers, contractions and dotted names whole", () => {
    expect(tokenize("Node.js isn't 2.5x")).toEqual(["Node.js", " ", "isn't", " ", "2.5x"]);
  });

  test("long texts fall back to whole replacement instead of a huge table", () => {
    const long = "word ".repeat(1_000);
    const ops = diffWords(long, `${long}extra`);
    expect(apply(ops, "after")).toBe(`${long}extra`);
  });
});
