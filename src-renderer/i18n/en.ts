import type { Catalogue } from './vi.js';

export const en: Catalogue = {
  app: {
    name: 'BLO Desk',
    subtitle: 'Border liaison office',
    language: 'Language',
  },
  nav: {
    meetings: 'Meetings',
    repatriations: 'Repatriations',
    interceptions: 'Interceptions',
    reports: 'Reports',
    administration: 'Administration',
    system: 'System',
  },
  pages: {
    meetings: { title: 'Meetings with the Cambodian side', empty: 'Meeting records arrive in a later version.' },
    repatriations: { title: 'Repatriation of trafficking victims', empty: 'Repatriation records arrive in a later version.' },
    interceptions: { title: 'Interceptions of illegal crossings', empty: 'Interception records arrive in a later version.' },
    reports: { title: 'Periodic reports', empty: 'Reports arrive in a later version.' },
    administration: { title: 'Administration', empty: 'Administration arrives in a later version.' },
  },
  system: {
    title: 'System information',
    appVersion: 'Application version',
    engineUptime: 'Engine uptime',
    engineStartedAt: 'Engine started at',
    dataDir: 'Data folder',
    vaultState: 'Vault state',
    nodeVersion: 'Node version',
    sqliteVersion: 'SQLite version',
    refresh: 'Refresh',
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    vault: {
      uninitialised: 'Not set up',
      locked: 'Locked',
      unlocked: 'Open',
    },
  },
  errors: {
    engineCrashed: 'The data engine stopped unexpectedly and has restarted.',
  },
};
