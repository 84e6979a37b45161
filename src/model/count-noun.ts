/** One formatter for every count: `toLocaleString` sets one up anew on each call. */
const counts = new Intl.NumberFormat('en');

/** "1 relation", "76 relations": a count with its noun in the right number. */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${counts.format(count)} ${count === 1 ? singular : plural}`;
}
