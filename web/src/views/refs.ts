import type { Ref } from "../../../src/domain/resume.ts";
import { h } from "../dom.ts";
import { refPlace } from "../format.ts";

export type Reveal = (ref: Ref) => void;

/** A quoted resume line that, clicked, shows it in the resume panel. */
export const refButton = (ref: Ref, reveal: Reveal) =>
  h(
    "button",
    {
      type: "button",
      class: "ref",
      title: `Show in the resume: ${refPlace(ref)}`,
      onclick: () => reveal(ref),
    },
    h("span", { class: "ref-place" }, refPlace(ref)),
    h("span", { class: "ref-text" }, ref.text),
  );

/** Several refs can quote the same line (an edit's sources often do): list each line once. */
export const uniqueRefs = (refs: readonly Ref[]) => {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.section}|${r.entry}|${r.bullet}|${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
