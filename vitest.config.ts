// One vitest run for everything: unit tests, integration tests on the real Neo4j, and Chromium end-to-end tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts (or connects to) a real Neo4j, seeds the story, builds the client: once per run, for every file.
    globalSetup: ['test/setup/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
