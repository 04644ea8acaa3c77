/**
 * Offset conversions between UTF-16 code units (JavaScript, VS Code, our sidecars) and
 * Unicode code points (brat, W3C TextPositionSelector), which differ after any astral character.
 */

/** Returns the code-point offset of UTF-16 offset `offset` in `text`. */
export function utf16ToCodePoint(text: string, offset: number): number {
  let cp = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // The low half of a pair was already counted with its high half.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    cp++;
  }
  return cp;
}

/** Returns the UTF-16 offset of code-point offset `cp` in `text` (clamped to the text). */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** Converts many UTF-16 offsets at once in one pass (offsets in any order). */
export function utf16ToCodePoints(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((o, k) => [o, k] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length);
  let i = 0;
  let cp = 0;
  for (const [o, k] of order) {
    const target = Math.min(o, text.length);
    while (i < target) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      cp++;
    }
    out[k] = cp;
  }
  return out;
}
