import type { CliCommand } from '../command';
import { articlesCommand } from './articles';

/** Every `byline` command (one line each). */
export const commands: readonly CliCommand[] = [
  articlesCommand,
];
