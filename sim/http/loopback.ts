import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OfflineWorkspace } from '../workspace';
import { GoogleRequest, normalizeHeaders } from '../google/http';
import { routeGoogleRequest } from '../google/router';

/**
 * The emulated Google endpoints on a loopback HTTP port, for clients outside the offline Workspace (Google's own
 * Node libraries in the fidelity tests, curl, another tool). Paths map to hosts the way they do at Google:
 * `/token` → oauth2.googleapis.com, `/gmail/v1/…` → gmail.googleapis.com, `/batch/gmail/v1` → www.googleapis.com.
 * Each call starts at the workspace's virtual now and moves the clock on by its latency, so sequential clients see
 * sequential calls and simultaneous ones overlap (and meet the per-user concurrency limit).
 */

export interface GoogleLoopback {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOST_BY_PATH: Array<[RegExp, string]> = [
  [/^\/token(\?|$)/, 'https://oauth2.googleapis.com'],
  [/^\/batch\/gmail\/v1(\?|$)/, 'https://www.googleapis.com'],
  [/^\/gmail\/v1\//, 'https://gmail.googleapis.com'],
  [/^\/admin\/directory\/v1\//, 'https://admin.googleapis.com'],
];

function toGoogleUrl(path: string): string | null {
  for (const [re, origin] of HOST_BY_PATH) if (re.test(path)) return origin + path;
  return null;
}

export function startGoogleLoopback(ws: OfflineWorkspace, opts: { port?: number; host?: string } = {}): Promise<GoogleLoopback> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = toGoogleUrl(req.url ?? '/');
      if (!url) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`no emulated Google endpoint at ${req.url}\n`);
        return;
      }
      const greq: GoogleRequest = {
        method: req.method ?? 'GET',
        url,
        headers: normalizeHeaders(req.headers),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const at = ws.clock.now();
      const routed = routeGoogleRequest(ws, greq, at);
      if (routed.kind !== 'response') {
        res.writeHead(502).end();
        return;
      }
      ws.clock.set(at + routed.latencyMs);
      for (const c of routed.calls) {
        ws.counters.add(`loopback.calls.${c.endpoint}`);
        if (c.units && c.quotaUser) ws.counters.add(`quota.gmail.${c.quotaUser.toLowerCase()}`, c.units);
      }
      res.writeHead(routed.response.status, routed.response.headers).end(routed.response.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
        port,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
