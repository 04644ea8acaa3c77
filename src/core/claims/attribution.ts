/**
 * Cues that a statement is attributed to a source. Shared by the rules that ask "who says so?"
 * (unsourced-statistic, speculative-claim, unattributed-quote).
 */

const SPEECH_VERB =
  '(?:said|says|say|saying|told|tells|tell|added|adds|stated|states|noted|notes|announced|announces|reported|reports|confirmed|confirms|' +
  'estimated|estimates|estimate|wrote|writes|argued|argues|warned|warns|claimed|claims|explained|explains|insisted|insists|cited|citing|' +
  'quoted|revealed|reveals|disclosed|discloses|recalled|recalls|continued|declared|declares|asked|asks|replied|urged|urges|admitted|admits|' +
  'acknowledged|acknowledges|predicted|predicts|forecast|forecasts|projected|projects|expects|expected|believes|believe|thinks|think|described|describing|' +
  'tweeted|posted|commented|comments|agreed|conceded|joked|laughed|recalled|reflected|enthused|emphasised|emphasized|stressed|stresses|pointed out|points out|concluded|concludes|found|finds|showed|shows|' +
  'calculated|calculates|counted|counts|registered|recorded|records|logged|logs|published|publishes|released|releases|announcing|adding|noting|warning|telling|explaining|mentioned|suggested|suggests|indicated|indicates)';

/** A speech or reporting verb anywhere in the text. */
export const SPEECH_RE = new RegExp(`\\b${SPEECH_VERB}\\b`);

/** Source phrases: `according to`, `data from`, `per the ministry`, `a report by`, a statement or filing. */
export const SOURCE_RE =
  /\b(?:[Aa]ccording to|[Dd]ata (?:from|by|released|published)|[Ff]igures (?:from|released|published|compiled)|statistics from|(?:a |the )?(?:report|study|survey|poll|census|audit|filing|statement|analysis|estimate|review|assessment|data|figures|statistics|records|documents?) (?:by|from|of|published|released|showed|shows|found|said|says|puts|put|indicated)|in (?:a|its|their|his|her) (?:statement|filing|report|letter|release|update|briefing|submission|interview|speech)|per (?:the )?[A-Z][\w-]*|per (?:government|official|company|police|ministry|army|military|un|who|imf) |(?:told|quoted by|cited by|speaking to) [A-Z])/;

/** True when the text attributes what it states: a speech verb or a source phrase. */
export function hasAttribution(text: string): boolean {
  return SPEECH_RE.test(text) || SOURCE_RE.test(text);
}

/** Vague credits ("per analyst estimates", "experts say") that name no one: not attribution. */
const VAGUE_CREDIT = /\b(?:per|according\s+to)\s+(?:analyst|analysts'|expert|industry|market|unnamed|some|unofficial)\s+(?:estimates?|sources?|data|figures)\b|\b(?:some\s+|many\s+|unnamed\s+|anonymous\s+)?(?:sources|experts|analysts|observers|critics|insiders)\s+(?:say|said|believe|estimate|suggest|expect|predict|argue|think|warn)\b/gi;

/** True when the text names a source for what it states (vague credits do not count). */
export function hasNamedAttribution(text: string): boolean {
  return hasAttribution(text.replace(VAGUE_CREDIT, ' '));
}

/** A named speaker with a speech verb: "he said", "Nyamadzawo added", "said Ms Ortiz". */
export const SPEAKER_RE = /\b(?:he|she|they|[A-Z][\p{L}’'-]+)\s+(?:said|says|added|told|continued|explained|insisted|warned|recalled|wrote)\b|\b(?:said|says|added)\s+(?:he|she|Mr|Ms|Mrs|Dr|[A-Z][\p{L}’'-]+)\b/u;
