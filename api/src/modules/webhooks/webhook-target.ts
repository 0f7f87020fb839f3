import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, isIPv4, isIPv6, type LookupFunction } from 'node:net';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a host name (dns.lookup with `all`); injectable for tests. */
export type LookupAll = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemLookup: LookupAll = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

/** What the target policy needs from the settings. */
export interface TargetPolicy {
  allowPrivateTargets: boolean;
  requireHttps: boolean;
}

/** Why a target URL is refused. */
export type TargetRefusal =
  'MALFORMED' | 'SCHEME' | 'HTTPS_REQUIRED' | 'CREDENTIALS' | 'PRIVATE_ADDRESS' | 'UNRESOLVABLE';

export class WebhookTargetError extends Error {
  constructor(readonly reason: TargetRefusal) {
    super(`webhook target refused: ${reason}`);
    this.name = 'WebhookTargetError';
  }
}

function ipv4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)?.[1];
  if (dotted) {
    const [a, b, c, d] = ipv4Bytes(dotted) as [number, number, number, number];
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  const hextets = [...left, ...Array<string>(zeros).fill('0'), ...right].map((h) =>
    parseInt(h, 16),
  );
  return hextets.flatMap((h) => [h >> 8, h & 0xff]);
}

function inPrefix(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const i = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((bytes[i] ?? 0) & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

/** IPv6 ranges that are not the public internet. */
const PRIVATE_V6: [string, number][] = [
  ['::', 96], // unspecified, loopback ::1, IPv4-compatible
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

/** IPv6 forms that carry an IPv4 address: judge the IPv4 address. */
const EMBEDS_V4: [string, number, number][] = [
  ['::ffff:0:0', 96, 12], // IPv4-mapped
  ['64:ff9b::', 96, 12], // NAT64
  ['2002::', 16, 2], // 6to4
];

/**
 * True for loopback, private, link-local, carrier-grade NAT, multicast, reserved and other
 * non-public addresses, IPv4 or IPv6 (IPv4-mapped, NAT64 and 6to4 forms are judged by the IPv4
 * address they carry). Anything that is not an IP address counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, '');
  if (isIPv4(text)) {
    const bytes = ipv4Bytes(text);
    return PRIVATE_V4.some(([prefix, bits]) => inPrefix(bytes, ipv4Bytes(prefix), bits));
  }
  if (!isIPv6(text.split('%')[0]!)) return true;
  const bytes = ipv6Bytes(text);
  for (const [prefix, bits, offset] of EMBEDS_V4) {
    if (inPrefix(bytes, ipv6Bytes(prefix), bits)) {
      return isPrivateAddress(bytes.slice(offset, offset + 4).join('.'));
    }
  }
  return PRIVATE_V6.some(([prefix, bits]) => inPrefix(bytes, ipv6Bytes(prefix), bits));
}

/**
 * Checks a target URL's form: http(s) only (https when required), no user name or password
 * (the signature authenticates, credentials would be stored and shown). Returns it normalised,
 * without a fragment.
 */
export function parseWebhookUrl(text: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookTargetError('MALFORMED');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookTargetError('SCHEME');
  if (policy.requireHttps && url.protocol !== 'https:') {
    throw new WebhookTargetError('HTTPS_REQUIRED');
  }
  if (url.username || url.password) throw new WebhookTargetError('CREDENTIALS');
  if (!url.hostname) throw new WebhookTargetError('MALFORMED');
  url.hash = '';
  return url;
}

/** The host of a URL as an IP address or a name (IPv6 literals lose their brackets). */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * The addresses to connect to. Unless private targets are allowed, every address the name
 * resolves to must be public: a name with one private address among public ones is refused.
 */
export async function resolveWebhookTarget(
  url: URL,
  policy: TargetPolicy,
  lookup: LookupAll = systemLookup,
): Promise<ResolvedAddress[]> {
  const host = hostOf(url);
  const family = isIP(host);
  let addresses: ResolvedAddress[];
  if (family) {
    addresses = [{ address: host, family }];
  } else {
    try {
      addresses = [...(await lookup(host))];
    } catch {
      throw new WebhookTargetError('UNRESOLVABLE');
    }
    if (addresses.length === 0) throw new WebhookTargetError('UNRESOLVABLE');
  }
  if (!policy.allowPrivateTargets && addresses.some((a) => isPrivateAddress(a.address))) {
    throw new WebhookTargetError('PRIVATE_ADDRESS');
  }
  return addresses;
}

/**
 * The check at subscription time: the form, then (unless private targets are allowed, as in
 * development, where a receiver's name may not resolve yet) the addresses the name has now.
 */
export async function checkWebhookTarget(
  text: string,
  policy: TargetPolicy,
  lookup: LookupAll = systemLookup,
): Promise<URL> {
  const url = parseWebhookUrl(text, policy);
  if (!policy.allowPrivateTargets) await resolveWebhookTarget(url, policy, lookup);
  return url;
}

/** A lookup that answers with addresses checked beforehand, so the connection goes to them. */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return ((
    _hostname: string,
    options: { all?: boolean },
    callback: (...args: unknown[]) => void,
  ) => {
    if (options?.all)
      callback(
        null,
        addresses.map((a) => ({ ...a })),
      );
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as LookupFunction;
}

export interface WebhookPost {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Checked addresses of the host: the request connects to one of these and nothing else. */
  addresses: readonly ResolvedAddress[];
}

/**
 * POSTs with node:http(s), connecting only to the addresses checked beforehand (no second DNS
 * answer can redirect it: DNS rebinding), never following redirects, within `timeoutMs` for the
 * whole exchange. Resolves with the status code once the response head arrives.
 */
export function postWebhook(request: WebhookPost): Promise<{ status: number }> {
  const client = request.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      request.url,
      {
        method: 'POST',
        headers: {
          ...request.headers,
          'Content-Length': String(Buffer.byteLength(request.body)),
          Connection: 'close',
        },
        agent: false,
        lookup: pinnedLookup(request.addresses),
        signal: AbortSignal.timeout(request.timeoutMs),
      },
      (res) => {
        resolve({ status: res.statusCode ?? 0 });
        // The receiver's body is not needed (and not stored): drop the connection.
        res.destroy();
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
