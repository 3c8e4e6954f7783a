import type { SectionKind } from "../../../domain/resume.ts";

/** Heading phrases by section kind, compared after folding case, "&" to "and", and punctuation away. */
const HEADINGS: Record<Exclude<SectionKind, "header" | "other">, string[]> = {
  summary: [
    "summary",
    "professional summary",
    "career summary",
    "executive summary",
    "summary of qualifications",
    "qualifications summary",
    "profile",
    "professional profile",
    "career profile",
    "personal profile",
    "objective",
    "career objective",
    "professional objective",
    "job objective",
    "objective statement",
    "about",
    "about me",
    "overview",
    "professional overview",
    "personal statement",
    "introduction",
    "career highlights",
    "highlights",
    "qualifications",
    "summary of skills and qualifications",
    "key qualifications",
    "professional highlights",
    "what i bring",
    "synopsis",
    "career synopsis",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "relevant experience",
    "professional background",
    "career experience",
    "job history",
    "positions held",
    "experience history",
    "professional employment",
    "internships",
    "internship",
    "internship experience",
    "work",
    "career",
    "employment experience",
    "experience and employment",
    "professional history",
    "relevant work experience",
    "related experience",
    "other experience",
    "additional experience",
    "career experience job history",
  ],
  skills: [
    "skills",
    "technical skills",
    "core competencies",
    "competencies",
    "key skills",
    "areas of expertise",
    "expertise",
    "skills and abilities",
    "technologies",
    "tools",
    "tools and technologies",
    "technical proficiencies",
    "proficiencies",
    "skill set",
    "skillset",
    "skills summary",
    "summary of skills",
    "computer skills",
    "it skills",
    "software",
    "software skills",
    "tech stack",
    "technical stack",
    "strengths",
    "key competencies",
    "professional skills",
    "core skills",
    "relevant skills",
    "skills and expertise",
    "skills and competencies",
    "abilities",
    "technical expertise",
    "technical competencies",
    "key strengths",
    "capabilities",
    "programming languages",
    "languages and tools",
    "tools of the trade",
    "partial list of tools",
    "software proficiency",
  ],
  education: [
    "education",
    "academic background",
    "academic qualifications",
    "educational background",
    "education and training",
    "academic history",
    "educational qualification",
    "educational qualifications",
    "academics",
    "academic",
    "education and qualifications",
    "academic profile",
    "education details",
    "education and certifications",
    "education and certification",
    "degrees",
    "schooling",
    "scholastic profile",
  ],
  projects: [
    "projects",
    "personal projects",
    "academic projects",
    "key projects",
    "selected projects",
    "project experience",
    "portfolio",
    "side projects",
    "open source",
    "open source contributions",
    "project work",
    "major projects",
    "notable projects",
    "project details",
    "project",
    "projects undertaken",
  ],
  certifications: [
    "certifications",
    "certification",
    "certificates",
    "certificate",
    "licenses",
    "license",
    "licensure",
    "licenses and certifications",
    "certifications and licenses",
    "credentials",
    "professional certifications",
    "courses",
    "coursework",
    "relevant coursework",
    "training",
    "trainings",
    "professional development",
    "continuing education",
    "certifications and training",
    "training and certifications",
    "courses and certifications",
    "professional training",
    "workshops",
  ],
  awards: [
    "awards",
    "honors",
    "honours",
    "honors and awards",
    "awards and honors",
    "achievements",
    "accomplishments",
    "key achievements",
    "recognition",
    "awards and recognition",
    "scholarships",
    "awards and achievements",
    "achievements and awards",
    "distinctions",
  ],
  publications: [
    "publications",
    "papers",
    "research papers",
    "presentations",
    "publications and presentations",
    "patents",
    "research",
    "research and publications",
    "conference presentations",
    "selected publications",
  ],
  volunteer: [
    "volunteer",
    "volunteering",
    "volunteer experience",
    "volunteer work",
    "community service",
    "community involvement",
    "extracurricular activities",
    "extra curricular activities",
    "activities",
    "leadership and activities",
    "leadership and involvement",
    "involvement",
    "affiliations",
    "professional affiliations",
    "memberships",
    "professional memberships",
    "associations",
  ],
  languages: [
    "languages",
    "language skills",
    "spoken languages",
    "language proficiency",
    "languages known",
    "foreign languages",
  ],
  interests: [
    "interests",
    "hobbies",
    "hobbies and interests",
    "personal interests",
    "interests and hobbies",
    "outside interests",
  ],
  references: ["references", "referees", "professional references", "references available upon request"],
};

