import { createApp } from "./api/app.ts";
import { consumeBatch } from "./queue/consumer.ts";

export { KeyBudget } from "./budget/key-budget.ts";
export { ProviderGateway } from "./llm/gateway.ts";
export { RunCoordinator } from "./run/coordinator.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: consumeBatch,
} satisfies ExportedHandler<Env, unknown>;
