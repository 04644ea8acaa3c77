/**
 * The fixed topic taxonomy and its IPTC Media Topic mapping (https://cv.iptc.org/newscodes/mediatopic/).
 * Nine topics are IPTC top-level subjects. `diplomacy` has no top-level subject of its own: it maps to
 * "international relations" (medtop:20000638), a child of politics (medtop:11000000).
 */

export type BuiltinTopicId =
  | 'conflict-security'
  | 'diplomacy'
  | 'politics'
  | 'economy'
  | 'environment'
  | 'health'
  | 'science-technology'
  | 'society'
  | 'sport'
  | 'culture';

export interface TopicDefinition {
  readonly id: string;
  /** Display label (ours). */
  readonly label: string;
  /** IPTC Media Topic qcode, e.g. `medtop:04000000`; absent for workspace topics without one. */
  readonly iptc?: string;
  /** The IPTC Media Topic's own label. */
  readonly iptcLabel?: string;
  /** Broader topic id (diplomacy → politics; workspace topics may name any topic). */
  readonly parent?: string;
}

export const BUILTIN_TOPICS: readonly TopicDefinition[] = [
  { id: 'conflict-security', label: 'Conflict & security', iptc: 'medtop:16000000', iptcLabel: 'conflict, war and peace' },
  { id: 'diplomacy', label: 'Diplomacy', iptc: 'medtop:20000638', iptcLabel: 'international relations', parent: 'politics' },
  { id: 'politics', label: 'Politics', iptc: 'medtop:11000000', iptcLabel: 'politics' },
  { id: 'economy', label: 'Economy', iptc: 'medtop:04000000', iptcLabel: 'economy, business and finance' },
  { id: 'environment', label: 'Environment', iptc: 'medtop:06000000', iptcLabel: 'environment' },
  { id: 'health', label: 'Health', iptc: 'medtop:07000000', iptcLabel: 'health' },
  { id: 'science-technology', label: 'Science & technology', iptc: 'medtop:13000000', iptcLabel: 'science and technology' },
  { id: 'society', label: 'Society', iptc: 'medtop:14000000', iptcLabel: 'society' },
  { id: 'sport', label: 'Sport', iptc: 'medtop:15000000', iptcLabel: 'sport' },
  { id: 'culture', label: 'Culture', iptc: 'medtop:01000000', iptcLabel: 'arts, culture, entertainment and media' },
];

export const BUILTIN_TOPIC_IDS: readonly string[] = BUILTIN_TOPICS.map((t) => t.id);

const byId = new Map(BUILTIN_TOPICS.map((t) => [t.id, t]));

/** The built-in topic with this id, if any. */
export function builtinTopic(id: string): TopicDefinition | undefined {
  return byId.get(id);
}
