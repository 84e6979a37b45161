/**
 * File names that say what a download holds: dataset, what was exported, the filter in force and
 * the day, e.g. `zagorski-2009_relations_opposition-hidden_2026-11-28.csv`.
 *
 * Every part is slugged: lowercased, any run of characters other than letters, digits and
 * combining marks (of any script) becomes one hyphen, and it is cut to a length every file system
 * takes. So no part holds a path separator, a dot, a control or bidi-override character, or a name
 * Windows reserves (the date part always follows). Empty parts are left out.
 */

const maxPartLength = 60;

/** `Opposition hidden, 2005–2009` → `opposition-hidden-2005-2009`. */
export function slugForFileName(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, so no surrogate pair is split; then drop a hyphen left at the end.
  return Array.from(slug).slice(0, maxPartLength).join('').replace(/-+$/, '');
}

/** The local calendar day, since that is the date the user sees on their clock. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `exportFileName('zagorski-2009', '', 'graphml', date, 'opposition hidden')` gives
 * `zagorski-2009_opposition-hidden_2026-11-28.graphml`; `what` names the content when the
 * extension alone does not (`actors`, `relations`, `snapshot`) and may be empty.
 */
export function exportFileName(datasetId: string, what: string, ext: string, date: Date, filterSummary?: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('exportFileName needs a valid date');
  const dataset = slugForFileName(datasetId) || 'entente';
  const parts = [dataset, slugForFileName(what), slugForFileName(filterSummary ?? ''), localDay(date)];
  // ".tar.gz" and "GraphML" alike: ASCII letters and digits, dot-separated.
  const extension = ext
    .toLowerCase()
    .split('.')
    .map((segment) => segment.replace(/[^a-z0-9]+/g, ''))
    .filter((segment) => segment !== '')
    .join('.');
  const base = parts.filter((part) => part !== '').join('_');
  return extension === '' ? base : `${base}.${extension}`;
}
