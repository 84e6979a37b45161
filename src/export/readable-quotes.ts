/** Evidence as plain text for tools whose tables hold strings (Gephi, Cytoscape desktop, yEd). */
import { formatLocator } from '../model/locator';
import type { Evidence } from '../model/schema';

/** `“Moscow has clearly spoken out” (zagorski-2009, The Bid, ¶ 4)` */
export function readableQuote(evidence: Evidence): string {
  const where = [evidence.source, formatLocator(evidence.locator)].filter((part) => part !== '').join(', ');
  return `“${evidence.quote}” (${where})`;
}

/** Every quote of a relation, one a line. */
export function readableQuotes(evidence: readonly Evidence[]): string {
  return evidence.map(readableQuote).join('\n');
}
