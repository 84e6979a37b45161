/** The dataset-parsing Web Worker: the text in; the stages it reaches, then the result in parts, back. */
import { parseDatasetText } from '../model/parse-dataset';
import { resultMessages, type ParseMessage, type ParseRequest } from './dataset-parse-messages';

const say = (message: ParseMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const result = parseDatasetText(event.data.text, (stage) => say({ kind: 'stage', stage }));
  for (const message of resultMessages(result)) say(message);
};
