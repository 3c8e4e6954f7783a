import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../../src/engine/local/engine.ts";

export const NOW = new Date("2026-11-01T00:00:00Z");
export const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "..", "fixtures", name), "utf8");
export const parsed = (name: string) =>
  parse(name.endsWith(".json") ? JSON.parse(fixture(name)) : fixture(name), { now: NOW });
