// Where the app's files live. The content DB ships inside the package; in development it
// is the one `npm run build:content` writes into resources/.
import { join } from 'node:path';

export function contentDbPath(app: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string {
  return app.isPackaged
    ? join(app.resourcesPath, 'reader.db')
    : join(app.appPath, 'resources', 'reader.db');
}

export function userDbPath(userDataPath: string): string {
  return join(userDataPath, 'user.db');
}

/** The imported articles, apart from user.db so saving a note never rewrites them. */
export function importsDbPath(userDataPath: string): string {
  return join(userDataPath, 'imports.db');
}
