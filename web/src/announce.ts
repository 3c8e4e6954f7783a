/**
 * The page's polite live region. Progress arrives in bursts of events; announcing each would drown a screen
 * reader, so messages are spaced out and only the latest waiting one is read. Urgent ones go at once.
 */

const GAP_MS = 2_000;
let region: HTMLElement | undefined;
let last = 0;
let pending: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export function initAnnouncer(el: HTMLElement): void {
  region = el;
}

function say(message: string): void {
  if (!region) return;
  // Clearing first makes a repeated message be read again.
  region.textContent = "";
  const target = region;
  requestAnimationFrame(() => {
    target.textContent = message;
  });
  last = Date.now();
}

export function announce(message: string, urgent = false): void {
  if (urgent || Date.now() - last >= GAP_MS) {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
    say(message);
    return;
  }
  pending = message;
  if (timer === undefined)
    timer = setTimeout(
      () => {
        timer = undefined;
        if (pending) say(pending);
        pending = undefined;
      },
      GAP_MS - (Date.now() - last),
    );
}
