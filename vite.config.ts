import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/checks/**/*.test.ts'],
    environment: 'node',
    globals: true,
    pool: 'threads',
    // Whole-packet and whole-plan tests take 2-3 s alone and several times that while the two cores are shared;
    // speed is measured by `npm run bench`, not by test timeouts.
    testTimeout: 20_000,
  },
});
