import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this (bundled) file whose package.json is Byline's. */
export function findRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'byline') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of byline not found above ${from}`);
    dir = up;
  }
}
