import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from './config-error';

/** Asymmetric signature algorithms Veiinn signs with: ES256 for the dev issuer, EdDSA (Ed25519) for the gateway. */
export type SigningAlgorithm = 'ES256' | 'EdDSA';

export interface SigningKey {
  alg: SigningAlgorithm;
  /** Key id: the public key's RFC 7638 thumbprint, so a verifier can pick the key from a JWKS. */
  kid: string;
  privateKey: KeyLike;
  /** The public half as a JWK with `kid`, `alg` and `use`, ready to serve in a JWKS. */
  publicJwk: JWK;
}

async function fromPrivateJwk(alg: SigningAlgorithm, privateJwk: JWK): Promise<SigningKey> {
  // The private part of an EC or OKP key is `d` alone; everything else is public.
  const { d: _d, ...publicPart } = privateJwk;
  const kid = await calculateJwkThumbprint(publicPart);
  return {
    alg,
    kid,
    privateKey: (await importJWK(privateJwk, alg)) as KeyLike,
    publicJwk: { ...publicPart, kid, alg, use: 'sig' },
  };
}

/** A fresh key pair held in memory only (tests, or a process that does not need to keep its key). */
export async function generateSigningKey(alg: SigningAlgorithm): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return fromPrivateJwk(alg, await exportJWK(privateKey));
}

interface KeyFile {
  alg: SigningAlgorithm;
  privateJwk: JWK;
}

/**
 * Reads a signing key from a JSON file, or creates the file with a new key pair when it does not exist (`create`).
 * The file holds a private key: it is written with mode 0600, and one that others can read is refused rather than
 * used, so a copied or unpacked key with loose permissions is noticed.
 */
export async function loadOrCreateSigningKey(
  path: string,
  alg: SigningAlgorithm,
  { create = true }: { create?: boolean } = {},
): Promise<SigningKey> {
  if (!existsSync(path)) {
    if (!create) throw new ConfigError(`Signing key file ${path} does not exist.`);
    const key = await generateSigningKey(alg);
    const file: KeyFile = { alg, privateJwk: await exportJWK(key.privateKey) };
    mkdirSync(dirname(path), { recursive: true });
    // 'wx': if two processes race to create it, the second fails instead of overwriting the first one's key.
    writeFileSync(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  }
  const mode = statSync(path).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new ConfigError(
      `Signing key file ${path} can be read by others (mode ${mode.toString(8)}); run chmod 600 on it.`,
    );
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<KeyFile>;
  if (file.alg !== alg || !file.privateJwk?.d) {
    throw new ConfigError(`Signing key file ${path} does not hold an ${alg} private key.`);
  }
  return fromPrivateJwk(alg, file.privateJwk);
}

/** A JSON Web Key Set of the public halves, as served at a JWKS URL. */
export function jwksOf(...keys: SigningKey[]): { keys: JWK[] } {
  return { keys: keys.map((key) => key.publicJwk) };
}
