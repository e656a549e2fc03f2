// The statistics module's public face: its types, for a module above that would add figures to them.
export { StatisticsGrouping, CapacityStatistics, CapacityStatisticsRow, WaitingTimeRow } from './statistics.types';
