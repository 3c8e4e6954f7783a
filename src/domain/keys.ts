import { z } from "zod";

export const CreateKeyRequest = z
  .object({
    /** Who or what the key is for, as the operator will recognize it in lists and metrics. */
    name: z.string().trim().min(1).max(100),
    /** LLM tokens the key's runs may spend per UTC day; absent: no daily limit beyond each run's budget. */
    dailyTokenBudget: z.number().int().nonnegative().max(1_000_000_000).optional(),
  })
  .strict()
  .meta({ id: "CreateKeyRequest" });
export type CreateKeyRequest = z.infer<typeof CreateKeyRequest>;

export const KeyInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().optional(),
    dailyTokenBudget: z.number().int().nonnegative().optional(),
  })
  .meta({ id: "KeyInfo" });
export type KeyInfo = z.infer<typeof KeyInfo>;

export const CreatedKey = KeyInfo.extend({
  /** The secret. Shown this once: only its SHA-256 hash is stored. */
  key: z.string(),
}).meta({ id: "CreatedKey" });
export type CreatedKey = z.infer<typeof CreatedKey>;

export const KeyList = z.object({ keys: z.array(KeyInfo) }).meta({ id: "KeyList" });
