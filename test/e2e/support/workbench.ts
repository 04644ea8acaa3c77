// Opens the packaged extension in the real VS Code workbench: a fresh code-server profile with
// the VSIX installed, served on a free loopback port, shown in headless Chromium. Helpers below
// wait on workbench elements (never on time) so feature e2e tests stay short.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { ROOT } from './paths';

/** Generous: the machine may be shared with other builds, and a timeout should mean a hang. */
const TIMEOUT = 120_000;

interface ProfileDirs {
  readonly userDataDir: string;
  readonly extensionsDir: string;
}

interface CodeServer {
  readonly url: string;
  stop(): Promise<void>;
  output(): string;
}

/** The parts of scripts/code-server.mjs used here (an ES module, so loaded at run time). */
interface CodeServerModule {
  profileDirs(name: string, options: { fresh?: boolean; settings?: Record<string, unknown> }): ProfileDirs;
  removeProfile(name: string): void;
  installExtension(vsix: string, dirs: ProfileDirs): void;
  startCodeServer(options: { folder?: string; dirs: ProfileDirs; quiet?: boolean }): Promise<CodeServer>;
  workbenchUrl(serverUrl: string, options: { folder?: string }): string;
  defaultVsix(): string;
}

function loadCodeServerModule(): Promise<CodeServerModule> {
  // A computed specifier keeps esbuild from bundling the script (it reads import.meta.url).
  const specifier = pathToFileURL(join(ROOT, 'scripts', 'code-server.mjs')).href;
  return import(specifier) as Promise<CodeServerModule>;
}

export interface WorkbenchOptions {
  /** Folder to open; default seeds/. */
  readonly folder?: string;
  /** User settings, e.g. `{ 'workbench.colorTheme': 'Default Light Modern' }`. */
  readonly settings?: Record<string, unknown>;
  /** VSIX to install; default $BYLINE_VSIX, else byline-<version>.vsix at the root. */
  readonly vsix?: string;
  readonly viewport?: { width: number; height: number };
}

export interface Workbench {
  readonly page: Page;
  readonly url: string;
  /** code-server's recent output, for failure messages. */
  serverOutput(): string;
  /** Merges user settings into the profile; reload the page (or use useTheme) to be sure they apply. */
  updateSettings(settings: Record<string, unknown>): void;


  close(): Promise<void>;
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const codeServer = await loadCodeServerModule();
  const vsix = options.vsix ?? process.env.BYLINE_VSIX ?? codeServer.defaultVsix();
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (npm test does)`);
  const folder = options.folder ?? join(ROOT, 'seeds');
  // A known theme, so screenshots compare across runs whatever VS Code's default becomes.
  const settings = { 'workbench.colorTheme': THEMES['dark-plus'].id, ...options.settings };
  // npm test names a profile per run; a lone mocha run gets one per process.
  const profile = process.env.BYLINE_E2E_PROFILE ?? `e2e-mocha-${process.pid}`;
  const dirs = codeServer.profileDirs(profile, { fresh: true, settings });
  codeServer.installExtension(vsix, dirs);
  const server = await codeServer.startCodeServer({ folder, dirs, quiet: true });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server.stop();
    codeServer.removeProfile(profile);
  };
  try {
    browser = await launchBrowser(options.viewport);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    const url = codeServer.workbenchUrl(server.url, { folder });
    await page.goto(url, { timeout: TIMEOUT });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: TIMEOUT });
    const settingsFile = join(dirs.userDataDir, 'User', 'settings.json');
    const updateSettings = (next: Record<string, unknown>) => {
      const current = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
      writeFileSync(settingsFile, JSON.stringify({ ...current, ...next }, null, 2));
    };
    return { page, url, serverOutput: () => server.output(), updateSettings, close };
  } catch (error) {
    const output = server.output().split('\n').slice(-30).join('\n');
    await close();
    throw new Error(`${(error as Error).message}\ncode-server output (last lines):\n${output}`);
  }
}

/** The active editor's text area, once an editor for `fileName` is the active tab. */
export async function openFile(page: Page, fileName: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(fileName);
  // Wait until quick open lists the file itself (file search runs in the server).
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`).waitFor({ timeout: TIMEOUT });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ timeout: TIMEOUT });
  return editor;
}

