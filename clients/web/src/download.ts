/**
 * Starts the browser's download of `text` as a file called `name`, from memory: nothing is stored or sent. The CSV
 * exports of the privacy log and the figures pages and the JSON copy of my data all go through here.
 */
export function downloadText(text: string, name: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
