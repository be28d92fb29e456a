/** What has arrived so far, and a way to wait for the first item that matches, arrived already or later. */
export function waitingList<T>() {
  const items: T[] = [];
  const waiting = new Set<() => void>();
  return {
    items,
    push(...arrived: T[]) {
      items.push(...arrived);
      for (const check of [...waiting]) check();
    },
    until(matches: (item: T) => boolean, timeoutMs = 5000): Promise<T> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = items.find(matches);
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`nothing matching within ${timeoutMs} ms; got ${JSON.stringify(items)}`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
  };
}
