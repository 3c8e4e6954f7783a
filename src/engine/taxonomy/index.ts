import { exactToken, normalizeToken, type Token, tokenize } from "../text/tokens.ts";
import { parseTaxonomySource, type TaxonomyCategory, type TaxonomySourceEntry } from "./source.ts";

export interface TaxonomyEntry {
  id: number;
  canonical: string;
  category: TaxonomyCategory;
  /** Other names, as authored (without the case-sensitivity marker). */
  aliases: string[];
  /** Ids of related entries (only those that resolve). */
  related: number[];
}

export interface TermMatch {
  entry: TaxonomyEntry;
  /** Character span in the matched text. */
  start: number;
  end: number;
  /** Token span [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** The text as written. */
  text: string;
}

/**
 * The term index: a trie flattened into one map from token-key paths ("new\u0001york") to the entry a path
 * names, or `null` for a path that only begins longer terms. One map instead of a map per node keeps the cold
 * build cheap (few allocations, little garbage) at the cost of joining keys while walking, which is cheap.
 */
type PathIndex = Map<string, TaxonomyEntry | null>;

const SEP = "\u0001";

/** "and" between words is optional: "Research and Development" = "Research & Development" ("&" is not a token). */
const CONNECTORS = new Set(["and"]);

function insert(index: PathIndex, keys: readonly string[], entry: TaxonomyEntry): boolean {
  let path = "";
  for (let i = 0; i < keys.length - 1; i++) {
    path = i === 0 ? (keys[0] as string) : `${path}${SEP}${keys[i]}`;
    if (!index.has(path)) index.set(path, null);
  }
  path = keys.length === 1 ? (keys[0] as string) : `${path}${SEP}${keys[keys.length - 1]}`;
  const existing = index.get(path);
  if (existing && existing !== entry) return false;
  index.set(path, entry);
  return true;
}

const FIELD = "\t";
const ITEM = "\u001f";

export class Taxonomy {
  readonly entries: readonly TaxonomyEntry[];
  /** Terms that two entries both claimed; the first entry keeps the term. */
  readonly conflicts: readonly string[];
  readonly #folded: PathIndex = new Map();
  readonly #exact: PathIndex = new Map();
  readonly #byName = new Map<string, TaxonomyEntry>();
  /** Key paths each entry was indexed under, kept for `compile()`. */
  readonly #paths: Array<{ folded: string[]; exact: string[] }> = [];

