import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import type { FeedEventDto } from '@veiinn/kit';
import { startTestWorkCentre, type TestWorkCentre } from './support';

describe('the change feed', () => {
  let workCentre: TestWorkCentre;
  beforeAll(async () => {
    workCentre = await startTestWorkCentre();
  });
  afterAll(() => workCentre.stop());

  it('pages through the seeded offers and placements in order, with the head on every page', async () => {
    const events: FeedEventDto[] = [];
    let after = 0;
    for (let page = 0; page < 20; page++) {
      const response = await fetch(`${workCentre.baseUrl}/feed?after=${after}&limit=5`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { protocol: string; head: number; events: FeedEventDto[] };
      expect(body.protocol).toBe('veiinn-feed/1');
      expect(body.head).toBe(29);
      expect(body.events.length).toBeLessThanOrEqual(5);
      if (body.events.length === 0) break;
      events.push(...body.events);
      after = body.events.at(-1)!.sequence;
    }
    // 12 offers, then 17 placements, numbered 1 to 29 without a gap.
    expect(events.map((e) => e.sequence)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(events.map((e) => e.type)).toEqual([...Array(12).fill('offer'), ...Array(17).fill('placement')]);
    expect(events.every((e) => e.version === 1)).toBe(true);

    const gront = events.find((e) => e.id === demoOfferId('ba-gront'));
    expect(gront?.data).toEqual({
      kind: 'ADAPTED_WORK',
      title: { nb: 'Grøntgruppa', en: 'Green-space group' },
      description: expect.objectContaining({ nb: expect.stringMatching(/^Grøntfag/) }),
      // The easy-read text travels with the description: the hub shows what the work centre wrote.
      easyRead: expect.objectContaining({ nb: expect.stringMatching(/^Grøntgruppa jobber ute\./) }),
      eligibility: expect.objectContaining({ en: expect.stringContaining('disability benefit') }),
      trade: 'Service',
      site: 'Emma Hjorth',
      hoursPerWeek: 30,
      intakeMode: 'MAIN',
      decidedBy: 'ALLOCATION_OFFICE',
      // The group's capacity: the catalogue learns the places from the work centre.
      places: 5,
      openForApplications: true,
    });
    const candidate = events.find((e) => e.id === demoOfferId('ba-laerekandidat'));
    expect(candidate?.data).toMatchObject({ kind: 'TRAINING_CANDIDATE', trade: null, places: 6 });

    const ended = events.find((e) => e.id === demoPlacementId('ba-29'));
    expect(ended?.data).toEqual({
      participantId: demoParticipantId('p29'),
      offerId: demoOfferId('ba-snekker'),
      startDate: '2019-08-12',
      endDate: '2025-06-30',
      hoursPerWeek: 30,
      daysPerWeek: null,
    });
  });

  it('answers an empty page past the head', async () => {
    const page = await workCentre.feed(29, 5);
    expect(page).toEqual({ protocol: 'veiinn-feed/1', head: 29, events: [] });
  });

  it.each(['abc', '-1', '1.5'])('refuses after=%p with 400 and BAD_USER_INPUT', async (after) => {
    const response = await fetch(`${workCentre.baseUrl}/feed?after=${after}&limit=5`);
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0],
    ).toMatchObject({ message: expect.stringMatching(/ \/ /), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
