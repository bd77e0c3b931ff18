/**
 * The source line that makes a worker thread able to import `url`: a thread does not inherit tsx's
 * loader (not under `node --test`, not through `execArgv`), so a TypeScript module needs tsx registered
 * in the thread first; compiled JavaScript needs nothing.
 * @example `${loaderPrelude(url)} const run = (await import(url)).default;`
 */
export function loaderPrelude(url: URL): string {
  return url.pathname.endsWith('.ts')
    ? `(await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register();`
    : '';
}
