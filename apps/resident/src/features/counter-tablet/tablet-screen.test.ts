import { describe, expect, it } from 'vitest';
import type { TabletVisit } from './tablet-device.ts';
import { tabletScreen } from './tablet-screen.ts';

const at = '2026-11-24T01:00:00.000Z';

function visit(change: Partial<TabletVisit> = {}): TabletVisit {
  return {
    id: 'v1',
    code: 'A1B2C3D4',
    officeId: 'main',
    lang: 'ja',
    status: 'draft',
    version: 1,
    procedureIds: ['juminhyo'],
    person: {},
    answers: {},
    complete: false,
    flags: [],
    card: { requested: false },
    times: { openedAt: at },
    ...change,
  };
}

describe('tabletScreen', () => {
  it('welcomes when nobody is at the window, and after a finished visit was seen off', () => {
    expect(tabletScreen(undefined)).toBe('welcome');
    expect(tabletScreen(visit({ status: 'accepted' }), 'v1')).toBe('welcome');
  });

  it('says staff are preparing a visit they have not sent yet', () => {
    expect(tabletScreen(visit())).toBe('preparing');
  });

  it('asks for the card PIN when staff ask for the card', () => {
    expect(tabletScreen(visit({ card: { requested: true } }))).toBe('card');
  });

  it('shows the forms sent to the tablet', () => {
    expect(
      tabletScreen(visit({ status: 'awaiting_confirmation', times: { openedAt: at, sentAt: at } })),
    ).toBe('review');
  });

  it('waits while staff correct a visit that was sent, or that the resident flagged', () => {
    expect(tabletScreen(visit({ status: 'draft', version: 2, times: { openedAt: at, sentAt: at } }))).toBe(
      'correcting',
    );
    const flagged = visit({
      status: 'awaiting_confirmation',
      version: 2,
      flags: [{ id: 1, path: 'person.name', version: 2, createdAt: at }],
    });
    expect(tabletScreen(flagged)).toBe('correcting');
    // Flags on an earlier version were answered by this one.
    expect(tabletScreen({ ...flagged, version: 3 })).toBe('review');
  });

  it('thanks the resident once signed and once accepted', () => {
    expect(tabletScreen(visit({ status: 'signed' }))).toBe('signed');
    expect(tabletScreen(visit({ status: 'accepted' }))).toBe('accepted');
    expect(tabletScreen(visit({ status: 'exported' }))).toBe('accepted');
  });
});
