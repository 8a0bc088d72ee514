/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './build/csp.ts'
import { serviceWorkerPlugin } from './build/serviceWorker.ts'
import { singleFilePlugin } from './build/singleFile.ts'

// Build variants (ARCHITECTURE.md, "Build variants"):
//   vite build                      dist/: CSP meta, service worker, lazy chunks; any --base works
//   vite build --mode single        dist-single/index.html: one file that opens from file://
export default defineConfig(({ mode }) => {
  const isSingle = mode === 'single'
  return {
    plugins: [react(), ...(isSingle ? [singleFilePlugin({ favicon: 'public/favicon.svg' })] : [cspPlugin(), serviceWorkerPlugin()])],
    // The single file carries the baseline in its code (src/data/baselineQuery.ts); other builds fetch it.
    define: { __EMBEDDED_BASELINE__: isSingle ? readFileSync('public/data/baseline.json', 'utf8') : 'null' },
    server: { port: 5173 },
    preview: { port: 4173 },
    // The single file reads the baseline from its own code and must not ship public/ beside it.
    publicDir: isSingle ? false : 'public',
    base: isSingle ? './' : undefined,
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: isSingle ? 'dist-single' : 'dist',
      ...(isSingle ? { assetsInlineLimit: () => true, cssCodeSplit: false } : {}),
      // pptxgenjs (loaded only when a user exports a deck) imports node:fs and node:https on its Node
      // code path only. Left external they never load in a browser, and no CommonJS stub chunk pulls
      // Rolldown's runtime helpers out of the entry into a chunk of their own.
      rolldownOptions: {
        external: ['node:fs', 'node:https'],
        ...(isSingle ? { output: { codeSplitting: false } } : {}),
      },
    },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      css: false,
    },
  }
})
