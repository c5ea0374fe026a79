// The preload: runs sandboxed before the page and exposes exactly one object, the
// ShellApi, under window.karabakhShell. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { SHELL_GLOBAL } from '../shell-api';
import { createShellApi } from './shell-bridge';

contextBridge.exposeInMainWorld(SHELL_GLOBAL, createShellApi(ipcRenderer));
