import type { ParseResponse, ParseWarning } from "../../../src/domain/parse.ts";
import type { Entry, Section } from "../../../src/domain/resume.ts";
import { ApiError, describe } from "../api.ts";
import { badge, type Child, fill, h } from "../dom.ts";
import { humanize, num, plural } from "../format.ts";

/**
 * "How we read your resume": the resume as the service parsed it (POST /v1/parse) — name and contact, each section
 * under the kind it was read as, each job with its title, employer, dates and bullets — and the warnings for what
 * looks misread, first, so a person sees a misread at once. Every text is the resume's own and goes in as text
 * (`h` sets text nodes, never HTML).
 *
 * The warnings block is a polite live region: when a reading arrives (or fails), screen readers hear its warnings.
 */

/** Where an entry's organization is an employer, a school or an issuer. */
const ORGANIZATION: Partial<Record<Section["kind"], string>> = {
  experience: "Employer",
  volunteer: "Organization",
  education: "School",
  certifications: "Issuer",
  awards: "Awarded by",
  publications: "Publisher",
  projects: "For",
};
const TITLE: Partial<Record<Section["kind"], string>> = {
  experience: "job title",
  volunteer: "role",
  education: "degree",
};

const missing = (what: string) => h("span", { class: "parsed-missing" }, `${what} not found`);

function sourceLine(source: ParseResponse["source"], format: ParseResponse["resume"]["format"]): string {
  switch (source.type) {
    case "pdf":
      return `Read from a PDF${source.pages ? ` of ${plural(source.pages, "page")}` : ""}.`;
    case "docx":
      return "Read from a Word document.";
    case "json":
    case "json_resume":
      return "Read from a JSON Resume.";
    default:
      return `Read from ${source.type === "text" ? "pasted" : "uploaded"} ${format === "markdown" ? "Markdown" : "text"}.`;
  }
}

function warningsBlock(warnings: readonly ParseWarning[], jobs: number): Child[] {
  if (warnings.length === 0)
    return [
      h(
        "p",
        { class: "parse-ok" },
        badge("good", "Looks right"),
        ` Nothing looks missing: name, contact and ${plural(jobs, "job")} read with titles, employers and dates. Check the details below.`,
      ),
    ];
  return [
    h(
      "p",
      { class: "parse-warnings-title" },
      h("strong", null, `Check ${warnings.length === 1 ? "this" : `these ${warnings.length} things`}`),
      ": something may be missing or misread.",
    ),
    h(
      "ul",
      { class: "parse-warning-list" },
      warnings.map((w) =>
        h("li", { "data-code": w.code, "data-testid": "parse-warning" }, badge("warn", "Check"), " ", w.message),
      ),
    ),
  ];
}

function contactBlock(result: ParseResponse): HTMLElement {
  const { contact, headline, yearsOfExperience } = result.resume;
  const row = (label: string, value: Child, testid?: string) => [
    h("dt", null, label),
    h("dd", testid ? { "data-testid": testid } : null, value),
  ];
  return h(
    "dl",
    { class: "parsed-contact", "data-testid": "parsed-contact" },
    row("Name", contact.name ?? missing("Name"), "parsed-name"),
    headline ? row("Headline", headline) : null,
    row("E-mail", contact.email ?? missing("E-mail"), "parsed-email"),
    row("Phone", contact.phone ?? missing("Phone"), "parsed-phone"),
    contact.location ? row("Location", contact.location) : null,
    contact.links.length ? row("Links", contact.links.join(" · ")) : null,
    row("Years of experience", `${num(yearsOfExperience)} (from the dated jobs, overlaps counted once)`),
  );
}

/** An entry read with no header of its own (a summary, a skills list): its lines only. */
const isFlat = (entry: Entry) => !entry.title && !entry.organization && !entry.dates && entry.header.length === 0;

