import type { ParseStage } from '../model/parse-dataset';

/**
 * The steps of opening a dataset, in order: waiting for a `?data=` address to answer, reading the
 * JSON, checking it, and receiving the checked dataset from the worker that did both.
 */
export type LoadStage = 'fetching' | ParseStage | 'receiving';

/** What the app is opening, named as the user knows it, and how far it has got. */
export interface Loading {
  readonly name: string;
  readonly stage: LoadStage;
  /** How much of the current stage is done, from 0 to 1 (0 where the stage cannot tell). */
  readonly fraction: number;
}
