import { z } from "zod";
import { Requirement } from "./requirement.ts";

/** `POST /v1/requirements`: the job's requirements as the local engine reads them. */
export const RequirementsResponse = z
  .object({
    jobTitle: z.string().optional(),
    requirements: z.array(Requirement),
    /** Served from the cache (the same posting was read before). */
    cached: z.boolean(),
  })
  .meta({ id: "RequirementsResponse" });
export type RequirementsResponse = z.infer<typeof RequirementsResponse>;
