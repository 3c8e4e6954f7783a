import { createApp } from "./api/app";
import { consumeBatch } from "./queue/consumer";

export { ProviderGateway } from "./llm/gateway";
export { RunCoordinator } from "./run/coordinator";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: consumeBatch,
} satisfies ExportedHandler<Env, unknown>;
