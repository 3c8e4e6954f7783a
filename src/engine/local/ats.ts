import type { AtsCheck } from "../../domain/analysis.ts";
import type { ParsedResume } from "../../domain/resume.ts";
import { hasMeasurableResult } from "./analyze/bullets.ts";

/**
 * What an applicant tracking system needs to read a resume well. Kept apart from the match score: these are
 * about the document, not the fit.
 */
export function atsChecks(resume: ParsedResume): AtsCheck[] {
  const checks: AtsCheck[] = [];
  const { email, phone } = resume.contact;
  checks.push({
    id: "contact",
    label: "Contact details",
    status: email && phone ? "pass" : email || phone ? "warn" : "fail",
    detail:
      email && phone
        ? "E-mail and phone found."
        : `Missing: ${[email ? "" : "e-mail", phone ? "" : "phone"].filter(Boolean).join(" and ")}.`,
  });

  const kinds = new Set(resume.sections.map((s) => s.kind));
  const standard = ["experience", "education", "skills"] as const;
  const absent = standard.filter((k) => !kinds.has(k));
  checks.push({
    id: "headings",
    label: "Standard section headings",
    status: absent.length === 0 ? "pass" : absent.length === 1 ? "warn" : "fail",
    detail:
      absent.length === 0
        ? "Experience, Education and Skills headings found."
        : `No recognizable heading for: ${absent.join(", ")}.`,
  });

  const roles = resume.sections.filter((s) => s.kind === "experience").flatMap((s) => s.entries);
  const dated = roles.filter((e) => e.dates?.start || e.dates?.end).length;
  checks.push({
    id: "dates",
    label: "Parseable dates",
    status: roles.length === 0 ? "warn" : dated === roles.length ? "pass" : dated >= roles.length / 2 ? "warn" : "fail",
    detail:
      roles.length === 0
        ? "No experience entries to date."
        : `${dated} of ${roles.length} roles have dates a parser can read.`,
  });

  const words = resume.sections
    .flatMap((s) => s.entries.flatMap((e) => [...e.header, ...e.bullets.map((b) => b.text)]))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean).length;
  checks.push({
    id: "length",
    label: "Length",
    status: words >= 250 && words <= 1100 ? "pass" : words >= 150 && words <= 1600 ? "warn" : "fail",
    detail: `${words} words (about ${Math.max(1, Math.round(words / 500))} page${words > 750 ? "s" : ""}); 250–1,100 reads best.`,
  });

  const bullets = roles.flatMap((e) => e.bullets);
  const thin = roles.filter((e) => e.bullets.length < 2).length;
  checks.push({
    id: "bullets",
    label: "Bullets per role",
    status: roles.length === 0 ? "warn" : thin === 0 ? "pass" : thin <= roles.length / 2 ? "warn" : "fail",
    detail:
      roles.length === 0
        ? "No experience entries."
        : `${bullets.length} bullets across ${roles.length} roles; ${thin} role(s) with fewer than 2.`,
  });

  const measured = bullets.filter((b) => hasMeasurableResult(b.text)).length;
  const share = bullets.length === 0 ? 0 : measured / bullets.length;
  checks.push({
    id: "measurable_results",
    label: "Measurable results",
    status: share >= 0.3 ? "pass" : share >= 0.15 ? "warn" : "fail",
    detail: `${measured} of ${bullets.length} experience bullets state a number, percentage or amount (${Math.round(share * 100)}%).`,
  });
  return checks;
}
