/**
 * The large cases of the hostile corpus, made on demand rather than committed: thousands of
 * dangling references, JSON nested a hundred thousand deep, and a name of megabytes of
 * invisible characters. The tests call these; `tsx src/testing/hostile/generate-large.ts DIR`
 * writes them as files, to try them by hand (`entente validate DIR/*.json`, or the app).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { breakableDataset } from '../../model/testing/minimal-dataset';

export interface GeneratedCase {
  readonly name: string;
  readonly text: string;
}

export const danglingReferenceCount = 5_000;
export const nestingDepth = 100_000;
export const invisibleNameLength = 4_000_000;

/** A dataset whose relations point at thousands of actors it does not have. */
export function danglingReferences(count = danglingReferenceCount): GeneratedCase {
  const data = breakableDataset();
  data.relations = data.relations.slice(0, 1).flatMap((template) => Array.from({ length: count }, (_, i) => ({ ...template, id: `r-${i}`, target: `missing-${i}` })));
  return { name: `dangling-references-${count}.json`, text: `${JSON.stringify(data, null, 2)}\n` };
}

/** Arrays nested far deeper than any parser's stack, where the actors should be. */
export function deepNesting(depth = nestingDepth): GeneratedCase {
  return { name: 'deep-nesting.json', text: `{"actors": ${'['.repeat(depth)}${']'.repeat(depth)}}\n` };
}

/** An actor whose name is megabytes of zero-width spaces: it would show as nothing. */
export function hugeInvisibleName(length = invisibleNameLength): GeneratedCase {
  const data = breakableDataset();
  data.actors = data.actors.map((actor) => (actor.id === 'russia' ? { ...actor, name: '\u200B'.repeat(length) } : actor));
  return { name: 'huge-invisible-name.json', text: `${JSON.stringify(data, null, 2)}\n` };
}

export function largeCases(): GeneratedCase[] {
  return [danglingReferences(), deepNesting(), hugeInvisibleName()];
}

/** Writes the large cases into `directory` and returns their paths. */
export function writeLargeCases(directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  return largeCases().map(({ name, text }) => {
    const path = join(directory, name);
    writeFileSync(path, text);
    return path;
  });
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const directory = process.argv[2];
  if (directory === undefined) {
    console.error('usage: tsx src/testing/hostile/generate-large.ts DIR');
    process.exit(2);
  }
  for (const path of writeLargeCases(directory)) console.log(path);
}
