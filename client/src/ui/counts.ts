// How the page writes a count a reader sees: a big view runs to tens of thousands ("22,798", not "22798").
export const count = (n: number): string => n.toLocaleString('en');
