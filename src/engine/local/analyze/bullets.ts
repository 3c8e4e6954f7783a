/** A number that measures something: a percentage, money, a multiplier, or a count of things. */
const MEASURE =
  /(\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|×)|[$€£¥₹]\s?\d|\d+(?:[.,]\d+)?\s*(?:k|m|bn|million|billion|thousand)\b|\b\d{1,3}(?:,\d{3})+\b|\b\d+\+?\s+(?:[a-z]+\s+){0,2}(?:people|users|customers|clients|students|patients|engineers|staff|employees|members|projects|accounts|stores|sites|beds|reports|hours|days|weeks|months|sales|units|orders|tickets|calls|cases|applications|servers|countries|teams|courses|classes|schools|events|products|deals|leads|partners|vendors|locations|hires|requests|incidents)\b)/i;

export function hasMeasurableResult(text: string): boolean {
  return MEASURE.test(text);
}

/** Verbs that open a strong bullet: what the person did, not what they were "responsible for". */
const ACTION_VERBS = new Set(
  (
    "achieved accelerated administered advised analyzed analysed architected assessed assisted automated built " +
    "championed coached collaborated completed conducted configured consolidated coordinated created cut decreased " +
    "defined delivered deployed designed developed diagnosed directed drove eliminated enabled engineered established " +
    "evaluated executed expanded facilitated founded generated grew guided handled headed hired identified implemented " +
    "improved increased initiated installed integrated introduced launched led maintained managed mentored migrated " +
    "modernized monitored negotiated operated optimized orchestrated organized oversaw owned partnered performed " +
    "pioneered planned prepared presented prioritized produced programmed promoted proposed provided published " +
    "raised rebuilt recruited redesigned reduced refactored resolved restructured revamped reviewed saved scaled " +
    "scheduled secured shipped simplified sold solved spearheaded standardized streamlined strengthened supervised " +
    "supported taught tested trained transformed translated troubleshot upgraded won wrote treated educated cared " +
    "counseled instructed administered audited reconciled forecasted budgeted closed sourced negotiated repaired " +
    "inspected welded fabricated cooked served"
  ).split(" "),
);

export function startsWithActionVerb(text: string): boolean {
  const first =
    text
      .trim()
      .split(/\s+/)[0]
      ?.toLowerCase()
      .replace(/[^a-z]/g, "") ?? "";
  return ACTION_VERBS.has(first);
}

/** Openers that describe duties instead of results. */
export function startsWeak(text: string): boolean {
  return /^(responsible for|duties included|worked on|helped (with|to)?|involved in|tasked with|participated in|in charge of|assisted (with|in))\b/i.test(
    text.trim(),
  );
}
