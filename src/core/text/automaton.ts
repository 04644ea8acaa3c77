/**
 * Aho–Corasick automata over character classes: the dates' anchor scan and the quantities' start
 * scan read a text once, one table step per character, instead of searching it once per literal.
 */

/** An automaton of patterns (sequences of class numbers in [0, classes)), before its tables are packed. */
export interface Automaton {
  /** goto[state][class]: the next state, for every state and class (the root is 0). */
  readonly goto: readonly (readonly number[])[];
  /** Per state, the state of its longest proper suffix that is also a path from the root. */
  readonly fail: readonly number[];
  /** Per state, the index of the pattern that ends exactly there (the last given, for duplicates), or -1. */
  readonly pattern: readonly number[];
  /** Every state but the root, breadth first: a state comes after its failure state. */
  readonly order: readonly number[];
}

/** Builds the automaton of `patterns` over `classes` character classes. */
export function buildAutomaton(patterns: readonly (readonly number[])[], classes: number): Automaton {
  const goto: number[][] = [new Array<number>(classes).fill(-1)];
  const pattern = [-1];
  patterns.forEach((p, k) => {
    let s = 0;
    for (const c of p) {
      if (goto[s][c] < 0) {
        goto[s][c] = goto.length;
        goto.push(new Array<number>(classes).fill(-1));
        pattern.push(-1);
      }
      s = goto[s][c];
    }
    pattern[s] = k;
  });
  // Breadth first, so a state's failure state (shallower) is complete before the state is read.
  const fail = new Array<number>(goto.length).fill(0);
  const order: number[] = [];
  for (let c = 0; c < classes; c++) {
    if (goto[0][c] < 0) goto[0][c] = 0;
    else order.push(goto[0][c]);
  }
  for (let head = 0; head < order.length; head++) {
    const s = order[head];
    for (let c = 0; c < classes; c++) {
      const t = goto[s][c];
      if (t < 0) goto[s][c] = goto[fail[s]][c];
      else {
        fail[t] = goto[fail[s]][c];
        order.push(t);
      }
    }
  }
  return { goto, fail, pattern, order };
}
