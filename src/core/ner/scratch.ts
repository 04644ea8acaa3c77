/**
 * Where the tagger's per-document working arrays come from. A fresh typed array of a few hundred
 * entries costs about a microsecond (its backing store is allocated and zeroed outside the heap),
 * and a document needs a dozen and more: reusing buffers from document to document saves that.
 */

/** Hands out working arrays of a given length, zeroed (or filled with `fill`). */
export interface WorkArrays {
  int32(n: number, fill?: number): Int32Array;
  uint8(n: number): Uint8Array;
  int8(n: number): Int8Array;
  float32(n: number): Float32Array;
}

/** Fresh arrays every time: for callers that keep what they get (training, tests). */
export const FRESH_ARRAYS: WorkArrays = {
  int32: (n, fill = 0) => (fill === 0 ? new Int32Array(n) : new Int32Array(n).fill(fill)),
  uint8: (n) => new Uint8Array(n),
  int8: (n) => new Int8Array(n),
  float32: (n) => new Float32Array(n),
};

/**
 * Views of buffers reused from document to document: the k-th array of a kind asked for since
 * `reset` is a view of the k-th buffer of that kind (grown when too short). Everything handed out
 * is valid only until the next `reset`.
 */
export class ReusedArrays implements WorkArrays {
  private readonly int32s = new KeptBuffers((n) => new Int32Array(n));
  private readonly uint8s = new KeptBuffers((n) => new Uint8Array(n));
  private readonly int8s = new KeptBuffers((n) => new Int8Array(n));
  private readonly float32s = new KeptBuffers((n) => new Float32Array(n));

  /** Starts a new document: every array handed out so far may be handed out again. */
  reset(): void {
    this.int32s.reset(); this.uint8s.reset(); this.int8s.reset(); this.float32s.reset();
  }

  int32(n: number, fill = 0): Int32Array {
    return this.int32s.take(n, fill);
  }

  uint8(n: number): Uint8Array {
    return this.uint8s.take(n, 0);
  }

  int8(n: number): Int8Array {
    return this.int8s.take(n, 0);
  }

  float32(n: number): Float32Array {
    return this.float32s.take(n, 0);
  }
}

type TypedArray = Int32Array | Uint8Array | Int8Array | Float32Array;

/** The buffers of one array type, handed out in turn since the last `reset`. */
class KeptBuffers<T extends TypedArray> {
  private readonly buffers: T[] = [];
  private next = 0;

  constructor(private readonly make: (n: number) => T) {}

  reset(): void {
    this.next = 0;
  }

  /** A view of `n` entries, all `fill`: of the next kept buffer, or a fresh array when `n` is too long to keep. */
  take(n: number, fill: number): T {
    if (n > MAX_REUSED_LENGTH) return fill === 0 ? this.make(n) : (this.make(n).fill(fill) as T);
    let b = this.buffers[this.next];
    if (!b || b.length < n) b = this.buffers[this.next] = this.make(grownLength(n));
    this.next++;
    return b.subarray(0, n).fill(fill) as T;
  }
}

/** Longer arrays are not kept (a huge document once does not hold its memory for the session). */
const MAX_REUSED_LENGTH = 1 << 18;

/** Room for `n` and then some, so a slightly longer document does not reallocate. */
function grownLength(n: number): number {
  return Math.max(1024, n * 2);
}
