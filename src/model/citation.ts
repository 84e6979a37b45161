/** Citations of sources as shown beside every quote. */
import type { Source } from './schema';

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** "Andrei Zagorski, “Title”, Journal, 2009" (the DOI is rendered separately, as a link). */
export function formatCitation(source: Source): string {
  const parts = [source.authors.join(', '), `“${source.title}”`];
  if (source.container) parts.push(source.container);
  parts.push(source.published.slice(0, 4));
  return parts.join(', ');
}
