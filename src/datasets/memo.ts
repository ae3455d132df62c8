// A bounded cache for functions of one cell's text. Dataset columns repeat a small set of values
// (dates, actor names, event types) over millions of rows; a file of all-distinct values just empties
// the cache now and then, so memory stays bounded whatever the input.

export function memoize<T>(fn: (text: string) => T, limit = 8192): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
