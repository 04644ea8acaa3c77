import type { Rule, RuleHit } from '../rule';

// "Updated 5 sec ago", "posted 2 hours ago", "Last updated: 3 mins ago", or a line that is only "6 hours ago".
const STAMPED = /(?:\b(?:(?:last\s+)?(?:updated|posted|published|edited|modified|added)\s*:?\s*)|(?<=[|•·]\s*))(?:about\s+|an?\s+|\d+\s*)(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|wks?|weeks?|mos?|months?|yrs?|years?)\s+ago\b/gi;
const BARE_LINE = /^\s*(?:about\s+)?(?:an?|\d+)\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago\s*$/i;

/** `relative-timestamp`: a page time written relative to when it was viewed, which a saved copy cannot resolve. */
export const relativeTimestamp: Rule = {
  id: 'relative-timestamp',
  title: 'Relative timestamp in a saved page',
  defaultSeverity: 'information',
  summary: 'A time such as "Updated 5 sec ago" that depends on when the page was viewed.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const block of ctx.blocks) {
      // Prose ("the attack happened two days ago") is normal reporting; only page stamps are flagged.
      if (block.kind === 'paragraph' && !BARE_LINE.test(block.text) && !/^\s*(?:last\s+)?(?:updated|posted|published|edited)\b/i.test(block.text)) continue;
      STAMPED.lastIndex = 0;
      let found = false;
      for (let m = STAMPED.exec(block.text); m; m = STAMPED.exec(block.text)) {
        found = true;
        hits.push({
          start: block.start + m.index,
          end: block.start + m.index + m[0].length,
          message: `"${m[0]}" is relative to when the page was viewed; the saved copy does not say when the article was published or updated.`,
          data: { published: ctx.article.published },
        });
      }
      if (!found && BARE_LINE.test(block.text)) {
        const lead = block.text.length - block.text.trimStart().length;
        hits.push({
          start: block.start + lead,
          end: block.start + block.text.trimEnd().length,
          message: `"${block.text.trim()}" is relative to when the page was viewed; the saved copy does not say when it was published.`,
        });
      }
    }
    return hits;
  },
};
