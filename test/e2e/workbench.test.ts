// The packaged VSIX in the real workbench: a seed opens in the News Article mode and is shown
// with its outline. Screenshots go to test-results/ for review.
import * as assert from 'node:assert/strict';
import { THEMES, openFile, runCommand, statusBarItem, useTheme, useWorkbench } from './support/workbench';
import { screenshotPage } from './support/screenshots';

const SEED = '003_7d26d1fd01c20498.txt';

describe('workbench (code-server in Chromium)', function () {
  this.timeout(300_000);
  const workbench = useWorkbench();

  it('opens a seed in the News Article mode', async () => {
    const { page } = workbench();
    await openFile(page, SEED);
    const mode = statusBarItem(page, 'status.editor.mode');
    await mode.filter({ hasText: 'News Article' }).waitFor({ timeout: 120_000 });
    assert.match((await mode.textContent()) ?? '', /News Article/);
    const shot = await screenshotPage(page, 'workbench-seed-news-article');
    console.log(`      screenshot: ${shot}`);
  });

  it('shows the seed articles in the outline', async () => {
    const { page } = workbench();
    await runCommand(page, 'Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane .monaco-list-row');
    await outline.filter({ hasText: 'Pakistan urges world to treat water insecurity' }).first().waitFor({ timeout: 120_000 });
    await outline.filter({ hasText: 'Pakistan, China agree to step up counterterrorism coordination' }).first().waitFor({ timeout: 120_000 });
    const shot = await screenshotPage(page, 'workbench-seed-outline');
    console.log(`      screenshot: ${shot}`);
  });

  // The grammar must read well in each kind of built-in theme; these screenshots are for review.
  // The workbench opens in Dark+, so each switch is a real change that the waits can see.
  for (const theme of ['light-plus', 'high-contrast', 'dark-plus'] as const) {
    it(`renders the seed in ${THEMES[theme].label}`, async () => {
      await useTheme(workbench(), theme);
      const { page } = workbench();
      const headline = page.locator('.editor-instance .view-lines .view-line', { hasText: 'Pakistan, China agree to step up' }).first();
      await headline.waitFor({ timeout: 120_000 });
      console.log(`      screenshot: ${await screenshotPage(page, `workbench-seed-${theme}`)}`);
    });
  }
});
