import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockLlm, startMockLlm } from "../../../bench/mock-llm/server.ts";

let mock: MockLlm;
beforeAll(async () => {
  mock = await startMockLlm();
});
afterAll(() => mock.close());

const ask = () =>
  fetch(`${mock.url}/chat/completions`, {
    method: "POST",
    headers: { authorization: "Bearer mock", "content-type": "application/json" },
    body: JSON.stringify({
      model: "m",
      messages: [
        { role: "system", content: "task: requirements" },
        { role: "user", content: "<posting>\nRequired: 5 years of Python.\n</posting>" },
      ],
    }),
  });

describe("the mock provider's rate limits", () => {
  it("a window refuses every request with the time left as Retry-After, and ends when it said it would", async () => {
    mock.configure({ rateLimitUntil: Date.now() + 1_200 });
    const refused = await Promise.all([ask(), ask(), ask()]);
    expect(refused.map((r) => r.status)).toEqual([429, 429, 429]);
    expect(refused.map((r) => r.headers.get("retry-after"))).toEqual(["2", "2", "2"]);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect((await ask()).status).toBe(200);
    expect(mock.stats().faults.rateLimited).toBe(3);
  });

  it("a count refuses the next N requests however long they take to come", async () => {
    mock.configure({ rateLimitNext: 2, retryAfterS: 1 });
    const first = await ask();
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("1");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await ask()).status).toBe(429);
    expect((await ask()).status).toBe(200);
  });
});
