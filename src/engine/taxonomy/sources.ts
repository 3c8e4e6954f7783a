import businessCreative from "./data/business-creative.ts";
import dataCloudSecurity from "./data/data-cloud-security.ts";
import financePeopleLegal from "./data/finance-people-legal.ts";
import healthEducationHospitality from "./data/health-education-hospitality.ts";
import operationsTradesEngineering from "./data/operations-trades-engineering.ts";
import software from "./data/software.ts";

/** The authored taxonomy, one file per group of professions (see README.md). Compiled into compiled.ts. */
export const TAXONOMY_FILES: ReadonlyArray<{ name: string; text: string }> = [
  { name: "software", text: software },
  { name: "data-cloud-security", text: dataCloudSecurity },
  { name: "business-creative", text: businessCreative },
  { name: "finance-people-legal", text: financePeopleLegal },
  { name: "health-education-hospitality", text: healthEducationHospitality },
  { name: "operations-trades-engineering", text: operationsTradesEngineering },
];
