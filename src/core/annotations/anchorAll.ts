import { reattach, type AnchorResult } from './anchor';
import { contentHashOf, targetAt, type Annotation } from './model';

/** An annotation placed in a text: `span` is where it is now, absent for an orphan. */
export interface Placed {
  readonly annotation: Annotation;
  readonly result: AnchorResult;
}

/** Re-attaches every annotation to `text` (what happens when an article is opened or reloaded). */
export function anchorAll(text: string, annotations: readonly Annotation[]): Placed[] {
  const currentHash = contentHashOf(text);
  return annotations.map((annotation) => ({ annotation, result: reattach(text, annotation.target, { storedHash: annotation.contentHash, currentHash }) }));
}

/**
 * Returns the annotation re-targeted at [start, end) of `text` (fresh quote, context and hash),
 * or the same object when its target is unchanged: an entry is rewritten only when its own
 * passage moved, so edits elsewhere in the article do not make every sidecar line conflict.
 */
export function retarget(annotation: Annotation, text: string, start: number, end: number, hash = contentHashOf(text)): Annotation {
  const t = targetAt(text, start, end);
  const o = annotation.target;
  if (t.start === o.start && t.end === o.end && t.exact === o.exact && t.prefix === o.prefix && t.suffix === o.suffix) return annotation;
  return { ...annotation, target: t, contentHash: hash };
}

/**
 * Returns the annotations with their targets brought up to date with `text` (those that
 * re-attach), and the ids of the orphans, which keep their stored target.
 */
export function currentTargets(text: string, annotations: readonly Annotation[]): { annotations: Annotation[]; orphans: Set<string> } {
  const hash = contentHashOf(text);
  const orphans = new Set<string>();
  const out = anchorAll(text, annotations).map(({ annotation, result }) => {
    if (result.status === 'orphan') {
      orphans.add(annotation.id);
      return annotation;
    }
    return retarget(annotation, text, result.start, result.end, hash);
  });
  return { annotations: out, orphans };
}
