// @vscode/test-cli configuration: the same integration suites as `npm test`, run by
// @vscode/test-electron in a downloaded VS Code (desktop), for machines that can download it.
//   node esbuild.mjs --tests && npx vscode-test
// (npm test runs them in code-server instead; see README "Development".)
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: './seeds',
  // The oldest VS Code package.json's engines.vscode admits, so the floor stays honest;
  // override with VSCODE_TEST_VERSION=stable (or insiders) to try the newest.
  version: process.env.VSCODE_TEST_VERSION ?? '1.85.0',
  extensionDevelopmentPath: '.',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: { ui: 'bdd', timeout: 60_000, color: true },
});
