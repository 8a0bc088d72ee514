/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // pptxgenjs (loaded only when a user exports a deck) imports node:fs and node:https on its Node
    // code path only. Left external they never load in a browser, and no CommonJS stub chunk pulls
    // Rolldown's runtime helpers out of the entry into a chunk of their own.
    rolldownOptions: { external: ['node:fs', 'node:https'] },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    // Correctness, not speed (speed is the bench's): on a loaded shared machine 5 s was a timing test.
    testTimeout: 20_000,
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    css: false,
  },
})
