import type * as vscode from 'vscode';
import type { Services } from './services';
import * as language from './language/register';

/** A feature registers its providers and returns one disposable for all of them. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => vscode.Disposable;

/** Every feature of the extension, in activation order (one line each). */
export const features: readonly Feature[] = [
  language.register,
];
