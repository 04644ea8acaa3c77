import { CAPITALS, CITIES, COUNTRIES, REGIONS, THE_PLACES } from './data/places';
import { DEMONYMS, ORGANIZATIONS } from './data/misc';

export type GazetteerType = 'place' | 'organization' | 'misc';

export interface GazetteerEntry {
  readonly type: GazetteerType;
  /** Sub-kind, for hover cards: country, capital, city, region, organization, group. */
  readonly kind: string;
  readonly name: string;
}

/** Key for gazetteer lookup: case and diacritics folded, apostrophes and hyphens unified. */
export function gazetteerKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

let table: Map<string, GazetteerEntry> | undefined;
let longest = 1;

function build(): Map<string, GazetteerEntry> {
  const t = new Map<string, GazetteerEntry>();
  const add = (list: string | readonly string[], type: GazetteerType, kind: string) => {
    for (const name of typeof list === 'string' ? list.split('|') : list) {
      const key = gazetteerKey(name);
      if (!t.has(key)) t.set(key, { type, kind, name });
      longest = Math.max(longest, name.split(/\s+/).length);
    }
  };
  add(COUNTRIES, 'place', 'country');
  add(CAPITALS, 'place', 'capital');
  add(THE_PLACES, 'place', 'country');
  add(CITIES, 'place', 'city');
  add(REGIONS, 'place', 'region');
  add(ORGANIZATIONS, 'organization', 'organization');
  add(DEMONYMS, 'misc', 'group');
  return t;
}

/** The gazetteer entry for a name as written (case-insensitive), if any. */
export function gazetteerLookup(name: string): GazetteerEntry | undefined {
  table ??= build();
  // Names repeat across a corpus: remember answers by the string as written (bounded).
  const hit = memo.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const entry = table.get(gazetteerKey(name)) ?? null;
  if (memo.size > 50_000) memo.clear();
  memo.set(name, entry);
  return entry ?? undefined;
}

const memo = new Map<string, GazetteerEntry | null>();

/** Longest gazetteer name, in words: bounds the matcher's window. */
export function gazetteerMaxWords(): number {
  table ??= build();
  return longest;
}
