import { readFile } from 'node:fs/promises';
import { parseDatasetText } from '../model/parse-dataset';
import type { ValidationResult } from '../model/validate';
import { UsageError } from './io';

export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${what} ${path} (${reason})`);
  }
}

export async function readDatasetFile(path: string): Promise<ValidationResult> {
  return parseDatasetText(await readText(path, 'dataset'));
}
