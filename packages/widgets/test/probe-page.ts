/** Opens a page of the strict-CSP test site in a frame and collects the messages it posts. */
import { inject } from 'vitest';

export interface ProbeFrame {
  /** The next message the frame posts that `accept` accepts. */
  next<T>(accept?: (data: T) => boolean): Promise<T>;
  close(): void;
}

export function openProbe(path: string): ProbeFrame {
  const site = inject('cspSite');
  const messages: unknown[] = [];
  const waiting: { accept: (data: unknown) => boolean; resolve: (data: unknown) => void }[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== site) return;
    const index = waiting.findIndex((waiter) => waiter.accept(event.data));
    if (index === -1) messages.push(event.data);
    else waiting.splice(index, 1)[0]?.resolve(event.data);
  };
  window.addEventListener('message', onMessage);
  const frame = document.createElement('iframe');
  frame.src = `${site}${path}`;
  frame.title = 'Probe';
  document.body.append(frame);
  return {
    next<T>(accept: (data: T) => boolean = () => true) {
      const index = messages.findIndex((data) => accept(data as T));
      if (index !== -1) return Promise.resolve(messages.splice(index, 1)[0] as T);
      return new Promise<T>((resolve) => {
        waiting.push({ accept: accept as (data: unknown) => boolean, resolve: resolve as (data: unknown) => void });
      });
    },
    close() {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}
