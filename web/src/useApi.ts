import { useEffect, useState } from 'preact/hooks';
import { api } from './api.ts';

/** The state of one API read: its data, or the error, while `loading` says whether it is still on the way. */
export type Loaded<T> = { data: T | null; error: string | null; loading: boolean };

/** Reads `path` from the API whenever it changes (null: read nothing). */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api<T>(path)
      .then((data) => live && setState({ data, error: null, loading: false }))
      .catch((err: Error) => live && setState({ data: null, error: err.message, loading: false }));
    return () => {
      live = false;
    };
  }, [path]);
  return state;
}
