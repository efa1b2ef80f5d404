// One normal form for names, used to catch duplicate aliases and to make search accent-, case- and apostrophe-blind.

const APOSTROPHES = /['’‘`ʼʿʾ´]/g;

/** "Hay’at Taḥrīr al-Shām" → "hayat tahrir al sham" */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The form used to decide that two names are the same name: spaces and hyphens do not count. */
export function nameIdentity(name: string): string {
  return normalizeName(name).replace(/ /g, '');
}
