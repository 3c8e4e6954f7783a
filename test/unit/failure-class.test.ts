import { describe, expect, it } from "vitest";
import { classifyFailure, PermanentError } from "../../src/queue/errors.ts";

describe("classifyFailure", () => {
  it("finds a permanent error anywhere in the cause chain", () => {
    const wrapped = new Error("claim failed", { cause: new Error("rpc", { cause: new PermanentError("bad body") }) });
    expect(classifyFailure(wrapped)).toBe("permanent");
  });

  it("recognizes a Durable Object shedding load", () => {
    const overloaded = Object.assign(new Error("Durable Object is overloaded"), { overloaded: true, retryable: false });
    expect(classifyFailure(new Error("outer", { cause: overloaded }))).toBe("overloaded");
  });

  it("treats anything else, including non-errors and cyclic causes, as transient", () => {
    expect(classifyFailure(new Error("Network connection lost."))).toBe("transient");
    expect(classifyFailure("a string")).toBe("transient");
    const cyclic = new Error("a");
    (cyclic as { cause?: unknown }).cause = cyclic;
    expect(classifyFailure(cyclic)).toBe("transient");
  });
});
