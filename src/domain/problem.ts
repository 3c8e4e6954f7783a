import { z } from "zod";

/**
 * RFC 9457 problem details, the body of every error response. `code` is the machine-readable reason clients
 * branch on; `type` is a stable URI naming the same thing for humans.
 */
export const FieldError = z
  .object({
    path: z.string().meta({ description: "Where the value is, as a JSON Pointer-like dotted path" }),
    message: z.string(),
    code: z.string().optional(),
  })
  .meta({ id: "FieldError" });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    code: z.string().meta({ description: "Machine-readable error code", example: "not_found" }),
    requestId: z.string(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: "Problem" });

export type Problem = z.infer<typeof Problem>;
export type FieldError = z.infer<typeof FieldError>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
