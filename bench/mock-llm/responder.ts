import type { LlmChunkReview, LlmRequirements, LlmTailor } from "../../src/domain/llm.ts";
import { estimateTokens } from "../../src/engine/chunk/estimate.ts";
import { requirements as extractRequirements } from "../../src/engine/local/engine.ts";

/**
 * What an OpenAI-compatible provider would answer to the llm engine's prompts, built from the local engine so the
 * answers are schema-valid and faithful. Shared by the mock server (bench/mock-llm/server.ts) and the tests' msw
 * handlers. Behaviour it does not decide (latency, faults) belongs to its callers.
 */
export interface ChatRequest {
  model?: string;
  messages?: Array<{ role: string; content?: string | null }>;
  response_format?: { type?: string };
  max_tokens?: number;
}

export type Task = "requirements" | "analyze" | "tailor" | "unknown";

export function taskOf(body: ChatRequest): Task {
  const system = body.messages?.find((m) => m.role === "system")?.content ?? "";
  const m = /^task: (requirements|analyze|tailor)\b/.exec(system);
  return (m?.[1] as Task | undefined) ?? "unknown";
}

const between = (text: string, tag: string) => {
  const m = new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(text);
  return m?.[1] ?? "";
};

const lines = (text: string) =>
  [...between(text, "resume").matchAll(/^\[([^\]]+)\] (.*)$/gm)].map((m) => ({
    id: m[1] as string,
    text: m[2] as string,
  }));

/** The answer object for a request (before it is serialized into a chat completion). */
export function answer(body: ChatRequest): LlmRequirements | LlmChunkReview | LlmTailor | { error: string } {
  const user =
    body.messages
      ?.filter((m) => m.role === "user")
      .map((m) => m.content ?? "")
      .join("\n") ?? "";
  switch (taskOf(body)) {
    case "requirements": {
      const job = between(user, "job_description");
      return {
        requirements: extractRequirements(job).requirements.map((r) => ({
          text: r.text,
          canonical: r.canonical,
          category: r.category,
          priority: r.priority,
          years: r.years ?? null,
          degreeLevel: r.degree?.level ?? null,
          degreeField: r.degree?.field ?? null,
        })),
      };
    }
    case "analyze":
      return {
        suggestions: lines(user)
          .filter((l) => !l.id.endsWith("/h") && !/\d/.test(l.text))
          .slice(0, 3)
          .map((l) => ({
            line: l.id,
            severity: "info" as const,
            message: "Say what changed because of this, with a number if you have one.",
          })),
      };
    case "tailor": {
      const digest = /Job requirements: (.*)/.exec(user)?.[1] ?? "";
      const wanted = digest
        .split("; ")
        .map((x) => x.replace(/ \((must|nice)\)$/, ""))
        .filter(Boolean);
      if (
        /rewrite_summary/.test(body.messages?.[0]?.content ?? "") &&
        /Write a 2–3 sentence/.test(body.messages?.[0]?.content ?? "")
      ) {
        const headline = /Headline: (.*)/.exec(user)?.[1];
        const years = Number(/Years of dated experience: ([\d.]+)/.exec(user)?.[1] ?? 0);
        const first = lines(user)[0];
        if (!headline || headline === "(none)" || !first) return { edits: [] };
        return {
          edits: [
            {
              kind: "rewrite_summary",
              line: "summary",
              after: `${headline}${years >= 1 ? ` with ${Math.floor(years)}+ years of experience` : ""}.`,
              reason: "States the role and the years the resume's dates add up to.",
              sources: [first.id],
            },
          ],
        };
      }
      const edits: LlmTailor["edits"] = [];
      for (const l of lines(user)) {
        if (l.id.endsWith("/h")) continue;
        const skill = wanted.find((w) => w.length > 1 && l.text.toLowerCase().includes(w.toLowerCase()));
        if (!skill) continue;
        edits.push({
          kind: "rewrite_bullet",
          line: l.id,
          after: `${l.text.replace(/\.$/, "")} — directly relevant to the role's ${skill} requirement`,
          reason: `Makes the link to ${skill} explicit.`,
          sources: [l.id],
        });
      }
      return { edits: edits.slice(0, 3) };
    }
    default:
      return { error: "unknown task" };
  }
}

/** A full chat completion around `content`, with usage estimated the way the engine estimates it. */
export function completion(body: ChatRequest, content: string) {
  const prompt = (body.messages ?? []).map((m) => m.content ?? "").join("\n");
  return {
    id: `chatcmpl-${crypto.randomUUID()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? "mock",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: {
      prompt_tokens: estimateTokens(prompt),
      completion_tokens: estimateTokens(content),
      total_tokens: estimateTokens(prompt) + estimateTokens(content),
    },
  };
}
