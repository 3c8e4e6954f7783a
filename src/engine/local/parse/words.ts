/** Words that mark a job title, an organization, a degree or a school — used to tell header parts apart. */
export const TITLE_WORDS = new Set(
  (
    "engineer engineering developer programmer architect analyst scientist manager management director head lead " +
    "leader officer chief president vp principal consultant specialist coordinator administrator admin assistant " +
    "associate intern internship trainee apprentice technician technologist representative rep agent advisor adviser " +
    "counselor counsellor designer writer editor producer teacher tutor instructor professor lecturer faculty " +
    "researcher nurse physician doctor therapist pharmacist clinician surgeon dentist hygienist paramedic emt " +
    "accountant auditor bookkeeper controller clerk cashier teller supervisor foreman executive secretary " +
    "receptionist recruiter generalist partner owner founder cofounder co-founder operator driver mechanic electrician " +
    "plumber welder carpenter machinist chef cook server bartender barista housekeeper attendant aide caregiver " +
    "worker labourer laborer handler planner buyer merchandiser strategist marketer salesperson sales tester " +
    "administrator sysadmin dba devops sre fellow postdoc student volunteer member chair treasurer captain " +
    "officer inspector estimator surveyor drafter draftsman paralegal attorney lawyer counsel solicitor " +
    "underwriter adjuster broker banker trader economist statistician librarian photographer illustrator artist " +
    "coach trainer facilitator moderator dispatcher scheduler superintendent steward stewardess pilot"
  ).split(/\s+/),
);

export const ORG_WORDS = new Set(
  (
    "inc inc. ltd ltd. llc llp plc gmbh corp corp. corporation company co co. group holdings bank hospital clinic " +
    "university college school institute academy foundation agency associates partners solutions technologies " +
    "technology systems services labs laboratories studio studios pvt limited department ministry council " +
    "center centre county city government authority organization organisation society trust network"
  ).split(/\s+/),
);

export const SCHOOL_WORDS =
  /\b(university|universit[ée]|college|school|institute|institution|academy|polytechnic|iit|nit|conservatory|seminary)\b/i;

export const DEGREE_PATTERNS: ReadonlyArray<{
  level: "high_school" | "associate" | "bachelor" | "master" | "doctorate";
  pattern: RegExp;
}> = [
  {
    level: "doctorate",
    pattern:
      /\b(ph\.?\s?d|doctorate|doctoral|doctor of|d\.?phil|ed\.?d|psy\.?d|m\.?d\.?(?=[\s,]|$)|j\.?d\.?(?=[\s,]|$)|pharm\.?d|dnp)(?![\w])/i,
  },
  {
    level: "master",
    pattern:
      /\b(master'?s?|masters|m\.?\s?s\.?c?|m\.?\s?a\.?(?=[\s,]|$)|mba|m\.?\s?eng|m\.?\s?tech|m\.?\s?e\.?(?=[\s,]|$)|m\.?s\.?s\.?w|msw|msn|m\.?ed|mph|mfa|llm|mca|m\.?com|post\s?graduate|pgdm)(?![\w])/i,
  },
  {
    level: "bachelor",
    pattern:
      /\b(bachelor'?s?|b\.?\s?s\.?c?|b\.?\s?a\.?(?=[\s,]|$)|b\.?\s?eng|b\.?\s?tech|b\.?\s?e\.?(?=[\s,]|$)|bba|bsn|b\.?com|bca|b\.?ed|bfa|llb|undergraduate degree|graduate degree in)(?![\w])/i,
  },
  {
    level: "associate",
    pattern:
      /(?<![\w.])(associate'?s? degree|associate of|a\.?a\.?s?\.?(?=[\s,]|$)|a\.?s\.?(?=[\s,]|$)|diploma)(?![\w])/i,
  },
  {
    level: "high_school",
    pattern: /(?<![\w.])(high school|secondary school|ged|hsc|ssc|12th|10th|matriculation|a-levels?|gcse)(?![\w])/i,
  },
];

/** Lines that label a block inside an entry rather than start a new entry. */
export const SUBLABEL =
  /^(key\s+)?(responsibilities|duties|achievements|accomplishments|highlights|environment|technologies used|tools used|tech stack|role|roles and responsibilities|description|project description|summary)\s*:?$/i;

/** Places written after a city: US state codes and names, Canadian provinces, common countries. */
export const REGIONS = new RegExp(
  `^(?:[A-Z]{2}|${[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "USA",
    "United States",
    "UK",
    "United Kingdom",
    "England",
    "Scotland",
    "Ireland",
    "Canada",
    "India",
    "Germany",
    "France",
    "Spain",
    "Italy",
    "Netherlands",
    "Australia",
    "Singapore",
    "Japan",
    "China",
    "Brazil",
    "Mexico",
    "Kerala",
    "Karnataka",
    "Maharashtra",
    "Tamil Nadu",
    "Telangana",
    "Delhi",
  ].join("|")})$`,
);
