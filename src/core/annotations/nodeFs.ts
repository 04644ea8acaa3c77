import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Annotation } from './model';
import { parseSidecar, serializeSidecar, type SidecarError } from './sidecar';

/** The folder, under a workspace folder, that holds one sidecar per annotated article. */
export const SIDECAR_DIR = join('.byline', 'annotations');

/** Returns the sidecar path of `articlePath` under workspace folder `root`. */
export function sidecarPathFor(root: string, articlePath: string): string {
  return join(root, SIDECAR_DIR, relative(root, resolve(articlePath)) + '.yaml');
}

/** Returns the article path a sidecar belongs to, or undefined for a file outside the sidecar folder. */
export function articlePathFor(root: string, sidecarPath: string): string | undefined {
  const rel = relative(join(root, SIDECAR_DIR), resolve(sidecarPath));
  if (rel.startsWith('..') || !rel.endsWith('.yaml')) return undefined;
  return join(root, rel.slice(0, -'.yaml'.length));
}

/** Returns the nearest folder at or above `path` that holds `.byline/`, or undefined. */
export function findWorkspaceRoot(path: string): string | undefined {
  let dir = resolve(path);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    if (existsSync(join(dir, '.byline'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Writes `text` to `path` so readers see the old file or the new one, never half of either. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}

/** Thrown instead of overwriting a sidecar that does not parse. */
export class SidecarCorruptError extends Error {
  constructor(readonly path: string, readonly errors: readonly SidecarError[], readonly backupPath: string | undefined) {
    super(`${path}:${errors[0]?.line ?? 1}:${errors[0]?.column ?? 1}: ${errors[0]?.message ?? 'does not parse'} (not overwritten${backupPath ? `; backup at ${backupPath}` : ''})`);
  }
}

export interface LoadedSidecar {
  readonly path: string;
  readonly annotations: Annotation[];
  readonly errors: SidecarError[];
  /** Where a copy of a sidecar that failed to parse was kept. */
  readonly backupPath?: string;
  readonly exists: boolean;
}

/** Keeps a copy of a broken sidecar, named by its content hash so reloading does not pile copies up. */
function backUp(path: string, text: string): string {
  const backup = `${path}.${createHash('sha256').update(text).digest('hex').slice(0, 8)}.bak`;
  if (!existsSync(backup)) copyFileSync(path, backup);
  return backup;
}

/** Reads and parses a sidecar; a missing file is an empty one; a broken one is backed up and reported. */
export function loadSidecar(path: string): LoadedSidecar {
  if (!existsSync(path)) return { path, annotations: [], errors: [], exists: false };
  const text = readFileSync(path, 'utf8');
  const parsed = parseSidecar(text);
  if (parsed.errors.length === 0) return { path, annotations: parsed.annotations, errors: [], exists: true };
  return { path, annotations: parsed.annotations, errors: parsed.errors, backupPath: backUp(path, text), exists: true };
}

/**
 * Writes annotations to a sidecar atomically, unless the file on disk no longer parses (then
 * throws SidecarCorruptError and leaves it alone). Returns false when nothing changed.
 */
export function saveSidecar(path: string, annotations: readonly Annotation[], article?: string): boolean {
  const text = serializeSidecar(annotations, article?.split(sep).join('/'));
  if (existsSync(path)) {
    const current = readFileSync(path, 'utf8');
    if (current === text) return false;
    const parsed = parseSidecar(current);
    if (parsed.errors.length) throw new SidecarCorruptError(path, parsed.errors, backUp(path, current));
  }
  writeFileAtomic(path, text);
  return true;
}
