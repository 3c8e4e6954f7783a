/**
 * Whether a run's owner may still read it: the question a stream asks when it opens and, while it lasts, again
 * every minute (an events token outlives nothing its key does). One D1 read; no Workers imports beyond the types.
 *
 * Owners are what `runs.owner` holds: an API key's id (`key_…`), "anonymous" where ALLOW_ANONYMOUS is "true"
 * (local development only), or "admin" for runs the ADMIN_TOKEN started.
 */
export async function ownerActive(env: Pick<Env, "DB" | "ALLOW_ANONYMOUS">, owner: string): Promise<boolean> {
  if (owner === "anonymous") return env.ALLOW_ANONYMOUS === "true";
  if (owner === "admin") return true;
  const row = await env.DB.prepare("SELECT revoked_at FROM api_keys WHERE id = ?")
    .bind(owner)
    .first<{ revoked_at: number | null }>();
  return row !== null && row.revoked_at === null;
}
