import * as vscode from 'vscode';
import type { CorpusFilter } from '../../core/corpus/filter';

/** What the reader narrowed the views to; shared by the three views. */
export class SidebarState implements vscode.Disposable {
  private _filter: CorpusFilter = {};
  private _claimStates: ReadonlySet<string> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  get filter(): CorpusFilter {
    return this._filter;
  }

  set filter(f: CorpusFilter) {
    this._filter = f;
    void vscode.commands.executeCommand('setContext', 'byline.corpus.filtered', Object.values(f).some((v) => v));
    this.emitter.fire();
  }

  /** Triage states shown in the Claims view (undefined: all). */
  get claimStates(): ReadonlySet<string> | undefined {
    return this._claimStates;
  }

  set claimStates(s: ReadonlySet<string> | undefined) {
    this._claimStates = s;
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
