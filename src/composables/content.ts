/**
 * The content (questionnaire and catalogue) a view shows, shared with its components through
 * provide/inject rather than imported as module singletons: an old assessment is shown with the
 * version it was answered against, and the catalogue loads only where it is used.
 */
import { inject, provide, shallowRef, watch } from 'vue'
import type { InjectionKey, Ref, ShallowRef } from 'vue'
import { loadContent, type Content } from '@/domain/registry'

/** Exported for tests, which provide content without mounting a view. */
export const CONTENT: InjectionKey<Readonly<ShallowRef<Content | null>>> = Symbol('content')

/**
 * Loads the content of a questionnaire version (again whenever the version changes) and provides
 * it to the components below. Null while loading, and when this app does not know the version.
 */
export function provideContent(version: Readonly<Ref<number | null>>): Readonly<ShallowRef<Content | null>> {
  const content = shallowRef<Content | null>(null)
  watch(
    version,
    async (wanted) => {
      if (wanted === null) {
        content.value = null
        return
      }
      if (content.value?.questionnaire.version === wanted) return
      const loaded = await loadContent(wanted)
      // A later change may have asked for another version meanwhile: keep only the last answer.
      if (version.value === wanted) content.value = loaded ?? null
    },
    { immediate: true },
  )
  provide(CONTENT, content)
  return content
}

/**
 * The content provided by the view. Views render the components that call this only once their
 * content is loaded, and re-mount them when it changes (keyed by version), so a component can
 * read it once at setup; a missing provider is a programming error.
 */
export function useContent(): Content {
  const content = inject(CONTENT, null)?.value
  if (!content) throw new Error('useContent() needs a view that provided loaded content')
  return content
}
