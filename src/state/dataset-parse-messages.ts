/**
 * What the dataset-parsing worker and the page say to each other: the page sends the text; the
 * worker says which stage it has reached, then sends its result in parts. A 10,000-actor dataset
 * copied back in one message would cost the page one long task to take in (the copy is rebuilt
 * on the receiving thread); parts of a few hundred records each keep every task short.
 */
import type { ParseStage } from '../model/parse-dataset';
import type { Problem } from '../model/problem';
import type { Actor, Dataset, Relation } from '../model/schema';
import type { ValidationResult } from '../model/validate';

export interface ParseRequest {
  readonly text: string;
}

/** A dataset without its two long lists, which follow in parts. */
type DatasetHead = Omit<Dataset, 'actors' | 'relations'>;

export type ParseMessage =
  | { readonly kind: 'stage'; readonly stage: ParseStage }
  | { readonly kind: 'dataset'; readonly head: DatasetHead; readonly records: number }
  | { readonly kind: 'problems'; readonly records: number }
  | { readonly kind: 'actors'; readonly items: readonly Actor[] }
  | { readonly kind: 'relations'; readonly items: readonly Relation[] }
  | { readonly kind: 'problem-list'; readonly items: readonly Problem[] }
  | { readonly kind: 'end' };

/** Records per part: small enough that the page takes one in well under a frame. */
export const defaultPartSize = 500;

function* inParts<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The messages that carry a result: what it is and how many records follow, the records, the end. */
export function* resultMessages(result: ValidationResult, partSize = defaultPartSize): Generator<ParseMessage> {
  if (result.ok) {
    const { actors, relations, ...head } = result.dataset;
    yield { kind: 'dataset', head, records: actors.length + relations.length };
    for (const items of inParts(actors, partSize)) yield { kind: 'actors', items };
    for (const items of inParts(relations, partSize)) yield { kind: 'relations', items };
  } else {
    yield { kind: 'problems', records: result.problems.length };
    for (const items of inParts(result.problems, partSize)) yield { kind: 'problem-list', items };
  }
  yield { kind: 'end' };
}

/** Puts a result back together from its messages, in the order they were sent. */
export class ParseResultAssembler {
  private head: DatasetHead | undefined;
  private readonly actors: Actor[] = [];
  private readonly relations: Relation[] = [];
  private readonly problems: Problem[] = [];
  private records = 0;
  private received = 0;

  /** How much of the result has arrived, from 0 to 1 (0 until the worker starts sending it). */
  get fraction(): number {
    return this.records === 0 ? 0 : this.received / this.records;
  }

  /** Takes one message; returns the whole result once its last part is in. */
  take(message: ParseMessage): ValidationResult | undefined {
    switch (message.kind) {
      case 'stage':
        return undefined;
      case 'dataset':
        this.head = message.head;
        this.records = message.records;
        return undefined;
      case 'problems':
        this.records = message.records;
        return undefined;
      case 'actors':
        this.actors.push(...message.items);
        this.received += message.items.length;
        return undefined;
      case 'relations':
        this.relations.push(...message.items);
        this.received += message.items.length;
        return undefined;
      case 'problem-list':
        this.problems.push(...message.items);
        this.received += message.items.length;
        return undefined;
      case 'end':
        return this.head ? { ok: true, dataset: { ...this.head, actors: this.actors, relations: this.relations } } : { ok: false, problems: this.problems };
    }
  }
}
