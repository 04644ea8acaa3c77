// `./x.yaml?actors` imports x.yaml's actors parsed at build time (the `actors-yaml` plugin of esbuild.mjs):
// each Actor with `source` reduced to its line and character (the file is known to the importer).
declare module '*.yaml?actors' {
  type BuiltActor = Omit<import('./actor').Actor, 'source'> & { readonly source: { readonly line: number; readonly character: number } };
  const actors: readonly BuiltActor[];
  export default actors;
}
