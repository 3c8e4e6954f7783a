import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADVERSARIAL_KINDS,
  ADVERSARIAL_PAYLOADS,
  adversarialKinds,
  answer,
  type ChatRequest,
} from "../../../bench/mock-llm/responder.ts";
import { type MockLlm, startMockLlm } from "../../../bench/mock-llm/server.ts";
import { LlmChunkReview, LlmSummary } from "../../../src/domain/llm.ts";
import { analyzePrompt, type Prompt, requirementsPrompt, summaryPrompt } from "../../../src/llm/prompts.ts";

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

const request = (prompt: Prompt): ChatRequest => ({
  model: "m",
  messages: [
    { role: "system", content: prompt.system },
    { role: "user", content: prompt.user },
  ],
});
const analyzeRequest = request(
  analyzePrompt(
    "Section: Experience",
    "[experience/0/h] Engineer | Acme\n[experience/0/0] Built Go services on Kubernetes.\n[experience/0/1] Ran the on-call rotation",
    "must: Go, Kubernetes; nice: Terraform",
    true,
  ),
);
const summaryRequest = request(
  summaryPrompt(
    "[summary/0/0] Backend engineer.\n[experience/0/h] Engineer | Acme\nHeadline: Backend Engineer\nYears of dated experience: 6\nShown in the resume: Go, Kubernetes",
    "must: Go, Kubernetes",
  ),
);
const requirementsRequest = request(requirementsPrompt("- Go\n- Owning the pager", "1. Go (must)"));

describe("the mock provider's answers", () => {
  it("are by default what they always were", () => {
    // The answers as the responder gave them before the adversarial option, byte for byte.
    const suggestion = (line: string) => ({
      line,
      severity: "info",
      message: "Say what changed because of this, with a number if you have one.",
    });
    expect(JSON.stringify([answer(analyzeRequest), answer(summaryRequest), answer(requirementsRequest)])).toBe(
      JSON.stringify([
        {
          suggestions: [suggestion("experience/0/0"), suggestion("experience/0/1")],
          rewrites: [
            {
              line: "experience/0/0",
              after: "Built Go services on Kubernetes — directly relevant to the role's Go requirement",
              reason: "Makes the link to Go explicit.",
              sources: ["experience/0/0"],
            },
          ],
        },
        {
          summary: "Backend Engineer with 6+ years of experience, working with Go and Kubernetes.",
          reason: "Leads with the role, the years the resume's dates add up to and the job's skills it shows.",
          sources: ["experience/0/h"],
        },
        {
          remove: [],
          flip: [],
          add: [{ text: "Owning the pager", category: "domain", priority: "must", years: null }],
        },
      ]),
    );
    for (const body of [analyzeRequest, summaryRequest, requirementsRequest]) {
      expect(JSON.stringify(answer(body, {}))).toBe(JSON.stringify(answer(body)));
      expect(JSON.stringify(answer(body, { adversarial: [] }))).toBe(JSON.stringify(answer(body)));
    }
  });

  it.each(ADVERSARIAL_KINDS)("turn hostile on request: %s in every rewrite and summary, still schema-valid", (kind) => {
    const payload = ADVERSARIAL_PAYLOADS[kind];
    const review = LlmChunkReview.parse(answer(analyzeRequest, { adversarial: [kind] }));
    const faithful = LlmChunkReview.parse(answer(analyzeRequest));
    expect(review.rewrites.length).toBe(faithful.rewrites.length);
    for (const [i, r] of review.rewrites.entries()) expect(r.after).toBe(`${faithful.rewrites[i]?.after} ${payload}`);
    expect(review.suggestions).toEqual(faithful.suggestions);
    const summary = LlmSummary.parse(answer(summaryRequest, { adversarial: [kind] }));
    expect(summary.summary).toBe(`${LlmSummary.parse(answer(summaryRequest)).summary} ${payload}`);
    // Requirements reviews are quoted from the posting by code: nothing to carry there.
    expect(answer(requirementsRequest, { adversarial: [kind] })).toEqual(answer(requirementsRequest));
  });

  it("carries several payloads in the order asked, and reads kinds from a comma list", () => {
    expect(adversarialKinds("img-onerror, phone")).toEqual(["img-onerror", "phone"]);
    expect(adversarialKinds(["script"])).toEqual(["script"]);
    expect(() => adversarialKinds("img-onerror,nope")).toThrow(/unknown adversarial kind: nope/);
    const summary = LlmSummary.parse(answer(summaryRequest, { adversarial: adversarialKinds("script,email") }));
    expect(summary.summary).toMatch(/\. <script>alert\(1\)<\/script> recruiter@evil\.example$/);
  });

  it("the server turns hostile with POST /__config and back", async () => {
    const config = (body: unknown) =>
      fetch(`${mock.url.replace(/\/v1$/, "")}/__config`, { method: "POST", body: JSON.stringify(body) });
    const chat = async () => {
      const response = await fetch(`${mock.url}/chat/completions`, {
        method: "POST",
        headers: { authorization: "Bearer mock", "content-type": "application/json" },
        body: JSON.stringify(summaryRequest),
      });
      const reply = (await response.json()) as { choices: Array<{ message: { content: string } }> };
      return LlmSummary.parse(JSON.parse(reply.choices[0]?.message.content ?? "")).summary;
    };
    expect((await config({ adversarial: "tracking-pixel,phishing-link" })).status).toBe(200);
    expect(await chat()).toContain(
      `${ADVERSARIAL_PAYLOADS["tracking-pixel"]} ${ADVERSARIAL_PAYLOADS["phishing-link"]}`,
    );
    expect((await config({ adversarial: ["no-such-kind"] })).status).toBe(400);
    expect(mock.options.adversarial).toEqual(["tracking-pixel", "phishing-link"]);
    expect((await config({ adversarial: [] })).status).toBe(200);
    expect(await chat()).toBe((answer(summaryRequest) as { summary: string }).summary);
  });
});

describe("the mock provider's --adversarial flag", () => {
  const root = join(import.meta.dirname, "..", "..", "..");
  const server = join(root, "bench", "mock-llm", "server.ts");
  // The server runs TypeScript directly, so it needs the Node 22 the project pins, whatever Node runs the tests.
  const pinned = join(root, "node_modules", ".bin", "node");
  const node = existsSync(pinned) ? pinned : process.execPath;

  it("starts hostile with the kinds given, and refuses an unknown kind", async () => {
    const bad = spawnSync(node, [server, "--port", "0", "--adversarial", "script,nope"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown adversarial kind: nope/);

    const child = spawn(node, [server, "--port", "0", "--adversarial", "script,email"]);
    try {
      let out = "";
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes("\n{")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      const options = JSON.parse(out.slice(out.indexOf("{")).split("\n")[0] ?? "{}") as { adversarial: string[] };
      expect(options.adversarial).toEqual(["script", "email"]);
    } finally {
      child.kill();
    }
  });
});
