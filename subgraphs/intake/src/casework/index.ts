// Casework's public face: nothing, for now. No module sits above casework; the platform (context.ts, subgraph.ts)
// wires its routes and provider client directly.
export {};
