// Unit tests: `*.test.ts` beside the code they test, run in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{contract,assessment,electron,renderer,exercises,rubrics,scripts}/**/*.test.{ts,tsx}', 'test/conformance/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
