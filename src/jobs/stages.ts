/**
 * The nightly job's stages, in order. Other features add theirs here (one line each, after `directory`):
 * they read employees the directory stage just brought up to date.
 */
import type { NightlyStage } from './stage';
import { directoryStage } from './directory-stage';
import { signatureStage } from './signature-stage';
import { contactInboxStage } from './contact-inbox-stage';

export const NIGHTLY_STAGES: NightlyStage[] = [
  directoryStage,
  signatureStage,
  contactInboxStage,
];
