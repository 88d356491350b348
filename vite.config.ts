import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const emptyModule = fileURLToPath(new URL('./src/report/empty-module.ts', import.meta.url))

export default defineConfig({
  // Relative base: the built app works from any folder of any static host (or a USB key).
  base: './',
  plugins: [vue()],
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
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
})
