import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

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
                TASK_TIMEOUT_MS: "1000",
              },
              queueConsumers: { tasks: { maxBatchTimeout: 0.05 }, "tasks-dlq": { maxBatchTimeout: 0.05 } },
            },
          }),
        ],
        test: {
          name: "workers",
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
    ],
  },
}));
