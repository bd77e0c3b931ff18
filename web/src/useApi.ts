import { useEffect, useState } from 'preact/hooks';
import { type Documents, getDocument, type Query, type Route, urlOf } from './api.ts';

/** The state of one API read: its document, or the error, while `loading` says whether it is still on the way. */
export type Loaded<T> = { data: T | null; error: string | null; loading: boolean };

/**
 * Reads a route's document whenever the route, query or path parameters change (route null: read nothing).
 * @example const tvl = useDocument('/api/v1/tvl', { chain: 'ethereum' });
 */
export function useDocument<R extends Route>(
  route: R | null,
  query: Query = {},
  params: Record<string, string> = {},
): Loaded<Documents[R]> {
  const url = route === null ? null : urlOf(route, query, params);
  const [state, setState] = useState<Loaded<Documents[R]>>({
    data: null,
    error: null,
    loading: url !== null,
  });
  useEffect(() => {
    if (route === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    getDocument<R>(route, query, params)
      .then((data) => live && setState({ data, error: null, loading: false }))
      .catch((err: Error) => live && setState({ data: null, error: err.message, loading: false }));
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
