// VSIX size: the production build packaged exactly as `npm run package` does, into a temporary
// file (the repository's own byline-<version>.vsix is what the e2e tests install; not touched here).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { ROOT, fmt } from './util';

const TARGET_MB = 3;

interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly size: number;
}

/** The entries of a zip file, read from its central directory (no dependency needed). */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    out.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), compressed: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(os.tmpdir(), 'byline-bench-vsix-'));
  const vsix = join(dir, 'byline.vsix');
  try {
    execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
    const vsce = (extra: string[]) => execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix, ...extra], { cwd: ROOT, stdio: 'pipe' });
    let packageError: string | null = null;
    try {
      vsce(['--no-rewrite-relative-links']); // exactly what `npm run package` runs
    } catch (error) {
      // `npm run package` itself fails (say, README images without a repository URL): say so, and
      // still measure the size with placeholder base URLs, which change nothing but those links.
      packageError = String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n')[0];
      console.log(`npm run package fails: ${packageError}`);
      vsce(['--baseContentUrl', 'https://example.invalid/byline', '--baseImagesUrl', 'https://example.invalid/byline']);
    }
    const bytes = statSync(vsix).size;
    const entries = zipEntries(readFileSync(vsix));
    const largest = [...entries].sort((a, b) => b.compressed - a.compressed).slice(0, 5);
    const extension = entries.find((e) => e.name === 'extension/dist/extension.js');
    const mb = bytes / 2 ** 20;
    // The statistical NER model: counted whether or not the extension bundles it yet (esbuild
    // inlines a .bin import as base64, which the VSIX then deflates).
    const modelPath = join(ROOT, 'src', 'core', 'ner', 'model', 'conll.bin');
    const model = existsSync(modelPath) ? readFileSync(modelPath) : undefined;
    const modelBase64 = model?.toString('base64');
    const modelBundled = !!modelBase64 && readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8').includes(modelBase64.slice(1000, 1100));
    const modelInVsixBytes = modelBase64 ? deflateRawSync(Buffer.from(modelBase64)).length : 0;
    const withModelMB = modelBundled ? mb : mb + modelInVsixBytes / 2 ** 20;
    if (model) console.log(`NER model ${fmt(model.length / 2 ** 20, 2)} MB, ${modelBundled ? 'inside dist/extension.js' : `not bundled yet: with it the VSIX would be ≈ ${fmt(withModelMB, 2)} MB`}`);
    console.log(`VSIX ${fmt(mb, 2)} MB (target ≤ ${TARGET_MB} MB), ${entries.length} files; largest: ${largest.map((e) => `${e.name.replace(/^extension\//, '')} ${fmt(e.compressed / 1024, 0)} KB (${fmt(e.size / 1024, 0)} KB unpacked)`).join(', ')}`);
    return {
      bytes,
      mb,
      files: entries.length,
      packageError,
      nerModelBytes: model?.length ?? null,
      nerModelBundled: modelBundled,
      withNerModelMB: withModelMB,
      extensionJsBytes: extension?.size ?? null,
      largest: largest.map((e) => ({ name: e.name, compressed: e.compressed, size: e.size })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // Leave dist/ as the development build `npm run bench` started from (source maps, not minified).
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }
}
