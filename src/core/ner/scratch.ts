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
  private readonly int32s: Int32Array[] = [];
  private readonly uint8s: Uint8Array[] = [];
  private readonly int8s: Int8Array[] = [];
  private readonly float32s: Float32Array[] = [];
  private nextInt32 = 0;
  private nextUint8 = 0;
  private nextInt8 = 0;
  private nextFloat32 = 0;

  /** Starts a new document: every array handed out so far may be handed out again. */
  reset(): void {
    this.nextInt32 = 0; this.nextUint8 = 0; this.nextInt8 = 0; this.nextFloat32 = 0;
  }

  int32(n: number, fill = 0): Int32Array {
    if (n > MAX_REUSED_LENGTH) return FRESH_ARRAYS.int32(n, fill);
    let b = this.int32s[this.nextInt32];
    if (!b || b.length < n) b = this.int32s[this.nextInt32] = new Int32Array(grownLength(n));
    this.nextInt32++;
    return b.subarray(0, n).fill(fill);
  }

  uint8(n: number): Uint8Array {
    if (n > MAX_REUSED_LENGTH) return FRESH_ARRAYS.uint8(n);
    let b = this.uint8s[this.nextUint8];
    if (!b || b.length < n) b = this.uint8s[this.nextUint8] = new Uint8Array(grownLength(n));
    this.nextUint8++;
    return b.subarray(0, n).fill(0);
  }

  int8(n: number): Int8Array {
    if (n > MAX_REUSED_LENGTH) return FRESH_ARRAYS.int8(n);
    let b = this.int8s[this.nextInt8];
    if (!b || b.length < n) b = this.int8s[this.nextInt8] = new Int8Array(grownLength(n));
    this.nextInt8++;
    return b.subarray(0, n).fill(0);
  }

  float32(n: number): Float32Array {
    if (n > MAX_REUSED_LENGTH) return FRESH_ARRAYS.float32(n);
    let b = this.float32s[this.nextFloat32];
    if (!b || b.length < n) b = this.float32s[this.nextFloat32] = new Float32Array(grownLength(n));
    this.nextFloat32++;
    return b.subarray(0, n).fill(0);
  }
}

/** Longer arrays are not kept (a huge document once does not hold its memory for the session). */
const MAX_REUSED_LENGTH = 1 << 18;

/** Room for `n` and then some, so a slightly longer document does not reallocate. */
function grownLength(n: number): number {
  return Math.max(1024, n * 2);
}
