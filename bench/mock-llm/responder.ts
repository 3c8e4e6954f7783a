import type { LlmChunkReview, LlmRequirementsReview, LlmSummary } from "../../src/domain/llm.ts";
import { estimateTokens } from "../../src/engine/chunk/estimate.ts";

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

/**
 * What a hostile provider slips into otherwise faithful, schema-valid answers: markup, links and contacts the
 * verifier must reject (docs/decisions/0016-markup-and-links-in-edits.md).
 */
export const ADVERSARIAL_PAYLOADS = {
  "img-onerror": "<img src=x onerror=alert(1)>",
  script: "<script>alert(1)</script>",
  "tracking-pixel": "![](https://t.example/p.gif)",
  "phishing-link": "[my portfolio](https://evil.example/login)",
  "bare-url": "evil.example.com/login",
  "javascript-url": "javascript:alert(1)",
  email: "recruiter@evil.example",
  phone: "+1 (555) 013-2447",
} as const;
export type AdversarialKind = keyof typeof ADVERSARIAL_PAYLOADS;
export const ADVERSARIAL_KINDS = Object.keys(ADVERSARIAL_PAYLOADS) as AdversarialKind[];

export interface AnswerOptions {
  /** Payloads every rewrite and summary carries, in this order, after its faithful text. */
  adversarial?: readonly AdversarialKind[];
}

/** Adversarial kinds from a list or a comma-separated string ("img-onerror,script"); throws on an unknown kind. */
export function adversarialKinds(value: unknown): AdversarialKind[] {
  const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value];
  const kinds = items.map((x) => String(x).trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(k in ADVERSARIAL_PAYLOADS));
  if (unknown.length > 0)
    throw new Error(`unknown adversarial kind: ${unknown.join(", ")} (known: ${ADVERSARIAL_KINDS.join(", ")})`);
  return kinds as AdversarialKind[];
}

/** `text` with the payloads asked for appended; `text` itself when none are (the default answers stay as they were). */
function carry(text: string, options: AnswerOptions): string {
  const payloads = (options.adversarial ?? []).map((kind) => ADVERSARIAL_PAYLOADS[kind]);
  return payloads.length === 0 ? text : `${text} ${payloads.join(" ")}`;
}

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

/** The job's requirement names from the prompt's "Job: must: A, B; nice: C" line. */
const wantedOf = (user: string) =>
  (/^Job: (.*)$/m.exec(user)?.[1] ?? "")
    .split(/; /)
    .flatMap((part) => part.replace(/^(must|nice): /, "").split(", "))
    .map((x) => x.trim())
    .filter((x) => x.length > 1);

/** The answer object for a request (before it is serialized into a chat completion). */
export function answer(
  body: ChatRequest,
  options: AnswerOptions = {},
): LlmRequirementsReview | LlmChunkReview | LlmSummary | { error: string } {
  const system = body.messages?.find((m) => m.role === "system")?.content ?? "";
  const user =
    body.messages
      ?.filter((m) => m.role === "user")
      .map((m) => m.content ?? "")
      .join("\n") ?? "";
  switch (taskOf(body)) {
    case "requirements": {
      // What a reviewing model adds: bullets of the posting no candidate covers, as short verbatim phrases.
      const candidates = [...user.matchAll(/^\d+\. ([^(\n]+?)(?: \("([^"]+)"\))? \((?:must|nice)\)$/gm)].flatMap((m) =>
        [m[1], m[2]].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase()),
      );
      const add = between(user, "job_description")
        .split("\n")
        .filter((l) => /^\s*[-*•]\s+/.test(l))
        .map((l) => l.replace(/^\s*[-*•]\s+/, "").trim())
        .filter((l) => !candidates.some((c) => l.toLowerCase().includes(c)))
        .map((l) => l.split(/[,.;]/)[0]?.split(/\s+/).slice(0, 6).join(" ") ?? "")
        .filter((t) => t.length > 3)
        .slice(0, 4)
        .map((text) => ({ text, category: "domain" as const, priority: "must" as const, years: null }));
      return { remove: [], flip: [], add };
    }
    case "analyze": {
      const wanted = wantedOf(user);
      const bullets = lines(user).filter((l) => !l.id.endsWith("/h"));
      const suggestions = bullets
        .filter((l) => !/\d/.test(l.text))
        .slice(0, 3)
        .map((l) => ({
          line: l.id,
          severity: "info" as const,
          message: "Say what changed because of this, with a number if you have one.",
        }));
      if (!/"rewrites": up to/.test(system)) return { suggestions, rewrites: [] };
      const rewrites: LlmChunkReview["rewrites"] = [];
      for (const l of bullets) {
        const skill = wanted.find((w) => l.text.toLowerCase().includes(w.toLowerCase()));
        if (!skill) continue;
        rewrites.push({
          line: l.id,
          after: carry(`${l.text.replace(/\.$/, "")} — directly relevant to the role's ${skill} requirement`, options),
          reason: `Makes the link to ${skill} explicit.`,
          sources: [l.id],
        });
      }
      return { suggestions, rewrites: rewrites.slice(0, 3) };
    }
    case "tailor": {
      const facts = lines(user);
      const headline = /^Headline: (.*)$/m.exec(user)?.[1];
      const years = Number(/^Years of dated experience: (\d+)/m.exec(user)?.[1] ?? 0);
      const shown = (/^Shown in the resume: (.*)$/m.exec(user)?.[1] ?? "").split(", ").filter(Boolean).slice(0, 3);
      const role = facts.find((f) => f.id.endsWith("/h"));
      if (!headline || !role) return { summary: "", reason: "The facts are too thin for a summary.", sources: [] };
      const skills = shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}` : (shown[0] ?? "");
      return {
        summary: carry(
          `${headline}${years >= 1 ? ` with ${years}+ years of experience` : ""}${skills ? `, working with ${skills}` : ""}.`,
          options,
        ),
        reason: "Leads with the role, the years the resume's dates add up to and the job's skills it shows.",
        sources: [role.id],
      };
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
