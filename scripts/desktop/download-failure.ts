// Turns a failed download of the desktop runtime into sentences a person can act on: the
// cause in words (no network, a proxy, a mirror, a damaged file, a full disk) and what to do.

const DEFAULT_HOST = 'https://github.com/electron/electron/releases/download/';

interface Failure {
  codes: string[];
  status?: number;
  messages: string[];
}

/** Codes, HTTP status and messages from an error and every error it wraps (`cause`). */
function unwrap(error: unknown): Failure {
  const failure: Failure = { codes: [], messages: [] };
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      message?: unknown;
      response?: { status?: unknown };
      errors?: unknown[];
      cause?: unknown;
    };
    if (typeof e.code === 'string') failure.codes.push(e.code);
    if (typeof e.message === 'string') failure.messages.push(e.message);
    if (typeof e.response?.status === 'number') failure.status ??= e.response.status;
    // An AggregateError (one attempt per address) carries its codes one level down.
    for (const inner of Array.isArray(e.errors) ? e.errors : []) {
      const code = (inner as { code?: unknown })?.code;
      if (typeof code === 'string') failure.codes.push(code);
    }
    current = e.cause;
  }
  const status = /Response code (\d{3})/.exec(failure.messages.join(' '));
  if (!failure.status && status) failure.status = Number(status[1]);
  return failure;
}

export function proxyIn(env: NodeJS.ProcessEnv): string | undefined {
  return env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined;
}

export function mirrorIn(env: NodeJS.ProcessEnv): string | undefined {
  return env.ELECTRON_MIRROR || env.npm_config_electron_mirror || undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** One or two sentences: why the download failed, in words. */
export function downloadFailureCause(
  error: unknown,
  env: NodeJS.ProcessEnv,
  target: { version: string; platform: string; arch: string },
): string {
  const f = unwrap(error);
  const has = (...codes: string[]) => codes.some((c) => f.codes.includes(c));
  const mirror = mirrorIn(env);
  const proxy = proxyIn(env);
  const server = hostOf(mirror ?? DEFAULT_HOST);
  const via = proxy ? ` through the proxy ${proxy}` : '';

  if (f.status === 407) {
    return `The proxy ${proxy ?? ''} asked for a user name and password; put them in its address (http://user:password@host:port).`.replace(
      '  ',
      ' ',
    );
  }
  if (f.status === 404) {
    return mirror
      ? `The mirror ${mirror} has no Electron ${target.version} for ${target.platform}-${target.arch} (it answered "not found").`
      : `The download server has no Electron ${target.version} for ${target.platform}-${target.arch} (it answered "not found").`;
  }
  if (f.status) return `The download server ${server} answered with an error (HTTP ${f.status}).`;
  if (f.messages.some((m) => /checksum/i.test(m))) {
    return `The downloaded file did not match Electron's published checksum, so it was not used: the download was damaged, or ${mirror ? 'the mirror serves a different file' : 'something on the network changed it'}.`;
  }
  if (has('ENOSPC')) return 'The disk is full: the runtime needs about 250 MB free once unpacked.';
  if (has('EACCES', 'EPERM', 'EROFS')) {
    return 'The runtime could not be written to disk: node_modules/electron or the download cache is not writable by this user.';
  }
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME')) {
    return proxy
      ? `The proxy ${proxy} could not be found by name: check its address.`
      : `This computer could not look up ${server}: it seems to have no network connection (or no name server).`;
  }
  if (
    has(
      'ECONNREFUSED',
      'ETIMEDOUT',
      'ECONNRESET',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'UND_ERR_CONNECT_TIMEOUT',
      'UND_ERR_SOCKET',
    )
  ) {
    return proxy
      ? `The connection${via} to ${server} was refused or timed out.`
      : `${server} could not be reached: the network may be down, a firewall may block it, or this network may need a proxy.`;
  }
  const last = f.messages.at(-1) ?? String(error);
  return `The download stopped with: ${last}.`.replace(/\.\.$/, '.');
}

/** The whole paragraph printed instead of a stack trace. */
export function runtimeUnavailableMessage(cause: string, version: string): string {
  return [
    `The desktop runtime (Electron ${version}, about 100 MB) is not on this computer and could not be downloaded.`,
    cause,
    'To fix it, connect to the internet and run `npm start` again, or fetch the runtime alone with `npx install-electron`.',
    'Behind a proxy, set HTTPS_PROXY (and ELECTRON_GET_USE_PROXY=1 when running `npx install-electron` yourself); to download from a mirror, set ELECTRON_MIRROR to its address; to use an Electron you already have, set ELECTRON_OVERRIDE_DIST_PATH to its executable.',
    'Meanwhile, `npm run web` opens the same app in your browser, with nothing to download.',
  ].join(' ');
}
