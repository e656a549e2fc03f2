/**
 * The trusted documents the gateway accepts from the public in production are the front ends' operations: the
 * committed clients/persisted-documents.json must be what `npm run documents` makes of clients/src today, or a
 * front end would send a hash the gateway refuses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildPersistedDocuments, formatManifest, manifestPath } from '../tools/persisted-documents';

describe('persisted documents', () => {
  const documents = buildPersistedDocuments();

  it('is current with the documents under clients/src (else run `npm run documents`)', () => {
    expect(readFileSync(manifestPath, 'utf8')).toBe(formatManifest(documents));
  });

  it('holds every operation once, by the sha256 of its text, with the fragments it spreads', () => {
    const entries = Object.entries(documents);
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const [hash, text] of entries) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
      const definitions = parse(text).definitions;
      expect(definitions.filter((d) => d.kind === 'OperationDefinition')).toHaveLength(1);
    }
    expect(Object.values(documents).find((text) => text.startsWith('query CatalogueSearch'))).toContain(
      'fragment PageInfoFields on PageInfo',
    );
  });
});
