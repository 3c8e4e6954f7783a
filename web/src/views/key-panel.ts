import { h } from "../dom.ts";
import { clearKey, getKey, setKey } from "../session.ts";

/**
 * The API key form, shown when the server answers 401 `missing_api_key` (or `invalid_api_key`). The key lives in
 * sessionStorage (this tab only) and goes out as `Authorization: Bearer`; a run's events use its events token.
 * Saving it retries what the 401 stopped, so the user does not have to find the button again.
 */
export class KeyPanel {
  readonly el: HTMLFormElement;
  readonly #input: HTMLInputElement;
  readonly #message: HTMLElement;
  #retry: (() => void) | undefined;

  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
    this.#input = h("input", {
      id: "api-key",
      type: "password",
      autocomplete: "off",
      spellcheck: "false",
      required: true,
      "aria-describedby": "api-key-help api-key-message",
      "data-testid": "api-key",
    });
    this.#message = h("p", { id: "api-key-message", class: "field-error", role: "alert" });
    this.el = h(
      "form",
      { class: "card key-panel", "aria-labelledby": "api-key-title", hidden: true, "data-testid": "api-key-form" },
      h("h2", { id: "api-key-title" }, "API key required"),
      h(
        "p",
        { id: "api-key-help", class: "muted" },
        "This server needs an API key. It is kept in this browser tab only and sent with each request.",
      ),
      h(
        "div",
        { class: "key-row" },
        h("label", { for: "api-key" }, "API key"),
        this.#input,
        h("button", { type: "submit", class: "button primary", "data-testid": "save-key" }, "Save and continue"),
      ),
      this.#message,
    );
    this.el.addEventListener("submit", (event) => {
      event.preventDefault();
      const key = this.#input.value.trim();
      if (!key) return;
      // A header value must be ASCII; fetch would throw on anything else.
      if (!/^[\x21-\x7e]+$/.test(key)) {
        this.#message.textContent = "An API key has only ASCII letters, digits and symbols, and no spaces.";
        this.#input.focus();
        return;
      }
      setKey(key);
      this.#input.value = "";
      this.el.hidden = true;
      this.#onChange();
      const retry = this.#retry;
      this.#retry = undefined;
      retry?.();
    });
  }

  /** Asks for a key; `retry` runs once one is saved. */
  show(code: string, retry?: () => void): void {
    if (code === "invalid_api_key" && getKey()) clearKey();
    this.#message.textContent = code === "invalid_api_key" ? "That key was not accepted. Check it and try again." : "";
    if (retry) this.#retry = retry;
    const wasHidden = this.el.hidden;
    this.el.hidden = false;
    this.#onChange();
    if (wasHidden) {
      this.el.scrollIntoView({ block: "nearest" });
      this.#input.focus();
    }
  }
}
