// One definition for every subgraph; see packages/kit/src/ids.ts.
export { asUuid, isUuid } from '@veiinn/kit';
