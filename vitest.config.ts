import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium-options.ts';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/{model,analysis,export,state,cli}/**/*.test.ts', 'src/**/*.unit.test.ts', 'graph-data/**/*.test.ts', 'bench/**/*.test.ts'],
          // Code that needs a browser API (IndexedDB) outside components is tested in Chromium.
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/{components,graph}/**/*.test.ts', 'src/**/*.browser.test.ts'],
          exclude: ['**/*.unit.test.ts', '**/node_modules/**'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 800 },
          },
        },
      },
    ],
  },
});
