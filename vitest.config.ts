import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Two mocked OpenAI-compatible providers, in fallback order; their HTTP is served by msw in the tests that use them
// (test/workers/llm-mock.ts). Runs that do not ask for the llm engine never reach them.
const TEST_PROVIDERS = ["primary", "secondary"].map((name) => ({
  name,
  baseURL: `https://${name}.llm.test/v1`,
  model: `mock-${name}`,
  apiKeyVar: `${name.toUpperCase()}_LLM_KEY`,
  timeoutMs: 2_000,
  maxConcurrency: 4,
  inputPricePerMTok: 0.15,
  outputPricePerMTok: 0.6,
}));

// Two projects: `workers` runs inside workerd with Miniflare's real D1, KV, Queues and Durable Objects (anything
// that touches a binding); `unit` runs pure modules in plain Node, which also proves they need no Workers runtime.
export default defineConfig(async () => ({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations("./migrations"),
                ADMIN_TOKEN: "test-admin-token",
                RUN_TOKEN_SECRET: "test-run-token-secret",
                ALLOW_TEST_FAULTS: "true",
                // As under \`npm start\`: most tests act as the anonymous local user; test/workers/auth.test.ts
                // runs the app with keys required, as deployed.
                ALLOW_ANONYMOUS: "true",
                TASK_TIMEOUT_MS: "1000",
                // Small enough for test/workers/streams.test.ts to reach them; no other test opens as many.
                MAX_STREAMS_PER_RUN: "10",
                MAX_STREAMS_PER_KEY: "40",
                BODY_IDLE_MS: "1000",
                LLM_PROVIDERS: JSON.stringify(TEST_PROVIDERS),
                PRIMARY_LLM_KEY: "test-primary-key",
                SECONDARY_LLM_KEY: "test-secondary-key",
                // Short cooldowns so half-open and recovery happen within a test.
                BREAKER_CONFIG: JSON.stringify({ cooldownMs: 400, maxCooldownMs: 2_000 }),
              },
              queueConsumers: { tasks: { maxBatchTimeout: 0.05 }, "tasks-dlq": { maxBatchTimeout: 0.05 } },
            },
          }),
        ],
        test: {
          name: "workers",
          // Per-request and per-call log lines are for production logs; in test output they bury the failures.
          onConsoleLog: (log: string) => !/^\{"event":"(request|llm_call)"/.test(log.trim()),
          include: ["test/workers/**/*.test.ts"],
          setupFiles: ["./test/workers/setup.ts"],
        },
      },
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // The web app end to end: builds it, starts `wrangler dev` (two: anonymous and keyed), drives Chromium.
        // Skips itself where /usr/bin/chromium is absent.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
}));
