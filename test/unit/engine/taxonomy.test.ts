import { describe, expect, it } from "vitest";
import compiled from "../../../src/engine/taxonomy/compiled.ts";
import { defaultTaxonomy } from "../../../src/engine/taxonomy/default.ts";
import { buildTaxonomy, opaqueSpans } from "../../../src/engine/taxonomy/index.ts";
import { parseTaxonomySource } from "../../../src/engine/taxonomy/source.ts";
import { TAXONOMY_FILES } from "../../../src/engine/taxonomy/sources.ts";
import { lightStem } from "../../../src/engine/text/stem.ts";

const taxonomy = defaultTaxonomy();
const names = (text: string) => taxonomy.match(text).map((m) => m.entry.canonical);

describe("taxonomy data", () => {
  it("has 2,000+ entries across professions, with no malformed lines and no name claimed twice", () => {
    expect(taxonomy.entries.length).toBeGreaterThanOrEqual(2000);
    expect(taxonomy.conflicts).toEqual([]);
    for (const file of TAXONOMY_FILES) expect(parseTaxonomySource(file.name, file.text).problems).toEqual([]);
    const categories = new Set(taxonomy.entries.map((e) => e.category));
    expect([...categories].sort()).toEqual(["certification", "domain", "hard_skill", "language", "soft_skill", "tool"]);
  });

  it.each([
    ["Wound care and IV therapy on a med-surg floor", ["Wound Care", "IV Therapy", "Medical-Surgical Nursing"]],
    ["Prepared month-end close and bank reconciliations in QuickBooks", ["Month-End Close", "QuickBooks"]],
    ["MIG and TIG welding; read blueprints", ["MIG Welding", "TIG Welding", "Blueprint Reading"]],
    ["Lesson planning and classroom management for grade 3", ["Lesson Planning", "Classroom Management"]],
    ["Ran SEO audits and Google Ads campaigns", ["Search Engine Optimization", "Google Ads"]],
    ["Designed wireframes in Figma", ["Wireframing", "Figma"]],
    ["Contract drafting and legal research on Westlaw", ["Contract Drafting", "Legal Research", "Westlaw"]],
    ["Forklift operation and cycle counting in the warehouse", ["Forklift Operation", "Cycle Counting"]],
    ["Structural analysis in ETABS; AutoCAD Civil 3D drawings", ["Structural Analysis", "AutoCAD Civil 3D"]],
    ["Front desk check-in on Opera PMS", ["Opera PMS"]],
  ])("covers other professions: %s", (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe("matching", () => {
  it("handles punctuation in names", () => {
    expect(names("C++, C#, .NET, Node.js and CI/CD")).toEqual(["C++", "C#", ".NET", "Node.js", "CI/CD"]);
    expect(names("CI-CD pipelines")).toEqual(["CI/CD"]);
    expect(names("NodeJS services")).toEqual(["Node.js"]);
  });

  it("handles acronyms", () => {
    expect(names("k8s")).toEqual(["Kubernetes"]);
    expect(names("JS and ML")).toEqual(["JavaScript", "Machine Learning"]);
    expect(names("Licensed RN")).toEqual(["Registered Nurse"]);
  });

  it("handles word forms", () => {
    for (const word of ["managed", "managing", "management", "manager", "manages"])
      expect(lightStem(word)).toBe(lightStem("manage"));
    expect(names("Strong project management skills")).toContain("Project Management");
    expect(names("Automated regression tests")).toEqual(expect.arrayContaining(["Regression Testing"]));
  });

  it("keeps apart words that only look alike", () => {
    expect(lightStem("integrity")).not.toBe(lightStem("integration"));
    expect(lightStem("community")).not.toBe(lightStem("communication"));
    expect(lightStem("marketing")).not.toBe(lightStem("market"));
    expect(lightStem("designation")).not.toBe(lightStem("design"));
  });

  it("matches short ambiguous names only as written, and not inside compounds or dates", () => {
    expect(names("Go microservices")).toContain("Go");
    expect(names("we go to market")).not.toContain("Go");
    expect(names("C-level stakeholders")).not.toContain("C");
    expect(names("Spring 2016 semester")).not.toContain("Spring");
    expect(names("Spring Boot services")).toContain("Spring Boot");
    expect(names("see https://github.com/java/repo or jane@java.com")).toEqual([]);
  });

  it("finds no skill inside a URL or an e-mail address, whatever its scheme", () => {
    expect(names("see javascript:alert(1) and data:text/html,<b>python</b>")).toEqual([]);
    expect(names("portfolio jane.dev/projects/kubernetes-operator")).toEqual([]);
    expect(names("JAVASCRIPT:alert(1), vbscript:msgbox, mailto:jane@python.org, tel:+1555")).toEqual([]);
    expect(names("ssh://git@host/java.git, s3://bucket/python, ftp://x.example/go, file:///ruby")).toEqual([]);
    expect(names("www.kotlin-jobs.example, jane.doe+scala@mail.example and Go")).toEqual(["Go"]);
    expect(names("https://monday.com/pricing")).toEqual([]);
  });

  it("reads names with dots as names: domains are only lower-case TLDs, and a product named as its domain counts", () => {
    expect(names("Built services in ASP.NET and VB.NET on .NET Core")).toEqual(["ASP.NET", "VB.NET", ".NET Core"]);
    expect(names("Node.js/Express")).toEqual(["Node.js", "Express"]);
    expect(names("ASP.net MVC")).toEqual(["ASP.NET", "MVC"]);
    expect(names("Socket.IO, socket.io, Monday.com, Apollo.io")).toEqual([
      "Socket.IO",
      "Socket.IO",
      "Monday.com",
      "Apollo.io",
    ]);
    // A capitalized label before a capitalized word is a squeezed skills line, not a scheme.
    expect(names("Big Data:Hadoop, JavaScript:React")).toEqual(["Big Data", "Hadoop", "JavaScript", "React"]);
  });

  it("says which spans are addresses, and of what kind", () => {
    const text = "jane@acme.io · https://jane.dev/cv · jane.dev · jane.dev/blog · ASP.NET · Node.js";
    expect(opaqueSpans(text).map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ["email", "jane@acme.io"],
      ["url", "https://jane.dev/cv"],
      ["domain", "jane.dev"],
      ["url", "jane.dev/blog"],
    ]);
  });

  it("reads a shared head noun: MIG and TIG welding, written and verbal communication", () => {
    expect(names("MIG and TIG welding")).toEqual(["MIG Welding", "TIG Welding"]);
    expect(names("written and verbal communication")).toEqual(["Written Communication", "Verbal Communication"]);
  });

  it("takes the longest name and does not run across punctuation", () => {
    expect(names("Google Cloud Platform")).toEqual(["Google Cloud Platform"]);
    expect(names("Java, Script")).toEqual(["Java"]);
  });

  it("loads from its compiled form, which matches the authored data (run `npm run taxonomy` after editing it)", () => {
    const fromSources = buildTaxonomy(TAXONOMY_FILES);
    expect(fromSources.compile()).toBe(compiled);
    expect(taxonomy.entries).toEqual(fromSources.entries);
    for (const text of [
      "Kubernetes, C++ and MIG and TIG welding",
      "Spring Boot; written and verbal communication",
      "k8s RN",
    ]) {
      expect(taxonomy.match(text)).toEqual(fromSources.match(text));
    }
  });
});
