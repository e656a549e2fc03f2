/**
 * A participant who left long ago is anonymised (docs/privacy.md, "Retention"): ten years after their last place
 * ended, with nothing open, what identifies them goes, and the decisions and the log about them stay under
 * "Anonymisert". Someone who left more recently, or who still waits for a place, is left as they are.
 */
import { randomUUID } from 'node:crypto';
import { ANONYMISED_NAME } from '../src/casework/left-participants.retention';
import { Placement } from '../src/network/placement/placement.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { Guardian, Participant } from '../src/people/participant/participant.entity';
import { runRetention } from '../src/retention';
import { startTestIntake, type TestIntake } from './support';

const TODAY = '2026-12-06';

describe('retention: participants who left long ago', () => {
  let intake: TestIntake;
  const ids = { leftLongAgo: randomUUID(), leftRecently: randomUUID(), stillWaiting: randomUUID() };

  beforeAll(async () => {
    intake = await startTestIntake({ today: TODAY });
    const em = intake.orm.em.fork();
    const longAgo = new Date('2015-01-01T10:00:00Z');
    let serial = 0;
    const person = (id: string, givenName: string) => {
      const participant = em.create(Participant, {
        id,
        givenName,
        familyName: 'Glemtesen',
        nationalIdentityNumber: `0101000${String(++serial).padStart(4, '0')}`,
        personRef: `ref-${id}`,
        birthDate: '2000-05-17',
        email: `${givenName.toLowerCase()}@example.test`,
        phone: '00012399',
        searchText: `${givenName.toLowerCase()} glemtesen`,
        createdAt: longAgo,
        updatedAt: longAgo,
      } as never);
      em.create(Guardian, { participant, name: 'Forelder Glemtesen', relation: 'PARENT', position: 1 } as never);
    };
    const placement = (participantId: string, startDate: string, endDate: string) =>
      em.create(Placement, {
        id: `retention-${randomUUID()}`,
        providerId: 'arba',
        offerId: 'retention-offer',
        participantId,
        startDate,
        endDate,
        feedVersion: 1,
      } as never);
    person(ids.leftLongAgo, 'Eldrid');
    person(ids.leftRecently, 'Nyland');
    person(ids.stillWaiting, 'Venter');
    placement(ids.leftLongAgo, '2010-08-16', '2012-06-30');
    placement(ids.leftLongAgo, '2012-08-15', '2015-06-30');
    placement(ids.leftRecently, '2014-08-15', '2020-06-30');
    placement(ids.stillWaiting, '2010-08-16', '2012-06-30');
    em.create(WaitingEntry, {
      id: `retention-${randomUUID()}`,
      sourceId: 'tildelingskontoret',
      participantId: ids.stillWaiting,
      description: 'VTA, Arba Inkludering',
      since: '2012-07-01',
      feedVersion: 1,
    } as never);
    await em.flush();
  });
  afterAll(() => intake?.stop());

  const load = (id: string) => intake.orm.em.fork().findOneOrFail(Participant, { id });

  it('counts only the one who left over ten years ago with nothing open, and a dry run changes nothing', async () => {
    const report = await runRetention(intake.orm.em, { today: TODAY, apply: false });
    expect(report.rules.find((rule) => rule.name === 'LEFT_PARTICIPANTS')).toMatchObject({ count: 1, days: 3653 });
    expect((await load(ids.leftLongAgo)).givenName).toBe('Eldrid');
  });

  it('anonymises them: names, identity number, pseudonym, birth day, contact and guardians go; the id stays', async () => {
    const report = await runRetention(intake.orm.em, { today: TODAY, apply: true });
    expect(report.rules.find((rule) => rule.name === 'LEFT_PARTICIPANTS')).toMatchObject({ count: 1 });
    const gone = await load(ids.leftLongAgo);
    expect(gone).toMatchObject({
      givenName: ANONYMISED_NAME,
      familyName: ANONYMISED_NAME,
      personRef: null,
      birthDate: '2000-01-01',
      email: null,
      phone: null,
    });
    expect(gone.nationalIdentityNumber).toMatch(/^A[0-9a-f]{10}$/);
    expect(await intake.orm.em.fork().count(Guardian, { participant: ids.leftLongAgo })).toBe(0);
    // Their places stay in the index (the path is a fact of the providers'), under the same id.
    expect(await intake.orm.em.fork().count(Placement, { participantId: ids.leftLongAgo })).toBe(2);
    for (const id of [ids.leftRecently, ids.stillWaiting]) {
      expect(await load(id)).toMatchObject({ familyName: 'Glemtesen', personRef: `ref-${id}` });
      expect(await intake.orm.em.fork().count(Guardian, { participant: id })).toBe(1);
    }
    // Once anonymised, never again.
    const again = await runRetention(intake.orm.em, { today: TODAY, apply: false });
    expect(again.rules.find((rule) => rule.name === 'LEFT_PARTICIPANTS')).toMatchObject({ count: 0 });
  });
});
