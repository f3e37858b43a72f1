/** Case- and accent-insensitive form of a text, so `vitima` finds `Vítima`. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en');
}
