import { registerEnumType } from 'type-graphql';

/** The work centre's four trades (fagområder). */
export enum WorkCentreTrade {
  DESIGN = 'DESIGN',
  WOOD = 'WOOD',
  FOOD = 'FOOD',
  SERVICE = 'SERVICE',
}
registerEnumType(WorkCentreTrade, {
  name: 'WorkCentreTrade',
  description: 'A trade (fagområde) at Bærum arbeidssenter.',
  valuesConfig: {
    DESIGN: { description: 'Design: cards, framing, ceramics and textiles.' },
    WOOD: { description: 'Wood (Tre): the carpentry workshop.' },
    FOOD: { description: 'Food (Mat): the staff canteen and the coffee bar.' },
    SERVICE: { description: 'Service: storage and shredding, transport, green spaces and the shop.' },
  },
});

/** The catalogue's trade names (the demo offers' `trade`, in Norwegian) for each trade. */
export const tradeNames: Record<WorkCentreTrade, string> = {
  [WorkCentreTrade.DESIGN]: 'Design',
  [WorkCentreTrade.WOOD]: 'Tre',
  [WorkCentreTrade.FOOD]: 'Mat',
  [WorkCentreTrade.SERVICE]: 'Service',
};

/** The trade a catalogue trade name stands for; undefined for a name that is not one of the four. */
export function tradeOfName(name: string | null | undefined): WorkCentreTrade | undefined {
  return (Object.keys(tradeNames) as WorkCentreTrade[]).find((trade) => tradeNames[trade] === name);
}
