// The stemmer and stop-word packages publish their typings through `exports` subpaths, which the
// server's "Node" module resolution does not read; these are their shapes.
declare module '@orama/stemmers/*' {
  export function stemmer(word: string): string;
  export const language: string;
}
declare module '@orama/stopwords/*' {
  export const stopwords: string[];
}
declare module 'stopword' {
  export const eng: string[];
  export const spa: string[];
}
declare module 'tinyld/light' {
  export function detectAll(text: string, options?: { only?: string[] }): Array<{ lang: string; accuracy: number }>;
}
