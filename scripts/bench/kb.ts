import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';

/** The knowledge base the extension ships (default actors), as the benchmarks use it. */
export function loadDefaultKnowledgeBase(): KnowledgeBase {
  return KnowledgeBase.loadDefault();
}
