import { existsSync, readFileSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliCommand, CliIo } from '../command';
import { formatOption, parseArgs, UsageError } from '../args';
import { collectInputs } from '../inputs';
import { analyzeDocument } from '../../core/analysis';
import { checkCorpus } from '../../core/claims/corpus';
import { parseRulePack, runRulePack, type RulePack } from '../../core/claims/packs';
import { RULES } from '../../core/claims/rules/index';
import { RULE_DOCS } from '../../core/claims/catalog';
import { loadKnowledgeBase, WORKSPACE_KB_PATH, type KbSource } from '../../core/kb/load';
import { LineIndex } from '../../core/text/lineIndex';
import type { Finding, Range, Severity } from '../../core/types';

const HELP = `Usage: byline check [--format text|json|sarif] [--kb FILE] [--rules FILE] PATH...

Checks saved articles for suspicious claims (the nine built-in rules, plus rule-pack rules) and
prints one finding per line, like other linters:
  file:line:col severity rule message

Also reads .byline/actors.yaml and .byline/rules.yaml from the current directory when present.

Options:
  --format text|json|sarif  output format (default: text). JSON: an array of
                            { file, rule, severity, message, text, range }. SARIF 2.1.0 for code-scanning viewers.
  --kb FILE                 an extra knowledge-base YAML file (repeatable)
  --rules FILE              a rule pack (YAML, see docs/rules/README) in place of .byline/rules.yaml
  -h, --help                show this help

Exit status: 1 when a finding has severity error, 2 on usage or input errors, else 0.
`;

const VERSION = '0.1.0';
const WORKSPACE_RULES_PATH = '.byline/rules.yaml';

interface CheckRecord {
  readonly file: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly text: string;
  readonly range: Range;
  readonly related?: { file: string; message: string; range: Range }[];
  readonly offset: number;
  readonly length: number;
}

/** `--kb` may repeat; the shared parser keeps one value per option, so take them out first. */
function takeRepeated(argv: readonly string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`option --${name} needs a value`);
      values.push(v);
    } else if (argv[i].startsWith(`--${name}=`)) values.push(argv[i].slice(name.length + 3));
    else rest.push(argv[i]);
  }
  return { values, rest };
}

function readFile(io: CliIo, path: string, what: string): string {
  const abs = resolve(io.cwd, path);
  if (!existsSync(abs)) throw new UsageError(`${what} not found: ${path}`);
  return readFileSync(abs, 'utf8');
}

