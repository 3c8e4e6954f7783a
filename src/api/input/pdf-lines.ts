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

/** A horizontal gap this many font sizes wide separates fields (a title and its dates): kept as two spaces. */
const COLUMN_GAP = 1.5;
/** A gap narrower than this (in font sizes) is kerning inside a word, not a space. */
const WORD_GAP = 0.15;
/** Baselines further apart than this (in font sizes) have a blank line between them. */
const PARAGRAPH_GAP = 1.75;
/** Items whose baselines differ by less than this (in font sizes) sit on one row. */
const ROW_TOLERANCE = 0.4;
/** A gutter between columns is at least this wide, in points. */
const MIN_GUTTER = 9;

const separator = (gap: number, size: number): string =>
  gap > COLUMN_GAP * size ? "  " : gap > WORD_GAP * size ? " " : "";

const SPACE = /\s/;

/**
 * Icon fonts (Font Awesome and the like) map their glyphs to private-use code points, or to none (control codes,
 * U+FFFD): nothing a reader could type. A list's icon bullet goes with them; the row still starts the line.
 */
const PRIVATE_USE = /[\ue000-\uf8ff\ufffd]|[\udb80-\udbff][\udc00-\udfff]/g;
/** Control codes (what an icon font maps a glyph to when it maps it to nothing); tab, newline and CR excepted. */
const isControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;
const withoutGlyphs = (text: string) =>
  Array.from(text.replace(PRIVATE_USE, ""))
    .filter((ch) => !isControl(ch.charCodeAt(0)))
    .join("");
/** A date, a range's end, or a range, as resume themes set them in a margin or flush right. */
const DATE_LIKE =
  /^(?:(?:\d{1,2}[/.-])?\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*\d{2,4}|present|current|now|to date|today|ongoing)(?:\s*(?:[-–—]|to|until)\s*(?:(?:\d{1,2}[/.-])?\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*\d{2,4}|present|current|now|to date|today|ongoing)?)?\s*[-–—]?$|^[-–—]?\s*(?:present|current|now|to date|today|ongoing|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{4}|\d{4})$/i;

interface Placed {
  str: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

interface Row {
  items: Placed[];
  y: number;
  size: number;
  left: number;
  right: number;
}

/**
 * The lines of one page, read by layout rather than by the order the content stream draws text in (themes draw a
 * job's dates after its bullets, headings last, a sidebar anywhere). Items are collected as they arrive (PDF.js
 * streams them in chunks; `chars` bounds the page while it is read) and laid out by `lines()`:
 *
 * 1. icon-font glyphs (private-use code points) are dropped;
 * 2. columns are found from vertical gutters — a band no narrow item crosses, with text on both sides over the
 *    same height — and read one after the other, left first, with the lines that span them (a name across the top)
 *    in their place above or below; a side that is nothing but dates on the rows of the other (right-aligned or
 *    margin dates) is not a column: each date stays on its row, after the text it belongs to, and a margin range
 *    split over two rows ("June 2020 –" / "Present") is put back together;
 * 3. items on one baseline make a row, left to right, a wide gap kept as two spaces (the parser's field separator);
 * 4. a row that fills its column and is followed, at the normal leading, by one starting at its text's left edge
 *    is a wrapped line: the two are joined, so a bullet stays whole;
 * 5. letter-spaced capitals ("W O R K  E X P E R I E N C E") are closed up, word gaps kept.
 *
 * Rows further apart than the leading have a blank line between them. Each step is linear or n log n in the
 * page's items (at most MAX_PDF_ITEMS_PER_PAGE of them).
 */
export class LineBuilder {
  private readonly items: Placed[] = [];
  /** Characters taken in so far (item text and a separator each), for bounding a page as it is read. */
  chars = 0;

  add(item: PdfTextItem): void {
    const str = withoutGlyphs(item.str);
    if (str.trim() === "") return;
    const size = item.size > 0 ? item.size : 10;
    this.items.push({ str, x: item.x, y: item.y, right: item.x + Math.max(0, item.width), size });
    this.chars += str.length + 1;
  }

