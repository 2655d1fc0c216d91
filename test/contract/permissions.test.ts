import { describe, expect, it } from 'vitest';
import { contract, ROLES, type ChannelName, type Role } from '../../src-shared/contract/index.js';
import { checkAccess } from '../../src-main/kernel/dispatcher.js';
import type { Session } from '../../src-main/kernel/session.js';

type Rule = 'public' | 'signed-in' | Role[];
const A: Role = 'administrator';
const C: Role = 'commander';
const U: Role = 'auditor';
const L: Role = 'liaison';
const O: Role = 'officer';

/**
 * Who may call what, written out independently of the contract so that a change to a channel's access
 * must be made (and reviewed) twice. Add every new channel here.
 */
const EXPECTED: Record<string, Rule> = {
  'system.info': 'public',
  'system.activity': 'public',
  'vault.status': 'public',
  'vault.setup': 'public',
  'vault.signIn': 'public',
  'vault.recover': 'public',
  'backup.restore': 'public',
  'vault.lock': 'signed-in',
  'vault.signOut': 'signed-in',
  'vault.me': 'signed-in',
  'vault.changeOwnPassword': 'signed-in',
  'vault.confirmRecoveryKey': [A],
  'vault.rotateRecoveryKey': [A],
  'office.get': 'signed-in',
  'office.update': [A],
  'accounts.list': [A],
  'accounts.create': [A],
  'accounts.update': [A],
  'accounts.resetPassword': [A],
  'settings.get': 'signed-in',
  'settings.update': [A],
  'audit.list': [A, C, U],
  'audit.verify': [A, C, U],
  'audit.actors': [A, C, U],
  'audit.anchors': [A, C, U],
  'audit.checkAnchor': [A, C, U],
  'backup.create': [A, C],
  'backup.list': [A, C],
  'reference.places': 'public',
  'reference.list': 'signed-in',
  'reference.save': [A],
  'reference.adminUnits.search': 'signed-in',
  'reference.adminUnits.get': 'signed-in',
  'repatriations.list': [O, L, C, U],
  'repatriations.get': [O, L, C, U],
  'repatriations.create': [O, L, C],
  'repatriations.update': [O, L, C],
  'repatriations.addMembers': [O, L, C],
  'repatriations.updateMember': [O, L, C],
  'repatriations.removeMember': [O, L, C],
  'repatriations.move': [O, L, C],
  'repatriations.approve': [C],
  'repatriations.delete': [C],
  'repatriations.submit': [O, L, C],
  'repatriations.return': [C],
  'repatriations.comment': [O, L, C],
  'repatriations.home': [O, L, C, U],
  'repatriations.importPreview': [O, L, C],
  'repatriations.addAttachment': [O, L, C],
  'repatriations.getAttachment': [O, L, C, U],
  'repatriations.print': [L, C],
  'repatriations.importTemplate': [O, L, C],
  'repatriations.exportPeople': [O, L, C],
  'repatriations.exportList': [O, L, C],
  'people.search': [O, L, C, U],
  'documents.verify': 'signed-in',
  'documents.labels': [A, L, C],
  'documents.saveLabel': [A],
  'documents.recordOutput': 'signed-in',
  'meetings.list': [O, L, C, U],
  'meetings.get': [O, L, C, U],
  'meetings.create': [L, C],
  'meetings.update': [L, C],
  'meetings.followUp': [L, C],
  'meetings.carryOver': [L, C],
  'meetings.home': [O, L, C, U],
  'meetings.timeline': [O, L, C, U],
  'meetings.linkedTo': [O, L, C, U],
  'meetings.submit': [L, C],
  'meetings.approve': [C],
  'meetings.return': [C],
  'meetings.comment': [L, C],
  'meetings.delete': [C],
  'meetings.addAttachment': [L, C],
  'meetings.getAttachment': [O, L, C, U],
  'meetings.print': [L, C],
  'meetings.export': [L, C],
  'interceptions.list': [O, L, C, U],
  'interceptions.get': [O, L, C, U],
  'interceptions.create': [O, L, C],
  'interceptions.update': [O, L, C],
  'interceptions.submit': [O, L, C],
  'interceptions.approve': [C],
  'interceptions.return': [C],
  'interceptions.comment': [O, L, C],
  'interceptions.delete': [C],
  'interceptions.addAttachment': [O, L, C],
  'interceptions.getAttachment': [O, L, C, U],
  'interceptions.openVictimCase': [O, L, C],
  'interceptions.print': [O, L, C],
  'people.history': [O, L, C, U],
};

const session = (role: Role): Session => ({ accountId: 'x', username: 'x', displayName: 'x', roles: [role], mustChangePassword: false });

describe('permissions: every channel × role', () => {
  it('lists every channel of the contract in the expected table', () => {
    expect(Object.keys(contract).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(contract) as ChannelName[]) {
    it(`${name}`, () => {
      const rule = EXPECTED[name];
      const anonymous = checkAccess(name, contract[name], null);
      expect(anonymous === null, 'anonymous').toBe(rule === 'public');
      for (const role of ROLES) {
        const allowed = rule === 'public' || rule === 'signed-in' || rule.includes(role);
        const verdict = checkAccess(name, contract[name], session(role));
        expect(verdict === null, `${role}`).toBe(allowed);
        if (!allowed) expect(verdict?.code).toBe('forbidden');
      }
    });
  }
});
