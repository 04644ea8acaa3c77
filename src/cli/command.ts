/** What a CLI command gets: its arguments and where to write. */
export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Full `--help` text. */
  readonly help: string;
  /** Returns the exit code: 0 ok, 1 findings at error severity, 2 usage or input errors. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
