/** What is selected: an actor, a relation, or nothing (null). */
import { z } from './zod';
import { quoteInput } from './quote-input';
import { slugPattern } from './schema';

/** An actor or relation id named by a view (the address, a snapshot): a slug, as in datasets. */
export const viewIdSchema = z.string().regex(slugPattern, {
  error: (issue) => `${quoteInput(issue.input)} is not an id: ids are lowercase letters, digits and single hyphens`,
});

export const selectionRefSchema = z
  .strictObject({
    kind: z.enum(['actor', 'relation'], { error: (issue) => `${quoteInput(issue.input)} is neither "actor" nor "relation"` }),
    id: viewIdSchema,
    /** A merged edge standing for several relations (`id` is the first of them). */
    relationIds: z.array(viewIdSchema).readonly().optional(),
  })
  .readonly();

export type SelectionRef = z.infer<typeof selectionRefSchema>;
