// Saves a file the browser way: a temporary blob: link, clicked, then let go.
export function download(fileName: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "syria-graph-hts-2024-12-05": what the view is about, and when it was saved. */
export function fileStem(about: string | null): string {
  const day = new Date().toISOString().slice(0, 10);
  const slug = (about ?? 'view')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `syria-graph-${slug || 'view'}-${day}`;
}
