/** The credit line under a published chart (image or embed): where the data comes from. */
export function creditLine(title: string | undefined): string {
  const name = title?.trim() || 'Untitled chronology';
  return `Data: ${name}, via Parley`;
}
