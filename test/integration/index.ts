// Entry point VS Code loads as `extensionTestsPath` (under code-server with the smoke-test
// driver, see scripts/test.mjs). It runs every out/test/integration/**/*.test.js with mocha
// inside the real extension host and writes the outcome as JSON to $BYLINE_TEST_RESULTS,
// because the extension host's stdout is not visible to the runner; the host exits when
// run() settles. Under @vscode/test-cli (.vscode-test.mjs) this file is not used.
import { readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** One test's outcome as the runner prints it. */
export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  readonly error?: string;
}

/** What the runner reads from the results file. */
export interface IntegrationResults {
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly tests: readonly TestOutcome[];
}

function testFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) testFiles(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

export function run(): Promise<void> {
  const resultsFile = process.env.BYLINE_TEST_RESULTS;
  const grep = process.env.BYLINE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const tests: TestOutcome[] = [];
  const write = (extra?: TestOutcome) => {
    const all = extra ? [...tests, extra] : tests;
    const results: IntegrationResults = {
      passed: all.filter((t) => t.state === 'passed').length,
      failed: all.filter((t) => t.state === 'failed').length,
      pending: all.filter((t) => t.state === 'pending').length,
      tests: all,
    };
    if (resultsFile) {
      // Written whole then renamed, so the polling runner never reads half a file.
      writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
      renameSync(`${resultsFile}.tmp`, resultsFile);
    }
    return results;
  };

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        const { failed, passed } = write();
        if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
        else if (passed === 0) reject(new Error('no integration tests ran'));
        else resolve();
      });
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err: Error) => tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.stack ?? String(err) }));
    } catch (error) {
      // A suite that throws while loading still has to reach the runner as a failure.
      write({ title: 'loading integration suites', state: 'failed', error: (error as Error)?.stack ?? String(error) });
      reject(error);
    }
  });
}
