// The distinctive label of a page's host, for telling the outlet's own name from a person's or
// a headline's: `https://www.lastampa.it/…` → `lastampa`.

export function hostLabel(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
    return labels.length >= 2 ? labels[labels.length - 2].replace(/[^a-z0-9]/g, '') : undefined;
  } catch {
    return undefined;
  }
}
