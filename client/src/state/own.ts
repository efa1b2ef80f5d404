// Reading a record by a key that comes from the data: only own entries count ("__proto__" or "constructor" included).

export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export const hasOwn = (record: object, key: string): boolean => Object.hasOwn(record, key);
