import type { Range } from '../../core/types';

/** Tree elements of the three Byline views; `parent` makes `getParent` (and so `reveal`) trivial. */
export type SidebarNode =
  | { readonly kind: 'topic'; readonly id: string; readonly topic: string; readonly parent?: SidebarNode }
  | { readonly kind: 'article'; readonly id: string; readonly path: string; readonly index: number; readonly actorKey?: string; readonly parent?: SidebarNode }
  | { readonly kind: 'articleRule'; readonly id: string; readonly path: string; readonly index: number; readonly rule: string; readonly parent: SidebarNode }
  | { readonly kind: 'articleActor'; readonly id: string; readonly path: string; readonly index: number; readonly actorKey: string; readonly parent: SidebarNode }
  | { readonly kind: 'finding'; readonly id: string; readonly path: string; readonly findingId: string; readonly parent: SidebarNode }
  | { readonly kind: 'mention'; readonly id: string; readonly path: string; readonly range: Range; readonly preview: string; readonly parent: SidebarNode }
  | { readonly kind: 'actor'; readonly id: string; readonly actorKey: string; readonly parent?: undefined }
  | { readonly kind: 'rule'; readonly id: string; readonly rule: string; readonly parent?: undefined }
  | { readonly kind: 'more'; readonly id: string; readonly owner: string; readonly remaining: number; readonly parent?: SidebarNode };

/** How many children a node shows before a "Show more" item: keeps 10,000-article topics responsive. */
export const PAGE_SIZE = 200;

/** Per-parent page limits, bumped by "Show more" and by reveal. */
export class Paging {
  private readonly limits = new Map<string, number>();

  limit(owner: string): number {
    return this.limits.get(owner) ?? PAGE_SIZE;
  }

  more(owner: string): void {
    this.limits.set(owner, this.limit(owner) + PAGE_SIZE);
  }

  /** Makes sure the child at `position` is shown. */
  include(owner: string, position: number): boolean {
    if (position < this.limit(owner)) return false;
    this.limits.set(owner, (Math.floor(position / PAGE_SIZE) + 1) * PAGE_SIZE);
    return true;
  }

  reset(): void {
    this.limits.clear();
  }
}

/** The first `limit` items, plus a "more" node when some are left out. */
export function page<T>(items: readonly T[], owner: string, paging: Paging, parent: SidebarNode | undefined, toNode: (item: T) => SidebarNode): SidebarNode[] {
  const limit = paging.limit(owner);
  const shown = items.slice(0, limit).map(toNode);
  if (items.length > limit) shown.push({ kind: 'more', id: `${owner}#more`, owner, remaining: items.length - limit, parent });
  return shown;
}
