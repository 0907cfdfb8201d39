/**
 * Report and department text is isolated for direction wherever it is put into a sentence, so
 * that a right-to-left override in a name cannot reverse what follows it. In markup, wrap it in
 * <bdi>; in a plain string (a heading built by a message function, a title, a search subtitle),
 * use `isolate`, which puts it between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
 * Pure: runs in the browser too.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
