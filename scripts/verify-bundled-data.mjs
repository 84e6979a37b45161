// Checks the bundled dataset's quotes against the article when its text is present beside the
// project (../shared/sources/); the text is copyrighted and never part of the repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dataset = 'graph-data/zagorski-2009.json';
const source = '../shared/sources/zagorski-2009-kazakhstan-osce-chairmanship.txt';

execFileSync(process.execPath, ['bin/entente.mjs', 'validate', dataset], { stdio: 'inherit' });
if (existsSync(source)) {
  execFileSync(process.execPath, ['bin/entente.mjs', 'verify', dataset, '--source', `zagorski-2009=${source}`], { stdio: 'inherit' });
} else {
  console.log(`Skipped the quote check: the article's text is not at ${source}.`);
}
