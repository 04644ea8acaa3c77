import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand, CliIo } from '../command';
import { formatOption, parseArgs, UsageError } from '../args';
import { collectInputs } from '../inputs';
import { segmentArticles } from '../../core/articles/segment';
import { recognizeEntities } from '../../core/entities/recognize';
import { loadKnowledgeBase, WORKSPACE_KB_PATH, type KbSource } from '../../core/kb/load';
import { LineIndex } from '../../core/text/lineIndex';

const HELP = `Usage: byline entities [--format text|json] [--kb FILE]... PATH...

Lists the entity mentions of each file: people, organisations, places, misc (nationalities,
events, initiatives), dates and quantities, with their range and, when the knowledge base
knows the actor, its id. The bundled knowledge base is merged with ${WORKSPACE_KB_PATH}
(when it exists in the current directory) and every --kb FILE, later files winning.

Options:
  --format text|json   output format (default: text)
  --kb FILE            an extra knowledge-base YAML file (repeatable)
  -h, --help           show this help

JSON: an array of { "file", "type", "text", "range", "actor"? } (0-based UTF-16 ranges).
`;

/** `--kb` may repeat; the shared parser keeps one value per option, so take them out first. */
function takeKbFiles(argv: readonly string[]): { kbFiles: string[]; rest: string[] } {
  const kbFiles: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (argv[i] === '--kb') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError('option --kb needs a value');
      kbFiles.push(v);
    } else if (argv[i].startsWith('--kb=')) kbFiles.push(argv[i].slice(5));
    else rest.push(argv[i]);
  }
  return { kbFiles, rest };
}

function readKbSources(kbFiles: readonly string[], io: CliIo): KbSource[] {
  const sources: KbSource[] = [];
  const workspace = resolve(io.cwd, WORKSPACE_KB_PATH);
  if (existsSync(workspace)) sources.push({ file: WORKSPACE_KB_PATH, text: readFileSync(workspace, 'utf8') });
  for (const f of kbFiles) {
    const path = resolve(io.cwd, f);
    if (!existsSync(path)) throw new UsageError(`knowledge-base file not found: ${f}`);
    sources.push({ file: f, text: readFileSync(path, 'utf8') });
  }
  return sources;
}

/** `byline entities`: entity mentions per file, linked to the knowledge base. */
export const entitiesCommand: CliCommand = {
  name: 'entities',
  summary: 'list people, organisations, places, dates and quantities per file',
  help: HELP,
  async run(argv, io) {
    const { kbFiles, rest } = takeKbFiles(argv);
    const args = parseArgs(rest, ['format']);
    const format = formatOption(args, ['text', 'json']);
    if (args.positionals.length === 0) throw new UsageError('no PATH given');
    const { kb, problems } = loadKnowledgeBase(readKbSources(kbFiles, io));
    for (const p of problems) io.stderr(`${p.file}:${p.start.line + 1}:${p.start.character + 1}: ${p.severity}: ${p.message}\n`);
    const inputs = collectInputs(args.positionals, io);
    const records: { file: string; type: string; text: string; range: ReturnType<LineIndex['rangeOf']>; actor?: string }[] = [];
    for (const { file, text } of inputs.files) {
      const lines = new LineIndex(text);
      for (const a of segmentArticles(text))
        for (const m of recognizeEntities(text, a, kb))
          records.push({ file, type: m.type, text: m.text, range: lines.rangeOf(m), ...(m.actor ? { actor: m.actor } : {}) });
    }
    if (format === 'json') io.stdout(JSON.stringify(records, null, 2) + '\n');
    else
      for (const r of records)
        io.stdout(`${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.type.padEnd(12)} ${r.text}${r.actor ? `  → ${r.actor}` : ''}\n`);
    // A malformed knowledge base is reported, not fatal: its valid entries were used.
    return inputs.hadErrors ? 2 : 0;
  },
};
