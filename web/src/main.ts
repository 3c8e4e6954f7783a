/**
 * The web app: one page, three views picked by the URL hash — `#new` (the form), `#run=<id>` (a run's progress
 * and results; a reload resumes it) and `#history`. Plain DOM code; the API's types come from src/domain.
 */
import { initAnnouncer } from "./announce.ts";
import { whenAuthRequired } from "./api.ts";
import { h } from "./dom.ts";
import { clearKey, getKey } from "./session.ts";
import { HistoryPage } from "./views/history.ts";
import { InputView } from "./views/input.ts";
import { KeyPanel } from "./views/key-panel.ts";
import { type PageContext, RunPage } from "./views/run-page.ts";

const main = document.getElementById("main") as HTMLElement;
const keyStatus = document.getElementById("key-status") as HTMLElement;
initAnnouncer(document.getElementById("announcer") as HTMLElement);

function paintKeyStatus(): void {
  keyStatus.replaceChildren();
  if (!getKey()) return;
  keyStatus.append(
    h("span", { class: "muted small" }, "API key set"),
    h(
      "button",
      {
        type: "button",
        class: "link-button small",
        onclick: () => {
          clearKey();
          paintKeyStatus();
        },
      },
      "Forget",
    ),
  );
}

const keyPanel = new KeyPanel(paintKeyStatus);
main.before(keyPanel.el);
whenAuthRequired((code) => keyPanel.show(code));
paintKeyStatus();

const context: PageContext = {
  needKey: (code, retry) => keyPanel.show(code, retry),
  focusHeading: () => main.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true }),
};

// The form outlives navigation, so going to the history and back keeps what was typed.
const input = new InputView(context.needKey);
let current: { dispose(): void } | undefined;
let first = true;

function route(): void {
  current?.dispose();
  current = undefined;
  const hash = location.hash.slice(1);
  const runId = /^run=([0-9a-f]{32})$/.exec(hash)?.[1];
  const here = runId ? "" : hash === "history" ? "#history" : "#new";
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".site-nav a")) {
    if (link.getAttribute("href") === here) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (runId) {
    const page = new RunPage(runId, context);
    current = page;
    main.replaceChildren(page.el);
    void page.load();
  } else if (hash === "history") {
    const page = new HistoryPage(context);
    main.replaceChildren(page.el);
    void page.load();
  } else {
    main.replaceChildren(input.el);
  }
  // On a first load the heading is not focused (it would scroll and confuse); after navigation it is.
  if (!first && !runId) context.focusHeading();
  first = false;
  window.scrollTo(0, 0);
}

// The skip link focuses the content without touching the hash, which is the router's.
document.querySelector(".skip-link")?.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", route);
route();
