import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../../support/labels';

/** Tokenizes text with the shipped grammar, as VS Code does, and returns (text, scopes) per token. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'news-article.tmLanguage.json'), 'utf8'), 'grammar.json'),
  });
  const g = await registry.loadGrammar('text.news-article');
  if (!g) throw new Error('grammar did not load');
  return g;
}

function tokenize(grammar: textmate.IGrammar, text: string): { text: string; scopes: string[]; line: number }[] {
  const out: { text: string; scopes: string[]; line: number }[] = [];
  let state = textmate.INITIAL;
  text.split('\n').forEach((line, n) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: n });
    state = r.ruleStack;
  });
  return out;
}

function scopeOf(tokens: ReturnType<typeof tokenize>, text: string): string {
  const t = tokens.find((x) => x.text.includes(text));
  assert.ok(t, `no token containing ${JSON.stringify(text)}`);
  return t.scopes.join(' ');
}

describe('news-article TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('scopes the seed page parts', () => {
    const text = readFileSync(join(ROOT, 'seeds', '003_7d26d1fd01c20498.txt'), 'utf8');
    const tokens = tokenize(grammar, text);
    assert.match(scopeOf(tokens, 'Pakistan, China agree to step up'), /markup\.heading\.1/);
    assert.match(scopeOf(tokens, 'Short Url'), /comment\.line\.chrome/);
    assert.match(scopeOf(tokens, '07 January 2026'), /constant\.other\.date/);
    assert.match(scopeOf(tokens, '5 sec ago'), /relative-timestamp/);
    assert.match(scopeOf(tokens, 'ISLAMABAD'), /entity\.name\.tag\.dateline/);
    assert.match(scopeOf(tokens, '•'), /punctuation\.definition\.list/);
    assert.match(scopeOf(tokens, 'For Pakistan, this is a lived reality,'), /string\.quoted\.double\.curly/);
    assert.match(scopeOf(tokens, '80 percent'), /constant\.numeric\.percent/);
    assert.match(scopeOf(tokens, '1,000'), /constant\.numeric\.count/);
  });

  it('scopes money, percentages, bylines and closing chrome', () => {
    const text = [
      'Headline',
      'By Mutale Chisenga',
      '',
      'LUSAKA: It cost PKR 2.1 trillion and USD 60 billion, or $3.2 million, up 30 per cent.',
      '',
      'Published in SouthAsianDesk, November 18th, 2025',
      'Follow SouthAsianDesk on XInstagram, and Facebook for insights.',
      'Leave a Reply',
      'Your email address will not be published.',
      '3 mins read',
    ].join('\n');
    const tokens = tokenize(grammar, text);
    assert.match(scopeOf(tokens, 'PKR 2.1 trillion'), /constant\.numeric\.money/);
    assert.match(scopeOf(tokens, 'USD 60 billion'), /constant\.numeric\.money/);
    assert.match(scopeOf(tokens, '$3.2 million'), /constant\.numeric\.money/);
    assert.match(scopeOf(tokens, '30 per cent'), /constant\.numeric\.percent/);
    assert.match(scopeOf(tokens, 'Mutale Chisenga'), /author/);
    assert.match(scopeOf(tokens, 'SouthAsianDesk'), /publisher/);
    assert.match(scopeOf(tokens, 'Follow SouthAsianDesk on'), /comment\.line\.chrome/);
    assert.match(scopeOf(tokens, 'Leave a Reply'), /comment\.line\.chrome/);
    assert.match(scopeOf(tokens, 'Your email address'), /comment\.line\.chrome/);
    assert.match(scopeOf(tokens, '3 mins read'), /comment\.line\.chrome/);
  });

  it('does not colour an ordinary sentence as a heading or quote', () => {
    const tokens = tokenize(grammar, 'Headline\n\nThe minister said the talks went well.');
    assert.doesNotMatch(scopeOf(tokens, 'The minister said'), /heading|string/);
  });
});
