import * as vscode from 'vscode';
import type { Services } from '../services';
import { LANGUAGE_ID } from '../analysisCache';
import { entityKey, mentionAt } from '../knowledge/mentions';
import { ADD_STUB_COMMAND, type AddStubArgs } from '../knowledge/register';
import type { ActorType } from '../../core/kb/actor';
import { actorCard, dateCard, quantityCard, unknownCard, type ArticleLink } from './cards';

const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
/** How long a hover waits for the workspace scan before showing the card without it. */
const SCAN_BUDGET_MS = 1500;

/** Hover cards for entities: actor, unknown name, date, quantity. */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position, token) {
      const analysis = services.analyses.get(document);
      const hit = mentionAt(analysis, document.offsetAt(position));
      if (!hit) return undefined;
      const { mention, article } = hit;
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      let md: vscode.MarkdownString;
      if (mention.normalized?.kind === 'date') md = new vscode.MarkdownString(dateCard(mention, mention.normalized));
      else if (mention.normalized?.kind === 'quantity') md = new vscode.MarkdownString(quantityCard(mention, mention.normalized));
      else {
        const key = entityKey(mention);
        const inArticle = article.mentions.filter((m) => entityKey(m) === key);
        const others = await otherArticles(services, key, document.uri, token);
        const actor = mention.actor ? services.knowledge.current.byId(mention.actor) : undefined;
        if (actor) md = new vscode.MarkdownString(actorCard(actor, mention, article.article.published, inArticle, others));
        else {
          const args: AddStubArgs = { name: mention.canonical ?? mention.text, type: mention.type as ActorType, uri: document.uri.toString() };
          const uri = `command:${ADD_STUB_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
          md = new vscode.MarkdownString(unknownCard(mention, uri, inArticle.length, others), true);
          md.isTrusted = { enabledCommands: [ADD_STUB_COMMAND] };
        }
      }
      md.supportThemeIcons = true;
      return new vscode.Hover(md, range);
    },
  });
}

/** Other workspace files mentioning the entity, if the scan answers within its budget. */
async function otherArticles(services: Services, key: string, self: vscode.Uri, token: vscode.CancellationToken): Promise<ArticleLink[] | undefined> {
  const scan = services.knowledge.mentions.find(key, token).then((files) =>
    files
      .filter((f) => f.uri.toString() !== self.toString())
      .map((f): ArticleLink => {
        const first = f.locations[0].range.start;
        return { title: f.title, href: f.uri.with({ fragment: `L${first.line + 1},${first.character + 1}` }).toString(), count: f.locations.length };
      }),
  );
  const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), SCAN_BUDGET_MS));
  return Promise.race([scan, timeout]).catch(() => undefined);
}
