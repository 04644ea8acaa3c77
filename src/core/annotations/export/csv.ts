import type { Annotation } from '../model';

/** Columns of the CSV export, one row per annotation (replies are counted, not expanded). */
export const CSV_COLUMNS = ['id', 'article', 'kind', 'body', 'comment', 'label', 'wikidata', 'rule', 'resolved', 'replies', 'author', 'created', 'modified', 'start', 'end', 'exact', 'prefix', 'suffix'] as const;

/** Quotes a field per RFC 4180 when it holds a comma, a quote or a line break. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Returns RFC 4180 CSV (CRLF line ends, header row) with one row per annotation. */
export function exportCsv(articles: readonly { source: string; annotations: readonly Annotation[] }[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const art of articles) {
    for (const a of art.annotations) {
      const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
        id: a.id, article: art.source, kind: a.kind, body: a.body, comment: a.comment ?? '', label: a.label ?? '',
        wikidata: a.wikidata ?? '', rule: a.rule ?? '', resolved: a.resolved ? 'true' : '', replies: String(a.replies?.length ?? 0),
        author: a.author, created: a.created, modified: a.modified, start: String(a.target.start), end: String(a.target.end),
        exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix,
      };
      rows.push(CSV_COLUMNS.map((c) => csvField(cells[c])).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV into rows of fields; throws on a quote left open. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
