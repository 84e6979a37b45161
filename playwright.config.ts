import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-options.ts';

// E2E_PORT lets several checkouts run their end-to-end tests at once.
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/deep/sub/path/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: 'node e2e/serve-dist.mjs',
    url: `http://127.0.0.1:${port}/deep/sub/path/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
});
