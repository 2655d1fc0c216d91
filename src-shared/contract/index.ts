import { systemChannels } from './system.js';
import { vaultChannels } from './vault.js';
import { referenceChannels } from './reference.js';
import { repatriationChannels } from './repatriations.js';
import { documentChannels } from './documents.js';
import { meetingChannels } from './meetings.js';
import { interceptionChannels } from './interceptions.js';

export * from './result.js';
export * from './roles.js';
export * from './channel.js';
export * from './events.js';
export * from './system.js';
export * from './validation.js';
export * from './bridge.js';
export * from './vault.js';
export * from './password-policy.js';
export * from './reference.js';
export * from './records.js';
export * from './repatriations.js';
export * from './documents.js';
export * from './fields.js';
export * from './meetings.js';
export * from './interceptions.js';

/** The whole contract: every channel the renderer may call. Both sides import this table. */
export const contract = {
  ...systemChannels,
  ...vaultChannels,
  ...referenceChannels,
  ...repatriationChannels,
  ...documentChannels,
  ...meetingChannels,
  ...interceptionChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
