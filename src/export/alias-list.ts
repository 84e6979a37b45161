/**
 * An actor's aliases as one readable cell: `Moscow | The Kremlin`, for CSV, GraphML and GEXF,
 * whose table columns hold one string.
 *
 * The join must round-trip whatever an alias contains, so inside an alias `\` is written `\\` and
 * `|` is written `\|`. Every unescaped `|` is then a separator, and the single space each side of it
 * belongs to the separator (an alias's own leading or trailing spaces survive). Aliases are never
 * empty (the schema asks for non-blank text), so an empty cell is the empty list.
 */

export const aliasSeparator = ' | ';

function escapeAlias(alias: string): string {
  return alias.replace(/[\\|]/g, (char) => `\\${char}`);
}

export function joinAliases(aliases: readonly string[]): string {
  return aliases.map(escapeAlias).join(aliasSeparator);
}

/** The inverse of `joinAliases`; lenient with hand-edited cells (a lone `\` stays as it is). */
export function splitAliases(cell: string): string[] {
  if (cell === '') return [];
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell.charAt(i);
    const next = cell.charAt(i + 1);
    if (char === '\\' && (next === '\\' || next === '|')) {
      current += next;
      i++;
    } else if (char === '|') {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  // Drop the separator's own spaces: one before each `|`, one after.
  return parts.map((part, index) => {
    let alias = part;
    if (index > 0 && alias.startsWith(' ')) alias = alias.slice(1);
    if (index < parts.length - 1 && alias.endsWith(' ')) alias = alias.slice(0, -1);
    return alias;
  });
}
