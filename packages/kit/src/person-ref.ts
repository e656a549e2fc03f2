import { createHmac } from 'node:crypto';
import { ConfigError } from '@veiinn/contracts';
import { getEnvOptionalStr } from '@veiinn/service';

/**
 * A keyed pseudonym of a national identity number (HMAC-SHA256, base64url). The hub and the NAV adapter share the
 * key, so they can tell that two records are the same person without either ever passing the number on: the NAV
 * adapter keeps only the pseudonym, and the hub hands it to the adapter through the gateway in an inaccessible field.
 */
export function personRef(identityNumber: string, key: string): string {
  return createHmac('sha256', key).update(identityNumber).digest('base64url');
}

/** Only for development and tests; production refuses to start without its own key. */
export const DEVELOPMENT_PERSON_REF_KEY = 'veiinn-development-person-ref-key';

/** The pseudonym key from VEIINN_PERSON_REF_KEY; required in production. */
export function readPersonRefKey(mode: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = getEnvOptionalStr('VEIINN_PERSON_REF_KEY', env);
  if (key) {
    if (key.length < 32) throw new ConfigError('VEIINN_PERSON_REF_KEY must be at least 32 characters');
    return key;
  }
  if (mode === 'production') throw new ConfigError('VEIINN_PERSON_REF_KEY must be set in production');
  return DEVELOPMENT_PERSON_REF_KEY;
}
