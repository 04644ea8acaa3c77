// Reader annotations in the packaged extension: an article whose sidecar holds a note and a
// claim verdict opens with the note as a comment thread and the verdict as a decoration with
// its hover. Screenshots go to test-results/ for review.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetAt, type Annotation } from '../../src/core/annotations/model';
import { serializeSidecar } from '../../src/core/annotations/sidecar';
import { ROOT } from './support/paths';
import { hoverOverText, openFile, openWorkbench, runCommand, type Workbench } from './support/workbench';
import { screenshotElement, screenshotPage } from './support/screenshots';

const SEED = '000_997123c907f1ca25.txt';

function on(text: string, quote: string, a: Omit<Annotation, 'target' | 'id' | 'author' | 'created' | 'modified'>, id: string): Annotation {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, quote);
  return { id, author: 'Ana Lima', created: '2026-11-20T09:30:00.000Z', modified: '2026-11-20T09:30:00.000Z', ...a, target: targetAt(text, at, at + quote.length) };
}

describe('annotations in the workbench (code-server in Chromium)', function () {
  this.timeout(180_000);
  let workbench: Workbench;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'byline-e2e-annotations-'));
    cpSync(join(ROOT, 'seeds', SEED), join(folder, SEED));
    const text = readFileSync(join(folder, SEED), 'utf8');
    mkdirSync(join(folder, '.byline', 'annotations'), { recursive: true });
    writeFileSync(join(folder, '.byline', 'annotations', `${SEED}.yaml`), serializeSidecar([
      on(text, 'suicide bombing near the district courts', { kind: 'note', body: 'Which courts? The police report names two.' }, 'e2e-note'),
      on(text, 'killed 12 people and injured 36 others', { kind: 'verdict', body: 'needs-source', comment: 'Figures differ across outlets.' }, 'e2e-verdict'),
    ], SEED));
    workbench = await openWorkbench({ folder });
  });

  after(async () => {
    await workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the note as a comment thread on its passage', async () => {
    const { page } = workbench;
    await openFile(page, SEED);
    // Threads open collapsed; the Comments view lists the note and clicking it opens the thread.
    // VS Code opens that view by itself for the first file with comments (comments.openView).
    const row = page.locator('.monaco-list-row', { hasText: 'Which courts?' }).first();
    try {
      await row.waitFor({ timeout: 20_000 });
    } catch {
      await runCommand(page, 'Comments: Focus on Comments View');
    }
    await row.click();
    const thread = page.locator('.review-widget', { hasText: 'Which courts? The police report names two.' }).first();
    await thread.waitFor({ timeout: 60_000 });
    assert.match((await thread.textContent()) ?? '', /Ana Lima/);
    console.log(`      screenshot: ${await screenshotPage(page, 'annotations-note-thread')}`);
  });

  it('shows the verdict as a decoration with a hover', async () => {
    const { page } = workbench;
    const hover = await hoverOverText(page, 'injured 36 others');
    await hover.filter({ hasText: 'Claim verdict' }).waitFor({ timeout: 30_000 });
    assert.match((await hover.textContent()) ?? '', /Needs source/);
    console.log(`      screenshot: ${await screenshotElement(hover, 'annotations-verdict-hover')}`);
    console.log(`      screenshot: ${await screenshotPage(page, 'annotations-verdict-decoration')}`);
  });

  it('lists both annotations in the Annotations view', async () => {
    const { page } = workbench;
    await runCommand(page, 'Byline: Focus on Annotations View');
    const rows = page.locator('.pane', { hasText: 'Annotations' }).locator('.monaco-list-row');
    await rows.filter({ hasText: 'Which courts?' }).first().waitFor({ timeout: 30_000 });
    await rows.filter({ hasText: 'verdict: needs-source' }).first().waitFor({ timeout: 30_000 });
    console.log(`      screenshot: ${await screenshotPage(page, 'annotations-view')}`);
  });
});
