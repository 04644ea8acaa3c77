// esbuild loaders (esbuild.mjs) turn these imports into strings / bytes inside the bundle.
declare module '*.yaml' {
  const text: string;
  export default text;
}
declare module '*.md' {
  const text: string;
  export default text;
}
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
