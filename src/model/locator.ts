import type { Locator } from './schema';

/** "The Diverging Policies, ¶ 10" or "footnote 6" or "¶ 2". */
export function formatLocator(locator: Locator): string {
  const parts: string[] = [];
  if (locator.section) parts.push(locator.section);
  if (locator.paragraph !== undefined) parts.push(`¶ ${locator.paragraph}`);
  if (locator.footnote !== undefined) parts.push(`footnote ${locator.footnote}`);
  if (locator.page) parts.push(`p. ${locator.page}`);
  return parts.join(', ');
}
