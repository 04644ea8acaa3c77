/** Parsed command-line options: `--flag value`, `--flag=value`, boolean flags, and positionals. */
export interface ParsedArgs {
  readonly options: Map<string, string | true>;
  readonly positionals: string[];
}

/** Parses argv; `valued` names the options that take a value. Throws on a missing value. */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (eq !== -1) options.set(name, a.slice(eq + 1));
      else if (valued.includes(name)) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`option --${name} needs a value`);
        options.set(name, v);
      } else options.set(name, true);
    } else if (a === '-h') options.set('help', true);
    else positionals.push(a);
  }
  return { options, positionals };
}

export class UsageError extends Error {}

/** Reads `--format`, checking it is one of the allowed values. */
export function formatOption(args: ParsedArgs, allowed: readonly string[]): string {
  const f = args.options.get('format');
  if (f === undefined) return allowed[0];
  if (f === true || !allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
  return f;
}
