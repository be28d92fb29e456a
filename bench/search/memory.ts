/**
 * The heap a structure keeps: heapUsed after a full collection, before and after building it. Needs
 * node --expose-gc; the bench says so rather than report numbers full of garbage.
 */
const collect = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc to measure the index memory');
  // Twice: the first pass can leave objects that finalizers released for the second.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Builds with `build` and returns what it built with the bytes it still holds once garbage is gone. */
export async function retainedHeap<T>(build: () => Promise<T>): Promise<{ value: T; bytes: number }> {
  const before = collect();
  const value = await build();
  return { value, bytes: collect() - before };
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
