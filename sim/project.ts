import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { checkAdvancedServices } from './advanced-services';

/** The parts of `appsscript.json` the offline Workspace reads (apps-script/manifest). */
export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  oauthScopes?: string[];
  urlFetchWhitelist?: string[];
  /** apps-script/manifest/web-app-api-executable: who may run the web app and as whom. */
  webapp?: { access?: string; executeAs?: string };
  dependencies?: {
    enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }>;
    libraries?: LibraryDependency[];
  };
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

/** apps-script/manifest/dependencies: a Library ("developmentMode", "libraryId", "userSymbol", "version"). */
export interface LibraryDependency {
  userSymbol: string;
  libraryId: string;
  /** "a version number, or stable (the last version created)"; ignored when `developmentMode` is true. */
  version?: string;
  developmentMode?: boolean;
}

export interface LoadProjectOptions {
  /**
   * The code of each library the manifest names, by `libraryId`: a folder laid out like a project (its own
   * `appsscript.json` and files). Offline there is one version of a library: the folder stands for the version (or
   * development mode) the manifest asks for.
   */
  libraries?: Record<string, string>;
}

/** An Apps Script project loaded from a folder: its manifest and its files, compiled once. */
export interface SimProject {
  id: string;
  dir: string;
  manifest: Manifest;
  /** Files in the order Apps Script would load them (the order clasp pushes: alphabetical by path). */
  files: Array<{ name: string; script: vm.Script }>;
  /** `.html` files by name without the extension, as `HtmlService.createHtmlOutputFromFile(name)` finds them. */
  htmlFiles: Record<string, string>;
  isAddOn: boolean;
  /** userSymbols of the enabled advanced services the offline Workspace emulates (see advanced-services.ts). */
  advancedServices: Set<string>;
  /** Libraries from `dependencies.libraries`, each loaded as a project of its own. */
  libraries: Array<{ userSymbol: string; project: SimProject }>;
  /** What the manifest asks for that the offline Workspace does not emulate, said once at load time. */
  warnings: string[];
  /** For a library: the project that includes it (the library shares user properties with it). */
  includedBy?: SimProject;
}

/**
 * Loads `dir`: an `appsscript.json` beside any number of `.js`/`.gs` (and `.html`) files. This is how both our
 * `dist/` and any other Apps Script project are run in the offline Workspace. Libraries the manifest names are
 * loaded from `opts.libraries`; a library not given there is a load error naming its `libraryId`.
 */
export function loadProject(dir: string, id = path.basename(path.resolve(dir)), opts: LoadProjectOptions = {}): SimProject {
  return loadProjectTree(dir, id, opts, []);
}

function loadProjectTree(dir: string, id: string, opts: LoadProjectOptions, including: string[]): SimProject {
  const manifestPath = path.join(dir, 'appsscript.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${dir} has no appsscript.json: an Apps Script project needs its manifest beside its code`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
  if (manifest.runtimeVersion && manifest.runtimeVersion !== 'V8') {
    throw new Error(`appsscript.json runtimeVersion is ${manifest.runtimeVersion}: the offline Workspace runs V8 only`);
  }
  const names = listFiles(dir, /\.(js|gs)$/);
  if (names.length === 0) throw new Error(`${dir} has no .js or .gs files`);
  const files = names.map((name) => ({
    name,
    script: new vm.Script(fs.readFileSync(path.join(dir, name), 'utf8'), { filename: name }),
  }));
  const htmlFiles: Record<string, string> = {};
  for (const name of listFiles(dir, /\.html$/)) htmlFiles[name.replace(/\.html$/, '')] = fs.readFileSync(path.join(dir, name), 'utf8');
  const { emulated, warnings } = checkAdvancedServices(manifest);
  const project: SimProject = {
    id,
    dir,
    manifest,
    files,
    htmlFiles,
    isAddOn: manifest.addOns !== undefined,
    advancedServices: emulated,
    libraries: [],
    warnings,
  };
  for (const dep of manifest.dependencies?.libraries ?? []) {
    const folder = libraryFolder(dir, dep, opts);
    if (including.includes(dep.libraryId)) {
      throw new Error(`appsscript.json in ${dir}: library ${dep.libraryId} includes itself (through ${including.join(' → ')})`);
    }
    // apps-script/guides/libraries: not-shared resources (script properties, cache, lock) are the library's own,
    // "visible to all including scripts": one store per library script id, whoever includes it.
    const lib = loadProjectTree(folder, `library:${dep.libraryId}`, opts, [...including, id]);
    lib.includedBy = project;
    project.libraries.push({ userSymbol: dep.userSymbol, project: lib });
    project.warnings.push(...lib.warnings.map((w) => `library ${dep.userSymbol}: ${w}`));
  }
  return project;
}

/** The folder holding a library's code, or a load error that names the `libraryId` and the option to pass. */
function libraryFolder(dir: string, dep: LibraryDependency, opts: LoadProjectOptions): string {
  const where = `appsscript.json in ${dir}: dependencies.libraries`;
  if (!dep || typeof dep.libraryId !== 'string' || dep.libraryId === '') throw new Error(`${where}: an entry has no libraryId (the library's script id)`);
  if (typeof dep.userSymbol !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(dep.userSymbol)) {
    throw new Error(`${where}: library ${dep.libraryId} has userSymbol ${JSON.stringify(dep.userSymbol)}; it must be a JavaScript identifier`);
  }
  const folder = opts.libraries?.[dep.libraryId];
  if (folder === undefined) {
    throw new Error(
      `${where}: library ${dep.libraryId} (userSymbol ${dep.userSymbol}) is not available offline; pass its code as ` +
        `loadProject(dir, id, { libraries: { '${dep.libraryId}': '<folder with its appsscript.json>' } })`,
    );
  }
  return folder;
}

function listFiles(dir: string, pattern: RegExp, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, pattern, rel));
    else if (pattern.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

/** The project that runs the execution: a library's includer, up to the top. */
export function includingProject(p: SimProject): SimProject {
  let top = p;
  while (top.includedBy) top = top.includedBy;
  return top;
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
