import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      // Playwright specs live in tests/e2e and must not be collected here (TOOLCHAIN gotcha 3).
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
      exclude: [...configDefaults.exclude, 'tests/e2e/**'],
      setupFiles: ['tests/support/setup.ts'],
      root: fileURLToPath(new URL('./', import.meta.url)),
    },
  }),
)