  /** The page's lines, trimmed, with "" between blocks. */
  lines(): string[] {
    const out: string[] = [];
    for (const block of readingOrder(this.items)) {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      out.push(...blockLines(block));
    }
    return out;
  }
}

/** The lines of one page whose items are all at hand (see LineBuilder). */
export function pageLines(items: readonly PdfTextItem[]): string[] {
  const builder = new LineBuilder();
  for (const item of items) builder.add(item);
  return builder.lines();
}

const median = (values: number[]): number => {
  if (values.length === 0) return 10;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Items on shared baselines, top to bottom, each row left to right. */
function rowsOf(items: readonly Placed[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - item.y) <= ROW_TOLERANCE * Math.max(row.size, item.size)) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
      row.left = Math.min(row.left, item.x);
      row.right = Math.max(row.right, item.right);
    } else rows.push({ items: [item], y: item.y, size: item.size, left: item.x, right: item.right });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

const isDateLike = (text: string) => DATE_LIKE.test(text.trim());

/**
 * The page as blocks in reading order. A block is a set of items read as one column. Columns are split at the
 * widest gutter that passes the tests in LineBuilder's comment, then each side is split again (three columns).
 */
function readingOrder(items: readonly Placed[], depth = 0): Placed[][] {
  if (items.length < 8 || depth > 2) return [items.slice()];
  const split = findGutter(items);
  if (!split) return [items.slice()];
  const { above, left, right, below } = split;
  const middle = gridBands(left, right) ?? [...readingOrder(left, depth + 1), ...readingOrder(right, depth + 1)];
  return [...(above.length > 0 ? [above] : []), ...middle, ...(below.length > 0 ? [below] : [])];
}

/** Rows grouped into blocks where the drop between rows is wider than the leading. */
function blocksOf(items: readonly Placed[]): Row[][] {
  const blocks: Row[][] = [];
  let previous: Row | undefined;
  for (const row of rowsOf(items)) {
    if (!previous || previous.y - row.y > PARAGRAPH_GAP * Math.max(previous.size, row.size)) blocks.push([]);
    blocks[blocks.length - 1]?.push(row);
    previous = row;
  }
  return blocks;
}

/**
 * A label column beside a content column (a job's title and dates in a narrow cell, its bullets beside them, as
 * grid themes lay entries out) is read band by band: each label block, then what stands beside it. A sidebar with
 * its own flow is not: its blocks do not start where the other side's do.
 */
function gridBands(left: readonly Placed[], right: readonly Placed[]): Placed[][] | undefined {
  const leftBlocks = blocksOf(left);
  const rightBlocks = blocksOf(right);
  if (leftBlocks.length < 2 || rightBlocks.length < 2) return undefined;
  const tops = (blocks: Row[][]) => blocks.map((b) => ({ y: (b[0] as Row).y, size: (b[0] as Row).size }));
  const rightTops = tops(rightBlocks);
  const leftTops = tops(leftBlocks);
  const aligned = leftTops.filter((l) => rightTops.some((r) => Math.abs(r.y - l.y) <= Math.max(l.size, r.size)));
  if (aligned.length < 0.7 * leftTops.length) return undefined;
  // Band boundaries: just above each label block's first row.
  const cuts = leftTops.map((t) => t.y + t.size).sort((a, b) => b - a);
  const bandOf = (item: Placed) => {
    let band = 0;
    while (band + 1 < cuts.length && item.y <= (cuts[band + 1] as number)) band++;
    return item.y > (cuts[0] as number) ? -1 : band;
  };
  const out: Placed[][] = [];
  for (let band = -1; band < cuts.length; band++) {
    const l = left.filter((item) => bandOf(item) === band);
    const r = right.filter((item) => bandOf(item) === band);
    if (l.length > 0) out.push(l);
    if (r.length > 0) out.push(r);
  }
  return out;
}

function findGutter(
  items: readonly Placed[],
): { above: Placed[]; left: Placed[]; right: Placed[]; below: Placed[] } | undefined {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    minX = Math.min(minX, item.x);
    maxX = Math.max(maxX, item.right);
  }
  const width = maxX - minX;
  if (width <= 0) return undefined;
  // Lines that span columns (a name, a summary across the top) are left out when looking for a gutter, then placed
  // above or below the columns.
  const narrow = items.filter((item) => item.right - item.x < 0.45 * width);
  const spans = [...narrow].sort((a, b) => a.x - b.x);
  const gaps: Array<[number, number]> = [];
  let reach = minX;
  for (const item of spans) {
    if (item.x - reach >= MIN_GUTTER && reach > minX) gaps.push([reach, item.x]);
    reach = Math.max(reach, item.right);
  }
  let best: { above: Placed[]; left: Placed[]; right: Placed[]; below: Placed[]; score: number } | undefined;
  for (const [g0, g1] of gaps) {
    const left = items.filter((item) => item.right <= g0 + 0.5);
    const right = items.filter((item) => item.x >= g1 - 0.5);
    const crossing = items.filter((item) => item.x < g0 && item.right > g1);
    if (left.length < 3 || right.length < 3) continue;
    const top = (side: Placed[]) => Math.max(...side.map((i) => i.y));
    const bottom = (side: Placed[]) => Math.min(...side.map((i) => i.y));
    const overlap = Math.min(top(left), top(right)) - Math.max(bottom(left), bottom(right));
    const size = median(items.map((i) => i.size));
    // Side by side over several lines, not one block above the other.
    if (overlap < 3 * size) continue;
    const bandTop = Math.min(top(left), top(right)) + size;
    const bandBottom = Math.max(bottom(left), bottom(right)) - size;
    // A spanning line inside the band means one text runs across: not two columns.
    if (crossing.some((item) => item.y < bandTop && item.y > bandBottom)) continue;
    if (marginFields(left, right) || marginFields(right, left)) continue;
    const score = Math.min(left.length, right.length) * (g1 - g0);
    if (!best || score > best.score) {
      const above = crossing.filter((item) => item.y >= bandTop);
      const below = crossing.filter((item) => item.y <= bandBottom);
      best = { above, left, right, below, score };
    }
  }
  if (!best) return undefined;
  const { above, left, right, below } = best;
  return { above, left, right, below };
}

