/**
 * What the parsing worker and the page say to each other: the page sends the text and what it is
 * (a dataset or a snapshot); the worker says which stage it has reached, then sends its result in
 * parts. A 10,000-actor dataset copied back in one message would cost the page one long task to
 * take in (the copy is rebuilt on the receiving thread); parts of a few hundred records each keep
 * every task short. A snapshot's view comes first, then its node positions (one per actor), the
 * dataset it carries and the text the app keeps of it (tens of megabytes for such a dataset), all
 * in parts as well.
 */
import type { Viewport } from '../export/snapshot';
import type { SnapshotHead } from '../export/snapshot-reading';
import type { ParseStage } from '../model/parse-dataset';
import type { Problem } from '../model/problem';
import type { Actor, Dataset, Relation } from '../model/schema';
import type { ParsedFile, ParseKind } from './parse-file';

/** A dataset without its two long lists, which follow in parts. */
type DatasetHead = Omit<Dataset, 'actors' | 'relations'>;

/** A snapshot without its node positions, which follow in parts. */
type SnapshotWithoutPositions = Omit<SnapshotHead, 'viewport'> & { readonly viewport: Omit<Viewport, 'positions'> };

type Position = readonly [actorId: string, point: Viewport['positions'][string]];

export type ParseMessage =
  | { readonly kind: 'stage'; readonly stage: ParseStage }
  | { readonly kind: 'snapshot'; readonly head: SnapshotWithoutPositions; readonly records: number }
  | { readonly kind: 'positions'; readonly items: readonly Position[] }
  | { readonly kind: 'text'; readonly part: string }
  | { readonly kind: 'dataset'; readonly head: DatasetHead; readonly records: number }
  | { readonly kind: 'problems'; readonly records: number }
  | { readonly kind: 'actors'; readonly items: readonly Actor[] }
  | { readonly kind: 'relations'; readonly items: readonly Relation[] }
  | { readonly kind: 'problem-list'; readonly items: readonly Problem[] }
  | { readonly kind: 'end' };

/** Records per part: small enough that the page takes one in well under a frame. */
export const defaultPartSize = 500;

/** Characters per part of a text, for the same reason; a part counts as one record. */
export const defaultTextPartSize = 250_000;

function* inParts<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

function* datasetMessages(dataset: Dataset, partSize: number): Generator<ParseMessage> {
  const { actors, relations, ...head } = dataset;
  yield { kind: 'dataset', head, records: actors.length + relations.length };
  for (const items of inParts(actors, partSize)) yield { kind: 'actors', items };
  for (const items of inParts(relations, partSize)) yield { kind: 'relations', items };
}

/** The messages that carry a result: what it is and how many records follow, the records, the end. */
export function* resultMessages(parsed: ParsedFile, partSize = defaultPartSize, textPartSize = defaultTextPartSize): Generator<ParseMessage> {
  if (!parsed.result.ok) {
    const { problems } = parsed.result;
    yield { kind: 'problems', records: problems.length };
    for (const items of inParts(problems, partSize)) yield { kind: 'problem-list', items };
  } else if (parsed.kind === 'dataset') {
    yield* datasetMessages(parsed.result.dataset, partSize);
  } else {
    const result = parsed.result;
    const { viewport, ...rest } = result.snapshot;
    const { positions, ...zoomAndPan } = viewport;
    const places = Object.entries(positions);
    const text = result.embedded?.text ?? '';
    yield { kind: 'snapshot', head: { ...rest, viewport: zoomAndPan }, records: places.length + Math.ceil(text.length / textPartSize) };
    for (const items of inParts(places, partSize)) yield { kind: 'positions', items };
    if (result.embedded) yield* datasetMessages(result.embedded.dataset, partSize);
    for (let start = 0; start < text.length; start += textPartSize) yield { kind: 'text', part: text.slice(start, start + textPartSize) };
  }
  yield { kind: 'end' };
}

/** Puts a result back together from its messages, in the order they were sent. */
export class ParseResultAssembler {
  private head: DatasetHead | undefined;
  private snapshot: SnapshotWithoutPositions | undefined;
  private readonly positions: Position[] = [];
  private readonly textParts: string[] = [];
  private readonly actors: Actor[] = [];
  private readonly relations: Relation[] = [];
  private readonly problems: Problem[] = [];
  private records = 0;
  private received = 0;

  /** `kind`: what the page asked the worker to parse. */
  constructor(private readonly kind: ParseKind) {}

  /** How much of the result has arrived, from 0 to 1 (0 until the worker starts sending it). */
  get fraction(): number {
    return this.records === 0 ? 0 : this.received / this.records;
  }

  /** Takes one message; returns the whole result once its last part is in. */
  take(message: ParseMessage): ParsedFile | undefined {
    switch (message.kind) {
      case 'stage':
        return undefined;
      case 'snapshot':
        this.snapshot = message.head;
        this.records += message.records;
        return undefined;
      case 'positions':
        this.positions.push(...message.items);
        this.received += message.items.length;
        return undefined;
      case 'text':
        this.textParts.push(message.part);
        this.received += 1;
        return undefined;
      case 'dataset':
        this.head = message.head;
        this.records += message.records;
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
        return this.result();
    }
  }

  private result(): ParsedFile {
    const dataset = this.head && { ...this.head, actors: this.actors, relations: this.relations };
    if (this.kind === 'dataset') return { kind: 'dataset', result: dataset ? { ok: true, dataset } : { ok: false, problems: this.problems } };
    if (!this.snapshot) return { kind: 'snapshot', result: { ok: false, problems: this.problems } };
    const embedded = dataset && { dataset, text: this.textParts.join('') };
    const { viewport, ...rest } = this.snapshot;
    // fromEntries defines each id as an own property, even one such as `__proto__`.
    const snapshot = { ...rest, viewport: { ...viewport, positions: Object.fromEntries(this.positions) } };
    return { kind: 'snapshot', result: { ok: true, snapshot, embedded } };
  }
}
