// Claims in the real workbench with the packaged VSIX: seed 003's findings in the Problems
// panel (date-inconsistency, implausible-quantity, relative-timestamp). The screenshot goes to
// test-results/ for review.
import * as assert from 'node:assert/strict';
import { openFile, runCommand, useWorkbench } from './support/workbench';
import { screenshotPage } from './support/screenshots';

const SEED = '003_7d26d1fd01c20498.txt';

describe('claims in the workbench (code-server in Chromium)', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();

  it('lists the seed’s findings in the Problems panel', async () => {
    const { page } = workbench();
    await openFile(page, SEED);
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const rows = page.locator('.markers-panel .monaco-list-row');
    for (const rule of ['date-inconsistency', 'implausible-quantity', 'relative-timestamp'])
      await rows.filter({ hasText: rule }).first().waitFor({ timeout: 60_000 });
    assert.ok((await rows.count()) >= 3);
    const shot = await screenshotPage(page, 'claims-problems-panel');
    console.log(`      screenshot: ${shot}`);
  });
});
