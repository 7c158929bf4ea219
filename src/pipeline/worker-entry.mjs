// Worker threads do not inherit the main thread's TypeScript loader: register tsx here (resolved
// from this file, so it works from any working directory), then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./process-worker.ts');
