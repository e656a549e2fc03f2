import { ConfigError, getEnvOptionalStr, getEnvStr, readSubgraphEnv, type SubgraphEnv } from '@veiinn/kit';
import { WORK_CENTRE_PROVIDER_ID } from './seed/demo';

/** The work-centre process's settings: the kit's for every subgraph, and which provider it is. */
export interface WorkCentreEnv extends SubgraphEnv {
  /** The hub's provider id of this provider (`WORK_CENTRE_PROVIDER_ID`): whose staff see its participants. */
  providerId: string;
  /** Its organisation number (`WORK_CENTRE_ORGNO`, nine digits), matched against a partner system's `orgno`. */
  orgno?: string;
}

export function readWorkCentreEnv(
  name: string,
  defaults: { port: number },
  env: Record<string, string | undefined> = process.env,
): WorkCentreEnv {
  const orgno = getEnvOptionalStr('WORK_CENTRE_ORGNO', env);
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`Environment variable WORK_CENTRE_ORGNO must be nine digits, got "${orgno}".`);
  }
  return {
    ...readSubgraphEnv(name, defaults, env),
    providerId: getEnvStr('WORK_CENTRE_PROVIDER_ID', WORK_CENTRE_PROVIDER_ID, env),
    ...(orgno !== undefined && { orgno }),
  };
}
