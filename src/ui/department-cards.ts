/**
 * Departments with their employee counts; sync can be paused per department (its employees become Paused),
 * and an admin can add a department by hand. Names match ignoring case and surrounding spaces.
 */
import { actionFor, ActionContext, notify, pushCard, Route, updateCard } from './actions';
import { formValue, param } from './event';
import type { Viewer } from './viewer';
import { cleanDepartmentName, departmentKey, DepartmentIndex } from '../core/directory/departments';
import { countByDepartment } from '../core/directory/plan';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import { buildConnectCard } from './setup-cards';
import { adminStore, adminTenant, needingStore } from './admin-store';
import { BUSY_MESSAGE, withTenantLease } from '../adapters/store/lease';

type Card = GoogleAppsScript.Card_Service.Card;

const DEPARTMENTS_PER_PAGE = 40;

export function buildDepartmentsCard(viewer: Viewer, page = 0, message = ''): Card {
  const store = adminStore(viewer);
  const { departments } = store.readDepartments();
  const counts = countByDepartment(store.employeeSummaries());
  const card = CardService.newCardBuilder().setName('departments').setHeader(header('Departments', `${departments.length} departments`));
  const list = CardService.newCardSection();
  if (message) list.addWidget(textParagraph(escapeCardText(message)));
  const sorted = [...departments].sort((a, b) => a.name.localeCompare(b.name));
  const pages = Math.max(1, Math.ceil(sorted.length / DEPARTMENTS_PER_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  for (const d of sorted.slice(p * DEPARTMENTS_PER_PAGE, (p + 1) * DEPARTMENTS_PER_PAGE)) {
    const n = counts.get(departmentKey(d.name)) ?? 0;
    list.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(d.name))
        .setBottomLabel(`${n.toLocaleString('en')} employee${n === 1 ? '' : 's'} · ${d.syncOn ? 'Synced' : 'Paused'} · ${d.origin === 'workspace' ? 'from Workspace' : d.origin}`)
        .setWrapText(true)
        .setSwitchControl(
          CardService.newSwitch()
            .setFieldName(`dept|${d.id}`)
            .setValue('on')
            .setSelected(d.syncOn)
            .setOnChangeAction(actionFor('dept.toggle', { id: d.id, to: d.syncOn ? 'off' : 'on', page: String(p) })),
        ),
    );
  }
  const nav = CardService.newButtonSet();
  if (p > 0) nav.addButton(button('Previous', 'dept.page', { page: String(p - 1) }));
  if (p < pages - 1) nav.addButton(button('Next', 'dept.page', { page: String(p + 1) }));
  if (pages > 1) list.addWidget(nav);
  card.addSection(list);
  card.addSection(
    CardService.newCardSection()
      .setHeader('Add a department')
      .addWidget(CardService.newTextInput().setFieldName('name').setTitle('Name'))
      .addWidget(CardService.newButtonSet().addButton(button('Add', 'dept.add'))),
  );
  return card.build();
}

function toggle({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  const { data, departments } = store.readDepartments();
  const id = param(event, 'id');
  const d = departments.find((x) => x.id === id);
  if (!d) return notify('That department no longer exists.');
  d.syncOn = param(event, 'to') === 'on';
  if (!withTenantLease(store.customerId, viewer.email, () => store.writeDepartments(data, departments))) return notify(BUSY_MESSAGE);
  return updateCard(buildDepartmentsCard(viewer, Number(param(event, 'page') ?? '0'), `${d.name}: sync ${d.syncOn ? 'resumed' : 'paused'}.`));
}

function add({ event, viewer }: ActionContext) {
  const name = cleanDepartmentName(formValue(event, 'name') ?? '');
  if (!name) return notify('Type a department name, then press Add.');
  const store = adminStore(viewer);
  const { data, departments } = store.readDepartments();
  const index = new DepartmentIndex(departments, Date.now());
  const existing = index.find(name);
  if (existing) return notify(`"${existing.name}" exists already (names match ignoring case and surrounding spaces).`);
  index.resolve(name, 'manual');
  if (!withTenantLease(store.customerId, viewer.email, () => store.writeDepartments(data, index.all()))) return notify(BUSY_MESSAGE);
  return updateCard(buildDepartmentsCard(viewer, 0, `Added "${name}".`));
}

export const departmentRoutes: Record<string, Route> = needingStore({
  'dept.list': { adminOnly: true, handler: ({ viewer }) => pushCard(adminTenant(viewer) ? buildDepartmentsCard(viewer) : buildConnectCard(viewer)) },
  'dept.page': { adminOnly: true, handler: ({ event, viewer }) => updateCard(buildDepartmentsCard(viewer, Number(param(event, 'page') ?? '0'))) },
  'dept.toggle': { adminOnly: true, handler: toggle },
  'dept.add': { adminOnly: true, handler: add },
});
