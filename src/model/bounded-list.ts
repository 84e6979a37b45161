/** A list for a one-line message, cut to its first few items: "a; b; c; and 19,997 more". */
export function boundedList(items: readonly string[], max: number, separator = '; '): string {
  if (items.length <= max) return items.join(separator);
  const rest = items.length - max;
  return `${items.slice(0, max).join(separator)}${separator}and ${rest.toLocaleString('en-US')} more`;
}
