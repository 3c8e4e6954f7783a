/**
 * JSON Resume themes from npm, each a real layout a person exports a resume with. Every theme exports `render`
 * (some async). Themes written for schema v0 read `work[].company` and `basics.website` where v1 has `name` and
 * `url`: those get the v0 names added, so what they print is the same resume.
 */
import type { JsonResume } from "../../src/domain/json-resume.ts";

type Render = (resume: JsonResume) => string | Promise<string>;

interface ThemeSpec {
  name: string;
  /** Reads the v0 field names. */
  v0?: boolean;
}

export const THEMES: readonly ThemeSpec[] = [
  { name: "even" },
  { name: "stackoverflow" },
  { name: "elegant" },
  { name: "kendall" },
  { name: "flat", v0: true },
  { name: "class", v0: true },
  { name: "paper", v0: true },
  { name: "macchiato", v0: true },
  { name: "spartan", v0: true },
  { name: "actual" },
];

function asV0(resume: JsonResume): JsonResume {
  return {
    ...resume,
    basics: { ...resume.basics, website: resume.basics?.url },
    work: resume.work?.map((job) => ({ ...job, company: job.name, website: job.url })),
  };
}

async function loadRender(name: string): Promise<Render> {
  const mod = (await import(`jsonresume-theme-${name}`)) as { render?: Render; default?: { render?: Render } };
  const render = mod.render ?? mod.default?.render;
  if (typeof render !== "function") throw new Error(`jsonresume-theme-${name} exports no render()`);
  return render;
}

/** The theme's HTML for one resume; the theme gets its own copy, since some mutate what they are given. */
export async function renderHtml(theme: ThemeSpec, resume: JsonResume): Promise<string> {
  const render = await loadRender(theme.name);
  const input = structuredClone(theme.v0 ? asV0(resume) : resume);
  return await render(input);
}
