import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any static host and any sub-path.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
