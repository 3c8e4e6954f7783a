import type { EvidenceStatus } from "../../src/domain/analysis.ts";
import type { Ref } from "../../src/domain/resume.ts";
import type { RunStatus } from "../../src/domain/run.ts";

/** Scores keep one decimal when they have one: a 0.4-point change should be visible. */
export const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const signed = (n: number) => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : "±0");

export const when = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";

export const clock = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour12: false });

/** "mustHave" → "Must have". */
export const humanize = (key: string) => {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const EVIDENCE: Record<EvidenceStatus, { label: string; tone: string }> = {
  met: { label: "Met", tone: "good" },
  partial: { label: "Partial", tone: "warn" },
  missing: { label: "Missing", tone: "bad" },
  cannot_claim: { label: "Can't claim", tone: "muted" },
};

export const RUN_STATUS: Record<RunStatus, { label: string; tone: string }> = {
  queued: { label: "Queued", tone: "info" },
  running: { label: "Running", tone: "info" },
  succeeded: { label: "Succeeded", tone: "good" },
  partial: { label: "Partial", tone: "warn" },
  failed: { label: "Failed", tone: "bad" },
  cancelled: { label: "Cancelled", tone: "muted" },
};

/** Where a reference points, for a link's text: "Experience · entry 1 · bullet 2". */
export const refPlace = (ref: Ref) =>
  /^(summary|header)/.test(ref.section)
    ? humanize(ref.section)
    : [
        humanize(ref.section),
        `entry ${ref.entry + 1}`,
        ref.bullet === null ? "heading" : `line ${ref.bullet + 1}`,
      ].join(" · ");

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
