// Every fetch gets its own AbortController, aborted when the caller's signal fires or the
// Fetcher closes. A crawler passes one signal to thousands of fetches; listening once per
// distinct signal (not once per fetch) keeps Node's listener-leak warning quiet and memory flat.

export interface Link {
  signal: AbortSignal;
  /** Must be called when the work is done, so nothing keeps a reference to it. */
  unlink(): void;
}

export class AbortLinks {
  private readonly all = new Set<AbortController>();
  private readonly bySignal = new Map<AbortSignal, { controllers: Set<AbortController>; onAbort: () => void }>();
  private closed = false;

  link(parent?: AbortSignal): Link {
    const controller = new AbortController();
    this.all.add(controller);
    if (this.closed) controller.abort();
    else if (parent?.aborted) controller.abort(parent.reason);
    else if (parent) this.follow(parent, controller);
    return { signal: controller.signal, unlink: () => this.unlink(parent, controller) };
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Aborts every linked controller and forgets the callers' signals. */
  close(): void {
    this.closed = true;
    for (const [parent, entry] of this.bySignal) parent.removeEventListener('abort', entry.onAbort);
    this.bySignal.clear();
    for (const controller of this.all) controller.abort();
    this.all.clear();
  }

  private follow(parent: AbortSignal, controller: AbortController): void {
    let entry = this.bySignal.get(parent);
    if (!entry) {
      const controllers = new Set<AbortController>();
      const onAbort = () => {
        this.bySignal.delete(parent);
        for (const linked of controllers) linked.abort(parent.reason);
      };
      entry = { controllers, onAbort };
      this.bySignal.set(parent, entry);
      parent.addEventListener('abort', onAbort, { once: true });
    }
    entry.controllers.add(controller);
  }

  private unlink(parent: AbortSignal | undefined, controller: AbortController): void {
    this.all.delete(controller);
    if (!parent) return;
    const entry = this.bySignal.get(parent);
    if (!entry) return;
    entry.controllers.delete(controller);
    if (entry.controllers.size === 0) {
      parent.removeEventListener('abort', entry.onAbort);
      this.bySignal.delete(parent);
    }
  }
}
