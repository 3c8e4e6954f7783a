/**
 * mammoth's HTML for a Word file, as the lines the resume parser reads (src/engine/local/parse): one line per
 * paragraph; a heading on a line of its own after a blank line; list items, numbered ones too, as "- " bullets
 * (nested ones indented); a table row by row, the first lines of its cells joined on one line with " | " (the
 * parser's field separator), so "Mar 2019 – Present" in one cell stays with "Senior Engineer" in the next, and the
 * rest of each cell below it, cell by cell; a tab (a right-aligned date on a tab stop) as two spaces, the gap the
 * PDF reader leaves between a title and its dates; a line break inside a paragraph as a line break. A link keeps
 * its text and, when the text does not show it, its address in parentheses. Footnote markers and back-links go.
 *
 * A small tokenizer rather than a DOM or HTMLRewriter: mammoth writes a closed set of well-formed tags with `&`,
 * `<`, `>` and `"` escaped, so tags and text are told apart by one linear pass, and the function is pure (tested
 * in Node, used by the CLI); HTMLRewriter exists only in workerd.
 */

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)|</g;
const HREF = /\shref="([^"]*)"/;
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name?: string, dec?: string, hex?: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = Number.parseInt(dec ?? hex ?? "", dec ? 10 : 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "div"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** mammoth's own links around footnotes and endnotes: markers ("[1]") and back-links ("↑"), not text. */
const NOTE_LINK = /^#(?:footnote|endnote|comment)-/;

interface Line {
  text: string;
  bullet: boolean;
  heading: boolean;
}

const BLANK: Line = { text: "", bullet: false, heading: false };

/** Lines being collected: the document's, or one table cell's. */
class Block {
  readonly lines: Line[] = [];
  private parts: string[] = [];
  private prefix = "";
  private heading = false;

  text(value: string) {
    this.parts.push(value);
  }

  /** A block (paragraph, heading, list item) starts: the line so far ends; the next has this bullet or role. */
  open(options: { prefix?: string; heading?: boolean } = {}) {
    this.endLine();
    if (options.prefix !== undefined) this.prefix = options.prefix;
    if (options.heading) this.heading = true;
  }

  /** A block ends: its line, if it has text, is written, and what it set for its line is dropped. */
  close() {
    this.endLine();
    this.prefix = "";
    this.heading = false;
  }

  /** A line break inside a paragraph: the next line continues it (a heading's next line is the heading's). */
  lineBreak() {
    const heading = this.heading;
    this.endLine();
    this.heading = heading;
  }

  add(line: Line) {
    if (line.heading && this.lines.length > 0) this.gap();
    this.lines.push(line);
  }

  /** A blank line, once, unless at the start. */
  gap() {
    this.endLine();
    const last = this.lines[this.lines.length - 1];
    if (last !== undefined && last.text !== "") this.lines.push(BLANK);
  }

  private endLine() {
    const text = tidy(this.parts.join(""));
    this.parts = [];
    if (text === "") return;
    this.add({ text: `${this.prefix}${text}`, bullet: this.prefix !== "", heading: this.heading });
    this.prefix = "";
    this.heading = false;
  }
}

/** A line's text: a run of tabs (a tab-stopped date) as two spaces; no leading or trailing space. */
function tidy(text: string): string {
  return text
    .replace(/[ \u00a0]*\t[\t \u00a0]*/g, "  ")
    .replace(/\n/g, " ")
    .trim();
}

/** One table row: the first line of each cell side by side, then the rest of each cell, left to right. */
function rowLines(cells: Line[][]): Line[] {
  const headings: Line[] = [];
  const firsts: string[] = [];
  const rests: Line[] = [];
  for (const cell of cells) {
    let lines = cell.filter((line) => line.text !== "");
    // A heading in a cell ("EXPERIENCE" in a left column) stays a heading, above the row.
    while (lines[0]?.heading) {
      headings.push(lines[0]);
      lines = lines.slice(1);
    }
    const first = lines[0];
    if (first && !first.bullet && !first.heading) {
      firsts.push(first.text);
      lines = lines.slice(1);
    }
    rests.push(...lines);
  }
  const row = firsts.length > 0 ? [{ text: firsts.join(" | "), bullet: false, heading: false }] : [];
  return [...headings, ...row, ...rests];
}

/** What a link adds after its text: its address, when the text does not already show it. */
function linkSuffix(href: string, text: string): string {
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return "";
  const target = /^mailto:/i.test(href) ? (href.slice("mailto:".length).split("?")[0] ?? "") : href;
  const bare = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, "")
      .replace(/\/$/, "");
  if (bare(target) === "" || bare(text).includes(bare(target))) return "";
  return ` (${target})`;
}

/** The text of mammoth's HTML, laid out in lines for the resume parser (see the module comment). */
export function docxHtmlToText(html: string): string {
  const root = new Block();
  const cells: Block[] = [];
  /** Per open table, the cells of its current row. */
  const rows: Line[][][] = [];
  let listDepth = 0;
  let link: { href: string; text: string; skip: boolean } | undefined;
  const current = () => cells[cells.length - 1] ?? root;

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes = "", , text] = match;
    const block = current();
    if (text !== undefined || rawTag === undefined) {
      const value = decodeEntities(text ?? "<");
      if (link) link.text += value;
      if (!link?.skip) block.text(value);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === "br") {
      block.lineBreak();
    } else if (tag === "a") {
      if (!closing) {
        const href = decodeEntities(HREF.exec(attributes)?.[1] ?? "");
        link = { href, text: "", skip: NOTE_LINK.test(href) };
      } else if (link) {
        if (!link.skip) block.text(linkSuffix(link.href, link.text));
        link = undefined;
      }
    } else if (tag === "ul" || tag === "ol") {
      block.close();
      listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
    } else if (tag === "table") {
      block.gap();
      if (closing) rows.pop();
      else rows.push([]);
    } else if (tag === "tr") {
      const row = rows[rows.length - 1];
      if (!row) continue;
      if (closing) for (const line of rowLines(row)) block.add(line);
      row.length = 0;
    } else if (tag === "td" || tag === "th") {
      if (!closing) {
        cells.push(new Block());
      } else {
        const cell = cells.pop();
        cell?.close();
        if (cell) rows[rows.length - 1]?.push(cell.lines);
      }
    } else if (BLOCKS.has(tag)) {
      if (closing) block.close();
      else if (HEADINGS.has(tag)) block.open({ heading: true });
      else if (tag === "li") block.open({ prefix: `${"  ".repeat(Math.max(0, listDepth - 1))}- ` });
      else block.open();
    }
    // Inline tags (strong, em, sup, …) and images carry no layout: text inside them is kept as it comes.
  }
  // Cells left open (mammoth closes every one) keep their text, after the rest.
  for (const cell of cells.splice(0)) {
    cell.close();
    for (const line of cell.lines) root.add(line);
  }
  root.close();
  return root.lines
    .map((line) => line.text)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