  /**
   * From authored sources (tokenizes and stems every term), or from the output of `compile()` (only splits strings
   * and fills maps — what a cold isolate should pay).
   */
  constructor(input: readonly TaxonomySourceEntry[] | { compiled: string }) {
    if ("compiled" in input) {
      this.entries = this.#load(input.compiled);
      this.conflicts = [];
      return;
    }
    const entries: TaxonomyEntry[] = [];
    const conflicts: string[] = [];
    const pendingRelated: string[][] = [];
    for (const source of input) {
      const key = source.canonical.toLowerCase();
      const existing = this.#byName.get(key);
      const entry: TaxonomyEntry = existing ?? {
        id: entries.length,
        canonical: source.canonical,
        category: source.category,
        aliases: [],
        related: [],
      };
      if (!existing) {
        entries.push(entry);
        pendingRelated.push([]);
        this.#paths.push({ folded: [], exact: [] });
        this.#byName.set(key, entry);
      }
      pendingRelated[entry.id]?.push(...source.related);
      for (const term of source.terms) {
        if (term.text !== entry.canonical && !entry.aliases.includes(term.text)) entry.aliases.push(term.text);
        const keys = termKeyList(term.text, term.caseSensitive);
        if (keys.length === 0) continue;
        const ok = insert(term.caseSensitive ? this.#exact : this.#folded, keys, entry);
        if (!ok) conflicts.push(`${term.text} (${source.origin})`);
        else this.#paths[entry.id]?.[term.caseSensitive ? "exact" : "folded"].push(keys.join(SEP));
      }
    }
    for (const entry of entries) {
      const related = new Set<number>();
      for (const name of pendingRelated[entry.id] ?? []) {
        const target = this.#byName.get(name.toLowerCase());
        if (target && target.id !== entry.id) related.add(target.id);
      }
      entry.related = [...related];
    }
    this.entries = entries;
    this.conflicts = conflicts;
  }

  /** The index as one string: an entry per line, its names and already-normalized key paths. */
  compile(): string {
    return this.entries
      .map((e) => {
        const paths = this.#paths[e.id] ?? { folded: [], exact: [] };
        return [
          e.canonical,
          e.category,
          e.aliases.join(ITEM),
          e.related.join(","),
          paths.folded.join(ITEM),
          paths.exact.join(ITEM),
        ].join(FIELD);
      })
      .join("\n");
  }

  #load(compiled: string): TaxonomyEntry[] {
    const entries: TaxonomyEntry[] = [];
    const lines = compiled.split("\n");
    for (let id = 0; id < lines.length; id++) {
      const [canonical = "", category, aliases = "", related = "", folded = "", exact = ""] = (
        lines[id] as string
      ).split(FIELD);
      const entry: TaxonomyEntry = {
        id,
        canonical,
        category: category as TaxonomyCategory,
        aliases: aliases === "" ? [] : aliases.split(ITEM),
        related: related === "" ? [] : related.split(",").map(Number),
      };
      entries.push(entry);
      this.#byName.set(canonical.toLowerCase(), entry);
      if (folded !== "") for (const path of folded.split(ITEM)) insert(this.#folded, path.split(SEP), entry);
      if (exact !== "") for (const path of exact.split(ITEM)) insert(this.#exact, path.split(SEP), entry);
    }
    return entries;
  }

  /** The entry whose canonical name is `name` (any case). */
  byName(name: string): TaxonomyEntry | undefined {
    return this.#byName.get(name.toLowerCase());
  }

  /** The entry `text` names exactly (canonical or alias), if any. */
  lookup(text: string): TaxonomyEntry | undefined {
    const tokens = tokenize(text);
    const match = this.matchTokens(tokens, text)[0];
    return match && match.tokenStart === 0 && match.tokenEnd === tokens.length ? match.entry : undefined;
  }

  /** Every taxonomy term in `text`, leftmost-longest, non-overlapping. */
  match(text: string): TermMatch[] {
    return this.matchTokens(tokenize(text), text);
  }

  matchTokens(tokens: readonly Token[], text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const opaque = opaqueSpans(text);
    const zones = opaque.length > 0 ? zonesOf(tokens, opaque) : undefined;
    let i = 0;
    while (i < tokens.length) {
      const span = zones?.span[i];
      // Nothing inside an address counts, but a bare domain that is itself a product's name (Monday.com,
      // Socket.io) is still that product when the name covers the whole domain.
      if (span && !(span.kind === "domain" && (tokens[i] as Token).start === span.start)) {
        i++;
        continue;
      }
      // A term stops where an address begins (or, inside a domain, where the domain ends).
      const limit = zones?.end[i] ?? tokens.length;
      const folded = walk(this.#folded, tokens, text, i, limit, (t) => t.norm, true);
      const exact = walk(this.#exact, tokens, text, i, limit, (t) => exactToken(t.surface), false);
      const best = !folded ? exact : !exact ? folded : exact.end >= folded.end ? exact : folded;
      const first = tokens[i] as Token;
      const last = best ? (tokens[best.end - 1] as Token) : undefined;
      if (!best || !last || (span && last.end !== span.end)) {
        i++;
        continue;
      }
      if (best.end - i === 1 && misleading(best.entry, text, first)) {
        i++;
        continue;
      }
      matches.push({
        entry: best.entry,
        start: first.start,
        end: last.end,
        tokenStart: i,
        tokenEnd: best.end,
        text: text.slice(first.start, last.end),
      });
      i = best.end;
    }
    return this.#sharedHeads(tokens, text, matches, zones);
  }

  /**
   * "MIG and TIG welding", "written and verbal communication": a modifier before "and"/"or"/"/" shares the head of
   * the term after it. When the modifier plus that head is a term too, it is matched (its span covers both).
   */
  #sharedHeads(tokens: readonly Token[], text: string, matches: TermMatch[], zones?: Zones): TermMatch[] {
    const extra: TermMatch[] = [];
    const taken = new Set<number>();
    for (const m of matches) for (let t = m.tokenStart; t < m.tokenEnd; t++) taken.add(t);
    for (const m of matches) {
      if (m.tokenEnd - m.tokenStart < 2 || m.tokenStart < 2) continue;
      const joiner = tokens[m.tokenStart - 1] as Token;
      const modifier = tokens[m.tokenStart - 2] as Token;
      const gap =
        text.slice(modifier.end, joiner.start) + text.slice(joiner.end, (tokens[m.tokenStart] as Token).start);
      const joined = /^(and|or)$/i.test(joiner.surface) && !/[,;.:()]/.test(gap);
      if (!joined || taken.has(m.tokenStart - 2) || zones?.span[m.tokenStart - 2]) continue;
      const keys = [modifier.norm, ...tokens.slice(m.tokenStart + 1, m.tokenEnd).map((t) => t.norm)];
      const entry = this.#folded.get(keys.join(SEP));
      if (!entry || entry === m.entry) continue;
      const head = tokens
        .slice(m.tokenStart + 1, m.tokenEnd)
        .map((t) => t.surface)
        .join(" ");
      extra.push({
        entry,
        start: modifier.start,
        end: m.end,
        tokenStart: m.tokenStart - 2,
        tokenEnd: m.tokenEnd,
        text: `${modifier.surface} ${head}`,
      });
    }
    if (extra.length === 0) return matches;
    return [...matches, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/**
 * Spans of text that are addresses, not prose: their words ("https", "github", "javascript" in `javascript:`, a
 * path's "kubernetes-operator") are not skills, numbers or names the text claims. `url`: anything with a scheme,
 * `www.`, or a bare domain with a path; `email`; `domain`: a bare domain alone ("jane.dev", "Monday.com").
 */
export type OpaqueKind = "url" | "email" | "domain";

export interface OpaqueSpan {
  kind: OpaqueKind;
  start: number;
  end: number;
}

/**
 * Schemes that need no "//" (javascript:alert(1), data:text/html,…, mailto:, tel:), and common ones that have it;
 * any other `scheme://` counts too. Browsers read schemes in any case ("JAVASCRIPT:"), but a capitalized label
 * followed by a capitalized word ("Data:Hadoop", "JavaScript:React" in a squeezed skills line) is prose; written in
 * lower case ("javascript:Function(…)") it is an address whatever follows.
 */
const SCHEMES =
  "javascript|vbscript|livescript|data|mailto|tel|sms|callto|facetime|skype|xmpp|ftps?|sftp|tftp|file|ssh|git|svn|s3|gs|wss?|https?|ldaps?|smb|nfs|rtsp|irc|magnet|blob|about|intent|view-source|jar|urn|webcal";
/**
 * Top-level domains a bare domain may end in, matched in lower case only: "ASP.NET", "VB.NET", ".NET" and
 * "Socket.IO" are names, "jane.dev" is an address. Left out: TLDs that are English words or file extensions a
 * resume writes after a dot ("in", "it", "to", "us", "so", "sh", "md", "py", "rs", "pl"), where a missing space
 * after a full stop or a file name would turn prose into an address.
 */
const TLDS =
  "com|org|net|edu|gov|mil|io|co|ai|app|dev|tech|info|biz|xyz|site|online|cloud|page|blog|design|studio|ly|gg|tv|fm|me|uk|ca|au|nz|ie|de|fr|es|nl|eu|ch|se|dk|fi|jp|cn|kr|br|mx|za|sg|hk";

/** Schemes are read in any case, as browsers read them ("JavaScript:"); spelled out so `\p{Lu}` keeps its case. */
const anyCase = (pattern: string) => pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const NOT_IN_WORD = "(?<![\\p{L}\\p{N}+.-])";

/** URLs with a scheme, www. addresses and e-mail addresses. */
const ADDRESS = new RegExp(
  [
    `${NOT_IN_WORD}(?:${SCHEMES}):\\S+`,
    `${NOT_IN_WORD}(?:${anyCase(SCHEMES)}):(?![\\s\\p{Lu}])\\S+`,
    `${NOT_IN_WORD}[A-Za-z][A-Za-z\\d+.-]*:\\/\\/\\S*`,
    `${NOT_IN_WORD}[wW]{3}\\.\\S+`,
    `(?<email>(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)`,
  ].join("|"),
  "gu",
);
/** Bare domains, case-sensitive for the TLD; with a path they are URLs. */
const DOMAIN = new RegExp(`(?<![\\w.@/-])(?:[\\w-]+\\.)+(?:${TLDS})(?![\\w-])(\\/\\S*)?`, "gu");

/** Every URL, e-mail address and bare domain in `text`, in order and without overlaps. */
export function opaqueSpans(text: string): OpaqueSpan[] {
  if (!/[:@]|\.[a-z]|www\./i.test(text)) return [];
  const found: OpaqueSpan[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    found.push({ kind: m.groups?.email ? "email" : "url", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DOMAIN))
    found.push({ kind: m[1] ? "url" : "domain", start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: OpaqueSpan[] = [];
  for (const span of found) if (!spans.some((s) => span.start < s.end && span.end > s.start)) spans.push(span);
  return spans;
}

/** The span of `spans` that holds the character range [start, end), if any. */
export function opaqueAt(range: { start: number; end: number }, spans: readonly OpaqueSpan[]): OpaqueSpan | undefined {
  return spans.find((s) => range.start >= s.start && range.end <= s.end);
}

/** `text` with every URL, e-mail address and bare domain blanked out (same length, so offsets still hold). */
export function maskOpaque(text: string): string {
  let masked = text;
  for (const s of opaqueSpans(text))
    masked = `${masked.slice(0, s.start)}${" ".repeat(s.end - s.start)}${masked.slice(s.end)}`;
  return masked;
}

/** Per token: the address it lies in, and the index just past the last token of the same zone (that address, or text outside any). */
interface Zones {
  span: Array<OpaqueSpan | undefined>;
  end: number[];
}

function zonesOf(tokens: readonly Token[], spans: readonly OpaqueSpan[]): Zones {
  const span = tokens.map((t) => opaqueAt(t, spans));
  const end: number[] = new Array(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--)
    end[i] = i + 1 < tokens.length && span[i + 1] === span[i] ? (end[i + 1] as number) : i + 1;
  return { span, end };
}

/**
 * One-word names that read as something else in context: a season before a year ("Spring 2016"), a short name
 * inside a hyphenated compound ("C-level", "Go-to-Market", "T-shirt"), SOAP notes in a clinical record.
 */
function misleading(entry: TaxonomyEntry, text: string, token: Token): boolean {
  const after = text.slice(token.end, token.end + 24);
  if (
    token.surface.length <= 2 &&
    (/^-\w/.test(after) || /\w-$/.test(text.slice(Math.max(0, token.start - 2), token.start)))
  ) {
    return true;
  }
  if (
    /^(spring|summer|fall|autumn|winter)$/i.test(token.surface) &&
    /^[\s,'’]*(?:(?:19|20)\d{2}(?!\d)|'\d{2}(?!\d)|semester\b|term\b|quarter\b|break\b|session\b)/i.test(after)
  ) {
    return true;
  }
  if (entry.canonical === "SOAP" && /^\s*notes?\b/i.test(after)) return true;
  return false;
}

/**
 * A term's index keys. Most terms are plain words ("project management"): those skip the general tokenizer, which
 * matters for a cold start that indexes some 8,000 terms.
 */
function termKeyList(text: string, caseSensitive: boolean): string[] {
  const surfaces = /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(text) ? text.split(" ") : tokenize(text).map((t) => t.surface);
  if (caseSensitive) return surfaces.map(exactToken);
  const keys = surfaces.map(normalizeToken);
  const kept = keys.filter((k, index) => index === 0 || !CONNECTORS.has(k));
  return kept.length > 0 ? kept : keys;
}

/** The longest term starting at token `start` and ending before token `limit`: its end token index and entry. */
function walk(
  index: PathIndex,
  tokens: readonly Token[],
  text: string,
  start: number,
  limit: number,
  key: (t: Token) => string,
  skipConnectors: boolean,
): { end: number; entry: TaxonomyEntry } | undefined {
  let best: { end: number; entry: TaxonomyEntry } | undefined;
  let path = "";
  for (let j = start; j < limit; j++) {
    const token = tokens[j] as Token;
    if (j > start && separated(text, tokens[j - 1] as Token, token)) break;
    const k = key(token);
    const next = j === start ? k : `${path}${SEP}${k}`;
    const found = index.get(next);
    if (found === undefined) {
      if (skipConnectors && j > start && CONNECTORS.has(k)) continue;
      break;
    }
    path = next;
    if (found) best = { end: j + 1, entry: found };
  }
  return best;
}

/** Terms do not run across punctuation that ends a phrase or a line: "Java, Script" is not "JavaScript". */
const BOUNDARY = /[,;:.!?()[\]{}|•\n]/;

function separated(text: string, a: Token, b: Token): boolean {
  return BOUNDARY.test(text.slice(a.end, b.start));
}

export function buildTaxonomy(files: ReadonlyArray<{ name: string; text: string }>): Taxonomy {
  const sources: TaxonomySourceEntry[] = [];
  for (const file of files) {
    const { entries, problems } = parseTaxonomySource(file.name, file.text);
    if (problems.length > 0)
      throw new Error(`taxonomy ${file.name}: ${problems.map((p) => `${p.origin} ${p.message}`).join("; ")}`);
    sources.push(...entries);
  }
  return new Taxonomy(sources);
}
