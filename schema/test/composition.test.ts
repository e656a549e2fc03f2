import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../src/compose';

describe('composed schema', () => {
  it('composes without errors, and the committed files in schema/ are what a fresh composition gives', async () => {
    const { files, errors } = await composeSupergraph();
    expect(errors).toEqual([]);
    expect(Object.keys(files).sort()).toEqual(['api.graphql', 'intake.graphql', 'supergraph.graphql']);
    for (const [name, content] of Object.entries(files)) {
      // On failure: run `npm run compose` and commit schema/.
      expect({ file: name, content: readFileSync(join(__dirname, '..', name), 'utf8') }).toEqual({
        file: name,
        content,
      });
    }
  });

  it('pins one federation version for the whole graph', async () => {
    const { files } = await composeSupergraph();
    expect(files['intake.graphql']).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(files['api.graphql']).not.toMatch(/join__|link__|_entities|_service/);
  });
});
