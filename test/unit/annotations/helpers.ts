import { targetAt, type Annotation, type AnnotationKind } from '../../../src/core/annotations/model';

/** An annotation on the first occurrence of `quote` in `text` (throws when absent). */
export function annotationOn(text: string, quote: string, kind: AnnotationKind, body: string, extra: Partial<Annotation> = {}, occurrence = 0): Annotation {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not found: ${quote}`);
  return {
    id: `a-${kind}-${at}`,
    kind,
    author: 'Ana Lima',
    created: '2026-11-20T09:30:00.000Z',
    modified: '2026-11-21T10:00:00.000Z',
    body,
    target: targetAt(text, at, at + quote.length),
    ...extra,
  };
}

/** A small article with an emoji, an astral letter, CRLF line ends and a repeated headline. */
export const ARTICLE = [
  'Minister says 😀 floods were "unprecedented"',
  '',
  'Minister says 😀 floods were "unprecedented"',
  '',
  'CAPITAL: The minister said on Monday that 𝔘nusual rains, "the worst in 100 years", killed 12 people.',
  'Officials, citing a report, said the dam held; critics said it did not.',
  '',
].join('\r\n');
