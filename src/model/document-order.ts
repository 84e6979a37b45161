/**
 * Orders JSON paths as the places they name stand in a parsed document: array items by index,
 * object fields by the order of their keys (JSON.parse keeps it). A path to a missing field sorts
 * after its parent's existing fields, where a reader would add it.
 */
import type { JsonPath } from './problem';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The position of each path segment among its siblings. */
export function documentPosition(root: unknown, path: JsonPath): number[] {
  const position: number[] = [];
  let value: unknown = root;
  for (const segment of path) {
    if (!isObject(value)) {
      position.push(Number.MAX_SAFE_INTEGER);
      value = undefined;
      continue;
    }
    if (Array.isArray(value)) {
      position.push(typeof segment === 'number' ? segment : Number.MAX_SAFE_INTEGER);
      value = typeof segment === 'number' ? (value[segment] as unknown) : undefined;
      continue;
    }
    const key = String(segment);
    const keyIndex = Object.hasOwn(value, key) ? Object.keys(value).indexOf(key) : -1;
    position.push(keyIndex === -1 ? Number.MAX_SAFE_INTEGER : keyIndex);
    value = keyIndex === -1 ? undefined : value[key];
  }
  return position;
}

/** Lexicographic order of positions; a parent comes before what it contains. */
export function compareDocumentPositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
