/** Saves `text` as a file the reader downloads (no request leaves the page). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const MIME: Record<string, string> = {
  ts: 'text/x-typescript',
  mjs: 'text/javascript',
  py: 'text/x-python',
  json: 'application/json',
};

export const mimeOf = (fileName: string) =>
  MIME[fileName.slice(fileName.lastIndexOf('.') + 1)] ?? 'text/plain';
