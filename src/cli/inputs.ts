import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliIo } from './command';

/** Extensions the CLI reads when given a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article'];

export interface InputFile {
  /** The path as given, or as found under a given folder. */
  readonly file: string;
  readonly text: string;
}

export interface Inputs {
  readonly files: InputFile[];
  /** True when any input could not be read (the command exits 2, after processing the rest). */
  readonly hadErrors: boolean;
}

function walk(dir: string, shown: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const abs = join(dir, name);
    const rel = join(shown, name);
    const st = statSync(abs);
    if (st.isDirectory()) walk(abs, rel, out);
    else if (ARTICLE_EXTENSIONS.some((e) => name.endsWith(e))) out.push(rel);
  }
}

/** Why a buffer is not UTF-8 text we can analyse, or undefined when it is. */
export function rejectReason(buf: Buffer): string | undefined {
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return 'binary file (contains NUL bytes)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return 'not valid UTF-8';
  }
  return undefined;
}

/**
 * Expands files and folders (recursively, *.txt/*.news/*.article) and reads them. A missing,
 * unreadable, binary or non-UTF-8 file gets one line on stderr; the others are still read.
 */
export function collectInputs(paths: readonly string[], io: CliIo): Inputs {
  const files: InputFile[] = [];
  let hadErrors = false;
  const fail = (p: string, why: string): void => {
    io.stderr(`byline: ${p}: ${why}\n`);
    hadErrors = true;
  };
  for (const p of paths) {
    const abs = resolve(io.cwd, p);
    let names: string[];
    try {
      const st = statSync(abs);
      if (st.isDirectory()) {
        names = [];
        walk(abs, p, names);
      } else names = [p];
    } catch (e) {
      fail(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String((e as Error).message));
      continue;
    }
    for (const name of names) {
      try {
        const buf = readFileSync(resolve(io.cwd, name));
        const why = rejectReason(buf);
        if (why) {
          fail(name, why);
          continue;
        }
        let text = buf.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        files.push({ file: name, text });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        fail(name, code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((e as Error).message));
      }
    }
  }
  return { files, hadErrors };
}
