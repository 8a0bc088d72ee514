import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the production build (issue 10): scripts only from this site (no
 * inline script, no eval), styles only from this site's stylesheets, fonts self-hosted, data only
 * from this site. React and Recharts set styles through the CSSOM (element.style), which CSP does
 * not govern, so no 'unsafe-inline' is needed for styles either. Exports draw the SVG into an
 * <img> from a blob: URL and read fonts as data: URLs, hence img-src data: blob:.
 *
 * A <script type="application/json"> data block is not executed, so script-src does not apply to it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** Adds the policy as a <meta> tag to the built index.html only; the dev server (HMR injects inline code) stays without. */
export function cspPlugin(): Plugin {
  return {
    name: 'hn:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or stylesheet it governs.
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
        const out = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`)
        if (out === html) throw new Error('CSP: index.html has no <meta charset> to put the policy after')
        return out
      },
    },
  }
}
