import { DEFAULT_LIMITS } from "./limits.ts";
import { joinPages, LineBuilder, type PdfTextItem } from "./pdf-lines.ts";
import { DEFAULT_STREAM_CAPS, measurePdfStreams, type StreamBound } from "./pdf-streams.ts";

export type PdfFailure = "unreadable" | "encrypted" | "too_many_pages" | "too_long" | "too_complex";

/** The bound a `too_complex` PDF passed (the pre-flight's, or one of the reader's own). */
export type PdfBound = StreamBound | "items_per_page" | "items" | "time";

/** Why a PDF gave no text: the caller turns it into the right problem for the field it came in. */
export class PdfReadError extends Error {
  readonly reason: PdfFailure;
  /** For `too_complex`: which bound, and its limit. */
  readonly bound?: { name: PdfBound; limit: number };
  constructor(reason: PdfFailure, message: string, cause?: unknown, bound?: { name: PdfBound; limit: number }) {
    super(message, { cause });
    this.name = "PdfReadError";
    this.reason = reason;
    this.bound = bound;
  }
}

export interface PdfText {
  /** Page texts, lines rebuilt from positions, joined with a blank line; page numbers and running headers gone. */
  text: string;
  pages: number;
}

/** What reading one PDF may cost; every field but the first two defaults to DEFAULT_LIMITS (limits.ts). */
export interface PdfLimits {
  maxPages: number;
  /** The text may reach twice this before reading stops (the exact limit is the caller's, on normalized text). */
  maxChars: number;
  itemsPerPage?: number;
  items?: number;
  contentBytes?: number;
  fontBytes?: number;
  streams?: number;
  /** Milliseconds from the first byte read to the last page; checked each time the reader yields. */
  timeBudgetMs?: number;
}

/** Compatibility ligatures (ﬁ, ﬂ, ﬀ, …) that PDF fonts map text to: back to their letters, so words match. */
const LIGATURES = /[\ufb00-\ufb06]/g;

/**
 * Text items between yields to the event loop. PDF.js runs in this thread and never yields by itself; a yield every
 * few chunks (PDF.js sends up to 100 items at a time) lets a health check in the same isolate through within
 * milliseconds, while a yield per chunk would add a timer's delay to every 100 items of a real resume.
 */
const ITEMS_PER_YIELD = 400;

/** A text item as PDF.js streams it (marked-content boundaries have no `str`). */
interface StreamedItem {
  str?: string;
  transform?: number[];
  width?: number;
  hasEOL?: boolean;
}

const tooComplex = (name: PdfBound, limit: number, why: string) =>
  new PdfReadError("too_complex", why, undefined, { name, limit });

/**
 * The text layer of a PDF, read with unpdf (PDF.js built for serverless runtimes), which is imported here, on the
 * first PDF, rather than when the Worker starts. First the stream pre-flight (pdf-streams.ts) measures what PDF.js
 * would decode, and refuses a PDF over its bounds before PDF.js sees it. Then pages are read as PDF.js streams
 * their text, each item going straight to the line builder, and reading stops (the stream cancelled, so PDF.js
 * stops too) as soon as a bound is passed: `maxPages`, twice `maxChars`, text items per page and per document, and
 * the time budget, measured at each yield to the event loop (in workerd the clock only moves across I/O, which a
 * timer is). The PDF.js document is destroyed whatever happens.
 */
export async function pdfText(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  let started = Date.now();
  const budget = limits.timeBudgetMs ?? DEFAULT_LIMITS.pdfTimeBudgetMs;
  const pause = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (Date.now() - started > budget) {
      throw tooComplex("time", budget, `reading it took longer than ${budget} ms`);
    }
  };
  const report = await measurePdfStreams(
    bytes,
    {
      ...DEFAULT_STREAM_CAPS,
      contentBytes: limits.contentBytes ?? DEFAULT_LIMITS.pdfContentBytes,
      fontBytes: limits.fontBytes ?? DEFAULT_LIMITS.pdfFontBytes,
      streams: limits.streams ?? DEFAULT_LIMITS.pdfStreams,
    },
    pause,
  );
  if (report.over) throw tooComplex(report.over.bound, report.over.limit, report.over.why);

  // Loading PDF.js happens once per isolate and is not this document's doing: it is left out of the budget.
  const loading = Date.now();
  const { getDocumentProxy, getResolvedPDFJS } = await import("unpdf");
  await getResolvedPDFJS();
  started += Date.now() - loading;
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, disableFontFace: true });
  } catch (error) {
    if ((error as Error)?.name === "PasswordException") {
      throw new PdfReadError("encrypted", "the PDF is password-protected", error);
    }
    throw new PdfReadError("unreadable", "it is not a valid PDF", error);
  }
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new PdfReadError("too_many_pages", `it has ${pdf.numPages} pages; at most ${limits.maxPages} are read`);
    }
    const perPage = limits.itemsPerPage ?? DEFAULT_LIMITS.pdfItemsPerPage;
    const perDocument = limits.items ?? DEFAULT_LIMITS.pdfItems;
    const pages: string[][] = [];
    let chars = 0;
    let items = 0;
    let sinceYield = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      await pause();
      const page = await pdf.getPage(n);
      const reader = (page.streamTextContent() as ReadableStream<{ items: StreamedItem[] }>).getReader();
      const builder = new LineBuilder();
      let pageItems = 0;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const item of value.items) {
            if (typeof item.str !== "string") continue; // marked-content boundaries carry no text
            if (++pageItems > perPage) {
              throw tooComplex("items_per_page", perPage, `page ${n} has more than ${perPage} text items`);
            }
            if (++items > perDocument) {
              throw tooComplex("items", perDocument, `it has more than ${perDocument} text items`);
            }
            builder.add(textItem(item));
            if (chars + builder.chars > 2 * limits.maxChars) throw new PdfReadError("too_long", "its text is too long");
          }
          sinceYield += value.items.length;
          if (sinceYield >= ITEMS_PER_YIELD) {
            sinceYield = 0;
            await pause();
          }
        }
      } catch (error) {
        // Cancelling the stream terminates PDF.js's task for this page, which otherwise reads on to its end.
        await reader.cancel(error instanceof Error ? error : new Error(String(error))).catch(() => {});
        throw error;
      }
      pages.push(builder.lines());
      chars += builder.chars;
      page.cleanup();
    }
    return { text: joinPages(pages), pages: pdf.numPages };
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw new PdfReadError("unreadable", "its content is damaged", error);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

function textItem(item: StreamedItem): PdfTextItem {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform ?? [];
  const str = (item.str ?? "").replace(LIGATURES, (l: string) => l.normalize("NFKC"));
  return { str, x, y, width: item.width ?? 0, size: Math.hypot(c, d), hasEOL: item.hasEOL === true };
}
