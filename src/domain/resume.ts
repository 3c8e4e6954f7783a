import { z } from "zod";

/** Section kinds the engines understand. `header` is the untitled top (name, headline, contact); text under a
 * heading the parser does not know is kept as `other`, never dropped. */
export const SectionKind = z.enum([
  "header",
  "summary",
  "experience",
  "skills",
  "education",
  "projects",
  "certifications",
  "awards",
  "publications",
  "volunteer",
  "languages",
  "interests",
  "references",
  "other",
]);
export type SectionKind = z.infer<typeof SectionKind>;

/** A calendar month; `month` is absent when only the year is known. */
export const YearMonth = z.object({
  year: z.number().int().min(1900).max(2100),
  month: z.number().int().min(1).max(12).optional(),
});
export type YearMonth = z.infer<typeof YearMonth>;

export const DateRange = z.object({
  start: YearMonth.optional(),
  /** `present` for ongoing roles ("Present", "Current", "Now", "to date"). */
  end: z.union([YearMonth, z.literal("present")]).optional(),
  /** The dates as written. */
  text: z.string(),
});
export type DateRange = z.infer<typeof DateRange>;

export const Bullet = z.object({ index: z.number().int().nonnegative(), text: z.string() });
export type Bullet = z.infer<typeof Bullet>;

export const Entry = z.object({
  index: z.number().int().nonnegative(),
  /** Role, degree, project or award name, when the entry has one. */
  title: z.string().optional(),
  /** Employer, school or issuer. */
  organization: z.string().optional(),
  location: z.string().optional(),
  dates: DateRange.optional(),
  /** Header lines of the entry as written (before its bullets). */
  header: z.array(z.string()),
  bullets: z.array(Bullet),
});
export type Entry = z.infer<typeof Entry>;

export const Section = z.object({
  /** Stable id used in references: the kind, suffixed when a kind repeats ("experience", "experience-2"). */
  id: z.string(),
  kind: SectionKind,
  /** The heading as written, or "" for the untitled top of the resume. */
  heading: z.string(),
  entries: z.array(Entry),
});
export type Section = z.infer<typeof Section>;

export const Contact = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  location: z.string().optional(),
  links: z.array(z.string()),
});
export type Contact = z.infer<typeof Contact>;

/** A place in the resume: section id, entry index, bullet index (null for an entry's header). */
export const Ref = z.object({
  section: z.string(),
  entry: z.number().int().nonnegative(),
  bullet: z.number().int().nonnegative().nullable(),
  text: z.string(),
});
export type Ref = z.infer<typeof Ref>;

export const FoundSkill = z.object({
  canonical: z.string(),
  category: z.string(),
  /** As first written in the resume. */
  text: z.string(),
  /**
   * How it was found: a taxonomy skill named in the text; an item of a skills list the taxonomy does not know;
   * or a phrase the text calls a skill ("expertise in payment reconciliation").
   */
  source: z.enum(["taxonomy", "listed", "phrase"]),
  /** `named` for skills listed in a skills section, named as a product, or written as a multi-word skill; `mentioned`
   * for a single ordinary word in prose ("managed the budget"), which counts as evidence but is a weaker claim. */
  confidence: z.enum(["named", "mentioned"]),
  refs: z.array(Ref),
});
export type FoundSkill = z.infer<typeof FoundSkill>;

export const ParsedResume = z
  .object({
    format: z.enum(["text", "markdown", "json_resume"]),
    contact: Contact,
    /** Current or most recent title, when one stands out (the headline, else the latest role). */
    headline: z.string().optional(),
    sections: z.array(Section),
    /** Total years of professional experience, from the union of experience date ranges (overlaps counted once). */
    yearsOfExperience: z.number().nonnegative(),
    skills: z.array(FoundSkill),
  })
  .meta({ id: "ParsedResume" });
export type ParsedResume = z.infer<typeof ParsedResume>;
