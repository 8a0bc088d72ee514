import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'

/**
 * Writes dist/sw.js: a service worker that precaches the whole build (every emitted file and
 * everything in public/), so after the first visit the dashboard works with no network.
 * The cache name carries a hash of every file, so a new deployment gives a new sw.js, which the
 * browser notices and installs beside the old one; the page then offers "Reload".
 *
 * Hand-written instead of vite-plugin-pwa: its current release does not list Vite 8 as a peer, and
 * the worker needs a dozen lines of logic.
 */
function publicFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? publicFiles(path) : [path]
  })
}

export function serviceWorkerSource(urls: readonly string[], version: string): string {
  return `// Generated at build by build/serviceWorker.ts: precaches the build for offline use.
const CACHE = 'hn-dashboard-${version}'
const URLS = ${JSON.stringify(urls)}
const INDEX = new URL('./', self.location).href

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS.map((u) => new URL(u, self.location).href))))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('hn-dashboard-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

// The page asks for this when the user presses "Reload" on "A new version is ready".
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE)
      // A scenario link (index.html?tariff=25) opens offline: every page of the app is index.html.
      if (request.mode === 'navigate') {
        const page = await cache.match(INDEX, { ignoreVary: true })
        if (page) return page
      }
      // ignoreVary: the server may answer "Vary: Origin", and the page's module scripts (crossorigin)
      // send an Origin header that the precache requests did not.
      const hit = await cache.match(request, { ignoreVary: true })
      return hit ?? fetch(request)
    })(),
  )
})
`
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'hn:service-worker',
    apply: 'build',
    // After Vite has written index.html into the bundle.
    enforce: 'post',
    configResolved(c) {
      config = c
    },
    generateBundle(_, bundle) {
      const hash = createHash('sha256')
      const urls = ['./']
      for (const [fileName, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        // .woff: the fallback for browsers without WOFF2, which have no service worker either.
        if (fileName === 'index.html' || fileName.endsWith('.map') || fileName.endsWith('.woff')) continue
        urls.push(`./${fileName}`)
        hash.update(fileName)
        hash.update(item.type === 'chunk' ? item.code : item.source)
      }
      const index = bundle['index.html']
      if (index?.type === 'asset') hash.update(index.source)
      if (config.publicDir) {
        for (const path of publicFiles(config.publicDir).sort()) {
          const name = relative(config.publicDir, path).split('\\').join('/')
          urls.push(`./${name}`)
          hash.update(name)
          hash.update(readFileSync(path))
        }
      }
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(urls, hash.digest('hex').slice(0, 12)) })
    },
  }
}
