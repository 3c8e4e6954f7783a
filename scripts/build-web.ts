/**
 * `npm run build:web`: bundles the web app (web/src/main.ts, plain TypeScript DOM code) and its stylesheet into
 * public/app/, where the Worker's static assets serve them. Minified ESM for current browsers, source maps beside.
 *
 * The app imports the API's zod schemas for their types only; a value import would drag zod into the bundle, so
 * the build fails if any of zod's files ends up in it.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
export const WEB_OUT = join(ROOT, "public", "app");

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

export async function buildWeb(options: { quiet?: boolean } = {}): Promise<AssetSize[]> {
  rmSync(WEB_OUT, { recursive: true, force: true });
  mkdirSync(WEB_OUT, { recursive: true });
  const common = { bundle: true, minify: true, sourcemap: "external", target: "es2022", logLevel: "warning" } as const;
  const js = await build({
    ...common,
    entryPoints: [join(ROOT, "web", "src", "main.ts")],
    outfile: join(WEB_OUT, "app.js"),
    format: "esm",
    platform: "browser",
    metafile: true,
  });
  const leaked = Object.keys(js.metafile.inputs).filter((path) => path.includes("node_modules/zod"));
  if (leaked.length > 0) throw new Error(`build-web: zod is in the browser bundle (a value import?): ${leaked[0]}`);
  await build({
    ...common,
    entryPoints: [join(ROOT, "web", "styles", "app.css")],
    outfile: join(WEB_OUT, "app.css"),
  });
  const sizes = ["app.js", "app.css"].map((file) => {
    const bytes = readFileSync(join(WEB_OUT, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  if (!options.quiet) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    for (const s of sizes)
      console.log(`build-web: ${relative(ROOT, join(WEB_OUT, s.file))} ${kb(s.bytes)} (gzip ${kb(s.gzip)})`);
    const total = sizes.reduce((a, s) => ({ bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzip }), { bytes: 0, gzip: 0 });
    console.log(`build-web: total ${kb(total.bytes)} (gzip ${kb(total.gzip)})`);
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWeb();
