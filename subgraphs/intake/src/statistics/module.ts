import type { HubModule } from '../hub-module';
import { StatisticsGroupResolver, StatisticsResolver } from './statistics.resolver';

/**
 * Statistics over time (issue 18): capacity and waiting by period, counted in aggregate SQL from the catalogue and
 * the network's index, with small counts hidden outside case work. No tables of its own; it reads the modules below.
 */
export const statisticsModule: HubModule = {
  name: 'statistics',
  entities: [],
  resolvers: [StatisticsResolver, StatisticsGroupResolver],
};
