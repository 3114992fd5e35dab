// Entry of an ingest worker thread: register tsx's loader in this thread, then load the
// TypeScript worker (ingest-worker.ts). Node 20 does not apply `--import tsx` to workers.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
