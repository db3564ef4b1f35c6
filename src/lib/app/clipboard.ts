/**
 * Copy text to the clipboard. Browsers refuse it on insecure pages, in some frames and when
 * the reader has said no; the caller then shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
