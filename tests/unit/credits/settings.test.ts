import { defaultCreditSettings, findPack, type CreditSettings } from '../../../server/src/domain/credits';

describe('credit settings', () => {
  it('default to 30 free days, 2 credits an hour, a 1-credit minimum and three packs', () => {
    const settings = defaultCreditSettings();
    expect(settings).toMatchObject({ freeDays: 30, minutesPerCredit: 30, minimumCharge: 1, priorityFeeCents: 995 });
    expect(settings.packs.map((pack) => pack.id)).toEqual(['credits-4', 'credits-10', 'credits-20']);
    for (const pack of settings.packs) {
      expect(Number.isInteger(pack.credits) && pack.credits > 0).toBe(true);
      expect(Number.isInteger(pack.priceCents) && pack.priceCents > 0).toBe(true);
    }
  });

  it('are a fresh object each time, so changing one copy leaves the defaults alone', () => {
    const changed = defaultCreditSettings();
    changed.freeDays = 0;
    changed.packs.push({ id: 'credits-1', credits: 1, priceCents: 100 });
    changed.packs[0].credits = 999;
    expect(defaultCreditSettings().freeDays).toBe(30);
    expect(defaultCreditSettings().packs).toHaveLength(3);
    expect(defaultCreditSettings().packs[0].credits).toBe(4);
  });

  it('find the pack a checkout names, and nothing for an unknown or differently cased id', () => {
    const settings = defaultCreditSettings();
    expect(findPack(settings, 'credits-10')).toEqual({ id: 'credits-10', credits: 10, priceCents: 23900 });
    expect(findPack(settings, 'credits-11')).toBeNull();
    expect(findPack(settings, 'CREDITS-10')).toBeNull();
    expect(findPack(settings, '')).toBeNull();
    const none: CreditSettings = { ...settings, packs: [] };
    expect(findPack(none, 'credits-10')).toBeNull();
  });
});
