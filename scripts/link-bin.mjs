// npm links the bins of dependencies, not the project's own: link `entente` so that
// node_modules/.bin/entente (and `entente` inside npm scripts) works in a fresh clone.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/entente', { force: true });
symlinkSync('../../bin/entente.mjs', 'node_modules/.bin/entente');
