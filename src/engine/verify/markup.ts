import { maskOpaque, opaqueSpans, type Taxonomy } from "../taxonomy/index.ts";

/**
 * What an edit's new text may not bring in: markup (raw HTML, Markdown links and images), links, e-mail addresses
 * and phone numbers. A resume needs none of them in a rewritten line unless the line already had them, and each is
 * how a hostile model would reach a reader: a script or an `onerror` for whoever renders the resume, a tracking
 * pixel, a phishing link, a contact that is not the candidate's.
 */
export type MarkupKind = "markup" | "link" | "email" | "phone";

export interface MarkupFinding {
  kind: MarkupKind;
  /** As written (trimmed of the punctuation around it). */
  text: string;
  /** Comparable form: the text, lower-cased e-mail, the digits of a phone number. */
  key: string;
}

/** An attribute as CommonMark's raw HTML defines it: a name, optionally `=` an unquoted, '…' or "…" value. */
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;

/**
 * Raw HTML as CommonMark reads it, so that "latency <50ms" and "a<b" are text but `<img src=x onerror=…>` is a tag:
 * open and closing tags, comments, processing instructions, declarations and CDATA. Also tags left open when they
 * still carry an attribute (`<img src=x onerror=alert(1)` at the end of a line) and the elements that start a raw
 * block or run script without being closed (`<script`, `<style`, `<iframe`, …).
 */
const HTML = new RegExp(
  [
    String.raw`<[A-Za-z][A-Za-z\d-]*(?:${ATTRIBUTE})*\s*\/?>`,
    String.raw`<\/[A-Za-z][A-Za-z\d-]*\s*>`,
    String.raw`<!--[\s\S]*?(?:-->|$)`,
    String.raw`<\?[\s\S]*?(?:\?>|$)`,
    String.raw`<!\[CDATA\[[\s\S]*?(?:\]\]>|$)`,
    "<![A-Za-z][^>]*(?:>|$)",
    String.raw`<[A-Za-z][A-Za-z\d-]*\s+[A-Za-z_:][\w.:-]*\s*=[^<>\n]*`,
    String.raw`<(?:script|style|pre|textarea|iframe|object|embed|svg|math|base|link|meta|form)(?=[\s/>]|$)[^<>\n]*`,
  ].join("|"),
  "gi",
);

/**
 * Markdown that makes a link or loads something: inline links and images (`[text](url)`, `![](src)`, with one
 * level of nested brackets and parentheses), reference links, reference definitions and autolinks (`<https://…>`,
 * `<me@example.com>`).
 */
const MARKDOWN = new RegExp(
  [
    String.raw`!?\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\((?:[^()\n]|\([^()\n]*\))*\)`,
    String.raw`!?\[[^[\]\n]+\]\[[^[\]\n]*\]`,
    String.raw`^[ \t]{0,3}\[[^[\]\n]+\]:[ \t]*\S+[^\n]*`,
    String.raw`<[A-Za-z][A-Za-z\d+.-]{1,31}:[^\s<>]*>`,
    String.raw`<[\w.!#$%&'*+/=?^\x60{|}~-]+@[\w-]+(?:\.[\w-]+)*>`,
  ].join("|"),
  "gm",
);

/** International or national numbers; separators may be spaces, dots, dashes or brackets (as contact.ts reads them). */
const PHONE = /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d[\d .-]{6,}\d/g;

/**
 * Whether digits written like a phone number are one: 9–15 digits, and not years with months or days (year ranges
 * "2019-2021", "01.02.2019 - 03.04.2021"), an IP address, money, a percentage, or a count grouped in thousands
 * ("120 000 000"). Thousands written with commas never look like a phone number.
 */
function isPhone(raw: string, text: string, at: number): boolean {
  const digits = raw.replace(/\D/g, "");
  if (digits.length < 9 || digits.length > 15) return false;
  const groups = raw.split(/\D+/).filter(Boolean);
  if (
    groups.some((g) => /^(?:19|20)\d{2}$/.test(g)) &&
    groups.every((g) => /^(?:19|20)\d{2}$/.test(g) || g.length <= 2)
  )
    return false;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return false;
  if (/^\d{1,3}([ .])\d{3}(?:\1\d{3})+$/.test(raw) && /0{3}$/.test(raw)) return false;
  if (/[$€£¥₹]\s?$/.test(text.slice(Math.max(0, at - 2), at))) return false;
  return !/^\s?(?:%|percent\b)/i.test(text.slice(at + raw.length));
}

const MAX_NAME = 80;

/** A finding's text for a reason: without the punctuation around it (an unbalanced ")" too), and not too long. */
function cleaned(text: string): string {
  let out = text.trim();
  for (;;) {
    const next = out
      .replace(/[.,;:!?'"*_>\]]+$/, "")
      .replace(/\)$/, (p) => ((out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length ? "" : p));
    if (next === out) break;
    out = next;
  }
  return out.length > MAX_NAME ? `${out.slice(0, MAX_NAME - 1)}…` : out;
}

/**
 * Every piece of markup, link, e-mail address and phone number in `text`. A bare domain counts as a link unless it
 * is the name of something the taxonomy knows ("Monday.com", "Socket.io").
 */
export function markupIn(text: string, taxonomy: Taxonomy): MarkupFinding[] {
  const found: MarkupFinding[] = [];
  for (const pattern of [HTML, MARKDOWN])
    for (const m of text.matchAll(pattern)) found.push({ kind: "markup", text: cleanTag(m[0]), key: m[0] });
  for (const span of opaqueSpans(text)) {
    const raw = text.slice(span.start, span.end);
    if (span.kind === "domain" && taxonomy.lookup(raw)) continue;
    const name = cleaned(raw);
    found.push(
      span.kind === "email"
        ? { kind: "email", text: name, key: name.toLowerCase() }
        : { kind: "link", text: name, key: name },
    );
  }
  // Digits inside a URL or an e-mail address are that address's, already found.
  const masked = maskOpaque(text);
  for (const m of masked.matchAll(PHONE))
    if (isPhone(m[0], masked, m.index)) found.push({ kind: "phone", text: m[0], key: m[0].replace(/\D/g, "") });
  return found;
}

/** Tags are named as written, only shortened. */
const cleanTag = (tag: string) => (tag.length > MAX_NAME ? `${tag.slice(0, MAX_NAME - 1)}…` : tag.trim());

/**
 * What `after` brings in that `before` — the text at the same place in the original resume — did not have, as
 * "kind: text" (e.g. "markup: <img src=x onerror=alert(1)>", "link: https://evil.example/login"). The same link or
 * phone number kept by a rewrite is fine; one the resume has elsewhere is not, since nothing moves a contact or a
 * link into a bullet or the summary but a model that wants it read.
 */
export function newMarkup(after: string, before: string, taxonomy: Taxonomy): string[] {
  const had = new Set(markupIn(before, taxonomy).map((f) => `${f.kind}\u0000${f.key}`));
  const out: string[] = [];
  for (const f of markupIn(after, taxonomy)) {
    const id = `${f.kind}\u0000${f.key}`;
    if (had.has(id)) continue;
    had.add(id);
    out.push(`${f.kind}: ${f.text}`);
  }
  return out;
}
