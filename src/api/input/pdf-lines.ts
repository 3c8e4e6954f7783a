/**
 * Rebuilding lines from a PDF's positioned text. PDF.js hands out text items in content order, each with its
 * baseline position; a plain join loses what the resume parser needs: where a line ends, where a blank line
 * separates blocks, and the gap between a title and its right-aligned dates. Pure, so it is tested in Node.
 */

/** One text item of a page, in PDF coordinates (origin bottom-left, y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the item, in the same units as x. */
  width: number;
  /** Font size: the vertical scale of the item's text matrix. */
  size: number;
  /** PDF.js marks the last item of a line. */
  hasEOL: boolean;
}

interface Line {
  /** The line's text so far, in pieces: appending to one string would re-read it on every item. */
  parts: string[];
  /** Whether the text so far ends in whitespace (what `/\s$/` would say of the joined parts). */
  endsInSpace: boolean;
  y: number;
  size: number;
  endX: number;
  /** A whitespace item came last: the separator it stood for. */
  pendingGap?: string;
}

/** A horizontal gap this many font sizes wide separates columns (a title and its dates): kept as two spaces. */
const COLUMN_GAP = 1.5;
/** A gap narrower than this (in font sizes) is kerning inside a word, not a space. */
const WORD_GAP = 0.15;
/** Baselines further apart than this (in font sizes) have a blank line between them. */
const PARAGRAPH_GAP = 1.75;

const separator = (gap: number, size: number): string =>
  gap > COLUMN_GAP * size ? "  " : gap > WORD_GAP * size ? " " : "";

const SPACE = /\s/;
const lastIsSpace = (text: string) => text.length > 0 && SPACE.test(text.charAt(text.length - 1));

/**
 * The lines of one page, built from its items as they arrive (PDF.js streams them in chunks), top to bottom as the
 * content stream draws them, with "" where a vertical gap or a jump (to another column or back up the page)
 * separates blocks. Items on one baseline are joined: a bullet glyph and its text become one line; a wide gap
 * becomes two spaces, which the resume parser reads as a field separator. Each item costs time in its own length
 * only, so a page of 40,000 items on one baseline is read in linear time.
 */
export class LineBuilder {
  private readonly built: Line[] = [];
  private current: Line | undefined;
  private breakNext = false;
  /** Characters taken in so far (item text and the separators between), for bounding a page as it is read. */
  chars = 0;

  add(item: PdfTextItem): void {
    const size = item.size > 0 ? item.size : 10;
    const blank = item.str.trim() === "";
    if (item.str === "") {
      this.breakNext ||= item.hasEOL;
      return;
    }
    const current = this.current;
    const sameLine =
      current !== undefined && !this.breakNext && Math.abs(item.y - current.y) <= 0.5 * Math.max(size, current.size);
    if (current !== undefined && sameLine) {
      const gap = item.x - current.endX;
      if (blank) {
        // A space item stands for the gap it covers (PDF.js inserts one per gap it finds).
        current.pendingGap = item.width > COLUMN_GAP * size ? "  " : " ";
      } else {
        const sep = current.pendingGap ?? (gap < -size ? " " : separator(gap, size));
        if (!current.endsInSpace && !SPACE.test(item.str.charAt(0)) && sep !== "") {
          current.parts.push(sep);
          this.chars += sep.length;
        }
        current.parts.push(item.str);
        current.endsInSpace = lastIsSpace(item.str);
        this.chars += item.str.length;
        current.pendingGap = undefined;
      }
      current.endX = Math.max(current.endX, item.x + item.width);
    } else if (!blank) {
      this.current = {
        parts: [item.str],
        endsInSpace: lastIsSpace(item.str),
        y: item.y,
        size,
        endX: item.x + item.width,
      };
      this.built.push(this.current);
      this.chars += item.str.length + 1;
    }
    this.breakNext = item.hasEOL;
  }

  /** The page's lines so far, trimmed, with "" between blocks. */
  lines(): string[] {
    const out: string[] = [];
    this.built.forEach((line, i) => {
      const previous = this.built[i - 1];
      if (previous) {
        const drop = previous.y - line.y;
        const size = Math.max(previous.size, line.size);
        if (drop > PARAGRAPH_GAP * size || drop < -size) out.push("");
      }
      out.push(line.parts.join("").trim());
    });
    return out;
  }
}

/** The lines of one page whose items are all at hand (see LineBuilder). */
export function pageLines(items: readonly PdfTextItem[]): string[] {
  const builder = new LineBuilder();
  for (const item of items) builder.add(item);
  return builder.lines();
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;
const EDGE_LINES = 2;

/** A running header or footer compared across pages: case and spacing ignored, and page numbers in it. */
const edgeKey = (line: string) => {
  const key = line.toLowerCase().replace(/\s+/g, " ").trim();
  return /\bpage\b|\d\s*(?:of|\/)\s*\d/.test(key) ? key.replace(/\d+/g, "#") : key;
};

/**
 * Joins pages with a blank line between them, dropping what repeats at page edges: page numbers ("2",
 * "Page 2 of 3", "- 2 -") at the top or bottom of any page, and a line that heads or foots several pages (a name
 * and contact line repeated on every page) from every page after the first it appears on.
 */
export function joinPages(pages: readonly string[][]): string {
  const edges = (lines: readonly string[]) => {
    const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== "");
    return [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)];
  };
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map(({ line }) => edgeKey(line)))) {
      pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
  }
  const seen = new Set<string>();
  const kept = pages.map((lines) => {
    const drop = new Set<number>();
    for (const { line, i } of edges(lines)) {
      const key = edgeKey(line);
      if (PAGE_NUMBER.test(line.trim())) drop.add(i);
      else if (pages.length > 1 && (pagesWith.get(key) ?? 0) > 1 && seen.has(key)) drop.add(i);
    }
    for (const { line } of edges(lines)) seen.add(edgeKey(line));
    return lines.filter((_, i) => !drop.has(i)).join("\n");
  });
  return kept
    .filter((page) => page.trim() !== "")
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n");
}
