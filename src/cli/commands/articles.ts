import type { CliCommand } from '../command';
import { formatOption, parseArgs, UsageError } from '../args';
import { collectInputs } from '../inputs';
import { segmentArticles } from '../../core/articles/segment';
import { classifyTopics } from '../../core/topics/classify';
import { LineIndex } from '../../core/text/lineIndex';

const HELP = `Usage: byline articles [--format text|json] PATH...

Lists the articles in each file (a related-article page holds several), with headline,
published date (ISO, or null when the page gives none), ranked topic ids and range.

Options:
  --format text|json   output format (default: text)
  -h, --help           show this help
`;

/** `byline articles`: segmentation and topics, one record per article. */
export const articlesCommand: CliCommand = {
  name: 'articles',
  summary: 'list articles per file: headline, date, topics, range',
  help: HELP,
  async run(argv, io) {
    const args = parseArgs(argv, ['format']);
    const format = formatOption(args, ['text', 'json']);
    if (args.positionals.length === 0) throw new UsageError('no PATH given');
    const inputs = collectInputs(args.positionals, io);
    const records = [];
    for (const { file, text } of inputs.files) {
      const lines = new LineIndex(text);
      for (const a of segmentArticles(text)) {
        const topics = classifyTopics(a.headline, text.slice(a.bodyStart, a.end)).map((t) => t.id);
        records.push({ file, headline: a.headline, published: a.published, topics, range: lines.rangeOf(a) });
      }
    }
    if (format === 'json') io.stdout(JSON.stringify(records, null, 2) + '\n');
    else
      for (const r of records)
        io.stdout(`${r.file}:${r.range.start.line + 1}: ${r.published ?? '----------'}  ${r.headline}${r.topics.length ? `  [${r.topics.join(', ')}]` : ''}\n`);
    return inputs.hadErrors ? 2 : 0;
  },
};
