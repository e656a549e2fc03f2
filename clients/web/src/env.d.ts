/// <reference types="vite/client" />
declare module 'virtual:persisted-hashes' {
  const hashes: Record<string, string>;
  export default hashes;
}
