import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above `from` whose package.json is Byline's. */
export function findRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'byline') return dir;
    if (dirname(dir) === dir) throw new Error(`no Byline package.json above ${from}`);
  }
}

export const ROOT = findRoot();
