import type { Ref } from "../../src/domain/resume.ts";
import { h } from "./dom.ts";

/**
 * A resume (the service's Markdown, or text as the user pasted it) rendered line by line, so that a reference
 * from the analysis — `{section, entry, bullet, text}` with the line's text as written — can be found and shown.
 * Only the Markdown a resume uses is read: headings, bullets, bold, italics; links are shown as their text.
 */

export interface ResumeLine {
  el: HTMLElement;
  /** The line's text, normalized for matching. */
  norm: string;
  /** The heading it sits under, normalized ("header" above the first one). */
  section: string;
}

export interface ResumeDoc {
  root: HTMLElement;
  lines: ResumeLine[];
}

export const normalize = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[*_`#>]+/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[‐-―−]/g, "-")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

const BULLET = /^\s*(?:[-*+•▪◦·]|\d+[.)])\s+/;

/** Bold, italics, code and links inside a line; everything else is text. */
function inline(text: string): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  const pattern =
    /\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])\*(?!\s)(.+?)\*(?!\w)|(?<!\w)_(?!\s)(.+?)_(?!\w)|`([^`]+)`|\[([^\]]+)\]\([^)]*\)/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const [, bold1, bold2, em1, em2, code, link] = m;
    if (bold1 ?? bold2) out.push(h("strong", null, bold1 ?? bold2));
    else if (em1 ?? em2) out.push(h("em", null, em1 ?? em2));
    else if (code) out.push(h("code", null, code));
    else out.push(link ?? "");
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function renderResume(markdown: string): ResumeDoc {
  const root = h("div", { class: "resume-doc" });
  const lines: ResumeLine[] = [];
  let section = "header";
  let list: HTMLUListElement | undefined;
  for (const raw of markdown.split("\n")) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      list = undefined;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    let el: HTMLElement;
    if (heading) {
      list = undefined;
      const level = (heading[1] ?? "#").length;
      const text = heading[2] ?? "";
      // Page headings stay the page's: the resume's own levels become classes on neutral elements.
      el = h(
        "div",
        { class: `r-line r-h${Math.min(level, 3)}`, role: "heading", "aria-level": Math.min(level + 2, 6) },
        ...inline(text),
      );
      if (level <= 2) section = normalize(text) || section;
      root.append(el);
    } else if (BULLET.test(line)) {
      if (!list) {
        list = h("ul", { class: "r-list" });
        root.append(list);
      }
      el = h("li", { class: "r-line" }, ...inline(line.replace(BULLET, "")));
      list.append(el);
    } else {
      list = undefined;
      el = h("p", { class: "r-line" }, ...inline(line));
      root.append(el);
    }
    el.tabIndex = -1;
    lines.push({ el, norm: normalize(line.replace(BULLET, "")), section });
  }
  return { root, lines };
}

/** The section a ref names, as a word headings use: "experience-2" → "experience". */
const sectionWord = (id: string) => id.replace(/-\d+$/, "").replace(/_/g, " ");

/**
 * The lines a reference points at: the line equal to its text, else one containing it, else (an entry header the
 * Markdown splits over a heading and a line of place and dates) the consecutive lines it contains. When the text
 * repeats, the copy under a heading naming the ref's section wins.
 */
export function locate(doc: ResumeDoc, ref: Ref): ResumeLine[] {
  const target = normalize(ref.text);
  if (!target) return [];
  let best = 0;
  let found: number[] = [];
  doc.lines.forEach((line, i) => {
    const score =
      line.norm === target
        ? 3
        : line.norm.includes(target)
          ? 2
          : line.norm.length >= 4 && target.includes(line.norm)
            ? 1
            : 0;
    if (score > best) {
      best = score;
      found = [i];
    } else if (score > 0 && score === best) found.push(i);
  });
  const word = sectionWord(ref.section);
  const inSection = found.filter((i) => doc.lines[i]?.section.includes(word));
  const pick = inSection.length > 0 ? inSection : found;
  const first = pick[0];
  if (first === undefined) return [];
  const run = [first];
  if (best === 1) for (const i of pick.slice(1)) if (i === (run[run.length - 1] ?? -2) + 1) run.push(i);
  return run.flatMap((i) => doc.lines[i] ?? []);
}
