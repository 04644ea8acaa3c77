// Mocha's spec reporter, plus a JSON summary (counts and failures) written to
// `--reporter-option output=FILE` so scripts/test.mjs can total every kind of test.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const output = options?.reporterOptions?.output;
    const failures = [];
    runner.on('fail', (test, err) => failures.push({ title: test.fullTitle(), error: err?.stack ?? String(err) }));
    runner.once('end', () => {
      if (!output) return;
      const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
      writeFileSync(output, JSON.stringify({ passed: passes, failed, pending, failures }, null, 2));
    });
  }
}

module.exports = SummaryReporter;
