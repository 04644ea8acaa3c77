import * as assert from 'node:assert/strict';
import { folderGlobs, globMatchesPath } from '../../../src/core/corpus/globs';

describe('article globs', () => {
  it('match paths like VS Code globs', () => {
    assert.ok(globMatchesPath('**/seeds/*.txt', 'seeds/000.txt'));
    assert.ok(globMatchesPath('**/seeds/*.txt', '/work/main/seeds/000.txt'));
    assert.ok(!globMatchesPath('**/seeds/*.txt', 'seeds/sub/000.txt'));
    assert.ok(globMatchesPath('**/articles/**/*.txt', 'a/articles/2025/x.txt'));
    assert.ok(globMatchesPath('**/*.{news,article}', 'x/y.article'));
    assert.ok(!globMatchesPath('**/*.news', 'x/y.news.bak'));
  });

  it('apply inside a workspace folder that is itself the globbed directory', () => {
    assert.deepEqual(folderGlobs('/work/main/seeds', '**/seeds/*.txt'), ['**/seeds/*.txt', '*.txt']);
    assert.deepEqual(folderGlobs('/data/articles', '**/articles/**/*.txt'), ['**/articles/**/*.txt', '**/*.txt']);
    assert.deepEqual(folderGlobs('/data/other', '**/seeds/*.txt'), ['**/seeds/*.txt']);
    assert.deepEqual(folderGlobs('/data', 'seeds/*.txt'), ['seeds/*.txt']);
  });
});
