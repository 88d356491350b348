import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      root: fileURLToPath(new URL('./', import.meta.url)),
      setupFiles: ['tests/support/setup.ts'],
      // Playwright specs live in tests/e2e and must not be collected here (TOOLCHAIN gotcha 3).
      exclude: [...configDefaults.exclude, 'tests/e2e/**'],
      // Domain and persistence tests need no DOM, and Node starts far faster than jsdom;
      // component tests (and any unit test that says so in a docblock) run in jsdom.
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
        {
          extends: true,
          test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'jsdom' },
        },
      ],
    },
  }),
)
