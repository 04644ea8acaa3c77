import type { Annotation, Verdict } from '../model';

/**
 * schema.org ClaimReview JSON-LD for verdict annotations. Ratings use a 1–5 scale (worst 1,
 * best 5) for the verdicts that grade truth; `unverifiable` and `needs-source` have no place on
 * it, so they carry only the textual `alternateName`, as fact-checkers do for "unproven".
 */

const RATING: Record<Verdict, { name: string; value?: number }> = {
  verified: { name: 'True', value: 5 },
  misleading: { name: 'Misleading', value: 2 },
  false: { name: 'False', value: 1 },
  unverifiable: { name: 'Unverifiable' },
  'needs-source': { name: 'Needs source' },
};
const VERDICT_OF_NAME = new Map(Object.entries(RATING).map(([v, r]) => [r.name, v as Verdict]));

type Json = Record<string, unknown>;

/** Returns a JSON-LD graph with one ClaimReview per verdict annotation of the articles. */
export function exportClaimReview(articles: readonly { source: string; annotations: readonly Annotation[] }[], publisher?: string): Json {
  const graph: Json[] = [];
  for (const art of articles) {
    for (const a of art.annotations) {
      if (a.kind !== 'verdict') continue;
      const r = RATING[a.body as Verdict] ?? { name: a.body };
      graph.push({
        '@type': 'ClaimReview',
        '@id': `urn:byline:annotation:${a.id}`,
        claimReviewed: a.target.exact,
        reviewRating: { '@type': 'Rating', alternateName: r.name, ...(r.value !== undefined ? { ratingValue: r.value, bestRating: 5, worstRating: 1 } : {}) },
        itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: art.source } },
        author: { '@type': 'Person', name: a.author || 'unknown' },
        ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
        datePublished: a.created.slice(0, 10),
        ...(a.comment ? { reviewBody: a.comment } : {}),
      });
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** A verdict read back from ClaimReview JSON-LD. */
export interface ReviewedClaim {
  readonly id: string;
  readonly source: string;
  readonly claim: string;
  readonly verdict: string;
  readonly author: string;
  readonly date: string;
  readonly comment?: string;
}

/** Reads the ClaimReviews of a graph (or a single one, or an array) back into verdicts. */
export function importClaimReview(json: unknown): ReviewedClaim[] {
  const j = json as Json;
  const items = (Array.isArray(json) ? json : Array.isArray(j['@graph']) ? j['@graph'] : [json]) as Json[];
  return items.filter((x) => x['@type'] === 'ClaimReview').map((x) => {
    const rating = (x.reviewRating ?? {}) as Json;
    const name = String(rating.alternateName ?? '');
    const appearance = ((x.itemReviewed as Json | undefined)?.appearance ?? {}) as Json;
    return {
      id: String(x['@id'] ?? '').replace(/^urn:byline:annotation:/, ''),
      source: String(appearance.url ?? ''),
      claim: String(x.claimReviewed ?? ''),
      verdict: VERDICT_OF_NAME.get(name) ?? name,
      author: String((x.author as Json | undefined)?.name ?? ''),
      date: String(x.datePublished ?? ''),
      ...(x.reviewBody !== undefined ? { comment: String(x.reviewBody) } : {}),
    };
  });
}
