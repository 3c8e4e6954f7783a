import type { FieldError } from "../../../src/domain/problem.ts";
import { ApiError, api, describe } from "../api.ts";
import { fill, h } from "../dom.ts";
import { saveRun } from "../session.ts";
import { ResumeReader } from "./parsed-resume.ts";

type Field = "resume" | "job";

const RESUME_TYPES = ".pdf,.txt,.md,.markdown,.json,application/pdf,text/plain,text/markdown,application/json";
const JOB_TYPES = ".pdf,.txt,.md,.markdown,application/pdf,text/plain,text/markdown";

interface FieldParts {
  text: HTMLTextAreaElement;
  file: HTMLInputElement;
  chip: HTMLElement;
  error: HTMLElement;
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`);

/**
 * Which field an API error is about: `errors[].path` names it ("jobDescription", "resume", "resume.work.0…", or a
 * JSON Resume file's own path like "work.0.startDate" under `invalid_json_resume`).
 */
function fieldOf(path: string, code: string): Field | "options" | undefined {
  if (path.startsWith("jobDescription")) return "job";
  if (
    path.startsWith("resume") ||
    code.startsWith("resume_") ||
    code === "invalid_json_resume" ||
    code === "unsupported_resume_type"
  )
    return "resume";
  if (code.startsWith("job_") || code === "unsupported_job_type") return "job";
  if (path.startsWith("options")) return "options";
  return undefined;
}

/**
 * The start form: a resume and a job description, each pasted or uploaded; tailor or analyze; the engine. Nothing
 * is validated here beyond what the browser must know to send it: the API's problem+json errors are shown at the
 * field they name, or above the button.
 */
export class InputView {
  readonly el: HTMLElement;
  readonly #form: HTMLFormElement;
  readonly #fields: Record<Field, FieldParts>;
  readonly #engine = h(
    "select",
    { id: "engine", name: "engine", "aria-describedby": "engine-help" },
    h("option", { value: "auto" }, "Auto"),
    h("option", { value: "local" }, "Local (no LLM)"),
    h("option", { value: "llm" }, "LLM"),
  );
  readonly #engineHelp = h(
    "p",
    { id: "engine-help", class: "hint" },
    "Auto uses an LLM when the server has one configured.",
  );
  readonly #formError = h("div", { class: "form-error", role: "alert", id: "form-error", "data-testid": "form-error" });
  readonly #optionsError = h("p", { class: "field-error", id: "options-error" });
  readonly #start = h("button", { type: "submit", class: "button primary large", "data-testid": "start-run" }, "Start");

  readonly #needKey: (code: string, retry: () => void) => void;
  /** "How we read your resume", read again whenever the resume changes. */
  readonly #reader = new ResumeReader((body, signal) => api.parse(body, signal));

  constructor(needKey: (code: string, retry: () => void) => void) {
    this.#needKey = needKey;
    const resume = this.#field(
      "resume",
      "Resume",
      "Paste text or Markdown, or upload a PDF (with selectable text), .txt, .md or JSON Resume file.",
      RESUME_TYPES,
      (parts) => this.#reader.changed(parts.file.files?.[0] ?? parts.text.value),
    );
    resume.el.append(this.#reader.summary);
    const job = this.#field(
      "job",
      "Job description",
      "Paste the posting, or upload it as .txt, .md or PDF.",
      JOB_TYPES,
    );
    this.#fields = { resume: resume.parts, job: job.parts };
    const mode = (value: string, title: string, help: string, checked: boolean) =>
      h(
        "label",
        { class: "mode-option" },
        h("input", { type: "radio", name: "mode", value, checked }),
        h("span", null, h("strong", null, title), h("span", { class: "hint" }, help)),
      );
    this.#form = h(
      "form",
      { class: "run-form", novalidate: true, "aria-labelledby": "input-title" },
      h("div", { class: "inputs" }, resume.el, job.el),
      h(
        "div",
        { class: "card options" },
        h(
          "fieldset",
          { class: "mode", "data-testid": "mode", "aria-describedby": "options-error" },
          h("legend", null, "What to do"),
          mode("tailor", "Tailor", "Score, gaps, and a tailored resume whose every edit you review.", true),
          mode("analyze", "Analyze only", "Score, requirement checklist and gaps; no edits.", false),
        ),
        h("div", { class: "engine" }, h("label", { for: "engine" }, "Engine"), this.#engine, this.#engineHelp),
        this.#optionsError,
      ),
      h("div", { class: "form-actions" }, this.#start, this.#formError),
    );
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.el = h(
      "div",
      { class: "input-page" },
      h(
        "div",
        { class: "intro" },
        h("h1", { id: "input-title", tabindex: "-1" }, "Tailor your resume to a job"),
        h(
          "p",
          { class: "lead" },
          "Get the posting's requirements, where your resume meets them, a score computed in code, and edits you can check line by line. Nothing is invented: every edit cites your own resume.",
        ),
      ),
      this.#form,
      this.#reader.view.el,
    );
    api
      .health()
      .then((health) => {
        const auto = this.#engine.options[0];
        if (auto) auto.textContent = `Auto (${health.engine === "llm" ? "LLM" : "local"})`;
        this.#engineHelp.textContent =
          health.engine === "llm"
            ? "Auto uses the configured LLM provider, falling back to the local engine when it fails."
            : "No LLM provider is configured on this server: runs use the deterministic local engine.";
      })
      .catch(() => {
        // Health is a hint here; the run itself reports what went wrong.
      });
  }

  #field(name: Field, label: string, help: string, accept: string, onChange?: (parts: FieldParts) => void) {
    const id = `${name}-text`;
    const text = h("textarea", {
      id,
      name,
      spellcheck: "false",
      "aria-describedby": `${name}-help ${name}-error`,
      "data-testid": `${name}-input`,
    });
    const file = h("input", {
      type: "file",
      id: `${name}-file`,
      accept,
      class: "file-input",
      "data-testid": `${name}-file`,
    });
    const chip = h("div", { class: "file-chip", hidden: true });
    const error = h("p", { class: "field-error", id: `${name}-error` });
    const parts: FieldParts = { text, file, chip, error };
    const showFile = () => {
      const chosen = file.files?.[0];
      chip.hidden = !chosen;
      text.disabled = Boolean(chosen);
      if (chosen)
        fill(
          chip,
          h("span", null, "Using ", h("strong", null, chosen.name), ` (${kb(chosen.size)}) instead of the text.`),
          h(
            "button",
            {
              type: "button",
              class: "link-button",
              onclick: () => {
                file.value = "";
                showFile();
                text.focus();
              },
            },
            "Remove file",
          ),
        );
      this.#clearField(parts);
      onChange?.(parts);
    };
    file.addEventListener("change", showFile);
    const card = h(
      "section",
      { class: "card field-card", "aria-labelledby": `${name}-label` },
      h("div", { class: "field-head" }, h("label", { for: id, id: `${name}-label`, class: "field-label" }, label)),
      h("p", { class: "hint", id: `${name}-help` }, help),
      text,
      h(
        "div",
        { class: "file-row" },
        file,
        h("label", { for: `${name}-file`, class: "button file-button" }, "Upload a file"),
        h("span", { class: "hint" }, "or drop it on this box"),
      ),
      chip,
      error,
    );
    // Dropping a file anywhere on the card picks it, as the file button would.
    card.addEventListener("dragover", (event) => {
      event.preventDefault();
      card.classList.add("dragging");
    });
    card.addEventListener("dragleave", () => card.classList.remove("dragging"));
    card.addEventListener("drop", (event) => {
      event.preventDefault();
      card.classList.remove("dragging");
      if (event.dataTransfer?.files.length) {
        file.files = event.dataTransfer.files;
        showFile();
      }
    });
    text.addEventListener("input", () => {
      this.#clearField(parts);
      onChange?.(parts);
    });
    return { el: card, parts };
  }

  #clearField(parts: FieldParts): void {
    parts.error.textContent = "";
    parts.text.removeAttribute("aria-invalid");
    parts.file.removeAttribute("aria-invalid");
  }

  #clearErrors(): void {
    for (const parts of Object.values(this.#fields)) this.#clearField(parts);
    this.#optionsError.textContent = "";
    fill(this.#formError);
  }

  /** Shows a problem at the fields it names; what names no field goes above the button. */
  #showError(error: unknown): void {
    const { message, requestId } = describe(error);
    const code = error instanceof ApiError ? error.code : "";
    const fieldErrors: FieldError[] = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
    const placed: Field[] = [];
    const general: string[] = [];
    for (const fe of fieldErrors) {
      const field = fieldOf(fe.path, code);
      const text =
        fe.path && !["resume", "jobDescription", "(root)"].includes(fe.path) ? `${fe.path}: ${fe.message}` : fe.message;
      if (field === "options") this.#optionsError.textContent = text;
      else if (field) {
        const parts = this.#fields[field];
        parts.error.textContent = parts.error.textContent ? `${parts.error.textContent}; ${text}` : capitalize(text);
        const target = parts.file.files?.length ? parts.file : parts.text;
        target.setAttribute("aria-invalid", "true");
        placed.push(field);
      } else general.push(text);
    }
    if (fieldErrors.length === 0) {
      const field = fieldOf("", code);
      if (field && field !== "options") {
        this.#fields[field].error.textContent = message;
        this.#fields[field].text.setAttribute("aria-invalid", "true");
        placed.push(field);
      } else general.push(message);
    }
    if (general.length > 0 || placed.length === 0)
      fill(
        this.#formError,
        h("p", null, general.length ? general.join(" ") : message),
        requestId ? h("p", { class: "small muted" }, `Request id: ${requestId}`) : null,
      );
    else fill(this.#formError, h("p", null, "Please fix the field marked above."));
    const first = placed[0];
    if (first) {
      const parts = this.#fields[first];
      (parts.file.files?.length ? parts.file : parts.text).focus();
    }
  }

  async submit(): Promise<void> {
    this.#clearErrors();
    const mode = (this.#form.elements.namedItem("mode") as RadioNodeList).value === "analyze" ? "analyze" : "tailor";
    const engine = this.#engine.value;
    const options = { mode, ...(engine !== "auto" ? { engine } : {}) };
    const { resume, job } = this.#fields;
    const resumeFile = resume.file.files?.[0];
    const jobFile = job.file.files?.[0];
    let body: FormData | object;
    if (resumeFile || jobFile) {
      const form = new FormData();
      form.append("resume", resumeFile ?? resume.text.value);
      form.append("jobDescription", jobFile ?? job.text.value);
      form.append("options", JSON.stringify(options));
      body = form;
    } else body = { resume: resume.text.value, jobDescription: job.text.value, options };
    this.#start.disabled = true;
    this.#start.textContent = "Starting…";
    try {
      const created = await api.createRun(body);
      // Kept for the analyze view of the original (the service only renders the original for tailor runs).
      const resumeText = resumeFile
        ? /\.(txt|md|markdown)$/i.test(resumeFile.name)
          ? await resumeFile.text()
          : undefined
        : resume.text.value;
      const parsed = this.#reader.resultFor(resumeFile ?? resume.text.value);
      saveRun(created.id, {
        eventsToken: created.eventsToken,
        events: [],
        ...(resumeText ? { resumeText } : {}),
        ...(parsed ? { parsed } : {}),
      });
      location.hash = `run=${created.id}`;
    } catch (error) {
      if (error instanceof ApiError && (error.code === "missing_api_key" || error.code === "invalid_api_key")) {
        fill(this.#formError, h("p", null, "This server needs an API key: enter it above, and the run starts."));
        this.#needKey(error.code, () => void this.submit());
      } else this.#showError(error);
    } finally {
      this.#start.disabled = false;
      this.#start.textContent = "Start";
    }
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
