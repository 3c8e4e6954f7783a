import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface DevServer {
  baseUrl: string;
  stop(): Promise<void>;
  /** kill -9 of the whole process group, at once: a crash, not a shutdown. */
  kill(): Promise<void>;
  peakRssMb(): number;
  /** CPU seconds (user + system) the process group has used so far, from /proc. */
  cpuSeconds(): number;
}

/**
 * Starts `wrangler dev` on loopback (local D1 migrated first, state kept in its own folder) and waits for health.
 * `stop()` ends the whole process group it started: wrangler leaves workerd children behind otherwise.
 */
export async function startDevServer(options: {
  /** The port to listen on; without one, a free port is picked (and another if wrangler finds it taken). */
  port?: number;
  vars?: Record<string, string>;
  persistTo?: string;
}): Promise<DevServer> {
  if (options.port !== undefined) return startOn(options.port, options);
  // A port free when we look can be taken by the time wrangler binds it (another dev server's workerd starting
  // beside it picks its own ports too): try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(await freePort(), options);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes("Address already in use")) throw error;
    }
  }
}

/** A port nothing listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function startOn(
  port: number,
  options: { vars?: Record<string, string>; persistTo?: string },
): Promise<DevServer> {
  const persist = options.persistTo ?? join(ROOT, ".wrangler", "bench-state");
  const wrangler = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" };
  await run(process.execPath, [wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], env);
  const vars = Object.entries({ ALLOW_ANONYMOUS: "true", ...options.vars }).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const child = spawn(
    process.execPath,
    [wrangler, "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persist, ...vars],
    {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  // BENCH_DEV_LOG=<file>: keep everything the dev server prints, for diagnosing a benchmark.
  const file = process.env.BENCH_DEV_LOG;
  const keep = (d: unknown) => {
    log = (log + String(d)).slice(-20_000);
    if (file) appendFileSync(file, String(d));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/v1/health`);
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await killGroup(child);
      throw new Error(`wrangler dev did not become healthy:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRssMb(child.pid));
  }, 500);
  return {
    baseUrl,
    peakRssMb: () => Math.max(peak, groupRssMb(child.pid)),
    cpuSeconds: () => groupCpuSeconds(child.pid),
    async stop() {
      clearInterval(sampler);
      await killGroup(child);
    },
    async kill() {
      clearInterval(sampler);
      await killGroup(child, "SIGKILL");
    },
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "ignore" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.slice(1, 4).join(" ")} exited ${code}`)),
    );
  });
}

async function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    return;
  }
  for (let i = 0; i < 40; i++) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Gone.
  }
}

/** Each living process of the group `pid` leads: its id and its /proc/<pid>/stat fields after the command name. */
function groupStats(pid: number): Array<{ pid: string; fields: string[] }> {
  const rows: Array<{ pid: string; fields: string[] }> = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pid) rows.push({ pid: entry, fields });
    } catch {
      // Exited meanwhile.
    }
  }
  return rows;
}

/** CPU seconds used by the living processes of the group (utime + stime; Linux's USER_HZ is 100). */
function groupCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    return groupStats(pid).reduce((s, p) => s + Number(p.fields[11]) + Number(p.fields[12]), 0) / 100;
  } catch {
    return 0;
  }
}

/** Resident memory of the process group (wrangler + workerd), from /proc. */
function groupRssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    let kb = 0;
    for (const { pid: entry } of groupStats(pid)) {
      try {
        const status = readFileSync(`/proc/${entry}/status`, "utf8");
        kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      } catch {
        // Exited meanwhile.
      }
    }
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}
