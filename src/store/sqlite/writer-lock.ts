// One clustering writer per SQLite archive: a lock file beside the database, holding the writer's
// process id. Two processes placing articles into stories at once would each decide against their
// own view of the stories, so the second one is refused with a message naming the first. A lock
// left by a process that died (kill -9) is recognised — its process is gone — and taken over.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { MarsadError } from '../../core/errors.ts';
import type { WriterLease } from '../port.ts';

interface LockContent {
  pid: number;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

export function lockFileOf(databasePath: string): string {
  return `${databasePath}-writer.lock`;
}

export function acquireWriterLock(databasePath: string): WriterLease {
  if (databasePath === '' || databasePath === ':memory:') return { release: async () => {} };
  const file = lockFileOf(databasePath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() } satisfies LockContent));
      closeSync(fd);
      return {
        release: async () => {
          if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new MarsadError('database', `cannot create the writer lock ${file}: ${(error as Error).message}`, databasePath);
      }
      const holder = readLock(file);
      if (holder && holder.pid !== process.pid && alive(holder.pid)) {
        throw new MarsadError('database', `another Marsad process (pid ${holder.pid}, since ${holder.since}) is writing this archive; ` +
          'wait for it to finish or stop it', databasePath);
      }
      // Left by a process that is gone (or by this one): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new MarsadError('database', `cannot take the writer lock ${file}`, databasePath);
}
