import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * `vite build --mode single`: one self-contained dist-single/index.html that opens from disk
 * (file://), to send by e-mail or keep on a laptop. The config puts all code in one chunk (the
 * lazy chunks included) and inlines every asset (fonts as data: URLs); this plugin then moves the
 * script and the stylesheet into the page and drops the files. No service worker, no CSP meta
 * (the script is inline) in this build.
 */

/** Inside an inline <script>, "</script" would end the element early. */
export function inlineScriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}

export function singleFilePlugin(options: { favicon: string }): Plugin {
  return {
    name: 'hn:single-file',
    apply: 'build',
    enforce: 'post',
    // After the bundle is written: by then Vite has finished every chunk (its dynamic-import
    // preload markers are resolved in generateBundle, after plugins that could inline earlier).
    writeBundle(output, bundle) {
      const dir = output.dir ?? 'dist-single'
      const index = bundle['index.html']
      if (!index || index.type !== 'asset') throw new Error('single-file build: no index.html in the bundle')
      let html = String(index.source)
      for (const [fileName, item] of Object.entries(bundle)) {
        const ref = new RegExp(`(\\./|/)?${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
        if (item.type === 'chunk' && item.isEntry) {
          html = html.replace(
            new RegExp(`<script type="module"[^>]*src="${ref.source}"[^>]*></script>`),
            () => `<script type="module">${inlineScriptText(item.code)}</script>`,
          )
          rmSync(join(dir, fileName))
          delete bundle[fileName]
        } else if (item.type === 'asset' && fileName.endsWith('.css')) {
          // Every browser that runs this code reads WOFF2: drop the WOFF fallbacks (half the file).
          const css = String(item.source).replace(/,\s*url\(data:font\/woff;base64,[^)]*\)\s*format\(["']?woff["']?\)/g, '')
          html = html.replace(new RegExp(`<link rel="stylesheet"[^>]*href="${ref.source}"[^>]*>`), () => `<style>${css}</style>`)
          rmSync(join(dir, fileName))
          delete bundle[fileName]
        }
      }
      html = html.replace(/<link rel="modulepreload"[^>]*>/g, '')
      const icon = `data:image/png;base64,${readFileSync(options.favicon).toString('base64')}`
      html = html.replace(/<link rel="icon"[^>]*>/, `<link rel="icon" type="image/png" sizes="32x32" href="${icon}" />`)
      const left = Object.keys(bundle).filter((f) => f !== 'index.html')
      if (left.length) throw new Error(`single-file build: files left beside index.html: ${left.join(', ')}`)
      writeFileSync(join(dir, 'index.html'), html)
      rmSync(join(dir, 'assets'), { recursive: true, force: true })
    },
  }
}
