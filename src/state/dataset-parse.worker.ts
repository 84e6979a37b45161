/** The parsing Web Worker: a dataset's or a snapshot's text in; the stages it reaches, then the result in parts, back. */
import { resultMessages, type ParseMessage } from './dataset-parse-messages';
import { parseFile, type ParseRequest } from './parse-file';

const say = (message: ParseMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const parsed = parseFile(event.data, (stage) => say({ kind: 'stage', stage }));
  for (const message of resultMessages(parsed)) say(message);
};
