import type { Article, Finding, Severity } from '../types';
import { isVariantSpelling, nameOccurrences, type NameOccurrence } from './names';
import { buildContext } from './context';
import { KnowledgeBase } from '../kb/knowledgeBase';

/** One document of a corpus, already segmented. */
export interface CorpusDocument {
  readonly file: string;
  readonly text: string;
  readonly articles: readonly Article[];
}

interface Spelled {
  readonly file: string;
  readonly occ: NameOccurrence;
}

/**
 * Findings that need more than one document: a person whose surname is spelled one way in some
 * files and another way in others (same given name). Returned per file, sorted by offset.
 */
export function checkCorpus(docs: readonly CorpusDocument[], severity: Severity | 'off' = 'information'): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  if (severity === 'off') return out;
  const byFull = new Map<string, Spelled[]>();
  const kb = new KnowledgeBase();
  for (const d of docs) {
    for (const article of d.articles) {
      const ctx = buildContext(d.text, article, [], kb);
      for (const b of ctx.blocks) {
        if (b.kind === 'chrome' || b.kind === 'meta') continue;
        for (const o of nameOccurrences(b.text, b.start)) {
          if (!o.given) continue;
          const key = `${o.given} ${o.surname}`;
          const list = byFull.get(key) ?? [];
          list.push({ file: d.file, occ: o });
          byFull.set(key, list);
        }
      }
    }
  }
  const keys = [...byFull.keys()];
  const flagged = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = byFull.get(keys[i])!;
      const b = byFull.get(keys[j])!;
      if (a[0].occ.given !== b[0].occ.given || !isVariantSpelling(a[0].occ.surname, b[0].occ.surname)) continue;
      const filesA = new Set(a.map((x) => x.file));
      const filesB = new Set(b.map((x) => x.file));
      // Within one file, the article rule already reports it; here only spellings that differ between files.
      const onlyA = a.filter((x) => !filesB.has(x.file));
      const onlyB = b.filter((x) => !filesA.has(x.file));
      if (!onlyA.length || !onlyB.length) continue;
      const [odd, usual] = filesA.size < filesB.size || (filesA.size === filesB.size && keys[i] > keys[j]) ? [onlyA, onlyB] : [onlyB, onlyA];
      const oddKey = `${odd[0].occ.given} ${odd[0].occ.surname}`;
      if (flagged.has(oddKey)) continue;
      flagged.add(oddKey);
      for (const x of odd) {
        const list = out.get(x.file) ?? [];
        list.push({
          rule: 'name-inconsistency',
          severity,
          start: x.occ.full.start,
          end: x.occ.full.end,
          message: `"${oddKey}" is spelled "${usual[0].occ.given} ${usual[0].occ.surname}" in ${usual[0].file}: which is right?`,
          related: [{ start: usual[0].occ.full.start, end: usual[0].occ.full.end, file: usual[0].file, message: `spelled "${usual[0].occ.surname}" here` }],
          data: { corpus: true, spelling: odd[0].occ.surname, other: usual[0].occ.surname },
        });
        out.set(x.file, list);
      }
    }
  }
  for (const list of out.values()) list.sort((x, y) => x.start - y.start);
  return out;
}
