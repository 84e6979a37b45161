/**
 * The dataset format's single source of truth: the Zod schemas below give the TypeScript types,
 * the runtime validator (with `validate.ts` for what a schema cannot say) and, through
 * `scripts/generate-schema.ts`, the published `graph-data/schema.json`.
 */
import { z } from './zod';

import { actorKinds, certainties, isoDatePattern, relationTypes, SCHEMA_VERSION, slugPattern, strengths } from './vocabulary';

// The vocabulary lives without Zod in vocabulary.ts; it is part of the schema's surface too.
export { actorKinds, certainties, isoDatePattern, relationTypes, SCHEMA_VERSION, slugPattern, stanceTypes, strengths, tieTypes } from './vocabulary';

const slug = (what: string) =>
  z.string().regex(slugPattern, { error: `must be a ${what} slug: lowercase letters, digits and single hyphens` });
/**
 * Characters that show nothing: format characters (zero-width space and joiners, bidi marks, the
 * byte order mark), fillers that render blank, and whitespace. A name made only of these looks
 * empty, or like nothing at all, on screen.
 */
export const visibleCharacterPattern = /[^\s\p{Cf}\p{Cc}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/u;
const text = z
  .string()
  .regex(/\S/, { error: 'must not be empty', abort: true })
  .regex(visibleCharacterPattern, { error: 'must contain a visible character; it holds only invisible ones (such as zero-width spaces)' });
const isoDate = z
  .string()
  .regex(isoDatePattern, { error: 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD' });

export const sourceSchema = z
  .strictObject({
    id: slug('source id'),
    title: text,
    authors: z.array(text).min(1, { error: 'must name at least one author' }),
    published: isoDate,
    container: text.optional().meta({ description: 'Journal, book or site the source appeared in.' }),
    publisher: text.optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a bare DOI such as 10.1163/187502309787858219' })
      .optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      // A user name or password in a link leaks it to every reader, and "trusted.org@evil.example" misleads.
      .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(value), { error: 'must not contain a user name or password (user:password@)' })
      .optional(),
  })
  .meta({ description: 'A text the relations are drawn from.' });

export const actorSchema = z
  .strictObject({
    id: slug('actor id'),
    name: text,
    shortName: text
      .optional()
      .meta({ description: 'A short form the source uses (OSCE, ODIHR), drawn on the graph in place of the name.' }),
    kind: z.enum(actorKinds),
    aliases: z.array(text).meta({ description: 'How the text names the actor besides its name.' }),
    description: z.string(),
    affiliation: slug('actor id')
      .optional()
      .meta({ description: 'For a person: the id of the state or organization they serve.' }),
  })
  .meta({ description: 'A state, organization, person or group.' });

export const locatorSchema = z
  .strictObject({
    section: text.optional().meta({ description: 'Heading of the section the passage is under.' }),
    paragraph: z.int().min(1).optional().meta({ description: 'Body paragraph number, in reading order from 1.' }),
    footnote: z.int().min(1).optional(),
    page: text.optional(),
  })
  .meta({ description: 'Where the quote stands in its source; at least one field.' });

export const evidenceSchema = z
  .strictObject({
    source: slug('source id'),
    quote: text.meta({ description: 'Verbatim from the source; a sentence or less.' }),
    locator: locatorSchema,
    prefix: z.string().optional().meta({ description: 'A few words just before the quote, to find it again.' }),
    suffix: z.string().optional().meta({ description: 'A few words just after the quote.' }),
  })
  .meta({ description: 'A quote that justifies a relation (W3C Web Annotation style anchoring).' });

export const periodSchema = z.strictObject({
  start: isoDate,
  end: isoDate.optional().meta({ description: 'Omitted when the period is open-ended.' }),
});

export const relationSchema = z
  .strictObject({
    id: slug('relation id'),
    source: slug('actor id'),
    target: slug('actor id'),
    type: z.enum(relationTypes),
    directed: z.boolean(),
    date: isoDate.optional(),
    period: periodSchema.optional(),
    summary: text,
    certainty: z.enum(certainties),
    strength: z
      .enum(strengths)
      .optional()
      .meta({ description: "For a stance: how strongly the text's wording puts it (default clear); a weight in alignment analysis." }),
    evidence: z.array(evidenceSchema).min(1, { error: 'needs at least one evidence item' }),
  })
  .meta({ description: 'A typed, dated relation between two actors, with its evidence.' });

export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: slug('dataset id'),
    title: text,
    description: z.string(),
    sources: z.array(sourceSchema).min(1, { error: 'needs at least one source' }),
    actors: z.array(actorSchema),
    relations: z.array(relationSchema),
  })
  .meta({ title: 'Entente dataset', description: 'Actors and the evidenced relations between them.' });

export type ActorKind = (typeof actorKinds)[number];
export type RelationType = (typeof relationTypes)[number];
export type Certainty = (typeof certainties)[number];
export type Strength = (typeof strengths)[number];
export type Source = Readonly<z.infer<typeof sourceSchema>>;
export type Actor = Readonly<z.infer<typeof actorSchema>>;
export type Locator = Readonly<z.infer<typeof locatorSchema>>;
export type Evidence = Readonly<z.infer<typeof evidenceSchema>>;
export type Period = Readonly<z.infer<typeof periodSchema>>;
export type Relation = Readonly<z.infer<typeof relationSchema>>;
export type Dataset = Readonly<z.infer<typeof datasetSchema>>;
