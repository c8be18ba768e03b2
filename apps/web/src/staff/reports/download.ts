import { session } from '../api';

/**
 * Downloads a READY report: the PDF is fetched with the session's bearer token (a plain link could
 * not send it) and handed to the browser as a file.
 */
export async function downloadReport(url: string, fileName: string): Promise<void> {
  const token = session.get();
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
