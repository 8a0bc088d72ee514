// Shared by the development scripts here: serve the build and open Chromium the way the tests do.
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../e2e/findChromium.mjs'

export async function serveBuild(outDir = process.env.OUTDIR || 'dist') {
  const server = await preview({ preview: { port: 0 }, build: { outDir }, logLevel: 'warn' })
  return { server, url: server.resolvedUrls.local[0] }
}

export async function launchChromium() {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}
