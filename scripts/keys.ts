/**
 * `npm run keys -- <command>`: API keys in the D1 database, the way `POST /v1/admin/keys` makes them (the same
 * src/api/keys.ts). The local database by default (what `npm start` serves); `--remote` for the deployed one.
 *
 *   npm run keys -- create --name "Acme ATS" [--budget 200000]   prints the key once
 *   npm run keys -- list
 *   npm run keys -- revoke key_0f3a9c21d4e5b678
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { newApiKey } from "../src/api/keys.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    budget: { type: "string" },
    remote: { type: "boolean", default: false },
  },
});
const [command, arg] = positionals;
const where = values.remote ? "--remote" : "--local";

function fail(message: string): never {
  console.error(`keys: ${message}`);
  process.exit(2);
}

function wranglerRun(args: string[]): string {
  const result = spawnSync(process.execPath, [wrangler, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
  });
  if (result.status !== 0) fail(`wrangler ${args.slice(0, 3).join(" ")} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/** SQL text literal: wrangler's `d1 execute --command` takes no bound parameters. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

function sql(statement: string): Array<Record<string, unknown>> {
  const out = wranglerRun(["d1", "execute", "DB", where, "--json", "--command", statement]);
  const parsed = JSON.parse(out.slice(out.indexOf("["))) as Array<{ results?: Array<Record<string, unknown>> }>;
  return parsed[0]?.results ?? [];
}

// The local database may not exist yet: migrations first, as `npm start` does.
if (!values.remote) wranglerRun(["d1", "migrations", "apply", "DB", "--local"]);

switch (command) {
  case "create": {
    const name = values.name?.trim();
    if (!name || name.length > 100) fail("create needs --name NAME (1 to 100 characters)");
    const budget = values.budget === undefined ? null : Number(values.budget);
    if (budget !== null && !(Number.isInteger(budget) && budget >= 0))
      fail("--budget must be a whole number of tokens");
    const key = await newApiKey();
    sql(
      `INSERT INTO api_keys (id, name, key_hash, created_at, daily_token_budget) VALUES (${literal(key.id)}, ${literal(name)}, ${literal(key.hash)}, ${Date.now()}, ${budget ?? "NULL"})`,
    );
    console.log(`Created ${key.id} (${name})${budget !== null ? `, daily token budget ${budget}` : ""}.`);
    console.log("The key, shown this once (only its hash is stored):\n");
    console.log(`  ${key.key}\n`);
    break;
  }
  case "list": {
    const rows = sql(
      "SELECT id, name, created_at, revoked_at, daily_token_budget FROM api_keys ORDER BY created_at DESC",
    );
    if (rows.length === 0) console.log("No keys.");
    for (const r of rows) {
      const revoked = r.revoked_at ? `revoked ${new Date(Number(r.revoked_at)).toISOString()}` : "active";
      const budget = r.daily_token_budget === null ? "no daily budget" : `daily budget ${r.daily_token_budget}`;
      console.log(`${r.id}  ${r.name}  created ${new Date(Number(r.created_at)).toISOString()}  ${revoked}  ${budget}`);
    }
    break;
  }
  case "revoke": {
    if (!arg || !/^key_[0-9a-f]{16}$/.test(arg)) fail("revoke needs a key id like key_0f3a9c21d4e5b678");
    const rows = sql(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ${Date.now()}) WHERE id = ${literal(arg)} RETURNING id`,
    );
    if (rows.length === 0) fail(`no key ${arg}`);
    console.log(`Revoked ${arg}.`);
    break;
  }
  default:
    fail("usage: npm run keys -- create --name NAME [--budget N] | list | revoke ID   [--remote]");
}
