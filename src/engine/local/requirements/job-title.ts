import { TITLE_WORDS } from "../parse/words.ts";

/**
 * The job's title: a "Title:"/"Position:" field, the phrase after "looking for a/an", or the first short line
 * that reads like a title (it names a role). Undefined when none stands out.
 */
export function extractJobTitle(jobText: string): string | undefined {
  const field = /^\s*(?:job\s+)?(?:title|position|role)\s*:\s*(.{3,80})$/im.exec(jobText);
  if (field?.[1]) return clean(field[1]);
  const lines = jobText
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 5)) {
    const words = line.split(/\s+/);
    if (words.length <= 8 && words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/[^a-z-]/g, ""))))
      return clean(line);
  }
  const seeking =
    /\b(?:looking for|seeking|hiring)\s+(?:an?\s+)?(?:experienced\s+|talented\s+|motivated\s+)?((?:[A-Z][\w/&+-]*\s?){1,5})/.exec(
      jobText,
    );
  if (seeking?.[1]) return clean(seeking[1]);
  return undefined;
}

function clean(title: string): string {
  return title
    .replace(/\(\s*[mfwd/ ]+\s*\)/gi, "")
    .replace(/<[^>]+>/g, "")
    .replace(/[-–—|,]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