/**
 * VS Code's built-in themes: settings id, the class the workbench gets, and the editor background
 * (which tells one light theme from another once the switch has really happened).
 */
export const THEMES = {
  'dark-plus': { id: 'Dark+', label: 'Dark+', className: 'vs-dark', editorBackground: 'rgb(30, 30, 30)' },
  'light-plus': { id: 'Light+', label: 'Light+', className: 'vs', editorBackground: 'rgb(255, 255, 255)' },
  'high-contrast': { id: 'Default High Contrast', label: 'High Contrast', className: 'hc-black', editorBackground: 'rgb(0, 0, 0)' },
} as const;

export type ThemeName = keyof typeof THEMES;

/**
 * Switches a running workbench to one of the built-in themes: writes the setting, reloads the page
 * (code-server did not reliably pick up a changed settings.json live), reopens the file that was
 * active (a reload does not always restore it) and waits until workbench and editor show the theme.
 */
export async function useTheme(workbench: Workbench, theme: ThemeName): Promise<void> {
  const { page } = workbench;
  const { id, className } = THEMES[theme];
  const activeTab = page.locator('.tabs-container .tab.active').first();
  const activeFile = (await activeTab.count()) > 0 ? await activeTab.getAttribute('data-resource-name') : null;
  workbench.updateSettings({ 'workbench.colorTheme': id });
  await page.reload({ timeout: TIMEOUT });
  await page.locator(`.monaco-workbench.${className} .part.statusbar`).waitFor({ timeout: TIMEOUT });
  if (activeFile) {
    await openFile(page, activeFile);
    await waitForTheme(page, theme);
  }
}

/** Waits until the active editor is painted in `theme` (call after opening a file). */
export async function waitForTheme(page: Page, theme: ThemeName): Promise<void> {
  // A string, not a function, so this Node-side file needs no DOM typings.
  await page.waitForFunction(
    `(() => {
      const background = document.querySelector('.editor-instance .monaco-editor .monaco-editor-background');
      return background !== null && getComputedStyle(background).backgroundColor === ${JSON.stringify(THEMES[theme].editorBackground)};
    })()`,
    undefined,
    { timeout: TIMEOUT },
  );
}

/** A status bar entry by its VS Code id, e.g. `status.editor.mode` (the language indicator). */
export function statusBarItem(page: Page, id: string): Locator {
  return page.locator(`.statusbar-item[id="${id}"]`);
}

/**
 * Types `text` into the open quick input and accepts the row labelled exactly `label`, or else the
 * first row whose label contains it.
 */
async function pickQuickInputItem(page: Page, label: string, text = label): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(text);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const containing = rows.filter({ has: page.locator('.label-name', { hasText: label }) });
  await containing.first().waitFor({ timeout: TIMEOUT });
  const exact = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  await ((await exact.count()) > 0 ? exact : containing).first().click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs a command by its palette title, e.g. "Byline: Treat File as News Article"; waits until the
 * palette closes unless the command opens a picker of its own (`keepOpen`).
 */
export async function runCommand(page: Page, title: string, { keepOpen = false } = {}): Promise<void> {
  await page.keyboard.press('F1');
  await pickQuickInputItem(page, title, `>${title}`);
  if (!keepOpen) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/**
 * Moves the mouse over the first rendered occurrence of `text` in the active editor and returns
 * the hover widget once it shows (for hover-card tests). The text must be on screen.
 */
export async function hoverOverText(page: Page, text: string): Promise<Locator> {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const token = editor.locator('.view-lines .view-line span span', { hasText: text }).first();
  await token.waitFor({ timeout: TIMEOUT });
  await token.hover();
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ has: page.locator('.hover-contents, .hover-row') }).first();
  await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
  return hover;
}

/**
 * One workbench for a whole mocha suite: opened in `before`, closed in `after`. Returns a
 * getter, since the workbench exists only once `before` has run.
 */
export function useWorkbench(options: WorkbenchOptions = {}): () => Workbench {
  let workbench: Workbench | undefined;
  before(async () => {
    workbench = await openWorkbench(options);
  });
  after(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench is not open (useWorkbench outside a suite?)');
    return workbench;
  };
}
