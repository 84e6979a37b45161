/**
 * A content hash of a dataset (SHA-256 of its canonical JSON: keys sorted, no spaces), so a
 * snapshot can tell whether the dataset it was saved from is the one on show. @noble/hashes
 * rather than crypto.subtle, which browsers offer only on https and localhost.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Dataset } from './schema';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function datasetHash(dataset: Dataset): string {
  const { $schema: _ignored, ...content } = dataset;
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(canonicalJson(content))))}`;
}
