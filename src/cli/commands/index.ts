import type { CliCommand } from '../command';
import { articlesCommand } from './articles';
import { entitiesCommand } from './entities';
import { checkCommand } from './check';
import { exportCommand } from './export';

/** Every `byline` command (one line each). */
export const commands: readonly CliCommand[] = [
  articlesCommand,
  entitiesCommand,
  checkCommand,
  exportCommand,
];
