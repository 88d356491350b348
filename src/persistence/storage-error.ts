/** Why storage failed, in terms the UI can explain to a person. */
export type StorageProblem = 'quota' | 'unavailable' | 'unknown'

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(`storage ${problem}`, { cause })
    this.name = 'StorageError'
  }
}

/** Classifies an IndexedDB failure. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError') return new StorageError('quota', error)
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError' ||
    name === 'NotFoundError'
  ) {
    return new StorageError('unavailable', error)
  }
  if (typeof indexedDB === 'undefined') return new StorageError('unavailable', error)
  return new StorageError('unknown', error)
}
