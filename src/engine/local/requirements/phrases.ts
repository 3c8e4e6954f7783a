/**
 * Phrase-level requirement finding, for what a taxonomy cannot list: "experience with payment reconciliation",
 * "ability to prioritize competing deadlines", "tools such as Jira and Confluence", "Design and implement
 * end-to-end tests". Each finder returns spans of the clause it was given.
 */
export interface PhraseSpan {
  start: number;
  end: number;
  kind: "object" | "ability" | "list_item" | "skills" | "duty";
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}+#&'’/-]|\.(?=[\p{L}\p{N}]))*/gu;

/** Words that end a noun phrase: verbs, pronouns, subordinators and the cue words of a new clause. */
const ENDERS = new Set(
  (
    "is are was were be been being will would should shall can could may might must to that which who whom whose " +
    "where when while as so because if but than then etc e.g eg i.e ie including such like preferred required " +
    "plus advantage please we you our your their his her its it this these those he she they us them also " +
    "preferably ideally desired desirable essential mandatory needed necessary beneficial helpful is a from " +
    "within across through into onto per via besides especially particularly ensuring ensure have has had do does " +
    "working work able ability"
  ).split(" "),
);
const LEADING_DROP = new Set(
  (
    "a an the any some strong excellent exceptional good great solid outstanding proven superb very highly " +
    "effective demonstrated advanced basic fluent deep broad thorough sound working practical hands-on relevant " +
    "extensive significant substantial in-depth professional previous prior general several related " +
    "demonstrable clear"
  ).split(" "),
);

/** Verbs that open a duty ("Design and implement…", "Managing…") — base, -s and -ing forms are recognized. */
const DUTY_VERBS = new Set(
  (
    "design develop implement build create maintain manage lead drive own support ensure identify conduct " +
    "coordinate collaborate work analyze analyse prepare provide deliver monitor improve optimize optimise " +
    "define establish evaluate review test write document plan organize organise oversee supervise train mentor " +
    "coach negotiate sell grow acquire assist handle process resolve troubleshoot install configure deploy " +
    "operate perform execute track report communicate present research investigate automate integrate migrate " +
    "architect scale secure audit advise consult recommend serve respond answer schedule administer facilitate " +
    "promote market launch source recruit hire onboard interview inspect repair clean prepare cook teach " +
    "instruct assess diagnose treat care educate counsel measure forecast budget reconcile file record update " +
    "produce edit shape partner engage influence inspire articulate encourage champion contribute participate " +
    "translate convert enable empower apply use utilize utilise leverage set take make keep help give bring " +
    "streamline standardize prioritize"
  ).split(" "),
);

