import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Built the way vite.config.ts builds the app (same target, no preload polyfill), into dist-floor/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [vue()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    outDir: fileURLToPath(new URL('../../dist-floor', import.meta.url)),
    emptyOutDir: true,
  },
})
