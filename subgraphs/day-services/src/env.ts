import { ConfigError, getEnvOptionalStr, getEnvStr, readSubgraphEnv, type SubgraphEnv } from '@veiinn/kit';
import { DAY_SERVICES_PROVIDER_ID } from './seed/seed';

/** The day-services process's settings: the kit's for every subgraph, and which provider it is. */
export interface DayServicesEnv extends SubgraphEnv {
  /** The hub's provider id of this provider (`DAY_SERVICES_PROVIDER_ID`): whose staff see its participants. */
  providerId: string;
  /** Its organisation number (`DAY_SERVICES_ORGNO`, nine digits), matched against a partner system's `orgno`. */
  orgno?: string;
}

export function readDayServicesEnv(
  name: string,
  defaults: { port: number },
  env: Record<string, string | undefined> = process.env,
): DayServicesEnv {
  const orgno = getEnvOptionalStr('DAY_SERVICES_ORGNO', env);
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`Environment variable DAY_SERVICES_ORGNO must be nine digits, got "${orgno}".`);
  }
  return {
    ...readSubgraphEnv(name, defaults, env),
    providerId: getEnvStr('DAY_SERVICES_PROVIDER_ID', DAY_SERVICES_PROVIDER_ID, env),
    ...(orgno !== undefined && { orgno }),
  };
}
