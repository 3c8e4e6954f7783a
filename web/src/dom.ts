/** A few DOM helpers: elements are built with `h`, never from HTML strings (resume text is user content). */

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | null | undefined | Handler>;

/** `h("button", { class: "primary", onclick: go }, "Start")`. Attributes set to false, null or undefined are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Text only screen readers read (a label for a symbol, "added:" before an insertion). */
export const srOnly = (text: string) => h("span", { class: "sr-only" }, text);

/** A status badge: the tone picks its colors, the text says it (color is never the only signal). */
export const badge = (tone: string, text: string, extra: Props = {}) =>
  h("span", { class: `badge badge-${tone}`, ...extra }, text);

export const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export function scrollToEl(el: Element): void {
  el.scrollIntoView({ behavior: reducedMotion() ? "auto" : "smooth", block: "center" });
}
