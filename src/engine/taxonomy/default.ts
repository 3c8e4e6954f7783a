import businessCreative from "./data/business-creative.ts";
import dataCloudSecurity from "./data/data-cloud-security.ts";
import financePeopleLegal from "./data/finance-people-legal.ts";
import healthEducationHospitality from "./data/health-education-hospitality.ts";
import operationsTradesEngineering from "./data/operations-trades-engineering.ts";
import software from "./data/software.ts";
import { buildTaxonomy, type Taxonomy } from "./index.ts";

export const TAXONOMY_FILES: ReadonlyArray<{ name: string; text: string }> = [
  { name: "software", text: software },
  { name: "data-cloud-security", text: dataCloudSecurity },
  { name: "business-creative", text: businessCreative },
  { name: "finance-people-legal", text: financePeopleLegal },
  { name: "health-education-hospitality", text: healthEducationHospitality },
  { name: "operations-trades-engineering", text: operationsTradesEngineering },
];

let compiled: Taxonomy | undefined;

/** The project's taxonomy, compiled once per isolate on first use. */
export function defaultTaxonomy(): Taxonomy {
  compiled ??= buildTaxonomy(TAXONOMY_FILES);
  return compiled;
}
