import { useEffect, useState } from 'preact/hooks';
import {
  type Computations,
  type Documents,
  getDocument,
  postComputation,
  type Query,
  type Route,
  urlOf,
} from './api.ts';

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

/**
 * POSTs a computation whenever its body changes, `delayMs` after the last change (a slider's steps do not
 * each send one); the previous answer stays shown while the next is on the way.
 * @example const stress = useComputation('/api/v1/lending/stress', { shocks: { WETH: -0.2 } }, 200);
 */
export function useComputation<R extends keyof Computations>(
  route: R,
  body: Computations[R]['body'],
  delayMs = 0,
): Loaded<Computations[R]['result']> {
  const key = JSON.stringify(body);
  const [state, setState] = useState<Loaded<Computations[R]['result']>>({
    data: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      postComputation(route, body)
        .then((data) => live && setState({ data, error: null, loading: false }))
        .catch((err: Error) => live && setState({ data: null, error: err.message, loading: false }));
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [route, key]);
  return state;
}
