import { readFile } from 'node:fs/promises';
import type { IngestReport } from './ingest';
import { INGEST_CONTENT_TYPE, INGEST_PATH } from './ingest.route';

/** Posts JSON lines to a running NAV adapter and returns its report; throws when the adapter refuses them. */
export async function postIngestBody(body: Buffer | string, baseUrl: string, token?: string): Promise<IngestReport> {
  const url = new URL(INGEST_PATH, baseUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': INGEST_CONTENT_TYPE, ...(token && { authorization: `Bearer ${token}` }) },
      body,
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    throw new Error(`${url} svarer ikke / does not answer (${cause}); is the NAV adapter running (npm start)?`);
  }
  const answer = (await response.json().catch(() => null)) as
    (IngestReport & { error?: { code: string; message: string }; errors?: { message: string }[] }) | null;
  if (!response.ok || !answer) {
    throw new Error(
      `${url} answered HTTP ${response.status}: ${answer?.error?.message ?? answer?.errors?.[0]?.message ?? 'no report'}`,
    );
  }
  return answer;
}

/** Posts a JSON-lines file to a running NAV adapter and returns its report; throws when the adapter refuses it. */
export async function postIngestFile(file: string, baseUrl: string, token?: string): Promise<IngestReport> {
  return postIngestBody(await readFile(file), baseUrl, token);
}
