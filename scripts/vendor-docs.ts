/**
 * `npm run docs:vendor`: copies Swagger UI from node_modules/swagger-ui-dist into public/docs/assets/ (gitignored),
 * where the assets binding serves it under /docs/assets/. The docs page (public/docs/index.html) loads only these
 * files, so it needs no CDN. Runs before `npm start`, `npm run build`, `npm run deploy` and `npm test`; it is
 * quick and idempotent: the folder is rebuilt from scratch each time, so an upgrade leaves no stale file behind.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** What the page uses, and the licence texts that must travel with it. */
const FILES = [
  "swagger-ui-bundle.js",
  "swagger-ui-bundle.js.LICENSE.txt",
  "swagger-ui.css",
  "index.css",
  "favicon-16x16.png",
  "favicon-32x32.png",
  "LICENSE",
  "NOTICE",
];

const source = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const { version } = JSON.parse(readFileSync(join(source, "package.json"), "utf8")) as { version: string };
const target = join(import.meta.dirname, "..", "public", "docs", "assets");

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of FILES) copyFileSync(join(source, file), join(target, file));
console.log(`vendored swagger-ui-dist ${version} into public/docs/assets (${FILES.length} files)`);