function stemVerb(word: string): string | undefined {
  const w = word.toLowerCase();
  if (DUTY_VERBS.has(w)) return w;
  if (w.endsWith("ing")) {
    const base = w.slice(0, -3);
    for (const candidate of [base, `${base}e`, base.slice(0, -1)]) if (DUTY_VERBS.has(candidate)) return candidate;
  }
  if (w.endsWith("ies") && DUTY_VERBS.has(`${w.slice(0, -3)}y`)) return w;
  if (w.endsWith("es") && DUTY_VERBS.has(w.slice(0, -2))) return w;
  if (w.endsWith("s") && DUTY_VERBS.has(w.slice(0, -1))) return w;
  return undefined;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function words(clause: string): Word[] {
  return [...clause.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/[.]+$/, ""),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Extends a noun phrase from word `from` until an ender, punctuation between words, or `max` words. */
function nounPhrase(clause: string, ws: Word[], from: number, max: number): { start: number; end: number } | undefined {
  let i = from;
  while (i < ws.length && LEADING_DROP.has((ws[i] as Word).lower)) i++;
  const first = i;
  let last = -1;
  for (; i < ws.length && i - first < max; i++) {
    const w = ws[i] as Word;
    if (i > first && /[,;:.!?()]/.test(clause.slice((ws[i - 1] as Word).end, w.start))) break;
    if (ENDERS.has(w.lower)) break;
    if ((w.lower === "and" || w.lower === "or") && i + 1 < ws.length && stemVerb((ws[i + 1] as Word).lower)) break;
    last = i;
  }
  // Trailing conjunctions and prepositions do not end a phrase.
  while (last >= first && /^(and|or|of|in|for|with|on|at|by|the|a|an|&)$/.test((ws[last] as Word).lower)) last--;
  if (last < first) return undefined;
  return { start: (ws[first] as Word).start, end: (ws[last] as Word).end };
}

const OBJECT_CUES = new Set(
  "experience experiences expertise background knowledge understanding proficiency familiarity fluency exposure competence competency grounding skills skill track record".split(
    " ",
  ),
);
const OBJECT_PREPS = new Set(["in", "with", "of", "using", "on", "within", "across", "around", "for"]);
const ADJ_CUES = new Set(
  "proficient skilled experienced fluent familiar versed knowledgeable comfortable competent expert conversant adept".split(
    " ",
  ),
);
const ABILITY_CUES = new Set("ability able capable capacity willingness willing eager".split(" "));
const SKILL_NOUNS = new Set(["skills", "abilities", "mindset", "attitude", "capabilities"]);

export function findPhrases(clause: string): PhraseSpan[] {
  const ws = words(clause);
  const spans: PhraseSpan[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    const next = ws[i + 1];
    // experience with X / knowledge of X / proficiency in X
    if (OBJECT_CUES.has(w.lower) && next && OBJECT_PREPS.has(next.lower)) {
      let j = i + 2;
      if (ws[j]?.lower === "working" && ws[j + 1]?.lower === "with") j += 2;
      const np = nounPhrase(clause, ws, j, 7);
      if (np) spans.push({ ...np, kind: "object" });
    }
    // proficient in X / familiar with X
    if (ADJ_CUES.has(w.lower) && next && ["in", "with", "at", "on", "using"].includes(next.lower)) {
      const np = nounPhrase(clause, ws, i + 2, 7);
      if (np) spans.push({ ...np, kind: "object" });
    }
    // ability to X
    if (ABILITY_CUES.has(w.lower) && next?.lower === "to" && ws[i + 2]) {
      const vp = verbPhrase(clause, ws, i + 2, 8);
      if (vp) spans.push({ ...vp, kind: "ability" });
    }
    // such as A, B and C / including A and B
    if (
      (w.lower === "such" && next?.lower === "as") ||
      w.lower === "including" ||
      w.lower === "e.g" ||
      w.lower === "eg"
    ) {
      const from = w.lower === "such" ? i + 2 : i + 1;
      spans.push(...listItems(clause, ws, from));
    }
    // analytical and problem solving skills
    if (SKILL_NOUNS.has(w.lower) && i > 0) {
      let j = i - 1;
      while (j >= 0 && i - j <= 5) {
        const prev = ws[j] as Word;
        if (
          ENDERS.has(prev.lower) ||
          LEADING_DROP.has(prev.lower) ||
          /[,;:.!?()]/.test(clause.slice(prev.end, (ws[j + 1] as Word).start))
        )
          break;
        j--;
      }
      if (j + 1 < i) spans.push({ start: (ws[j + 1] as Word).start, end: w.end, kind: "skills" });
    }
  }
  const duty = dutyPhrase(clause, ws);
  if (duty) spans.push(duty);
  return spans;
}

function verbPhrase(clause: string, ws: Word[], from: number, max: number): { start: number; end: number } | undefined {
  const first = ws[from];
  if (!first) return undefined;
  let last = from;
  for (let i = from + 1; i < ws.length && i - from < max; i++) {
    const w = ws[i] as Word;
    if (/[,;:.!?()]/.test(clause.slice((ws[i - 1] as Word).end, w.start))) break;
    if (["while", "which", "that", "so", "because", "as", "when", "where", "etc", "e.g", "i.e"].includes(w.lower))
      break;
    last = i;
  }
  while (last > from && /^(and|or|of|in|for|with|on|at|by|the|a|an|to)$/.test((ws[last] as Word).lower)) last--;
  return { start: first.start, end: (ws[last] as Word).end };
}

function listItems(clause: string, ws: Word[], from: number): PhraseSpan[] {
  const items: PhraseSpan[] = [];
  let i = from;
  while (i < ws.length && items.length < 8) {
    let j = i;
    while (j < ws.length && j - i < 4) {
      const w = ws[j] as Word;
      if (j > i && /[,;/]/.test(clause.slice((ws[j - 1] as Word).end, w.start))) break;
      if (w.lower === "and" || w.lower === "or" || ENDERS.has(w.lower)) break;
      j++;
    }
    if (j === i) break;
    if (!/^\d/.test((ws[i] as Word).text))
      items.push({ start: (ws[i] as Word).start, end: (ws[j - 1] as Word).end, kind: "list_item" });
    const stop = ws[j];
    if (!stop) break;
    if (/[.;:!?()]/.test(clause.slice((ws[j - 1] as Word).end, stop.start))) break;
    if (ENDERS.has(stop.lower) && stop.lower !== "etc") break;
    i = stop.lower === "and" || stop.lower === "or" ? j + 1 : j;
  }
  return items;
}

/** A duty: the clause opens (after a bullet, a modal or "you will") with an action verb. */
function dutyPhrase(clause: string, ws: Word[]): PhraseSpan | undefined {
  let i = 0;
  const skip = new Set([
    "you",
    "will",
    "you'll",
    "he",
    "she",
    "he/she",
    "they",
    "we",
    "be",
    "also",
    "to",
    "would",
    "should",
    "and",
    "then",
    "the",
    "candidate",
    "successful",
    "ideal",
  ]);
  while (i < ws.length && i < 4 && skip.has((ws[i] as Word).lower)) i++;
  const first = ws[i];
  if (!first || !stemVerb(first.lower)) return undefined;
  const vp = verbPhrase(clause, ws, i, 10);
  return vp ? { ...vp, kind: "duty" } : undefined;
}
