// Whether lib/ (scripts/build.mjs) was built from the src/ that is on disk now: its stamp must be
// newer than every source file and the tsconfig (it names the JSX runtime). A checkout, an edit or
// a pull makes the build stale, and bin/marsad then runs src/ through tsx instead.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_STAMP = '.build-stamp';

function newestModification(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestModification(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when root/lib holds a build of root/src that nothing has changed since. */
export function isBuildFresh(root) {
  let built;
  try {
    built = statSync(join(root, 'lib', BUILD_STAMP)).mtimeMs;
  } catch {
    return false;
  }
  return built >= Math.max(newestModification(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs);
}
