import { afterEach, describe, expect, it, vi } from 'vitest'
import { StorageError, toStorageError } from '@/persistence/storage-error'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('toStorageError', () => {
  it('classifies QuotaExceededError as "quota"', () => {
    const cause = new DOMException('full', 'QuotaExceededError')
    const error = toStorageError(cause)
    expect(error).toBeInstanceOf(StorageError)
    expect(error.problem).toBe('quota')
    expect(error.cause).toBe(cause)
    expect(error.name).toBe('StorageError')
    expect(error.message).toBe('storage quota')
  })

  it.each(['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'])(
    'classifies %s as "unavailable"',
    (name) => {
      expect(toStorageError(new DOMException('x', name)).problem).toBe('unavailable')
    },
  )

  it('classifies other errors as "unknown"', () => {
    expect(toStorageError(new Error('boom')).problem).toBe('unknown')
    expect(toStorageError(new DOMException('x', 'DataCloneError')).problem).toBe('unknown')
    expect(toStorageError(new TypeError('x')).problem).toBe('unknown')
    expect(toStorageError('a string').problem).toBe('unknown')
    expect(toStorageError(undefined).problem).toBe('unknown')
  })

  it('classifies a plain Error named QuotaExceededError (as some browsers throw) as "quota"', () => {
    const error = new Error('full')
    error.name = 'QuotaExceededError'
    expect(toStorageError(error).problem).toBe('quota')
  })

  it('returns a StorageError as it is', () => {
    const original = new StorageError('quota', null)
    expect(toStorageError(original)).toBe(original)
  })

  it('classifies any error as "unavailable" when IndexedDB does not exist at all', () => {
    vi.stubGlobal('indexedDB', undefined)
    expect(toStorageError(new Error('boom')).problem).toBe('unavailable')
  })
})
