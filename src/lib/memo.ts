/** Work made once per object (a build's view, a storyline, a year group) however many pages ask for it. */

/** `make`, remembered by its argument's identity for as long as that object lives. */
export function memoized<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
