/**
 * `node scripts/make-test-pdfs.ts`: writes the PDF fixtures the input tests read, by hand (no PDF library):
 * - test/fixtures/resume-text.pdf: a two-page resume with a text layer, laid out the way word processors export
 *   one (bullet glyph and bullet text as separate text objects, dates right-aligned on the title's baseline, a
 *   kerned TJ array, wrapped bullets, WinAnsi bullets and dashes);
 * - test/fixtures/resume-image.pdf: one page of graphics only (a filled rectangle and an inline image), no text;
 * - test/fixtures/pdfs.ts: both as base64, for tests running in workerd, where binary files cannot be imported.
 * PDF 1.4, every object uncompressed and ASCII, with a correct xref table. Rerun after changing the layout.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

interface Run {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  /** A string (one Tj), or a TJ array of strings and kerning adjustments. */
  text: string | Array<string | number>;
}

/** Characters outside ASCII that the fixtures use, as WinAnsiEncoding bytes. */
const WIN_ANSI: Record<string, number> = { "•": 0x95, "–": 0x96, "—": 0x97, "·": 0xb7, é: 0xe9 };

function pdfString(text: string): string {
  let out = "(";
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === "(" || char === ")" || char === "\\") out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else {
      const byte = WIN_ANSI[char];
      if (byte === undefined) throw new Error(`no WinAnsi byte for ${JSON.stringify(char)}`);
      out += `\\${byte.toString(8).padStart(3, "0")}`;
    }
  }
  return `${out})`;
}

function textContent(runs: Run[]): string {
  return runs
    .map((run) => {
      const show =
        typeof run.text === "string"
          ? `${pdfString(run.text)} Tj`
          : `[${run.text.map((part) => (typeof part === "string" ? pdfString(part) : String(part))).join(" ")}] TJ`;
      return `BT /${run.bold ? "F2" : "F1"} ${run.size} Tf ${run.x} ${run.y} Td ${show} ET`;
    })
    .join("\n");
}

/** A bullet as exporters write it: the glyph and the text as two text objects on one baseline. */
const bullet = (y: number, text: string | Array<string | number>): Run[] => [
  { x: 72, y, size: 10, text: "•" },
  { x: 84, y, size: 10, text },
];

const PAGE_1: Run[] = [
  { x: 72, y: 750, size: 20, bold: true, text: "Jordan Rivera" },
  { x: 72, y: 730, size: 12, text: "Senior Software Engineer" },
  { x: 72, y: 714, size: 10, text: "jordan.rivera@example.com · +1 (415) 555-0142 · San Francisco, CA" },
  { x: 72, y: 686, size: 12, bold: true, text: "SUMMARY" },
  { x: 72, y: 670, size: 10, text: "Backend engineer who builds reliable payment systems. Comfortable owning" },
  { x: 72, y: 656, size: 10, text: "services end to end." },
  { x: 72, y: 628, size: 12, bold: true, text: "EXPERIENCE" },
  { x: 72, y: 610, size: 11, bold: true, text: "Senior Software Engineer, Brightpay Inc." },
  { x: 460, y: 610, size: 10, text: "Mar 2021 – Present" },
  { x: 72, y: 596, size: 10, text: "San Francisco, CA" },
  ...bullet(580, "Mentored four engineers through design reviews and pairing"),
  ...bullet(566, ["Migrated the ledger service from a monolith to Go microservices on K", -15, "ubernetes,"]),
  { x: 84, y: 552, size: 10, text: "cutting p99 latency by 38%" },
  ...bullet(538, "Built event-driven reconciliation with Kafka and PostgreSQL processing 2M"),
  { x: 84, y: 524, size: 10, text: "transactions a day" },
  { x: 72, y: 496, size: 11, bold: true, text: "Software Engineer, Northwind Logistics" },
  { x: 460, y: 496, size: 10, text: "Jun 2017 – Feb 2021" },
  { x: 72, y: 482, size: 10, text: "Oakland, CA" },
  ...bullet(466, "Wrote REST APIs in Python (Django) for shipment tracking used by 1,200 customers"),
  ...bullet(452, "Set up CI/CD with Jenkins and Docker, reducing release time from 2 days to 3 hours"),
];

const PAGE_2: Run[] = [
  { x: 72, y: 750, size: 12, bold: true, text: "SKILLS" },
  { x: 72, y: 734, size: 10, text: "Languages: Python, Go, SQL, JavaScript" },
  { x: 72, y: 720, size: 10, text: "Tools: Docker, Jenkins, Git, Linux, Kafka" },
  { x: 72, y: 692, size: 12, bold: true, text: "EDUCATION" },
  { x: 72, y: 676, size: 11, bold: true, text: "B.S. in Computer Science, University of California, Davis" },
  { x: 500, y: 676, size: 10, text: "2017" },
  { x: 72, y: 648, size: 12, bold: true, text: "CERTIFICATIONS" },
  { x: 72, y: 632, size: 10, text: "AWS Certified Solutions Architect – Associate" },
];

/** Graphics only: a grey panel and a 2×2 inline image (ASCII hex), the way a scanned page has no text operators. */
const IMAGE_PAGE = [
  "q 0.9 g 72 500 468 200 re f Q",
  "q 200 0 0 100 72 300 cm",
  "BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID",
  "00FFFF00>",
  "EI Q",
].join("\n");

/** Serializes numbered objects (1-based, in order) into a PDF with a correct xref table; `root` is the catalog. */
function pdfFile(objects: string[], root: number): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) > 0x7f) throw new Error("PDF text must be ASCII");
  return new TextEncoder().encode(out);
}

const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
const FONTS = "<< /F1 3 0 R /F2 4 0 R >>";
const MEDIA_BOX = "[0 0 612 792]";

function textPdf(pages: Run[][]): Uint8Array {
  // 1 catalog, 2 pages, 3–4 fonts, then a page object and its content stream per page.
  const kids = pages.map((_, i) => `${5 + i * 2} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  ];
  pages.forEach((runs, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox ${MEDIA_BOX} /Resources << /Font ${FONTS} >> /Contents ${6 + i * 2} 0 R >>`,
      stream(textContent(runs)),
    );
  });
  return pdfFile(objects, 1);
}

function imagePdf(): Uint8Array {
  return pdfFile(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      `<< /Type /Page /Parent 2 0 R /MediaBox ${MEDIA_BOX} /Resources << >> /Contents 4 0 R >>`,
      stream(IMAGE_PAGE),
    ],
    1,
  );
}

const fixtures = join(import.meta.dirname, "..", "test", "fixtures");
const text = textPdf([PAGE_1, PAGE_2]);
const image = imagePdf();
writeFileSync(join(fixtures, "resume-text.pdf"), text);
writeFileSync(join(fixtures, "resume-image.pdf"), image);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
writeFileSync(
  join(fixtures, "pdfs.ts"),
  `// Generated by \`node scripts/make-test-pdfs.ts\` — do not edit; change the script and rerun it.
// The PDFs in this directory as base64, for tests in workerd (which cannot import binary files).

/** resume-text.pdf: two pages with a text layer (${text.length} bytes). */
export const RESUME_TEXT_PDF =
  "${base64(text)}";

/** resume-image.pdf: one page of graphics, no text layer (${image.length} bytes). */
export const RESUME_IMAGE_PDF =
  "${base64(image)}";
`,
);
console.log(`wrote resume-text.pdf (${text.length} bytes), resume-image.pdf (${image.length} bytes) and pdfs.ts`);
