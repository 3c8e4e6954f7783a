import compiled from "./compiled.ts";
import { Taxonomy } from "./index.ts";

let taxonomy: Taxonomy | undefined;

/**
 * The project's taxonomy, loaded once per isolate on first use from its compiled form (names and key paths
 * already normalized), so a cold start splits strings instead of tokenizing and stemming every term.
 * `npm run taxonomy` regenerates compiled.ts from data/; a test fails if the two disagree.
 */
export function defaultTaxonomy(): Taxonomy {
  taxonomy ??= new Taxonomy({ compiled });
  return taxonomy;
}
