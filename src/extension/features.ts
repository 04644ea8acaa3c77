import type * as vscode from 'vscode';
import type { Services } from './services';
import * as language from './language/register';
import * as corpus from './corpus/register';
import * as sidebar from './sidebar/register';
import * as knowledge from './knowledge/register';
import * as highlighting from './highlighting/register';
import * as hover from './hover/register';
import * as diagnostics from './diagnostics/register';
import * as annotations from './annotations/register';

/** A feature registers its providers and returns one disposable for all of them. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => vscode.Disposable;

/** Every feature of the extension, in activation order (one line each). */
export const features: readonly Feature[] = [
  language.register,
  corpus.register,
  sidebar.register,
  knowledge.register,
  highlighting.register,
  hover.register,
  diagnostics.register,
  annotations.register,
];
