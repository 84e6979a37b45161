/** Runs the real `entente` executable as a user would (Node tests only). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The executable `npx entente` runs. */
export const bin = new URL('../../../bin/entente.mjs', import.meta.url).pathname;

export interface EntenteResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The exit code and everything written, whether the command succeeds or not. */
export async function entente(...args: string[]): Promise<EntenteResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
