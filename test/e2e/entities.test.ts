// Entity highlighting and the actor hover card in the real workbench, in Dark+, Light+ and High
// Contrast: each theme colours entities unlike plain text, and the hover card shows the actor.
// Screenshots (editor and hover card per theme) go to test-results/ for review.
import * as assert from 'node:assert/strict';
import { THEMES, hoverOverText, openFile, useTheme, useWorkbench, type ThemeName } from './support/workbench';
import { screenshotElement, screenshotPage } from './support/screenshots';

const SEED = '000_997123c907f1ca25.txt';

describe('entities in the workbench (code-server in Chromium)', function () {
  this.timeout(240_000);
  const workbench = useWorkbench();

  before(async () => {
    await openFile(workbench().page, SEED);
  });

  for (const theme of Object.keys(THEMES) as ThemeName[]) {
    it(`colours entities and shows the actor hover card in ${THEMES[theme].label}`, async () => {
      const { page } = workbench();
      await useTheme(workbench(), theme);
      const editor = page.locator('.editor-instance .monaco-editor').first();
      const name = editor.locator('.view-lines .view-line span span', { hasText: /^Mohsin\sNaqvi$/ }).first();
      await editor.locator('.view-lines .view-line', { hasText: 'Interior Minister Mohsin Naqvi' }).first().waitFor({ timeout: 60_000 });
      // Semantic tokens arrive after the first paint: wait until the name is coloured unlike its neighbour.
      await page.waitForFunction(
        `(() => {
          // Monaco renders spaces as no-break spaces.
          const text = (s) => (s.textContent ?? '').replace(/\u00a0/g, ' ');
          const spans = [...document.querySelectorAll('.editor-instance .view-lines .view-line span span')];
          const name = spans.find((s) => text(s) === 'Mohsin Naqvi');
          const plain = spans.find((s) => text(s).includes('Interior Minister'));
          return !!name && !!plain && getComputedStyle(name).color !== getComputedStyle(plain).color;
        })()`,
        undefined,
        { timeout: 60_000 },
      );
      assert.ok(await name.isVisible());
      console.log(`      screenshot: ${await screenshotPage(page, `entities-${theme}`)}`);
      const hover = await hoverOverText(page, 'Mohsin Naqvi');
      await hover.filter({ hasText: 'Interior' }).waitFor({ timeout: 30_000 });
      const text = (await hover.textContent()) ?? '';
      assert.match(text, /Mohsin Naqvi/);
      assert.match(text, /as of 2025-11-18/);
      console.log(`      screenshot: ${await screenshotElement(hover, `hover-card-${theme}`)}`);
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
    });
  }
});
