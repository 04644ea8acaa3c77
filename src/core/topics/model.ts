/** The shipped topic model: per-topic feature weights (log-odds), produced by `npm run train:topics`. */
export interface TopicModel {
  readonly version: number;
  /** What the weights were trained on (for the record; not used to score). */
  readonly trainedOn: string;
  /** topic id → feature → weight. Only positive evidence is kept: absence of a word proves little. */
  readonly weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
}