/**
 * Whether `side` is a margin of dates for `other`'s rows rather than a column of its own: most of its rows are
 * dates, and they stand beside rows of the other side.
 */
function marginFields(side: readonly Placed[], other: readonly Placed[]): boolean {
  const rows = rowsOf(side);
  const texts = rows.map((row) => row.items.map((i) => i.str).join(" "));
  const dates = texts.filter(isDateLike).length;
  if (dates < Math.max(1, 0.6 * rows.length)) return false;
  // Dates that stand beside the other side's rows; a column of dates with nothing beside them is a column.
  const otherRows = rowsOf(other);
  const beside = rows.filter((row) =>
    otherRows.some((o) => Math.abs(o.y - row.y) <= 1.5 * Math.max(o.size, row.size)),
  ).length;
  return beside >= 0.6 * rows.length;
}

/** A row's text: items left to right, a gap as a space or (wide) two spaces. */
function rowText(row: Row): string {
  const parts: string[] = [];
  let end = Number.NEGATIVE_INFINITY;
  let previous: Placed | undefined;
  for (const item of row.items) {
    if (previous) {
      const size = Math.max(item.size, previous.size);
      // Text drawn back over text already on the row (a second line set on the same baseline) is a new word.
      const sep = item.x < end - 0.5 * size ? " " : separator(item.x - end, size);
      const joined = parts[parts.length - 1] ?? "";
      if (sep !== "" && !SPACE.test(joined.charAt(joined.length - 1)) && !SPACE.test(item.str.charAt(0))) {
        parts.push(sep);
      } else if (sep === "  " && / $/.test(joined) && !/\s{2}$/.test(joined) && !SPACE.test(item.str.charAt(0))) {
        // A space item PDF.js put in a wide gap: the gap still separates fields.
        parts.push(" ");
      }
    }
    parts.push(item.str);
    end = Math.max(end, item.right);
    previous = item;
  }
  return closeLetterSpacing(parts.join("").replace(/\s+$/, "").replace(/^\s+/, ""));
}

