// The preload exposes exactly two functions to the page. Nothing else of Node or Electron crosses.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type BloBridge } from '../../src-shared/contract/bridge.js';

const bridge: BloBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  on: (event, handler) => {
    const listener = (_: unknown, name: string, payload: unknown) => {
      if (name === event) handler(payload);
    };
    ipcRenderer.on(IPC_EVENT, listener);
    return () => ipcRenderer.off(IPC_EVENT, listener);
  },
};

contextBridge.exposeInMainWorld('blo', bridge);
