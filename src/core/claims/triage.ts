import { parse, stringify } from 'yaml';

export type TriageStatus = 'verified' | 'false-positive' | 'needs-source' | 'note';
export const TRIAGE_STATUSES: readonly TriageStatus[] = ['verified', 'false-positive', 'needs-source', 'note'];

/** A reader's decision on one finding, keyed by file + rule + quoted text so it survives edits elsewhere. */
export interface TriageEntry {
  /** Workspace-relative path with `/` separators. */
  readonly file: string;
  readonly rule: string;
  /** The finding's text as it was when triaged. */
  readonly text: string;
  readonly status: TriageStatus;
  readonly note?: string;
  /** ISO timestamp of the decision. */
  readonly at?: string;
}

const HEADER = '# Byline triage: findings a reader has marked. Keyed by file, rule and quoted text.\n';

/** Reads `.byline/triage.yaml`; malformed entries are skipped, never fatal. */
export function parseTriage(text: string): TriageEntry[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  const list = (doc as { entries?: unknown })?.entries;
  if (!Array.isArray(list)) return [];
  const out: TriageEntry[] = [];
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const { file, rule, text: quoted, status, note, at } = e as Record<string, unknown>;
    if (typeof file !== 'string' || typeof rule !== 'string' || typeof quoted !== 'string') continue;
    if (!TRIAGE_STATUSES.includes(status as TriageStatus)) continue;
    out.push({ file, rule, text: quoted, status: status as TriageStatus, ...(typeof note === 'string' ? { note } : {}), ...(typeof at === 'string' ? { at } : {}) });
  }
  return out;
}

/** Writes entries as YAML, sorted so diffs stay small. */
export function serializeTriage(entries: readonly TriageEntry[]): string {
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.text.localeCompare(b.text));
  return HEADER + stringify({ version: 1, entries: sorted.map((e) => ({ ...e })) }, { lineWidth: 0 });
}

/** The entry for a finding, if the reader triaged it. */
export function findTriage(entries: readonly TriageEntry[], file: string, rule: string, text: string): TriageEntry | undefined {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return entries.find((e) => e.file === file && e.rule === rule && norm(e.text) === norm(text));
}

/** Entries with `entry` added, replacing an earlier decision on the same finding. */
export function upsertTriage(entries: readonly TriageEntry[], entry: TriageEntry): TriageEntry[] {
  const existing = findTriage(entries, entry.file, entry.rule, entry.text);
  return [...entries.filter((e) => e !== existing), entry];
}
