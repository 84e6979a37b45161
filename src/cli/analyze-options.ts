/** The flags of `entente analyze`, apart from its code, so other commands start without loading the analysis. */

export const analyzeUsage = `entente analyze FILE [--as-of DATE | --from DATE --to DATE] [--no-undated]
      [--types TYPE,...] [--weighted] [--pair ACTOR,ACTOR] [--json]`;

/** The options `analyze` takes beyond the time flags it shares with `export`, for `parseArgs` in main.ts. */
export const analyzeOptions = {
  types: { type: 'string', multiple: true },
  weighted: { type: 'boolean' },
  pair: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export interface AnalyzeFlags {
  readonly 'as-of'?: string;
  readonly from?: string;
  readonly to?: string;
  readonly 'no-undated'?: boolean;
  readonly types?: readonly string[];
  readonly weighted?: boolean;
  readonly pair?: string;
  readonly json?: boolean;
}
