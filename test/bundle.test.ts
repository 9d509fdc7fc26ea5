import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { loadProject, manifestFunctionNames } from '../sim/project';

const dist = path.join(__dirname, '..', 'dist');

describe('the Apps Script bundle (dist/Code.js)', () => {
  const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const project = loadProject(dist);

  it('has no import, export, require or exports that Apps Script would reject', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    // Bundled CommonJS libraries keep `module.exports` inside esbuild's wrappers, where `module` is a parameter;
    // what Apps Script rejects is a free `exports`/`module` at load time. Loading in an empty context proves none.
    const context = vm.createContext({});
    expect(() => { for (const f of project.files) f.script.runInContext(context); }).not.toThrow();
    expect(vm.runInContext('typeof exports + typeof module + typeof require', context)).toBe('undefinedundefinedundefined');
  });

  it('declares every function the manifest names as a real top-level function', () => {
    const context = vm.createContext({});
    for (const f of project.files) f.script.runInContext(context);
    const names = manifestFunctionNames(project.manifest);
    expect(names).toEqual(expect.arrayContaining(['onHomepage', 'onGmailMessage', 'onComposeInsertSignature']));
    for (const name of [...names, 'dispatchAction']) {
      expect(typeof context[name]).toBe('function');
      // Apps Script lists only real declarations as runnable functions, not `globalThis.name = ...` assignments.
      expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{`, 'm'));
      // gas-webpack-plugin declares an empty function and the bundle replaces it at load: the real one answers.
      expect(context[name]).toBe(context.Autograph[name]);
      expect(String(context[name])).not.toMatch(/^function \w+\(\) \{\s*\}$/);
    }
  });

  it('declares exactly the function exports of src/main.ts, no more and no fewer', () => {
    const context = vm.createContext({});
    for (const f of project.files) f.script.runInContext(context);
    const exported = Object.keys(context.Autograph).filter((k) => typeof context.Autograph[k] === 'function').sort();
    const declared = [...code.matchAll(/^function (\w+)\(\) \{\n\}/gm)].map((m) => m[1]).sort();
    expect(exported).toContain('onContinueRun');
    expect(declared).toEqual(exported);
  });

  it('ships the manifest beside the code', () => {
    expect(project.manifest.runtimeVersion).toBe('V8');
    expect(project.isAddOn).toBe(true);
  });
});