function entryItem(section: Section, entry: Entry): HTMLElement {
  const titleWord = TITLE[section.kind] ?? "title";
  const dates = entry.dates;
  const meta: Child[] = [
    h("dt", null, ORGANIZATION[section.kind] ?? "Organization"),
    h("dd", null, entry.organization ?? missing(humanize(ORGANIZATION[section.kind] ?? "organization"))),
    entry.location ? [h("dt", null, "Location"), h("dd", null, entry.location)] : null,
    h("dt", null, "Dates"),
    h(
      "dd",
      null,
      dates ? dates.text : missing("Dates"),
      // A lone date is a graduation or an award's; a job needs its start.
      dates && !dates.start && dates.end && (section.kind === "experience" || section.kind === "volunteer")
        ? [" ", h("span", { class: "parsed-missing" }, "(no start date)")]
        : null,
    ),
  ];
  return h(
    "li",
    { class: "parsed-entry", "data-testid": "parsed-entry" },
    h("h4", { class: "parsed-entry-title" }, entry.title ?? missing(humanize(titleWord))),
    h("dl", { class: "parsed-meta" }, meta),
    entry.bullets.length
      ? h(
          "ul",
          { class: "parsed-bullets" },
          entry.bullets.map((b) => h("li", null, b.text)),
        )
      : null,
  );
}

function sectionBlock(section: Section, index: number): HTMLElement {
  const id = `parsed-section-${index}`;
  const flat = section.entries.every(isFlat);
  const lines = section.entries.flatMap((e) => e.bullets);
  return h(
    "section",
    {
      class: `parsed-section ${section.kind === "other" ? "parsed-other" : ""}`,
      "aria-labelledby": id,
      "data-kind": section.kind,
      "data-testid": "parsed-section",
    },
    h(
      "h3",
      { id },
      section.heading || humanize(section.kind),
      " ",
      h(
        "span",
        { class: "tag" },
        section.kind === "other" ? "Not recognized: kept as other text" : `Read as ${humanize(section.kind)}`,
      ),
    ),
    flat
      ? lines.length
        ? h(
            "ul",
            { class: "parsed-bullets" },
            lines.map((b) => h("li", null, b.text)),
          )
        : h("p", { class: "muted" }, "Nothing read under this heading.")
      : h(
          "ol",
          { class: "parsed-entries", "aria-label": `${section.heading || humanize(section.kind)}: entries` },
          section.entries.map((e) => entryItem(section, e)),
        ),
  );
}

const jobCount = (result: ParseResponse) =>
  result.resume.sections.filter((s) => s.kind === "experience").reduce((n, s) => n + s.entries.length, 0);

/**
 * The card. `show` renders a reading; `loading` and `error` say what is happening in the same live region.
 * `open` is whether the full reading starts expanded (on the form) or folded under its warnings (beside results).
 */
