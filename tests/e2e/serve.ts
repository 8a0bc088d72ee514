import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: PreviewServer | undefined

/** Serve the production build (dist/) on a free port for the whole run. */
export async function setup(project: TestProject) {
  server = await preview({ preview: { port: 0, strictPort: false, open: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('baseUrl', url.replace(/\/$/, ''))
}

export async function teardown() {
  await server?.close()
}
