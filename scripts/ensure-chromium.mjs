// Browser tests need a real Chromium. Playwright cannot download its own here, so we use
// Debian's `chromium` package: install it when we can (root + apt), else fail naming it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function canInstall() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (!existsSync(chromiumPath)) {
  if (!canInstall()) {
    console.error(
      `Chromium is not installed at ${chromiumPath}. Install Debian's "chromium" package ` +
        '(sudo apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.',
    );
    process.exit(1);
  }
  console.log('Installing Debian package "chromium" for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(chromiumPath)) {
    console.error(`Installing the "chromium" package did not provide ${chromiumPath}.`);
    process.exit(1);
  }
}
console.log(`Chromium: ${execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim()}`);
