/**
 * The preload of the main window. It runs sandboxed (CommonJS, only `electron`
 * may be required at runtime) and gives the page exactly two functions,
 * `window.hub.call` and `window.hub.on`, never `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createHubBridge } from './hub-bridge';

contextBridge.exposeInMainWorld('hub', createHubBridge(ipcRenderer));
