import { joinPages, type PdfTextItem, pageLines } from "./pdf-lines.ts";

export type PdfFailure = "unreadable" | "encrypted" | "too_many_pages" | "too_long";

/** Why a PDF gave no text: the caller turns it into the right problem for the field it came in. */
export class PdfReadError extends Error {
  readonly reason: PdfFailure;
  constructor(reason: PdfFailure, message: string, cause?: unknown) {
    super(message, { cause });
    this.name = "PdfReadError";
    this.reason = reason;
  }
}

export interface PdfText {
  /** Page texts, lines rebuilt from positions, joined with a blank line; page numbers and running headers gone. */
  text: string;
  pages: number;
}

/** Compatibility ligatures (ﬁ, ﬂ, ﬀ, …) that PDF fonts map text to: back to their letters, so words match. */
const LIGATURES = /[\ufb00-\ufb06]/g;

/**
 * The text layer of a PDF, read with unpdf (PDF.js built for serverless runtimes), which is imported here, on the
 * first PDF, rather than when the Worker starts. Reads at most `maxPages` pages and stops once the text passes
 * twice `maxChars` (the exact limit is checked on the normalized text by the caller).
 */
export async function pdfText(bytes: Uint8Array, limits: { maxPages: number; maxChars: number }): Promise<PdfText> {
  const { getDocumentProxy } = await import("unpdf");
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
    const pages: string[][] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) => {
        if (!("str" in item)) return []; // marked-content boundaries carry no text
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        const str = item.str.replace(LIGATURES, (l: string) => l.normalize("NFKC"));
        return [{ str, x, y, width: item.width, size: Math.hypot(c, d), hasEOL: item.hasEOL }];
      });
      const lines = pageLines(items);
      pages.push(lines);
      page.cleanup();
      chars += lines.reduce((sum, line) => sum + line.length + 1, 0);
      if (chars > 2 * limits.maxChars) throw new PdfReadError("too_long", "its text is too long");
    }
    return { text: joinPages(pages), pages: pdf.numPages };
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw new PdfReadError("unreadable", "its content is damaged", error);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}
