import type { Execution } from '../execution';
import type { ServiceModule } from './types';
import { coreCall } from './core-latency';

/** How a value prints in a log line: strings as they are, everything else as JSON where it can. */
function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return String(v);
  if (v instanceof Object && typeof (v as { getTime?: unknown }).getTime === 'function') return String(v);
  if (v && typeof v === 'object' && 'message' in v && 'name' in v) return `${(v as Error).name}: ${(v as Error).message}`;
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s;
  } catch {
    return String(v);
  }
}

/** printf-like substitution shared by Logger.log and console.*: %s %d %i %f %o %O %j and %%. Extra values are appended. */
export function formatLogMessage(first: unknown, rest: unknown[]): string {
  if (typeof first !== 'string' || rest.length === 0) return [first, ...rest].map(show).join(' ');
  let i = 0;
  const out = first.replace(/%([sdifoOj%])/g, (m, c: string) => {
    if (c === '%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    switch (c) {
      case 'd':
      case 'i':
        return String(Math.trunc(Number(v)));
      case 'f':
        return String(Number(v));
      default:
        return show(v);
    }
  });
  return [out, ...rest.slice(i).map(show)].join(' ');
}

function logger(exec: Execution): GoogleAppsScript.Base.Logger {
  const lines: string[] = [];
  const self: GoogleAppsScript.Base.Logger = {
    // apps-script/reference/base/logger#log(format,values): "%s" placeholders are replaced by the values.
    log(data: unknown, ...values: unknown[]) {
      coreCall(exec, 'logger.log');
      const text = formatLogMessage(data, values);
      lines.push(text);
      exec.log('info', text);
      return self;
    },
    getLog: () => lines.join('\n'),
    clear: () => {
      lines.length = 0;
    },
  };
  return self;
}

function console(exec: Execution): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  const timers = new Map<string, number>();
  const write = (level: 'log' | 'info' | 'warn' | 'error') => (first?: unknown, ...rest: unknown[]) => {
    coreCall(exec, 'console.log');
    exec.log(level, formatLogMessage(first, rest));
  };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // apps-script/reference/base/console#time: the virtual time between time(label) and timeEnd(label).
    time: (label: string) => {
      timers.set(String(label), exec.now());
    },
    timeEnd: (label: string) => {
      const start = timers.get(String(label));
      if (start === undefined) return;
      timers.delete(String(label));
      coreCall(exec, 'console.log');
      exec.log('info', `${label}: ${exec.now() - start}ms`);
    },
  };
}

export const loggerModule: ServiceModule = {
  name: 'Logger',
  globals: ({ exec }) => ({ Logger: logger(exec), console: console(exec) }),
};
