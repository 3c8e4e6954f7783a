/**
 * A light English stemmer for matching skill names across word forms: plurals, -ed, -ing, -ment, -er, -ation,
 * -ization, -ional, British -ise. It folds manage / managed / managing / management / manager to one form, but —
 * unlike Porter's derivational steps — keeps apart words that only look related: integrity / integration,
 * community / communication, designation / design, organ / organization.
 *
 * Words whose -ing form names a different thing than the verb are never stemmed (marketing ≠ market,
 * accounting ≠ account, programming ≠ program, billing ≠ bill).
 */
const NO_STEM = new Set(
  (
    "marketing accounting billing filing typing programming banking trading housing lodging staffing timing casting " +
    "clothing landing boarding ticketing offering wedding funding building dining heating plumbing roofing " +
    "flooring framing siding catering scaffolding rigging machining bookkeeping sibling " +
    "during thing string spring evening morning nothing something anything everything ceiling awning " +
    "news series species analysis basis thesis diagnosis synopsis emphasis crisis axis status campus virus " +
    "corpus focus bonus census consensus apparatus kubernetes jenkins pandas numpy sales ethics physics " +
    "mathematics economics statistics analytics logistics robotics mechanics electronics graphics optics " +
    "genetics linguistics dynamics kinetics metrics ops devops windows atlas canvas express rails seed " +
    "speed need feed deed bed red shed embed wed bred fed led united"
  ).split(" "),
);

const BRITISH_ISE =
  /^(organ|optim|priorit|standard|summar|special|util|recogn|custom|modern|visual|author|final|central|digital|monet|normal|categor|character|minim|maxim|real|capital|local|global|internal|external|stabil|synchron|virtual|container|token|personal|operational|memor|apolog|critic|emphas|familiar|harmon|hospital|industrial|lego|mobil|neutral|penal|popular|public|random|rational|sanit|serial|social|symbol|sympath|vandal|western|commercial|criminal|decentral|democrat|economic)is(e|ed|es|ing|ation|ations|er|ers)$/;

const DOUBLE_CONSONANT = /([bdfgklmnprt])\1$/;

export function lightStem(input: string): string {
  let w = input;
  if (w.length <= 3 || NO_STEM.has(w) || !/^[a-z]+$/.test(w)) return w;
  if (w.includes("is")) w = w.replace(BRITISH_ISE, "$1iz$2");

  // Plurals and third person.
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (NO_STEM.has(w)) return w;

  // Derivations that name the same skill.
  if (w.endsWith("ional")) w = w.slice(0, -2);
  if (w.endsWith("ization")) w = `${w.slice(0, -7)}iz`;
  else if (w.endsWith("ation") && w.length > 7) w = `${w.slice(0, -5)}at`;
  else if (w.endsWith("ment") && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith("ing") && w.length > 5) {
    w = w.slice(0, -3);
    if (DOUBLE_CONSONANT.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
  } else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) {
    w = w.slice(0, -2);
    if (DOUBLE_CONSONANT.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
  } else if (w.endsWith("er") && w.length > 6 && !w.endsWith("eer")) {
    w = w.slice(0, -2);
  }
  // A final silent e: manage → manag, so it meets managing and management.
  if (w.endsWith("e") && w.length > 4 && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}
