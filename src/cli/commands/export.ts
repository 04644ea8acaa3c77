import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CliCommand } from '../command';
import { parseArgs, UsageError } from '../args';
import { collectInputs } from '../inputs';
import { currentTargets } from '../../core/annotations/anchorAll';
import { bratConfig } from '../../core/annotations/export/brat';
import { EXPORT_FORMATS, exportAnnotations, type ExportFormat } from '../../core/annotations/export/formats';
import type { ArticleAnnotations } from '../../core/annotations/export/types';
import { findWorkspaceRoot, loadSidecar, sidecarPathFor } from '../../core/annotations/nodeFs';

const HELP = `Usage: byline export --format w3c|brat|csv|claimreview [--out FILE] PATH...

Exports the reader annotations of the given articles (files, or folders searched for
*.txt/*.news/*.article). Each article's sidecar is found by walking up to the folder that
holds .byline/ and reading .byline/annotations/<path>.yaml. Annotations are re-anchored to
the article's current text first; those whose passage is gone are exported as stored
(brat cannot hold them and skips them with a warning).

Formats:
  w3c          W3C Web Annotation JSON-LD AnnotationCollection (re-importable losslessly)
  brat         brat standoff .ann (offsets in code points); several articles need --out DIR
  csv          RFC 4180 CSV, one row per annotation
  claimreview  schema.org ClaimReview JSON-LD, one per claim verdict

Options:
  --format F   output format (required)
  --out FILE   write there instead of stdout (a folder for brat with several articles)
  -h, --help   show this help
`;

/** `byline export`: annotations in a standard format. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export reader annotations as W3C JSON-LD, brat, CSV or ClaimReview',
  help: HELP,
  async run(argv, io) {
    const args = parseArgs(argv, ['format', 'out']);
    const format = args.options.get('format');
    if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format as ExportFormat)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (args.positionals.length === 0) throw new UsageError('no PATH given');
    const out = args.options.get('out');
    if (out === true) throw new UsageError('option --out needs a value');
    const inputs = collectInputs(args.positionals, io);
    let hadErrors = inputs.hadErrors;
    const articles: ArticleAnnotations[] = [];
    for (const { file, text } of inputs.files) {
      const abs = resolve(io.cwd, file);
      const root = findWorkspaceRoot(abs);
      if (!root) continue; // No .byline/ above it: nothing annotated.
      const loaded = loadSidecar(sidecarPathFor(root, abs));
      for (const e of loaded.errors) io.stderr(`byline: ${loaded.path}:${e.line}:${e.column}: ${e.message}\n`);
      if (loaded.errors.length) hadErrors = true;
      if (!loaded.annotations.length) continue;
      const { annotations, orphans } = currentTargets(text, loaded.annotations);
      if (orphans.size) io.stderr(`byline: ${file}: ${orphans.size} annotation(s) no longer find their passage (orphans)\n`);
      articles.push({ source: relative(root, abs).split(sep).join('/'), text, annotations });
    }
    const { outputs, warnings } = exportAnnotations(format as ExportFormat, articles);
    for (const w of warnings) io.stderr(`byline: ${w}\n`);
    if (format === 'brat' && outputs.length > 1) {
      if (typeof out !== 'string') throw new UsageError('brat writes one .ann per article: give --out DIR for several articles');
      for (const o of outputs) {
        const target = join(resolve(io.cwd, out), (o.source ?? 'article').replace(/\.[^./]*$/, '') + '.ann');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, o.text);
      }
      // brat reads its types from annotation.conf at the collection root.
      writeFileSync(join(resolve(io.cwd, out), 'annotation.conf'), bratConfig(articles.flatMap((a) => a.annotations)));
    } else {
      const text = outputs[0]?.text ?? '';
      if (typeof out === 'string') {
        mkdirSync(dirname(resolve(io.cwd, out)), { recursive: true });
        writeFileSync(resolve(io.cwd, out), text);
      } else io.stdout(text);
    }
    return hadErrors ? 2 : 0;
  },
};
