// The Byline sidebar in the real workbench (packaged VSIX): the Topics view lists the seeds by
// topic, an article expands to its findings and actors. Screenshots go to test-results/ for review.
import { openFile, runCommand, useWorkbench } from './support/workbench';
import { screenshotPage } from './support/screenshots';

describe('Byline sidebar (code-server in Chromium)', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();

  it('shows the seeds by topic in the Topics view', async () => {
    const { page } = workbench();
    await openFile(page, '003_7d26d1fd01c20498.txt');
    await runCommand(page, 'Byline: Focus on Topics View');
    const rows = page.locator('.pane-body .monaco-list-row');
    const topic = rows.filter({ hasText: 'Conflict & security' }).first();
    await topic.waitFor({ timeout: 60_000 });
    await rows.filter({ hasText: 'Environment' }).first().waitFor({ timeout: 60_000 });
    // Expand Conflict & security, then an article to show its findings and actors.
    if ((await topic.getAttribute('aria-expanded')) !== 'true') await topic.click();
    const article = rows.filter({ hasText: 'Pakistan, China agree to step up counterterrorism' }).first();
    await article.waitFor({ timeout: 60_000 });
    if ((await article.getAttribute('aria-expanded')) === 'false') await article.locator('.monaco-tl-twistie').click();
    await runCommand(page, 'Byline: Focus on Actors View');
    await rows.filter({ hasText: 'mention' }).first().waitFor({ timeout: 60_000 });
    const shot = await screenshotPage(page, 'sidebar-topics-actors');
    console.log(`      screenshot: ${shot}`);
  });
});
