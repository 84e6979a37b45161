/** Made once: a number format made for every call (as toLocaleString does) is costly. */
const countFormat = new Intl.NumberFormat('en');

/** "1 relation", "76 relations": a count with its noun in the right number. */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${countFormat.format(count)} ${count === 1 ? singular : plural}`;
}
