import type { Contact } from "../../../domain/resume.ts";
import { TITLE_WORDS } from "./words.ts";

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// International or national numbers with at least 9 digits; separators may be spaces, dots, dashes or brackets.
const PHONE = /(?<![\d+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d[\d\s.-]{6,}\d/;
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com)\/[^\s<>()]+/gi;
const CITY_REGION =
  /\b([A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+){0,3}),\s*([A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?:\s+\d{5})?/;

export function extractContact(headerLines: readonly string[], allText: string): Contact {
  const header = headerLines.join("\n");
  const links = [
    ...new Set([...header.matchAll(URL), ...allText.matchAll(URL)].map((m) => m[0].replace(/[.,;]+$/, ""))),
  ];
  const email = (EMAIL.exec(header) ?? EMAIL.exec(allText))?.[0];
  const phone = findPhone(header) ?? findPhone(allText);
  const contact: Contact = { links };
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  const nameLine = headerLines.find(looksLikeName);
  if (nameLine) contact.name = nameOf(nameLine).replace(/\s+/g, " ");
  const location = headerLines
    .filter((l) => l !== nameLine && (!EMAIL.test(l) || l.length < 120))
    .map((l) => CITY_REGION.exec(l.replace(EMAIL, ""))?.[0])
    .find((l) => l !== undefined);
  if (location) contact.location = location.trim();
  return contact;
}

function findPhone(text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(PHONE, "g"))) {
    const digits = m[0].replace(/\D/g, "");
    // Not a date range or a year list: phone numbers have 9–15 digits and are not four-digit groups only.
    if (digits.length >= 9 && digits.length <= 15 && !/^(?:(?:19|20)\d{2}[\s.-]*){2,}$/.test(m[0].trim()))
      return m[0].trim();
  }
  return undefined;
}

const NOT_NAME =
  /\b(resume|curriculum|vitae|cv|profile|summary|objective|experience|education|skills|contact|address|phone|email)\b/i;

/** Post-nominal credentials after a name: "Maria Santos, RN", "J. Doe, MBA, PMP". */
const CREDENTIALS = /(?:,\s*[A-Z][A-Za-z.]{1,6})+$/;

export function nameOf(line: string): string {
  if (line.length > 80) return line;
  return line
    .replace(/^#+\s*/, "")
    .replace(/\*\*/g, "")
    .replace(CREDENTIALS, "")
    .trim();
}

/** Two to four words of letters (initials, hyphens and apostrophes allowed), as a name is written on a resume. */
export function looksLikeName(line: string): boolean {
  const name = nameOf(line);
  if (name.length > 50 || /[\d@/:|•,]/.test(name) || NOT_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // A job title is not a name ("Registered Nurse", "Senior Engineer").
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}