/** FNV-1a, 32-bit, hex: a short stable fingerprint for SARIF `partialFingerprints`. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function toSarif(records: readonly CheckRecord[], io: CliIo, packRules: readonly { id: string; message: string; severity: Severity }[]): unknown {
  const docsDir = resolve(__dirname, '..', 'docs', 'rules');
  const ruleDescriptors = [
    ...RULES.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.summary },
      help: { text: r.summary, markdown: RULE_DOCS[r.id] },
      helpUri: pathToFileURL(resolve(docsDir, `${r.id}.md`)).href,
      defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
    })),
    ...packRules.map((r) => ({
      id: r.id,
      shortDescription: { text: `Rule pack: ${r.id.slice(5)}` },
      fullDescription: { text: r.message.replace(/%s/g, '…') },
      helpUri: pathToFileURL(resolve(io.cwd, WORKSPACE_RULES_PATH)).href,
      defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    })),
  ];
  const index = new Map(ruleDescriptors.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const uri = (file: string): string => relative(io.cwd, resolve(io.cwd, file)).split(sep).join('/');
  const region = (range: Range, offset: number, length: number, text?: string) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    charOffset: offset,
    charLength: length,
    ...(text !== undefined ? { snippet: { text } } : {}),
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'byline', version: VERSION, semanticVersion: VERSION, informationUri: 'https://example.invalid/byline', rules: ruleDescriptors } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(io.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: records.map((r) => {
          // Fingerprint on rule + file + quoted text (+ occurrence), so it survives edits elsewhere in the file.
          const base = `${r.rule}|${uri(r.file)}|${r.text.replace(/\s+/g, ' ')}`;
          const n = (seen.get(base) ?? 0) + 1;
          seen.set(base, n);
          return {
            ruleId: r.rule,
            ruleIndex: index.get(r.rule) ?? -1,
            level: SARIF_LEVEL[r.severity],
            message: { text: r.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: 'SRCROOT' }, region: region(r.range, r.offset, r.length, r.text) } }],
            ...(r.related?.length
              ? {
                  relatedLocations: r.related.map((x, i) => ({
                    id: i + 1,
                    message: { text: x.message },
                    physicalLocation: { artifactLocation: { uri: uri(x.file), uriBaseId: 'SRCROOT' }, region: { startLine: x.range.start.line + 1, startColumn: x.range.start.character + 1, endLine: x.range.end.line + 1, endColumn: x.range.end.character + 1 } },
                  })),
                }
              : {}),
            partialFingerprints: { 'bylineFinding/v1': `${fnv1a(base)}:${n}` },
          };
        }),
      },
    ],
  };
}

/** `byline check`: suspicious-claim findings per file, as text, JSON or SARIF. */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check articles for suspicious claims (text, JSON or SARIF)',
  help: HELP,
  async run(argv, io) {
    const kbArgs = takeRepeated(argv, 'kb');
    const args = parseArgs(kbArgs.rest, ['format', 'rules']);
    const format = formatOption(args, ['text', 'json', 'sarif']);
    if (args.positionals.length === 0) throw new UsageError('no PATH given');
    let inputErrors = false;

    const kbSources: KbSource[] = [];
    if (existsSync(resolve(io.cwd, WORKSPACE_KB_PATH))) kbSources.push({ file: WORKSPACE_KB_PATH, text: readFileSync(resolve(io.cwd, WORKSPACE_KB_PATH), 'utf8') });
    for (const f of kbArgs.values) kbSources.push({ file: f, text: readFile(io, f, 'knowledge-base file') });
    const { kb, problems: kbProblems } = loadKnowledgeBase(kbSources);
    for (const p of kbProblems) io.stderr(`${p.file}:${p.start.line + 1}:${p.start.character + 1}: ${p.severity}: ${p.message}\n`);

    // The CLI user chose the rule file, so its regular expressions are trusted (they are still checked for backtracking).
    const rulesOpt = args.options.get('rules');
    if (rulesOpt === true) throw new UsageError('option --rules needs a value');
    const rulesPath = rulesOpt ?? (existsSync(resolve(io.cwd, WORKSPACE_RULES_PATH)) ? WORKSPACE_RULES_PATH : undefined);
    let pack: RulePack | undefined;
    if (rulesPath) {
      const yamlText = readFile(io, rulesPath, 'rule pack');
      pack = parseRulePack(yamlText, { allowPatterns: true });
      const lines = new LineIndex(yamlText);
      for (const p of pack.problems) {
        const pos = lines.positionAt(p.start);
        io.stderr(`${rulesPath}:${pos.line + 1}:${pos.character + 1}: ${p.severity}: ${p.message}\n`);
        if (p.severity === 'error') inputErrors = true;
      }
    }

    const inputs = collectInputs(args.positionals, io);
    const records: CheckRecord[] = [];
    const analysed = inputs.files.map(({ file, text }) => ({ file, text, analysis: analyzeDocument(text, { kb, skipTopics: true, facts: true }) }));
    const corpus = checkCorpus(
      analysed.map(({ file, text, analysis: { articles } }) => ({ file, text, articles: articles.map((a) => a.article), mentions: articles.map((a) => a.mentions), facts: articles.map((a) => a.facts) })),
    );
    const lineIndexes = new Map(analysed.map((d) => [d.file, d.analysis.lines]));
    for (const { file, text, analysis } of analysed) {
      const findings: Finding[] = analysis.articles.flatMap((a) => [...a.findings, ...(pack ? runRulePack(pack, text, a.article) : [])]);
      findings.push(...(corpus.get(file) ?? []));
      findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
      for (const f of findings) {
        records.push({
          file,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          text: text.slice(f.start, f.end),
          range: analysis.lines.rangeOf(f),
          offset: f.start,
          length: f.end - f.start,
          ...(f.related.length ? { related: f.related.map((r) => ({ file: r.file ?? file, message: r.message, range: (lineIndexes.get(r.file ?? file) ?? analysis.lines).rangeOf(r) })) } : {}),
        });
      }
    }

    if (format === 'json') io.stdout(JSON.stringify(records.map(({ file, rule, severity, message, text, range, related }) => ({ file, rule, severity, message, text, range, ...(related ? { related } : {}) })), null, 2) + '\n');
    else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(records, io, pack?.rules ?? []), null, 2) + '\n');
    else for (const r of records) io.stdout(`${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.severity} ${r.rule} ${r.message}\n`);

    if (inputs.hadErrors || inputErrors) return 2;
    return records.some((r) => r.severity === 'error') ? 1 : 0;
  },
};