export class ParsedResumeView {
  readonly el: HTMLElement;
  readonly #status = h("div", {
    class: "parse-warnings",
    role: "status",
    "aria-live": "polite",
    "data-testid": "parse-warnings",
  });
  readonly #details: HTMLDetailsElement;
  readonly #summary = h("summary", null, "Everything we read");
  readonly #body = h("div", { class: "parsed-body" });
  readonly #source = h("p", { class: "muted small" });

  constructor(options: { open: boolean; id?: string }) {
    this.#details = h("details", { class: "parsed-details", open: options.open }, this.#summary, this.#body);
    this.el = h(
      "section",
      {
        class: "card parse-view",
        id: options.id ?? null,
        "aria-labelledby": `${options.id ?? "parse-view"}-title`,
        "data-testid": "parsed-resume",
        hidden: true,
      },
      h("h2", { id: `${options.id ?? "parse-view"}-title` }, "How we read your resume"),
      h(
        "p",
        { class: "muted" },
        "This is what the score and every edit rest on. If something is missing or misplaced, fix it in your resume (or paste it as text) and it is read again.",
      ),
      this.#status,
      this.#details,
      this.#source,
    );
  }

  hide(): void {
    this.el.hidden = true;
  }

  loading(): void {
    this.el.hidden = false;
    this.el.setAttribute("aria-busy", "true");
    fill(this.#status, h("p", { class: "muted" }, "Reading your resume…"));
  }

  /** The reading failed; `retry` (a button) reads the same resume again. */
  error(error: unknown, retry?: () => void): void {
    this.el.hidden = false;
    this.el.removeAttribute("aria-busy");
    const { message, requestId } = describe(error);
    const needsKey =
      error instanceof ApiError && (error.code === "missing_api_key" || error.code === "invalid_api_key");
    fill(
      this.#status,
      h(
        "div",
        { class: "banner banner-bad" },
        h(
          "p",
          null,
          needsKey
            ? "This server needs an API key to read your resume: enter it above, then try again."
            : `We could not read this resume: ${message}`,
          requestId ? h("span", { class: "small" }, ` (request id ${requestId})`) : null,
        ),
        retry
          ? h(
              "button",
              { type: "button", class: "button", "data-testid": "parse-retry", onclick: () => retry() },
              "Try again",
            )
          : null,
      ),
    );
    this.#details.hidden = true;
    this.#source.textContent = "";
  }

  show(result: ParseResponse): void {
    this.el.hidden = false;
    this.el.removeAttribute("aria-busy");
    const jobs = jobCount(result);
    fill(this.#status, warningsBlock(result.warnings, jobs));
    const sections = result.resume.sections.filter((s) => s.kind !== "header");
    this.#summary.textContent = `Everything we read: ${plural(jobs, "job")}, ${plural(sections.length, "section")}`;
    fill(
      this.#body,
      h("h3", null, "Name and contact"),
      contactBlock(result),
      result.resume.sections.map((s, i) => (s.kind === "header" ? null : sectionBlock(s, i))),
    );
    this.#details.hidden = false;
    this.#source.textContent = sourceLine(result.source, result.resume.format);
  }
}

/** Pause in typing before a changed resume is read again. */
const TYPING_PAUSE_MS = 800;

/**
 * The form's side of the view: reads the resume the form holds whenever it changes (a file at once, text after a
 * pause in typing; the same text is not read twice), keeps only the latest answer, and puts a one-line summary in
 * the resume field pointing to the card.
 */
export class ResumeReader {
  readonly view = new ParsedResumeView({ open: true, id: "parse-view" });
  /** A line for the resume field: what was read, and a link to the card. */
  readonly summary = h("p", { class: "parse-summary hint", "data-testid": "parse-summary", hidden: true });
  #input: string | File | undefined;
  #result: { input: string | File; response: ParseResponse } | undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #read: (body: FormData | { resume: string }, signal: AbortSignal) => Promise<ParseResponse>;

  constructor(read: (body: FormData | { resume: string }, signal: AbortSignal) => Promise<ParseResponse>) {
    this.#read = read;
  }

  /** The form's resume is now `input` (a file, the text, or nothing). */
  changed(input: string | File | undefined): void {
    clearTimeout(this.#timer);
    const empty = input === undefined || (typeof input === "string" && input.trim() === "");
    if (empty) {
      this.#abort?.abort();
      this.#input = undefined;
      this.view.hide();
      this.summary.hidden = true;
      return;
    }
    if (input === this.#input) return;
    if (typeof input === "string") this.#timer = setTimeout(() => void this.#start(input), TYPING_PAUSE_MS);
    else void this.#start(input);
  }

  /** The reading of exactly this input, if it has arrived (what a run started from it can show beside results). */
  resultFor(input: string | File | undefined): ParseResponse | undefined {
    return input !== undefined && this.#result?.input === input ? this.#result.response : undefined;
  }

  async #start(input: string | File): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#input = input;
    this.view.loading();
    this.#say("Reading your resume…");
    let body: FormData | { resume: string };
    if (typeof input === "string") body = { resume: input };
    else {
      body = new FormData();
      body.append("resume", input);
    }
    try {
      const response = await this.#read(body, abort.signal);
      if (abort.signal.aborted) return;
      this.#result = { input, response };
      this.view.show(response);
      const n = response.warnings.length;
      this.#say(
        `Read ${plural(jobCount(response), "job")}${n ? `, ${plural(n, "warning")}` : ", no warnings"}.`,
        "See how we read it",
      );
    } catch (error) {
      if (abort.signal.aborted) return;
      // Read again on the next change, even to the same input (the failure may have been the network's).
      this.#input = undefined;
      this.view.error(error, () => void this.#start(input));
      this.#say("Your resume could not be read.", "See why");
    }
  }

  #say(text: string, link?: string): void {
    this.summary.hidden = false;
    fill(
      this.summary,
      text,
      link
        ? [
            " ",
            h(
              "a",
              {
                href: "#parse-view",
                onclick: (event: Event) => {
                  // The hash is the router's: scroll and focus instead of navigating.
                  event.preventDefault();
                  const heading = this.view.el.querySelector<HTMLElement>("h2");
                  heading?.setAttribute("tabindex", "-1");
                  heading?.scrollIntoView({ block: "start" });
                  heading?.focus({ preventScroll: true });
                },
              },
              link,
            ),
          ]
        : null,
    );
  }
}
