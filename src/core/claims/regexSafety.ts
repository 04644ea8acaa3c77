/**
 * A conservative check for regular expressions that can backtrack catastrophically
 * (exponential time on a crafted line): nested quantifiers such as `(a+)+`, `(\w*)*`,
 * `(a|aa)+`, and quantified groups with an empty or overlapping alternative.
 */

interface Group {
  hasQuantifier: boolean;
  hasAlternation: boolean;
  alternatives: string[];
  current: string;
}

/** Why a pattern is unsafe to run, or undefined when it passes. */
export function backtrackingRisk(pattern: string): string | undefined {
  if (pattern.length > 1000) return 'pattern is longer than 1,000 characters';
  const stack: Group[] = [{ hasQuantifier: false, hasAlternation: false, alternatives: [], current: '' }];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      if (/[1-9]/.test(pattern[i + 1] ?? '')) return 'back-references are not allowed';
      top.current += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      top.current += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      top.current += c;
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false, alternatives: [], current: '' });
      if (pattern[i + 1] === '?') {
        // Skip the group's flag: (?:, (?=, (?!, (?<=, (?<!, (?<name>
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(pattern.slice(i + 1));
        if (m) i += m[0].length;
      }
      continue;
    }
    if (c === '|') {
      top.hasAlternation = true;
      top.alternatives.push(top.current);
      top.current = '';
      continue;
    }
    if (c === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      group.alternatives.push(group.current);
      const quantified = /^(?:[*+]|\{\d+,\d*\})/.test(pattern.slice(i + 1));
      const parent = stack[stack.length - 1];
      if (quantified) {
        if (group.hasQuantifier) return 'a repeated group contains a repetition (nested quantifiers)';
        if (group.hasAlternation) {
          const alts = group.alternatives;
          if (alts.some((a) => a === '')) return 'a repeated group has an empty alternative';
          for (let x = 0; x < alts.length; x++)
            for (let y = 0; y < alts.length; y++)
              if (x !== y && alts[y].startsWith(alts[x])) return `a repeated group has overlapping alternatives ("${alts[x]}", "${alts[y]}")`;
        }
      }
      parent.hasQuantifier ||= group.hasQuantifier || quantified;
      parent.current += '(…)';
      continue;
    }
    if (c === '*' || c === '+' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(pattern.slice(i)))) {
      top.hasQuantifier = true;
      if (c === '{') i += /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i))![0].length - 1;
      continue;
    }
    top.current += c;
  }
  if (stack.length !== 1) return 'unbalanced parentheses';
  return undefined;
}
