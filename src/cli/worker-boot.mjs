// The entry of each worker thread of `npm run score`: a worker does not inherit tsx's loader from
// the main thread, so it registers it before loading the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
