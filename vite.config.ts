import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

const emptyModule = fileURLToPath(new URL('./src/report/empty-module.ts', import.meta.url))

/**
 * The Content-Security-Policy, in one place (docs/security.md). Nothing may load from elsewhere:
 * scripts, styles, images, fonts and connections stay on this origin. No inline script or style
 * element: Vue's `:style` bindings and Chart.js set styles through the CSSOM, which CSP allows.
 * Images may be data: and blob: URLs (the map's PNG export draws its SVG through one).
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/**
 * What a meta tag cannot carry (a browser ignores frame-ancestors there), sent as headers by
 * `npm run preview`, so the e2e suite runs under them; a host should send the same.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': [...POLICY, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

/** Where index.html takes the policy's meta tag: after the charset, before anything it governs. */
const CSP_MARKER = '<!-- Content-Security-Policy (vite.config.ts) -->'

/**
 * Puts the policy in index.html as a meta tag, so a static host that sends no header still applies
 * it. The development server injects each style as a <style> element, so there (and only there)
 * styles may be inline.
 */
function contentSecurityPolicy(): Plugin {
  let serving = false
  return {
    name: 'content-security-policy',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    transformIndexHtml(html) {
      if (!html.includes(CSP_MARKER)) throw new Error(`index.html lacks ${CSP_MARKER}`)
      const policy = serving
        ? POLICY.map((d) => (d.startsWith('style-src') ? `${d} 'unsafe-inline'` : d))
        : POLICY
      return html.replace(
        CSP_MARKER,
        `<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}" />`,
      )
    },
  }
}

export default defineConfig({
  // Relative base: the built app works from any folder of any static host (or a USB key).
  base: './',
  plugins: [vue(), contentSecurityPolicy()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // jsPDF imports these only for html() and SVG rendering, which the report never uses, yet
      // the build would still emit them (~106 KB gzipped): an empty module stands in for each.
      html2canvas: emptyModule,
      dompurify: emptyModule,
      canvg: emptyModule,
    },
  },
  build: {
    target: 'es2022',
    // The app must not ask a CDN or anyone else for anything: no modulepreload polyfill fetches either.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1' },
})
