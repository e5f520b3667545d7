/**
 * Last-resort cleanup when the test process exits without its `afterAll` (Jest's forceExit, an
 * error, Ctrl-C): the run's servers and apps must not outlive it. Only synchronous work runs here.
 */
const hooks = new Set<() => void>();
let installed = false;

export function onProcessExit(hook: () => void): () => void {
  if (!installed) {
    installed = true;
    process.once('exit', () => {
      for (const h of hooks) {
        try {
          h();
        } catch {
          /* best effort */
        }
      }
    });
  }
  hooks.add(hook);
  return () => hooks.delete(hook);
}