const OTHER_HEADINGS = [
  "additional information",
  "personal details",
  "personal information",
  "personal data",
  "declaration",
  "links",
  "contact",
  "contact information",
  "contact details",
  "miscellaneous",
  "other information",
  "additional",
  "personal",
  "social media",
  "online presence",
  "availability",
];

const LOOKUP = new Map<string, SectionKind>();
/** The same phrases without spaces, for headings a PDF extractor letter-spaced ("E xp er ie nc e"). */
const SPACELESS = new Map<string, SectionKind>();
for (const [kind, phrases] of Object.entries(HEADINGS)) {
  for (const phrase of phrases) {
    LOOKUP.set(phrase, kind as SectionKind);
    if (phrase.length >= 6) SPACELESS.set(phrase.replace(/ /g, ""), kind as SectionKind);
  }
}
for (const phrase of OTHER_HEADINGS) LOOKUP.set(phrase, "other");

/** Heading text reduced to comparable words: "## Work History:" → "work history", "Skills & Abilities" → "skills and abilities". */
export function foldHeading(line: string): string {
  return line
    .replace(/^#{1,6}\s*/, "")
    .replace(/[*_`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The section kind a heading names, or undefined when the text is not a known heading. */
export function headingKind(line: string): SectionKind | undefined {
  const folded = foldHeading(line);
  if (folded === "" || folded.length > 60) return undefined;
  const exact = LOOKUP.get(folded);
  if (exact) return exact;
  const words = folded.split(" ");
  // Letter-spaced in the source: "E xp er ie nc e", or closed up by the PDF reader into "WORKEXPERIENCE".
  if ((words.length > 2 && words.every((w) => w.length <= 3)) || words.length === 1) {
    const joined = SPACELESS.get(folded.replace(/ /g, ""));
    if (joined) return joined;
  }
  if (words.length > 6) return undefined;
  // "Teaching Experience", "Clinical Experience", "Academic and Professional Experience"; "Volunteer Experience"
  // is found above. Same for "... Skills" and "... Projects".
  const last = words[words.length - 1];
  if (words.includes("volunteer") || words.includes("volunteering")) return "volunteer";
  if (last === "experience" || last === "experiences" || last === "employment" || last === "history")
    return "experience";
  if (last === "skills" || last === "competencies" || last === "proficiencies") return "skills";
  if (last === "projects") return "projects";
  if (last === "certifications" || last === "certificates" || last === "licenses") return "certifications";
  if (last === "education" || last === "qualification" || last === "qualifications") {
    return words.includes("educational") || words.includes("academic") || last === "education"
      ? "education"
      : "summary";
  }
  if (last === "awards" || last === "honors" || last === "achievements") return "awards";
  if (last === "publications") return "publications";
  if (last === "summary" || last === "objective" || last === "profile") return "summary";
  return undefined;
}

/**
 * Whether a line is set as a heading: Markdown `#`, a line followed by an underline of = or -, bold alone on its
 * line, or short ALL-CAPS text. Content decides the kind; form only says "this is a heading".
 */
export function looksLikeHeadingForm(line: string, nextLine: string | undefined): boolean {
  const trimmed = line.trim();
  if (/^#{1,6}\s+\S/.test(trimmed)) return true;
  if (nextLine !== undefined && /^(={3,}|-{3,})\s*$/.test(nextLine.trim()) && trimmed.length > 0) return true;
  if (/^\*\*[^*]+\*\*:?$/.test(trimmed) || /^__[^_]+__:?$/.test(trimmed)) return true;
  const letters = trimmed.replace(/[^\p{L}]/gu, "");
  if (
    letters.length >= 4 &&
    letters === letters.toUpperCase() &&
    trimmed.split(/\s+/).length <= 5 &&
    !/\d/.test(trimmed)
  )
    return true;
  return false;
}
