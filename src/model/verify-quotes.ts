/** Checks every quote citing one source against that source's text (the CLI's `verify`). */
import { printableText } from './printable-text';
import { formatJsonPath } from './problem';
import { locateQuote, normalizeText } from './quote-anchor';
import type { Dataset } from './schema';

export interface QuoteFinding {
  readonly path: string;
  readonly relationId: string;
  readonly quote: string;
  readonly problem: string;
}

export interface VerifyReport {
  readonly checked: number;
  readonly findings: readonly QuoteFinding[];
}

export function verifyQuotes(dataset: Dataset, sourceId: string, sourceText: string): VerifyReport {
  const text = normalizeText(sourceText);
  const findings: QuoteFinding[] = [];
  let checked = 0;
  dataset.relations.forEach((relation, relationIndex) => {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      if (evidence.source !== sourceId) return;
      checked++;
      const path = formatJsonPath(['relations', relationIndex, 'evidence', evidenceIndex]);
      const finding = (problem: string) => findings.push({ path, relationId: relation.id, quote: printableText(evidence.quote, 1000), problem });
      const lookup = locateQuote(text, evidence);
      if (!lookup.found) {
        finding(`quote not found in the text; closest passage: "${printableText(lookup.closest)}"`);
        return;
      }
      const { start, end, prefixMatches, suffixMatches } = lookup.match;
      const around = (from: number, to: number) => printableText(normalizeText(sourceText.slice(Math.max(0, from), to)).text.trim());
      if (!prefixMatches) {
        finding(`prefix "${printableText(evidence.prefix ?? '')}" does not match the text before the quote: "…${around(start - 40, start)}"`);
      }
      if (!suffixMatches) {
        finding(`suffix "${printableText(evidence.suffix ?? '')}" does not match the text after the quote: "${around(end, end + 40)}…"`);
      }
    });
  });
  return { checked, findings };
}
