import { analyzeDocument, type DocumentAnalysis } from '../analysis';
import type { Actor } from '../kb/actor';
import { KnowledgeBase } from '../kb/knowledgeBase';
import { TopicClassifier } from '../topics/classify';
import type { WorkspaceTopic } from '../topics/workspaceTopics';

/**
 * What a corpus summary depends on besides the engine build, as plain JSON (so it can be handed to
 * a worker thread): the knowledge base's actors and the workspace topics.
 */
export interface EngineInputs {
  /** The knowledge base's actors; none: no knowledge base (nothing is linked). */
  readonly actors?: readonly Actor[];
  readonly workspaceTopics?: readonly WorkspaceTopic[];
}

/**
 * The analysis the corpus runs on each file: the whole engine with the knowledge base, and topics
 * from a classifier that knows the workspace topics when there are some. The extension's in-thread
 * index and the worker threads both build it here, so both give the same summaries.
 */
export function corpusAnalyzer(options: { readonly kb?: KnowledgeBase; readonly workspaceTopics?: readonly WorkspaceTopic[] }): (text: string) => DocumentAnalysis {
  const { kb } = options;
  const classifier = options.workspaceTopics?.length ? new TopicClassifier({ workspaceTopics: options.workspaceTopics }) : undefined;
  // The summaries carry each file's cross-file facts: gathered from the claims contexts the checks built.
  if (!classifier) return (text) => analyzeDocument(text, { kb, facts: true });
  return (text) => {
    const a = analyzeDocument(text, { kb, skipTopics: true, facts: true });
    return { ...a, articles: a.articles.map((x) => ({ ...x, topics: classifier.classify(x.article.headline, text.slice(x.article.bodyStart, x.article.end)) })) };
  };
}

/** The knowledge base of engine inputs received as JSON (none when they carry no actors). */
export function knowledgeBaseOf(inputs: EngineInputs): KnowledgeBase | undefined {
  return inputs.actors ? new KnowledgeBase(inputs.actors) : undefined;
}

/** The analysis for engine inputs received as JSON (a worker thread's side of `corpusAnalyzer`). */
export function corpusAnalyzerFor(inputs: EngineInputs, kb = knowledgeBaseOf(inputs)): (text: string) => DocumentAnalysis {
  return corpusAnalyzer({ kb, workspaceTopics: inputs.workspaceTopics });
}
