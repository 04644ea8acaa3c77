import * as vscode from 'vscode';
import type { Annotation, Reply } from '../../core/annotations/model';
import { openDocument, toRange, toSpan } from './convert';
import type { AnnotationStore } from './store';

/** A comment shown in a note's thread: the note itself (no `replyId`) or one of its replies. */
class NoteComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  readonly author: vscode.CommentAuthorInformation;
  readonly timestamp: Date;
  readonly contextValue: string;
  label?: string;
  /** The text before an edit started, restored on cancel. */
  saved: string;

  constructor(readonly uri: vscode.Uri, readonly annotationId: string, readonly replyId: string | undefined, entry: Annotation | Reply) {
    this.body = entry.body;
    this.saved = entry.body;
    this.author = { name: entry.author || 'unknown' };
    this.timestamp = new Date(entry.created);
    this.contextValue = replyId ? 'byline-reply' : 'byline-note';
    if (entry.modified && entry.modified !== entry.created) this.label = 'edited';
  }
}

/**
 * Notes as VS Code comment threads on their passages: create, reply, edit, delete, resolve.
 * The store is the truth; threads are rebuilt from it, and their ranges follow its live anchors.
 */
export function registerNoteComments(store: AnnotationStore): vscode.Disposable {
  const controller = vscode.comments.createCommentController('byline-notes', 'Byline Notes');
  controller.options = { prompt: 'Add a note on this passage…', placeHolder: 'Write a note (saved in .byline/annotations)' };
  controller.commentingRangeProvider = {
    provideCommentingRanges: (document) => (document.uri.scheme === 'file' || document.uri.scheme === 'vscode-remote') && !document.uri.path.includes('/.byline/') && ['news-article', 'plaintext', 'markdown'].includes(document.languageId)
      ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)]
      : [],
  };
  const threads = new Map<string, vscode.CommentThread>(); // annotation id → thread
  const idOf = new Map<vscode.CommentThread, { uri: vscode.Uri; id: string }>();

  const sync = (uri: vscode.Uri): void => {
    const document = openDocument(uri);
    const state = store.get(uri);
    const live = new Set<string>();
    for (const { annotation: a, span } of state.items) {
      if (a.kind !== 'note' || !span || !document) continue;
      live.add(a.id);
      const range = toRange(document, span);
      let thread = threads.get(a.id);
      if (!thread) {
        thread = controller.createCommentThread(uri, range, []);
        thread.canReply = true;
        threads.set(a.id, thread);
        idOf.set(thread, { uri, id: a.id });
      } else if (!thread.range.isEqual(range)) thread.range = range;
      thread.label = a.resolved ? 'Note (resolved)' : 'Note';
      thread.contextValue = a.resolved ? 'byline-note-resolved' : 'byline-note';
      thread.state = a.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
      // Never clobber a comment the reader is editing.
      if (!thread.comments.some((c) => c.mode === vscode.CommentMode.Editing)) {
        const next = [new NoteComment(uri, a.id, undefined, a), ...(a.replies ?? []).map((r) => new NoteComment(uri, a.id, r.id, r))];
        const same = next.length === thread.comments.length && next.every((c, i) => c.body === thread!.comments[i].body && c.author.name === thread!.comments[i].author.name);
        if (!same) thread.comments = next;
      }
    }
    for (const [id, thread] of threads) {
      const owner = idOf.get(thread);
      if (owner && owner.uri.toString() === uri.toString() && !live.has(id)) {
        thread.dispose();
        threads.delete(id);
        idOf.delete(thread);
      }
    }
  };
  const syncAll = (): void => {
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === 'file' || d.uri.scheme === 'vscode-remote') sync(d.uri);
  };

  const commentsOf = (thread: vscode.CommentThread) => thread.comments as readonly NoteComment[];
  const refresh = (c: NoteComment): void => {
    const thread = threads.get(c.annotationId);
    if (thread) thread.comments = [...commentsOf(thread)];
  };

  const disposables: vscode.Disposable[] = [
    controller,
    store.onDidChange((uri) => (uri ? sync(uri) : syncAll())),
    vscode.workspace.onDidOpenTextDocument((d) => sync(d.uri)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      for (const [id, thread] of threads) {
        if (idOf.get(thread)?.uri.toString() === d.uri.toString()) {
          thread.dispose();
          threads.delete(id);
          idOf.delete(thread);
        }
      }
    }),
    vscode.commands.registerCommand('byline.notes.create', async (reply: vscode.CommentReply) => {
      const document = openDocument(reply.thread.uri) ?? (await vscode.workspace.openTextDocument(reply.thread.uri));
      const range = reply.thread.range;
      // The "+" gutter gives a whole line; an empty range becomes that line's text.
      const span = range.isEmpty ? toSpan(document, document.lineAt(range.start.line).range) : toSpan(document, range);
      reply.thread.dispose();
      const note = await store.add(document.uri, span, 'note', reply.text);
      const thread = threads.get(note.id);
      if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    }),
    vscode.commands.registerCommand('byline.notes.reply', async (reply: vscode.CommentReply) => {
      const owner = idOf.get(reply.thread);
      if (owner) await store.reply(owner.uri, owner.id, reply.text);
    }),
    vscode.commands.registerCommand('byline.notes.edit', (c: NoteComment) => {
      c.saved = typeof c.body === 'string' ? c.body : c.body.value;
      c.mode = vscode.CommentMode.Editing;
      refresh(c);
    }),
    vscode.commands.registerCommand('byline.notes.cancelEdit', (c: NoteComment) => {
      c.body = c.saved;
      c.mode = vscode.CommentMode.Preview;
      refresh(c);
    }),
    vscode.commands.registerCommand('byline.notes.saveEdit', (c: NoteComment) => {
      const text = typeof c.body === 'string' ? c.body : c.body.value;
      c.mode = vscode.CommentMode.Preview;
      refresh(c);
      const a = store.find(c.uri, c.annotationId);
      if (!a) return;
      if (!c.replyId) store.update(c.uri, a.id, { body: text });
      else store.update(c.uri, a.id, { replies: (a.replies ?? []).map((r) => (r.id === c.replyId ? { ...r, body: text, modified: new Date().toISOString() } : r)) });
    }),
    vscode.commands.registerCommand('byline.notes.delete', async (c: NoteComment) => {
      const a = store.find(c.uri, c.annotationId);
      if (!a) return;
      if (c.replyId) {
        store.update(c.uri, a.id, { replies: (a.replies ?? []).filter((r) => r.id !== c.replyId) });
        return;
      }
      const pick = await vscode.window.showWarningMessage('Delete this note and its replies?', { modal: true }, 'Delete');
      if (pick) store.remove(c.uri, a.id);
    }),
    vscode.commands.registerCommand('byline.notes.deleteThread', async (thread: vscode.CommentThread) => {
      const owner = idOf.get(thread);
      if (!owner) return thread.dispose();
      const pick = await vscode.window.showWarningMessage('Delete this note and its replies?', { modal: true }, 'Delete');
      if (pick) store.remove(owner.uri, owner.id);
    }),
    vscode.commands.registerCommand('byline.notes.resolve', (thread: vscode.CommentThread) => {
      const owner = idOf.get(thread);
      if (owner) store.update(owner.uri, owner.id, { resolved: true });
    }),
    vscode.commands.registerCommand('byline.notes.unresolve', (thread: vscode.CommentThread) => {
      const owner = idOf.get(thread);
      if (owner) store.update(owner.uri, owner.id, { resolved: false });
    }),
    vscode.commands.registerCommand('byline.internal.noteThreads', () => [...threads.entries()].map(([id, t]) => ({ id, uri: t.uri.toString(), range: t.range, comments: t.comments.map((c) => (typeof c.body === 'string' ? c.body : c.body.value)) }))),
  ];
  syncAll();
  return vscode.Disposable.from(...disposables, { dispose: () => threads.forEach((t) => t.dispose()) });
}
