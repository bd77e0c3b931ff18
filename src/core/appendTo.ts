/**
 * Appends `value` to the list `map` holds under `key`, starting the list when there is none. In place:
 * grouping n rows costs O(n), where copying the list on each append costs O(n²) in a group's size.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
