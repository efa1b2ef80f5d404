// Runs a request with the loading indicator on, and any failure shown as a sentence in the status bar.
import { ApiError } from '../api/http.ts';
import { actions } from '../state/store.ts';

export async function track<T>(work: () => Promise<T>, failure = 'Something went wrong loading the graph.') {
  actions.requestStarted();
  try {
    return await work();
  } catch (err) {
    if ((err as Error).name !== 'AbortError') actions.failed(err instanceof ApiError ? err.message : failure);
    return undefined;
  } finally {
    actions.requestEnded();
  }
}
