// Screenshots land in test-results/ (gitignored) under names that say what they show, so a
// feature's e2e test can save "hover-card-dark.png" and a reviewer can open it directly.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './paths';

export const RESULTS_DIR = process.env.BYLINE_TEST_RESULTS_DIR || join(ROOT, 'test-results');

function fileFor(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const safe = name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return join(RESULTS_DIR, safe.endsWith('.png') ? safe : `${safe}.png`);
}

/** Saves the whole workbench; returns the file path. */
export async function screenshotPage(page: Page, name: string): Promise<string> {
  const path = fileFor(name);
  await page.screenshot({ path, timeout: 30_000 });
  return path;
}

/** Saves one element (a hover card, a view, the problems panel); returns the file path. */
export async function screenshotElement(element: Locator, name: string): Promise<string> {
  const path = fileFor(name);
  await element.screenshot({ path, timeout: 30_000 });
  return path;
}
