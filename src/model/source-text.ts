/** A source's text that the user opened from their own machine; it never leaves the browser. */
export interface SourceText {
  readonly sourceId: string;
  readonly fileName: string;
  readonly text: string;
}
