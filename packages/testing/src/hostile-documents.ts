import { visit, type DocumentNode } from 'graphql';

/**
 * `{ <root> { ...F0 } }` (or `{ ...F0 }` without a root) where each fragment on `on` spreads the next one twice:
 * `levels` levels write out to 2^levels copies of the last fragment's `leaf`, in a document of well under a
 * kilobyte for 20 levels.
 */
export function doublingFragments(levels: number, { root, on, leaf }: { root?: string; on: string; leaf: string }) {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`);
  const operation = root ? `{ ${root} { ...F0 } }` : '{ ...F0 }';
  return `${operation} ${fragments.join(' ')} fragment F${levels} on ${on} { ${leaf} }`;
}

/**
 * Counts how often any walk reads a selection set of `document` (its `selections`), and throws past `max`: a walk
 * that writes the fragments out fails at once with a count, instead of blocking the test for hours.
 */
export function countSelectionSetReads(document: DocumentNode, max: number): { count: number } {
  const reads = { count: 0 };
  visit(document, {
    SelectionSet(node) {
      const selections = node.selections;
      Object.defineProperty(node, 'selections', {
        get() {
          if (++reads.count > max) throw new Error(`more than ${max} selection sets walked: fragments were expanded`);
          return selections;
        },
      });
    },
  });
  // visit itself read each one once, through the new getters.
  reads.count = 0;
  return reads;
}
