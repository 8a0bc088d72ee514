/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { compileHintsPlugin } from './build/compileHints.ts'
import { cspPlugin } from './build/csp.ts'
import { serviceWorkerPlugin } from './build/serviceWorker.ts'
import { singleFilePlugin } from './build/singleFile.ts'

/** The id of the data block in index.html; src/data/baselineQuery.ts reads it. */
const BASELINE_DATA_ID = 'baseline-data'

/**
 * The first view without waiting (issue 7). Two additions to index.html:
 * - the baseline the build uses (public/data/baseline.json, still the one source), as a data block
 *   (`<script type="application/json">`, never executed, so a strict CSP (issue 10) allows it):
 *   TanStack Query starts with it instead of a request after the entry script has run;
 * - modulepreload links for the charts chunk (app/AppShell, Recharts) and its imports, so they
 *   download beside the entry instead of after it, and preload links for the Latin Inter faces. They are preloads, not static imports: the entry
 *   keeps its one dynamic import target (ARCHITECTURE.md).
 */
function firstViewPlugin(): Plugin {
  let base = '/'
  return {
    name: 'hn-first-view',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // Parsed and re-serialised: a broken file fails the build; `<` is escaped so no text in the
        // data can close the block.
        const baseline = JSON.stringify(JSON.parse(readFileSync('public/data/baseline.json', 'utf8'))).replace(/</g, '\\u003c')
        const tags: HtmlTagDescriptor[] = [
          { tag: 'script', attrs: { type: 'application/json', id: BASELINE_DATA_ID }, children: baseline, injectTo: 'body' },
        ]
        const charts = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app/AppShell.tsx'),
        )
        if (charts && charts.type === 'chunk') {
          // The entry and its static imports are in the page already.
          const loaded = new Set(ctx.chunk ? [ctx.chunk.fileName, ...ctx.chunk.imports] : [])
          for (const file of [charts.fileName, ...charts.imports].filter((f) => !loaded.has(f))) {
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })
          }
        }
        // The three Latin faces of Inter that the first view's text uses: fetched beside the scripts
        // instead of once the first layout asks for them, so the first view is laid out once, in
        // Inter, not in a fallback font and again when Inter arrives (issue 7).
        for (const asset of Object.values(ctx.bundle ?? {})) {
          if (asset.type === 'asset' && /(^|\/)inter-latin-(400|600|700)-normal-[^/]*\.woff2$/.test(asset.fileName)) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${asset.fileName}` },
              injectTo: 'head',
            })
          }
        }
        return tags
      },
    },
  }
}

// Build variants (ARCHITECTURE.md, "Build variants"):
//   vite build                      dist/: CSP meta, service worker, lazy chunks, the baseline as a
//                                   data block and the charts chunk preloaded; any --base works
//   vite build --mode single        dist-single/index.html: one file that opens from file://
export default defineConfig(({ mode }) => {
  const isSingle = mode === 'single'
  return {
    plugins: [
      react(),
      ...(isSingle
        ? [singleFilePlugin({ favicon: 'public/favicon.png' })]
        : [firstViewPlugin(), cspPlugin(), compileHintsPlugin(), serviceWorkerPlugin()]),
    ],
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
      ...(isSingle ? { assetsInlineLimit: () => true } : {}),
      // One stylesheet, linked in index.html: the CSS of the lazy charts chunk (each component
      // imports its own, #8) would otherwise be a second file fetched before the charts can draw,
      // and its rules would follow the entry's in an order set by loading.
      cssCodeSplit: false,
      // pptxgenjs (loaded only when a user exports a deck) imports node:fs and node:https on its Node
      // code path only. Left external they never load in a browser, and no CommonJS stub chunk pulls
      // Rolldown's runtime helpers out of the entry into a chunk of their own.
      rolldownOptions: {
        external: ['node:fs', 'node:https'],
        output: isSingle
          ? { codeSplitting: false }
          : {
              // The chunk shared by the charts and the comparison charts is mostly Recharts; Rolldown
              // would name it after one of its small modules (it was `tariffAxis-*.js`).
              chunkFileNames: (chunk) =>
                !chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.includes('/node_modules/recharts/'))
                  ? 'assets/recharts-[hash].js'
                  : 'assets/[name]-[hash].js',
            },
      },
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
  }
})
