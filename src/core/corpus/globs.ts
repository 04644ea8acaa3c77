/** A small glob matcher for `**`, `*`, `?` and `{a,b}` (the forms article globs use), over `/` paths. */
export function globMatchesPath(glob: string, path: string): boolean {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(path.replace(/\\/g, '/'));
}

/**
 * The globs to search inside a workspace folder for one article glob. Globs match whole paths (as
 * the language mode does), so the default seeds glob with the `seeds` folder itself open means
 * `*.txt` inside it.
 */
export function folderGlobs(folderPath: string, glob: string): string[] {
  const out = [glob];
  const segments = glob.split('/');
  if (segments[0] !== '**') return out;
  const rest = segments.slice(1);
  const folder = folderPath.split('/').filter(Boolean);
  // The first k segments after `**` may be the folder's own last k path segments.
  for (let k = 1; k < rest.length; k++) {
    const head = rest.slice(0, k);
    if (head.includes('**') || k > folder.length) break;
    const tail = folder.slice(folder.length - k);
    if (head.every((seg, i) => globMatchesPath(seg, tail[i]))) out.push(rest.slice(k).join('/'));
  }
  return out;
}
