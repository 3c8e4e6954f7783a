/**
 * What a part of a job posting is for, from its heading: requirements are must-haves, preferred ones are
 * nice-to-haves, responsibilities describe the work, and company or benefits text holds no requirements.
 */
export type JobContext = "requirements" | "preferred" | "responsibilities" | "skip" | "general";

const RULES: ReadonlyArray<{ context: JobContext; pattern: RegExp }> = [
  {
    // Posting metadata ("Experience level: Senior", "Role: QA", "Job type: Full-time").
    context: "skip",
    pattern:
      /^(experience level|seniority|role|job type|employment type|company size|company type|location options|date posted|likes|salary|compensation|start date|contract type|reference)\s*:?/i,
  },
  {
    context: "preferred",
    pattern:
      /\b(nice[\s-]to[\s-]haves?|preferred|bonus|pluses|plus points|good to have|desired|desirable|would be (?:a )?(?:great|nice)|extra credit|ideally|preferable|not required|assets?)\b/i,
  },
  {
    context: "requirements",
    pattern:
      /\b(requirements?|qualifications?|must[\s-]haves?|what (?:we(?:'re| are)?|you(?:'ll)?) (?:look(?:ing)? for|need|bring)|who you are|about you|your profile|your skills|skills|you have|you bring|you will need|we need|experience|what you need|essential|minimum|basic qualifications|required|profile|competencies|technologies|tech stack|studies)\b/i,
  },
  {
    context: "responsibilities",
    pattern:
      /\b(responsibilit(?:y|ies)|duties|what you(?:'ll| will) do|the role|your role|role overview|in this role|day[\s-]to[\s-]day|tasks|your mission|what you(?:'ll| will) be doing|job description|the job|position summary|about the (?:role|job|position))\b/i,
  },
  {
    context: "preferred",
    // The employer's industry: a domain the candidate may share, never a must-have.
    pattern: /^(industry|industries|sector|market)\s*:?$/i,
  },
  {
    context: "skip",
    pattern:
      /\b(benefits|perks|what we offer|we offer|what(?:'s| is) in it for you|why (?:join|work)|about (?:us|the company|the team|<organization>)|who we are|our (?:company|culture|story|mission|values)|compensation|salary|equal opportunity|how to apply|apply|application|contact|company (?:description|size|type)|location(?: options)?|date posted|job type|deadline|further information|interested|likes)\b/i,
  },
];

/** The context a heading opens, or undefined when the line is not a heading. */
/** Whole-line heading phrases, for short lines with no colon and no capitals to mark them. */
const HEADING_LINE =
  /^(?:(?:key|main|core|your|the|our|job|role|basic|minimum|preferred|desired|additional|required|must|nice|bonus|who|what|about|skills|technical|other|why|benefits|perks|responsibilities|requirements|qualifications|duties|tasks|profile|tech|technologies|experience|education|studies)\b[\w\s&/'’-]{0,40})$/i;

export function jobHeadingContext(line: string): JobContext | undefined {
  if (/^\s*[-*•·–]\s/.test(line)) return undefined;
  const trimmed = line
    .trim()
    .replace(/^#{1,6}\s*/, "")
    .replace(/\*\*/g, "")
    .replace(/[’‘]/g, "'");
  if (trimmed.length === 0 || trimmed.length > 60) return undefined;
  const words = trimmed.split(/\s+/).length;
  const colon = /:\s*$/.test(trimmed);
  const caps = trimmed === trimmed.toUpperCase() && /[A-Z]/.test(trimmed) && words <= 6;
  const phrase = words <= 5 && HEADING_LINE.test(trimmed) && !/[.!,;]$/.test(trimmed);
  if (!((colon && words <= 8) || caps || phrase)) return undefined;
  for (const rule of RULES) if (rule.pattern.test(trimmed)) return rule.context;
  // An unknown heading ends the previous one: text under it is read without a section's bias.
  return colon ? "general" : undefined;
}