/** "W O R K  E X P E R I E N C E" → "WORK EXPERIENCE": single letters closed up, wider gaps kept as a space. */
function closeLetterSpacing(text: string): string {
  const tokens = text.split(" ");
  const letters = tokens.filter((t) => t.length === 1).length;
  if (tokens.length < 4 || letters < 0.7 * tokens.filter((t) => t !== "").length) return text;
  if (tokens.some((t) => t.length > 3)) return text;
  return text
    .split(/\s{2,}/)
    .map((word) => word.replace(/ /g, ""))
    .join(" ");
}

const BULLET_START = /^[•·▪◦‣∙●○■□►▸–—*-]\s/u;

/**
 * A block's lines: rows top to bottom, a blank line where the drop between rows is wider than the leading, and a
 * row that continues the one above (it wrapped) joined to it.
 */
function blockLines(items: readonly Placed[]): string[] {
  const rows = rowsOf(items);
  const texts = rows.map(rowText);
  const blockRight = Math.max(...rows.map((r) => r.right));
  const blockLeft = Math.min(...rows.map((r) => r.left));
  const leading = leadingOf(rows);
  const out: string[] = [];
  let previous: Row | undefined;
  let previousText = "";
  rows.forEach((row, i) => {
    const text = texts[i] as string;
    if (text === "") return;
    if (previous) {
      const drop = previous.y - row.y;
      const size = Math.max(previous.size, row.size);
      if (drop > Math.max(PARAGRAPH_GAP, 1.3 * leading) * size) out.push("");
      else if (continues(previous, previousText, row, text, blockLeft, blockRight, leading)) {
        const last = out.pop() ?? "";
        out.push(/\p{L}-$/u.test(last) && /^\p{Ll}/u.test(text) ? `${last}${text}` : `${last} ${text}`);
        previous = row;
        previousText = text;
        return;
      }
    }
    out.push(text);
    previous = row;
    previousText = text;
  });
  return out;
}

/**
 * The block's usual drop from one row to the next, in font sizes (themes set line heights from 1.2 to 2): the
 * median over rows of one size that are less than three sizes apart.
 */
function leadingOf(rows: readonly Row[]): number {
  const drops: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as Row;
    const b = rows[i] as Row;
    const size = Math.max(a.size, b.size);
    const drop = (a.y - b.y) / size;
    if (Math.abs(a.size - b.size) <= 0.1 * size && drop > 0 && drop < 3) drops.push(drop);
  }
  return drops.length >= 3 ? median(drops) : 1.2;
}

/**
 * Whether `row` is the wrapped rest of `above`: same size, normal leading, and `above` stopped only because the
 * first word of `row` would not have fitted before the block's right edge.
 */
function continues(
  above: Row,
  aboveText: string,
  row: Row,
  text: string,
  left: number,
  right: number,
  leading: number,
): boolean {
  const size = Math.max(above.size, row.size);
  if (Math.abs(above.size - row.size) > 0.1 * size) return false;
  if (above.y - row.y > Math.max(1.65, 1.15 * leading) * size) return false;
  if (aboveText.includes("  ") || text.includes("  ")) return false;
  if (BULLET_START.test(text) || /[:;]$/.test(aboveText)) return false;
  // Narrow blocks and short lines are lists (skills, contact details), not wrapped prose.
  if (right - left < 16 * size || aboveText.length < 30) return false;
  const first = row.items[0] as Placed;
  const charWidth = (first.right - first.x) / Math.max(1, first.str.length);
  const word = (text.split(" ")[0] ?? "").length * charWidth;
  if (above.right + charWidth + word < right - 0.5 * size) return false;
  // The rest starts where the text above starts (or at its hanging indent after a bullet).
  const textLeft = BULLET_START.test(aboveText) ? (above.items[1]?.x ?? above.left) : above.left;
  return Math.abs(row.left - textLeft) <= 1.2 * size || Math.abs(row.left - above.left) <= 0.5 * size;
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
