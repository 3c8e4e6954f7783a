/**
 * HTML to PDF with Debian's Chromium, as a person's "Save as PDF" does. One browser for the whole bench; every
 * request leaving the page (CDN stylesheets, web fonts, avatars) is refused, so the print is the same offline as in
 * CI, and a theme's remote CSS is simply absent, as it is for anyone printing without a network.
 */
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

export interface Printer {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function startPrinter(): Promise<Printer> {
  let browser: Browser | undefined;
  return {
    async print(html) {
      browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      const page = await browser.newPage();
      try {
        await page.route("**/*", (route) =>
          /^(data|about|blob):/.test(route.request().url()) ? route.continue() : route.abort(),
        );
        await page.setContent(html, { waitUntil: "load" });
        await page.emulateMedia({ media: "print" });
        return new Uint8Array(await page.pdf({ format: "Letter", printBackground: true }));
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser?.close();
    },
  };
}
