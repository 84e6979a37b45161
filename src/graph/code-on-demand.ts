/**
 * Code kept out of the first load: fetched once, on first need, then at hand synchronously, so
 * that what runs on every frame can ask for it without awaiting.
 */
export interface CodeOnDemand<Code> {
  /** The code once it has loaded; undefined before. */
  readonly loaded: () => Code | undefined;
  /** Starts loading it (once) and resolves to it. */
  readonly load: () => Promise<Code>;
}

export function codeOnDemand<Code>(fetch: () => Promise<Code>): CodeOnDemand<Code> {
  let loaded: Code | undefined;
  let loading: Promise<Code> | undefined;
  return {
    loaded: () => loaded,
    load: () => (loading ??= fetch().then((code) => (loaded = code))),
  };
}
