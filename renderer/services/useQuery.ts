// Runs an asynchronous query and re-runs it when its inputs change; stale answers are dropped.
import { useEffect, useState, type DependencyList } from 'react';

export type QueryState<T> =
  { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; message: string };

export function useQuery<T>(run: () => Promise<T>, deps: DependencyList): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    run().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the inputs
  }, deps);
  return state;
}
