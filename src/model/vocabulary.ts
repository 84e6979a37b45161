/**
 * The dataset format's fixed vocabulary and patterns, without Zod: the app's first load draws
 * the bundled dataset with these and loads the schemas (schema.ts) only to check a dataset.
 */
export const SCHEMA_VERSION = 1;

/** ISO 8601 calendar date at the precision the text gives: year, year-month or day. */
export const isoDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const actorKinds = ['state', 'organization', 'person', 'group'] as const;
export const stanceTypes = ['support', 'opposition', 'deal'] as const;
export const tieTypes = ['membership', 'role', 'kinship'] as const;
export const relationTypes = [...stanceTypes, ...tieTypes] as const;
export const certainties = ['stated', 'inferred'] as const;
/** How strongly the text's wording puts a stance; `clear` when a relation does not say. */
export const strengths = ['weak', 'clear', 'strong'] as const;
