/** Saves text as a file through a temporary link: no `downloads` permission needed. */
export function saveText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; give it a moment before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
