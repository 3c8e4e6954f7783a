/**
 * Word files made with the `docx` package in the two layouts Word templates mostly use: (a) "tabbed", headings and
 * paragraphs with each job's dates right-aligned on a tab stop after "Title, Company"; (b) "table", each job a
 * table row with its dates in the left cell and the title, company and bullets in the right one. Bullets are real
 * Word list paragraphs (numbering), not typed characters. Every field of the resume is printed.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { JsonResume } from "../../src/domain/json-resume.ts";

export const DOCX_LAYOUTS = ["tabbed", "table"] as const;
export type DocxLayout = (typeof DOCX_LAYOUTS)[number];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2019-03" → "Mar 2019", "2015" → "2015". */
export function wordDate(date: string | undefined): string {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? "");
  if (!m) return "";
  return m[2] ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : (m[1] as string);
}
const dateRange = (start?: string, end?: string) => `${wordDate(start)} – ${end ? wordDate(end) : "Present"}`;

type Work = NonNullable<JsonResume["work"]>[number];
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const para = (text: string) => new Paragraph({ text });

function header(resume: JsonResume): Paragraph[] {
  const b = resume.basics ?? {};
  const place = [b.location?.city, b.location?.region].filter(Boolean).join(", ");
  const contact = [b.email, b.phone, place, b.url, ...(b.profiles ?? []).map((p) => p.url)].filter(Boolean);
  return [
    new Paragraph({ text: b.name ?? "", heading: HeadingLevel.TITLE }),
    ...(b.label ? [para(b.label)] : []),
    para(contact.join(" | ")),
    ...(b.summary ? [heading("Summary"), para(b.summary)] : []),
  ];
}

function tabbedJob(job: Work): Paragraph[] {
  return [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
      children: [
        new TextRun({ text: `${job.position}, ${job.name}`, bold: true }),
        new TextRun({ children: [new Tab(), dateRange(job.startDate, job.endDate)] }),
      ],
    }),
    ...(job.location ? [new Paragraph({ children: [new TextRun({ text: job.location, italics: true })] })] : []),
    ...(job.summary ? [para(job.summary)] : []),
    ...(job.highlights ?? []).map(bullet),
  ];
}

function jobTable(work: Work[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top, insideVertical: NO_BORDERS.top },
    rows: work.map(
      (job) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 22, type: WidthType.PERCENTAGE },
              children: [para(dateRange(job.startDate, job.endDate)), ...(job.location ? [para(job.location)] : [])],
            }),
            new TableCell({
              width: { size: 78, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({ children: [new TextRun({ text: job.position ?? "", bold: true })] }),
                para(job.name ?? ""),
                ...(job.summary ? [para(job.summary)] : []),
                ...(job.highlights ?? []).map(bullet),
              ],
            }),
          ],
        }),
    ),
  });
}

function rest(resume: JsonResume): Paragraph[] {
  const out: Paragraph[] = [];
  if (resume.education?.length) {
    out.push(heading("Education"));
    for (const e of resume.education) {
      out.push(
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
          children: [
            new TextRun({ text: `${e.studyType} in ${e.area}`, bold: true }),
            new TextRun({ children: [new Tab(), `${wordDate(e.startDate)} – ${wordDate(e.endDate)}`] }),
          ],
        }),
        para(e.institution ?? ""),
      );
    }
  }
  if (resume.skills?.length) {
    out.push(heading("Skills"), ...resume.skills.map((s) => para(`${s.name}: ${(s.keywords ?? []).join(", ")}`)));
  }
  if (resume.certificates?.length) {
    out.push(heading("Certifications"));
    out.push(...resume.certificates.map((c) => bullet(`${c.name}, ${c.issuer} (${wordDate(c.date)})`)));
  }
  if (resume.languages?.length) {
    out.push(heading("Languages"), para(resume.languages.map((l) => `${l.language} (${l.fluency})`).join(", ")));
  }
  return out;
}

export async function renderDocx(resume: JsonResume, layout: DocxLayout): Promise<Uint8Array> {
  const work = resume.work ?? [];
  const experience = layout === "tabbed" ? work.flatMap(tabbedJob) : work.length > 0 ? [jobTable(work)] : [];
  const doc = new Document({
    creator: "bench:parse",
    sections: [{ children: [...header(resume), heading("Experience"), ...experience, ...rest(resume)] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
