import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import type { Tenant } from '../directory/model';
import { SidebarSession } from '../host/session';
import { signatureStep } from './signature-step';
import { directoryStep } from './directory-step';
import { contactInboxStep } from './contact-inbox-step';

/**
 * The nightly main job of `npm start`, offline: an ordered list of steps run against the sample company after
 * Autograph is installed. Features add their step here (setup wizard, directory sync, signature push, Contact
 * Inbox…). A step returns a one-line result for the summary, or throws to mark the step failed; later steps
 * still run. Steps run on every start; `firstRun` tells them whether the workspace was just created.
 */
export interface MainJobContext {
  ws: OfflineWorkspace;
  project: SimProject;
  tenant: Tenant;
  /** Primary email of the super admin who installed Autograph. */
  superAdmin: string;
  firstRun: boolean;
  log(line: string): void;
}

export interface MainJobStep {
  title: string;
  run(ctx: MainJobContext): string | void;
}

export const MAIN_JOB_STEPS: MainJobStep[] = [
  {
    title: "Open Autograph's homepage in Gmail as the super admin",
    run({ ws, project, superAdmin }) {
      const s = new SidebarSession(ws, project, superAdmin).openHomepage();
      if (s.error) throw new Error(s.error);
      const card = s.card!;
      const widgets = (card.sections ?? []).reduce((n: number, x: { widgets?: unknown[] }) => n + (x.widgets?.length ?? 0), 0);
      return `"${card.header?.title ?? card.name}" card with ${card.sections.length} section(s), ${widgets} widget(s)`;
    },
  },
  directoryStep,
  signatureStep,
  contactInboxStep,
];

export interface StepOutcome {
  title: string;
  ok: boolean;
  result: string;
}

export function runMainJob(ctx: MainJobContext, steps: MainJobStep[] = MAIN_JOB_STEPS): StepOutcome[] {
  return steps.map((step) => {
    try {
      const r = step.run(ctx);
      return { title: step.title, ok: true, result: r ?? 'done' };
    } catch (err) {
      return { title: step.title, ok: false, result: (err as Error).message };
    }
  });
}
