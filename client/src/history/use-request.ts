// Loads something for a component: aborts when its inputs change, says "loading" only after 200 ms, keeps the error's words.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/http.ts';

/** Anything quicker than this does not deserve a spinner. */
export const LOADING_DELAY_MS = 200;

export interface Request<T> {
  data: T | null;
  error: string | null;
  /** True once a request has been pending for more than LOADING_DELAY_MS. */
  slow: boolean;
  pending: boolean;
}

export function useRequest<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: unknown[],
  failure = 'Could not load this; try again.',
): Request<T> {
  const [state, setState] = useState<Request<T>>({ data: null, error: null, slow: false, pending: false });
  useEffect(() => {
    if (!load) {
      setState({ data: null, error: null, slow: false, pending: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, error: null, slow: false, pending: true }));
    const timer = setTimeout(() => setState((s) => (s.pending ? { ...s, slow: true } : s)), LOADING_DELAY_MS);
    load(ctrl.signal)
      .then((data) => setState({ data, error: null, slow: false, pending: false }))
      .catch((err: Error) => {
        if (err.name === 'AbortError') return;
        setState({ data: null, error: err instanceof ApiError ? err.message : failure, slow: false, pending: false });
      })
      .finally(() => clearTimeout(timer));
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, deps);
  return state;
}
