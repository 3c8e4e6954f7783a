import { z } from "zod";

/**
 * JSON Resume, schema v1 (jsonresume.org/schema). Every field is optional, as in the schema; unknown fields are
 * kept (the schema allows additional properties). Dates follow its ISO 8601 subset: YYYY, YYYY-MM or YYYY-MM-DD.
 */
const IsoDate = z
  .string()
  .regex(/^([12]\d{3}-[01]\d-[0-3]\d|[12]\d{3}-[01]\d|[12]\d{3})$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
const Text = z.string();
const Strings = z.array(z.string());

const Location = z.looseObject({
  address: Text.optional(),
  postalCode: Text.optional(),
  city: Text.optional(),
  countryCode: Text.optional(),
  region: Text.optional(),
});

const Profile = z.looseObject({ network: Text.optional(), username: Text.optional(), url: Text.optional() });

const Work = z.looseObject({
  name: Text.optional(),
  location: Text.optional(),
  description: Text.optional(),
  position: Text.optional(),
  url: Text.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  summary: Text.optional(),
  highlights: Strings.optional(),
});

const Volunteer = z.looseObject({
  organization: Text.optional(),
  position: Text.optional(),
  url: Text.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  summary: Text.optional(),
  highlights: Strings.optional(),
});

const Education = z.looseObject({
  institution: Text.optional(),
  url: Text.optional(),
  area: Text.optional(),
  studyType: Text.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  score: Text.optional(),
  courses: Strings.optional(),
});

const Award = z.looseObject({
  title: Text.optional(),
  date: IsoDate.optional(),
  awarder: Text.optional(),
  summary: Text.optional(),
});
const Certificate = z.looseObject({
  name: Text.optional(),
  date: IsoDate.optional(),
  url: Text.optional(),
  issuer: Text.optional(),
});
const Publication = z.looseObject({
  name: Text.optional(),
  publisher: Text.optional(),
  releaseDate: IsoDate.optional(),
  url: Text.optional(),
  summary: Text.optional(),
});
const Skill = z.looseObject({ name: Text.optional(), level: Text.optional(), keywords: Strings.optional() });
const Language = z.looseObject({ language: Text.optional(), fluency: Text.optional() });
const Interest = z.looseObject({ name: Text.optional(), keywords: Strings.optional() });
const Reference = z.looseObject({ name: Text.optional(), reference: Text.optional() });
const Project = z.looseObject({
  name: Text.optional(),
  description: Text.optional(),
  highlights: Strings.optional(),
  keywords: Strings.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  url: Text.optional(),
  roles: Strings.optional(),
  entity: Text.optional(),
  type: Text.optional(),
});

export const JsonResume = z
  .looseObject({
    $schema: Text.optional(),
    basics: z
      .looseObject({
        name: Text.optional(),
        label: Text.optional(),
        image: Text.optional(),
        email: Text.optional(),
        phone: Text.optional(),
        url: Text.optional(),
        summary: Text.optional(),
        location: Location.optional(),
        profiles: z.array(Profile).optional(),
      })
      .optional(),
    work: z.array(Work).optional(),
    volunteer: z.array(Volunteer).optional(),
    education: z.array(Education).optional(),
    awards: z.array(Award).optional(),
    certificates: z.array(Certificate).optional(),
    publications: z.array(Publication).optional(),
    skills: z.array(Skill).optional(),
    languages: z.array(Language).optional(),
    interests: z.array(Interest).optional(),
    references: z.array(Reference).optional(),
    projects: z.array(Project).optional(),
    meta: z
      .looseObject({ canonical: Text.optional(), version: Text.optional(), lastModified: Text.optional() })
      .optional(),
  })
  .meta({ id: "JsonResume" });
export type JsonResume = z.infer<typeof JsonResume>;
