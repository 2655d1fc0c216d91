import { describe, expect, it } from 'vitest';
import { draftsFor, hasDrafts, openDrafts, sealDrafts, sealedForTest } from '../../src-renderer/session/drafts.js';

/** Issue 8, item 11: a person's unsaved form survives another person's session, sealed, and only for them. */
describe('drafts held across people', () => {
  const typed = { values: { fields: { summary: 'Nạn nhân Nguyễn Thị Hoa, 15 tuổi' } }, members: [], version: null };

  it('seals the drafts at a lock, hides them from the next person and gives them back to their owner with the route', async () => {
    draftsFor('canbo.lan').set('new', typed);
    expect(hasDrafts()).toBe(true);
    await sealDrafts('#/repatriations/new');

    // Sealed: nothing readable in memory, not the typed text and not the JSON around it.
    expect(hasDrafts()).toBe(false);
    const [held] = sealedForTest();
    expect(held.who).toBe('canbo.lan');
    const asText = new TextDecoder('utf-8', { fatal: false }).decode(held.bytes);
    expect(asText).not.toContain('Nguyễn');
    expect(asText).not.toContain('summary');

    // Someone else signs in: nothing of the first person's, and nothing to return to.
    expect(await openDrafts('chihuy.hung')).toBeNull();
    expect(draftsFor('chihuy.hung').get('new')).toBeUndefined();
    await sealDrafts('#/repatriations'); // the commander typed nothing: nothing sealed for them
    expect(sealedForTest().map((entry) => entry.who)).toEqual(['canbo.lan']);

    // The first person is back: their draft and where they were.
    expect(await openDrafts('canbo.lan')).toBe('#/repatriations/new');
    expect(draftsFor('canbo.lan').get('new')).toEqual(typed);
    expect(sealedForTest()).toEqual([]);
  });

  it('an opened draft is not offered twice, and a draft dropped after saving is not sealed again', async () => {
    draftsFor('canbo.lan').drop('new');
    await sealDrafts('#/repatriations');
    expect(sealedForTest()).toEqual([]);
    expect(await openDrafts('canbo.lan')).toBeNull();
  });
});
