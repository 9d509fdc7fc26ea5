import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The parts of `appsscript.json` the offline Workspace reads (apps-script/manifest). */
export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  oauthScopes?: string[];
  urlFetchWhitelist?: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> };
  addOns?: {
    common?: {
      name?: string;
      homepageTrigger?: { runFunction?: string; enabled?: boolean };
      universalActions?: Array<{ label: string; runFunction?: string; openLink?: string }>;
    };
    gmail?: {
      contextualTriggers?: Array<{ unconditional?: object; onTriggerFunction: string }>;
      composeTrigger?: { selectActions?: Array<{ text: string; runFunction: string }>; draftAccess?: string };
      homepageTrigger?: { runFunction?: string };
    };
  };
}

/** An Apps Script project loaded from a folder: its manifest and its files, compiled once. */
export interface SimProject {
  id: string;
  dir: string;
  manifest: Manifest;
  /** Files in the order Apps Script would load them (the order clasp pushes: alphabetical by path). */
  files: Array<{ name: string; script: vm.Script }>;
  isAddOn: boolean;
  advancedServices: Set<string>;
}

/**
 * Loads `dir`: an `appsscript.json` beside any number of `.js`/`.gs` files. This is how both our `dist/` and any
 * other Apps Script project are run in the offline Workspace.
 */
export function loadProject(dir: string, id = path.basename(path.resolve(dir))): SimProject {
  const manifestPath = path.join(dir, 'appsscript.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${dir} has no appsscript.json: an Apps Script project needs its manifest beside its code`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
  if (manifest.runtimeVersion && manifest.runtimeVersion !== 'V8') {
    throw new Error(`appsscript.json runtimeVersion is ${manifest.runtimeVersion}: the offline Workspace runs V8 only`);
  }
  const names = listScriptFiles(dir);
  if (names.length === 0) throw new Error(`${dir} has no .js or .gs files`);
  const files = names.map((name) => ({
    name,
    script: new vm.Script(fs.readFileSync(path.join(dir, name), 'utf8'), { filename: name }),
  }));
  const advancedServices = new Set((manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol));
  return { id, dir, manifest, files, isAddOn: manifest.addOns !== undefined, advancedServices };
}

function listScriptFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listScriptFiles(dir, rel));
    else if (/\.(js|gs)$/.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

/** Every function name the manifest asks the platform to call. */
export function manifestFunctionNames(m: Manifest): string[] {
  const names = new Set<string>();
  const c = m.addOns?.common;
  if (c?.homepageTrigger?.runFunction) names.add(c.homepageTrigger.runFunction);
  for (const a of c?.universalActions ?? []) if (a.runFunction) names.add(a.runFunction);
  const g = m.addOns?.gmail;
  for (const t of g?.contextualTriggers ?? []) names.add(t.onTriggerFunction);
  for (const a of g?.composeTrigger?.selectActions ?? []) names.add(a.runFunction);
  if (g?.homepageTrigger?.runFunction) names.add(g.homepageTrigger.runFunction);
  return [...names];
}
