import * as vscode from 'vscode';
import { createServices } from './extension/services';
import { features } from './extension/features';

/** Wires services and features together; holds no logic of its own. */
export function activate(context: vscode.ExtensionContext): BylineApi {
  const started = performance.now();
  const services = createServices(context);
  context.subscriptions.push(services);
  for (const register of features) context.subscriptions.push(register(context, services));
  const activationMs = performance.now() - started;
  services.log.info(`Byline activated in ${activationMs.toFixed(1)} ms`);
  return { services, activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** What the extension exports to tests and other extensions. */
export interface BylineApi {
  readonly services: ReturnType<typeof createServices>;
  readonly activationMs: number;
}
