// A panel whose code is fetched the first time it is shown: the Cypher console with its CodeMirror editor is about
// half of the page's script, and most readers never open it, so the page starts without it.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loading<P> = { kind: 'loading' } | { kind: 'ready'; Panel: ComponentType<P> } | { kind: 'failed' };

/**
 * `load` runs once, the first time the panel mounts; later mounts draw it at once. A failed fetch (the server
 * restarted on a new build, the network dropped) says so: browsers remember a failed module, so only a reload helps.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function OnDemand(props: P) {
    const [state, setState] = useState<Loading<P>>(loaded ? { kind: 'ready', Panel: loaded } : { kind: 'loading' });
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().then((Panel) => (loaded = Panel));
      pending.then(
        (Panel) => live && setState({ kind: 'ready', Panel }),
        () => live && setState({ kind: 'failed' }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (state.kind === 'ready') return <state.Panel {...props} />;
    if (state.kind === 'failed')
      return <p role="alert">The {what} could not be loaded. Reload the page to try again.</p>;
    return (
      <p class="hint" role="status">
        Loading the {what}…
      </p>
    );
  };
}
