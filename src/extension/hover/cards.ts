import type { Actor } from '../../core/kb/knowledgeBase';
import { rolesAt } from '../../core/kb/knowledgeBase';
import type { DateValue, Mention, QuantityValue } from '../../core/types';

/** Markdown-escapes text from articles and YAML files. */
export function esc(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

const TYPE_LABEL: Record<string, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  misc: 'Group, event or initiative',
  date: 'Date',
  quantity: 'Quantity',
};

/** A link to another file in a hover: `[title](uri#Lline)`. */
export interface ArticleLink {
  readonly title: string;
  readonly href: string;
  readonly count: number;
}

/** The actor card: who the knowledge base says this is, as of the article's date. */
export function actorCard(actor: Actor, mention: Mention, articleDate: string | null, inArticle: readonly Mention[], others: readonly ArticleLink[] | undefined): string {
  const out: string[] = [];
  out.push(`**${esc(actor.name)}** · ${TYPE_LABEL[actor.type] ?? actor.type}${actor.country ? ` · ${esc(actor.country)}` : ''}`);
  if (mention.misspellingOf) out.push(`⚠ *“${esc(mention.text)}” looks like a misspelling of ${esc(actor.name)}* (low-confidence match)`);
  const roles = rolesAt(actor, articleDate);
  if (roles.length) {
    const when = articleDate ? `as of ${articleDate}` : 'current';
    out.push(`**Role${roles.length > 1 ? 's' : ''}** (${when}): ` + roles.map((r) => `${esc(r.title)}${r.organization ? `, ${esc(r.organization)}` : ''}${r.from ? ` (since ${r.from})` : ''}`).join('; '));
  } else if (actor.roles.length) {
    out.push(`*No role on record ${articleDate ? `as of ${articleDate}` : 'now'}* (${actor.roles.length} other role${actor.roles.length > 1 ? 's' : ''} known)`);
  }
  if (actor.aliases.length) out.push(`**Also known as:** ${actor.aliases.map(esc).join(', ')}`);
  if (actor.description) out.push(esc(actor.description));
  const links: string[] = [];
  if (actor.wikidata) links.push(`[Wikidata ${actor.wikidata}](https://www.wikidata.org/wiki/${actor.wikidata})`);
  for (const l of actor.links) links.push(`[${esc(l.replace(/^https?:\/\//, ''))}](${l})`);
  if (links.length) out.push(links.join(' · '));
  const forms = [...new Set(inArticle.map((m) => m.text))];
  out.push(`**In this article:** ${inArticle.length} mention${inArticle.length === 1 ? '' : 's'}${forms.length > 1 ? ` (${forms.map(esc).join(', ')})` : ''}`);
  out.push(otherArticles(others));
  return out.join('\n\n');
}

function otherArticles(others: readonly ArticleLink[] | undefined): string {
  if (!others) return '*Other articles: still scanning the workspace…*';
  if (!others.length) return '**Other articles:** none in this workspace';
  const shown = others.slice(0, 5).map((o) => `[${esc(o.title)}](${o.href})${o.count > 1 ? ` (${o.count})` : ''}`);
  const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
  return `**Other articles:** ${shown.join(' · ')}${more}`;
}

/** The card of a name the knowledge base does not know, with a command link that adds a stub. */
export function unknownCard(mention: Mention, addCommandUri: string | undefined, inArticle: number, others: readonly ArticleLink[] | undefined): string {
  const out = [`**${esc(mention.text)}** · ${TYPE_LABEL[mention.type] ?? mention.type} · *not in the knowledge base*`];
  out.push(`Recognised with confidence ${mention.confidence.toFixed(2)}${mention.canonical ? ` as a short form of “${esc(mention.canonical)}”` : ''}.`);
  out.push(`**In this article:** ${inArticle} mention${inArticle === 1 ? '' : 's'}`);
  out.push(otherArticles(others));
  if (addCommandUri) out.push(`[$(add) Add to knowledge base](${addCommandUri})`);
  return out.join('\n\n');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The date card: the normalized date and its weekday (and a warning when the text states another weekday). */
export function dateCard(mention: Mention, value: DateValue): string {
  const out = [`**Date** · ${esc(mention.text)}`];
  if (!value.value) {
    out.push('*Could not be resolved to a calendar date.*');
    return out.join('\n\n');
  }
  let line = `**Normalized:** ${value.value}`;
  if (value.precision === 'day') {
    const weekday = WEEKDAYS[new Date(`${value.value}T00:00:00Z`).getUTCDay()];
    line += ` (${weekday})`;
    if (value.statedWeekday && value.statedWeekday !== weekday) out.push(`⚠ The text says ${value.statedWeekday}, but ${value.value} is a ${weekday}.`);
  }
  out.splice(1, 0, line);
  const notes = [value.relative ? 'resolved against the article’s date' : '', value.inferredYear ? 'year inferred from the article’s date' : ''].filter(Boolean);
  if (notes.length) out.push(`*${notes.join('; ')}*`);
  return out.join('\n\n');
}

/** The quantity card: normalized value, unit and kind. */
export function quantityCard(mention: Mention, value: QuantityValue): string {
  const n = Number.isInteger(value.value) ? value.value.toLocaleString('en-US') : value.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const out = [`**Quantity** · ${esc(mention.text)}`, `**Normalized:** ${n} ${esc(value.unit)} · ${value.category}`];
  if (value.qualifier) out.push(`*Qualifier:* ${esc(value.qualifier)}`);
  return out.join('\n\n');
}
