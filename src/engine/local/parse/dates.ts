import type { DateRange, YearMonth } from "../../../domain/resume.ts";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // Seasons, as academic resumes write them: the month the season starts.
  spring: 3,
  summer: 6,
  fall: 9,
  autumn: 9,
  winter: 12,
};

const MONTH_NAME =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)";
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
/** One date: "Jan 2019", "January, 2019", "01/2019", "1/2019", "2019-01", "2019/01", "'19" is not accepted. */
const DATE = `(?:${MONTH_NAME}\\.?,?\\s*${YEAR}|(?:0?[1-9]|1[0-2])[/.-]${YEAR}|${YEAR}[/-](?:0[1-9]|1[0-2])(?![0-9])|${YEAR})`;
const PRESENT = "(?:present|current(?:ly)?|now|today|to\\s+date|till\\s+date|ongoing|onwards?)";
const SEPARATOR = "\\s*(?:-|–|—|−|~|to|until|till|through|thru|through to)\\s*";

const RANGE = new RegExp(
  `(?<![\\w/.])(${DATE})(?:${SEPARATOR}(${DATE}|${PRESENT})|\\s*(${PRESENT}))?(?![\\w/]|\\.\\d)`,
  "i",
);
const SINCE = new RegExp(`(?<![\\w/])(?:since|from)\\s+(${DATE})(?![\\w/])`, "i");

export function parseDate(text: string): YearMonth | undefined {
  const t = text.trim().toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ");
  let m = /^([a-z]+) ?(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1] as string];
    return month ? { year: Number(m[2]), month } : undefined;
  }
  m = /^(\d{1,2})[/-](\d{4})$/.exec(t);
  if (m) return { year: Number(m[2]), month: Number(m[1]) };
  m = /^(\d{4})[/-](\d{2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  m = /^(\d{4})$/.exec(t);
  if (m) return { year: Number(m[1]) };
  return undefined;
}

const isPresent = (text: string) => new RegExp(`^${PRESENT}$`, "i").test(text.trim());

/** The first date range (or single date) in `text`, with its span. */
export function findDateRange(text: string): { range: DateRange; start: number; end: number } | undefined {
  const since = SINCE.exec(text);
  const m = RANGE.exec(text);
  if (since && (!m || since.index <= m.index)) {
    const start = parseDate(since[1] as string);
    if (start) {
      return {
        range: { start, end: "present", text: since[0] },
        start: since.index,
        end: since.index + since[0].length,
      };
    }
  }
  if (!m) return undefined;
  const first = parseDate(m[1] as string);
  if (!first) return undefined;
  const second = m[2] ?? m[3];
  const range: DateRange = { text: m[0].trim() };
  if (second === undefined && /^\s*[-–—−]\s*$/.test(text.slice(m.index + m[0].length))) {
    // "2019-03 —" with nothing after the dash: a range still open, as themes print a job with no end date.
    range.start = first;
    range.end = "present";
    range.text = text.slice(m.index).trim();
    return { range, start: m.index, end: text.length };
  }
  if (second === undefined) {
    // A lone date is when something ended (a graduation, an award); a lone date with "present" is a start.
    range.end = first;
  } else if (isPresent(second)) {
    range.start = first;
    range.end = "present";
  } else {
    const last = parseDate(second);
    range.start = first;
    if (last) range.end = last;
  }
  return { range, start: m.index, end: m.index + m[0].length };
}

/** Months since year 0, counting a year-only date as its middle for starts and ends alike. */
export function monthIndex(date: YearMonth | "present", now: Date): number {
  if (date === "present") return now.getUTCFullYear() * 12 + now.getUTCMonth();
  return date.year * 12 + ((date.month ?? 7) - 1);
}

/**
 * Total years covered by the union of ranges: overlapping or concurrent roles count once. A range without a
 * start contributes nothing (its length is unknown); a range ending "present" runs to `now`.
 */
export function yearsCovered(ranges: readonly DateRange[], now: Date): number {
  const spans = ranges
    .filter((r): r is DateRange & { start: YearMonth } => r.start !== undefined)
    .map((r) => {
      const start = monthIndex(r.start, now);
      const end = r.end === undefined ? start : monthIndex(r.end, now);
      // Inclusive months: "Jan 2019 – Dec 2019" is 12 months.
      return [Math.min(start, end), Math.max(start, end) + 1] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cursor = Number.NEGATIVE_INFINITY;
  for (const [start, end] of spans) {
    const from = Math.max(start, cursor);
    if (end > from) total += end - from;
    cursor = Math.max(cursor, end);
  }
  return Math.round((total / 12) * 10) / 10;
}
