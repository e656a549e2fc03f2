import { asUuid, isUuid, stableId } from '../src/ids';

describe('ids', () => {
  it('knows a UUID from the other ids the gateway passes on', () => {
    expect(isUuid(stableId('offer', 'arba-vta'))).toBe(true);
    expect(isUuid('0B5C6F3E-1D2A-4B7C-9E8F-0123456789AB')).toBe(true);
    for (const other of ['arba', 'baerum-arbeidssenter', '', 'not-a-uuid', '0b5c6f3e-1d2a-4b7c-9e8f-0123456789a', 42])
      expect(isUuid(other)).toBe(false);
  });

  it('gives a UUID as PostgreSQL stores it, and null for anything else', () => {
    expect(asUuid('0B5C6F3E-1D2A-4B7C-9E8F-0123456789AB')).toBe('0b5c6f3e-1d2a-4b7c-9e8f-0123456789ab');
    expect(asUuid('arba')).toBeNull();
  });

  it('derives the same id for the same key, and another for another key', () => {
    expect(stableId('offer', 'arba-vta')).toBe(stableId('offer', 'arba-vta'));
    expect(stableId('offer', 'arba-vta')).not.toBe(stableId('offer', 'arba-aft'));
    expect(stableId('offer', 'x')).not.toBe(stableId('placement', 'x'));
  });
});
