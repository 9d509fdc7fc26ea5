/**
 * The nightly job's stages, in order. Other features add theirs here (one line each, after `directory`):
 * they read employees the directory stage just brought up to date.
 */
import type { RunKind } from '../core/directory/run-record';
import type { NightlyStage } from './stage';
import { directoryStage } from './directory-stage';
import { signatureStage } from './signature-stage';
import { contactInboxStage } from './contact-inbox-stage';
import { editRequestStage } from './edit-request-stage';
import { releaseStage } from './disconnect-stage';

export const NIGHTLY_STAGES: NightlyStage[] = [
  directoryStage,
  signatureStage,
  contactInboxStage,
  // After signatures: the proposals it takes are approved on a card, and written by the next run.
  editRequestStage,
  // Employees whose management was stopped while a run held the lease: their restores finish here.
  releaseStage,
];

/** Disconnect, or stopping management of employees: only the restore job, nothing read or written besides. */
export const RELEASE_STAGES: NightlyStage[] = [releaseStage];

/** The stages a run of this kind goes through (a continuation finds the kind in the run's saved state). */
export function stagesFor(kind: RunKind): NightlyStage[] {
  return kind === 'disconnect' || kind === 'release' ? RELEASE_STAGES : NIGHTLY_STAGES;
}
