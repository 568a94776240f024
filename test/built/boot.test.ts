import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract';
import type { AppInfo, SystemStatus } from '../../shared/domain/app-info';
import type { PartnerSaved } from '../../shared/domain/partners';
import { interruptedReason } from '../../electron/core/engine/delivery-engine';
import { Receiver } from '../e2e/fixtures/receiver';
import { partnerInput } from '../support/partner-input';
import { requireBuild } from './support/built-app';
import { BootedApp, type Recorded } from './support/booted-app';

/** The longest a quit may take, from the operator's Quit to the process gone (issue #11). */
const quitBoundMs = 5_000;

interface WindowSummary {
  id: number;
  options: { webPreferences?: Record<string, unknown> };
  visible: boolean;
  destroyed: boolean;
  url: string;
  reloads: number;
}

/**
 * The built main bundle, booted in Node against a recording stand-in for
 * `electron` (test/built/stand-in): what Electron's own source says happens at
 * ready, on close and on quit is emulated there; everything else — the core,
 * SQLite, the HTTP sends, the preload — is the real built code.
 */
describe('the built desktop app, booted against a stand-in Electron', () => {
  let work: string;
  let dataDir: string;
  let booted: BootedApp;
  let receiver: Receiver;
  let hanging: Server;

  const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await booted.request<Result<T>>('call', { method, input });
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const windows = (): Promise<WindowSummary[]> => booted.request<WindowSummary[]>('windows');
  const recorded = async (name: string): Promise<Recorded[]> => (await booted.log()).filter((r) => r.name === name);

  beforeAll(async () => {
    requireBuild();
    work = mkdtempSync(join(tmpdir(), 'hub-boot-'));
    dataDir = join(work, 'data');
    receiver = new Receiver();
    await receiver.start();
    hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    booted = BootedApp.start(['--data-dir', dataDir, '--no-sample-partner'], {
      ...process.env,
      HOME: work,
      XDG_CONFIG_HOME: join(work, 'config'),
      ELECTRON_RENDERER_URL: 'http://127.0.0.1:1/must-not-be-used-when-packaged',
    });
    // The main module has run (and made its calls before ready) once the stand-in answers.
    await booted.log();
  });

  afterAll(async () => {
    booted.kill();
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
    await receiver.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('makes the calls that must precede ready before it, and nothing that needs ready', async () => {
    const early = (await booted.log()).map((r) => r.name);
    expect(early).toEqual(
      expect.arrayContaining([
        'app.setPath',
        'app.setAppUserModelId',
        'app.requestSingleInstanceLock',
        'protocol.registerSchemesAsPrivileged',
      ]),
    );
    expect(early.indexOf('app.requestSingleInstanceLock')).toBeLessThan(
      early.indexOf('protocol.registerSchemesAsPrivileged'),
    );
    expect(early).not.toContain('new BrowserWindow');
    expect(early).not.toContain('protocol.handle');
    const userData = (await recorded('app.setPath')).find((r) => (r.detail as { name: string }).name === 'userData');
    expect(userData?.detail).toEqual({ name: 'userData', path: dataDir });

    await booted.request('ready');
    await vi.waitFor(async () => expect((await windows()).length).toBe(1), { timeout: 30_000 });
    const log = await booted.log();
    for (const name of ['protocol.handle', 'new BrowserWindow', 'new Tray', 'ipcMain.handle']) {
      expect(log.find((r) => r.name === name)?.beforeReady, name).toBe(false);
    }
  });

  it('honours the flags browser mode honours: --data-dir, and --no-sample-partner on a first run', async () => {
    expect(existsSync(join(dataDir, 'hub.sqlite'))).toBe(true);
    // A first run adds the sample partner unless told not to, in both modes.
    expect(await call<unknown[]>('partners.list')).toEqual([]);
  });

  it('opens a locked-down window on app://hub with a preload that exists, served with the CSP', async () => {
    const [win] = await windows();
    expect(win?.url).toBe('app://hub/index.html');
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // The shipped app offers no developer tools.
      devTools: false,
    });
    const preload = String(win?.options.webPreferences?.preload);
    expect(existsSync(preload)).toBe(true);
    expect(preload).toMatch(/out[/\\]preload[/\\]index\.cjs$/);

    const [served] = await recorded('protocol.response');
    const response = served?.detail as { status: number; csp: string; body: string };
    expect(response.status).toBe(200);
    expect(response.csp).toContain("default-src 'none'");
    expect(response.body).toContain('<div id="root">');
    expect((await recorded('contextBridge.exposeInMainWorld')).map((r) => r.detail)).toEqual(['hub']);
    await vi.waitFor(async () => expect((await windows())[0]?.visible).toBe(true), { timeout: 10_000 });
  });

  it('has no developer tools in its menu, and a tray icon whose picture exists', async () => {
    const menu = await booted.request<string[]>('applicationMenu');
    expect(menu).toContain('Quit Integration Hub');
    expect(menu).not.toContain('toggleDevTools');
    const [tray] = await recorded('new Tray');
    expect(existsSync(String(tray?.detail))).toBe(true);
    // Packaged: start at login is on by default, as an XDG autostart entry on Linux.
    const autostart = join(work, 'config', 'autostart', 'integration-hub.desktop');
    await vi.waitFor(() => expect(existsSync(autostart)).toBe(true), { timeout: 10_000 });
    expect(readFileSync(autostart, 'utf8')).toMatch(/^Exec=.* --data-dir=.* --hidden$/m);
  });

  it('creates a partner through window.hub, as the preload calls it, and a test event reaches the receiver signed', async () => {
    const saved = await call<PartnerSaved>(
      'partners.create',
      partnerInput({ url: receiver.url('/acme'), name: 'Acme', signingSecret: 'generate' }),
    );
    // The secret went through the (stand-in) OS encryption, never to disk in plain text.
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain(saved.signingSecret ?? 'missing');
    await call('partners.sendTest', { id: saved.partner.id });
    const request = await receiver.waitFor((r) => r.path === '/acme');
    expect(request.body.type).toBe('webhook.test');
    expect(request.headers['webhook-signature']).toMatch(/^v1,/);
  });

  it('opens https links in the OS browser, never in the window', async () => {
    expect(await booted.request('navigate', { url: 'https://docs.example.com/webhooks', isMainFrame: true })).toEqual({
      prevented: true,
    });
    expect((await recorded('shell.openExternal')).map((r) => r.detail)).toEqual(['https://docs.example.com/webhooks']);
  });

  it('keeps delivering with the window closed: closing hides it, says so once, and retries still go out', async () => {
    receiver.status = 503;
    const failing = await call<PartnerSaved>(
      'partners.create',
      partnerInput({ url: receiver.url('/flaky'), name: 'Flaky' }),
    );
    await call('partners.sendTest', { id: failing.partner.id });
    await receiver.waitFor((r) => r.path === '/flaky');
    receiver.status = 200;

    await booted.request('closeWindow');
    const [win] = await windows();
    expect(win).toMatchObject({ visible: false, destroyed: false });
    expect((await recorded('Notification.show')).map((r) => r.detail)).toEqual([
      expect.objectContaining({ title: 'Integration Hub is still running' }),
    ]);
    expect(await recorded('app.window-all-closed')).toEqual([]);

    // The retry (5 s later) goes out with no window in sight.
    await vi.waitFor(() => expect(receiver.at('/flaky')).toHaveLength(2), { timeout: 30_000, interval: 250 });
    await vi.waitFor(async () => expect((await call<SystemStatus>('system.status')).queued).toBe(0), {
      timeout: 10_000,
    });
    const tray = await booted.request<{ labels: string[] }>('tray');
    expect(tray.labels).toEqual(expect.arrayContaining(['Online', 'No webhooks queued', 'Open Integration Hub']));
    // Their results were written by the bundle's own writer thread (record-writer.js beside it), not the fallback.
    expect(booted.printed).not.toMatch(/results writer thread stopped/);

    // A second close says nothing more.
    await booted.request('clickTray', { label: 'Open Integration Hub' });
    expect((await windows())[0]?.visible).toBe(true);
    await booted.request('closeWindow');
    expect(await recorded('Notification.show')).toHaveLength(1);
    await booted.request('clickTray', { label: 'Open Integration Hub' });
  });

  it('a click on a partner’s desktop notification brings the window back on that partner’s undelivered webhooks', async () => {
    receiver.answer = (request) => (request.path === '/gone' ? 410 : 200);
    try {
      const gone = await call<PartnerSaved>(
        'partners.create',
        partnerInput({ url: receiver.url('/gone'), name: 'Gone Co' }),
      );
      await booted.request('closeWindow');
      await call('partners.sendTest', { id: gone.partner.id });
      const title = 'Gone Co was disabled';
      await vi.waitFor(
        async () =>
          expect((await recorded('Notification.show')).map((r) => (r.detail as { title: string }).title)).toContain(
            title,
          ),
        { timeout: 10_000 },
      );
      expect((await windows())[0]?.visible).toBe(false);

      await booted.request('clickNotification', { title });
      expect((await windows())[0]?.visible).toBe(true);
      expect(await booted.request('shellEvents')).toEqual([
        { event: 'app.showUndelivered', payload: { destinationId: `partner:${gone.partner.id}` } },
      ]);
    } finally {
      receiver.answer = null;
    }
  });

  it('reloads a crashed window and says so in the app', async () => {
    await booted.request('crash', { reason: 'crashed' });
    expect((await windows())[0]?.reloads).toBe(1);
    const info = await call<AppInfo>('app.info');
    expect(info.notices.map((n) => n.message).join(' ')).toMatch(/stopped unexpectedly \(crashed\)/);
  });

  it('asks before leaving unsaved changes; Stay keeps the window, the app and the core', async () => {
    await booted.request('setDirty', { dirty: true });
    await booted.request('answerDialogs', { responses: [1] });
    await booted.request('clickTray', { label: 'Quit Integration Hub' });
    await vi.waitFor(async () => expect(await recorded('dialog.showMessageBoxSync')).toHaveLength(1), {
      timeout: 10_000,
    });
    const [asked] = await recorded('dialog.showMessageBoxSync');
    expect(asked?.detail).toMatchObject({ buttons: ['Leave', 'Stay'], response: 1 });
    expect(await booted.request('state')).toEqual({ quitting: false, windows: 1 });
    // The core is still there to answer.
    expect((await call<SystemStatus>('system.status')).online).toBe(true);
  });

  it('quits within the bound with a webhook in flight: asks about the queue, then Leave; the database is closed intact', async () => {
    const stuck = await call<PartnerSaved>(
      'partners.create',
      partnerInput({
        url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`,
        name: 'Hangs',
        timeoutSeconds: 60,
      }),
    );
    const accepted = new Promise<void>((resolve) => hanging.once('request', () => resolve()));
    await call('partners.sendTest', { id: stuck.partner.id });
    await accepted;

    // An explicit Quit with a webhook still queued asks first; "Keep running" keeps everything.
    const quitsBefore = (await recorded('app.quit')).length;
    await booted.request('answerDialogs', { responses: [1] });
    await booted.request('clickTray', { label: 'Quit Integration Hub' });
    await vi.waitFor(async () => expect(await recorded('dialog.showMessageBox')).toHaveLength(1), { timeout: 10_000 });
    const [queueQuestion] = await recorded('dialog.showMessageBox');
    expect(queueQuestion?.detail).toEqual({
      buttons: ['Quit', 'Keep running'],
      message: '1 webhook is still queued; it will be sent the next time Integration Hub starts.',
      response: 1,
    });
    expect(await booted.request('state')).toEqual({ quitting: false, windows: 1 });
    expect(await recorded('app.quit')).toHaveLength(quitsBefore);

    // "Quit" to the queue question, "Leave" to the unsaved changes.
    await booted.request('answerDialogs', { responses: [0, 0] });
    const started = performance.now();
    await booted.request('clickTray', { label: 'Quit Integration Hub' });
    const exit = await booted.exited;
    const took = performance.now() - started;
    expect(exit, booted.printed).toEqual({ code: 0, signal: null });
    expect(took).toBeLessThan(quitBoundMs);

    // Closed, not abandoned: SQLite removes the WAL on a clean close; the database checks out.
    const wal = join(dataDir, 'hub.sqlite-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const db = new DatabaseSync(join(dataDir, 'hub.sqlite'), { readOnly: true });
    try {
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      const row = db
        .prepare('SELECT state, attempts, last_reason FROM deliveries WHERE destination_id = ?')
        .get(`partner:${stuck.partner.id}`);
      // Cut off by the quit: still queued, no attempt spent, sent again at the next start.
      expect(row).toEqual({ state: 'pending', attempts: 0, last_reason: interruptedReason });
    } finally {
      db.close();
    }
  });
});
