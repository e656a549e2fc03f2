import { readFile } from 'node:fs/promises';
import type { IngestReport } from './ingest';
import { INGEST_CONTENT_TYPE, INGEST_PATH } from './ingest.route';

/** Posts a JSON-lines file to a running NAV adapter and returns its report; throws when the adapter refuses it. */
export async function postIngestFile(file: string, baseUrl: string, token?: string): Promise<IngestReport> {
  const body = await readFile(file);
  const url = new URL(INGEST_PATH, baseUrl);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': INGEST_CONTENT_TYPE, ...(token && { authorization: `Bearer ${token}` }) },
    body,
  });
  const answer = (await response.json().catch(() => null)) as
    (IngestReport & { error?: { code: string; message: string }; errors?: { message: string }[] }) | null;
  if (!response.ok || !answer) {
    throw new Error(
      `${url} answered HTTP ${response.status}: ${answer?.error?.message ?? answer?.errors?.[0]?.message ?? 'no report'}`,
    );
  }
  return answer;
}
