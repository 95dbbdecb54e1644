import { BlockList, isIP } from "node:net";

// Who is asking, for the sign-in limits, the view counter's de-duplication and the audit log.
// X-Forwarded-For is written by whoever sends the request, so it is believed only as far as it was
// written by proxies we trust: the socket's peer (stamped by scripts/serve.mjs, which removes any
// copy the client sent) is the client unless it is a trusted proxy; then the chain is read from
// the right, and the first address that is not a trusted proxy is the client.
//   peer 127.0.0.1 (nginx, trusted), X-Forwarded-For "6.6.6.6, 203.0.113.9" → 203.0.113.9

/** The socket's remote address, set by scripts/serve.mjs on every request (a client's own copy is dropped). */
export const PEER_ADDRESS_HEADER = "x-ban-tin-peer";

export type TrustedProxies = { has(address: string): boolean };

/** "::ffff:10.0.0.1" → "10.0.0.1", "[::1]" → "::1", "10.0.0.1:5123" → "10.0.0.1"; null when not an address. */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/** TRUSTED_PROXIES ("127.0.0.1, ::1, 10.0.0.0/8") → a set to test addresses against; throws on a bad entry. */
export function parseTrustedProxies(list: string): TrustedProxies {
  const blocks = new BlockList();
  for (const entry of list.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [rawAddress = "", prefix, ...rest] = entry.split("/");
    const address = normaliseAddress(rawAddress);
    const family = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const maxPrefix = family === "ipv6" ? 128 : 32;
    if (!address || rest.length > 0 || (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`);
    }
    if (prefix === undefined) blocks.addAddress(address, family);
    else blocks.addSubnet(address, Number(prefix), family);
  }
  return { has: (address) => blocks.check(address, isIP(address) === 6 ? "ipv6" : "ipv4") };
}

/**
 * The client's address, or null when nothing trustworthy says (a server not started by
 * scripts/serve.mjs): then callers must not put the request in a bucket shared with others.
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string | null {
  const direct = peer ? normaliseAddress(peer) : null;
  if (!direct || !trusted.has(direct)) return direct;
  let nearest = direct;
  const chain = (forwardedFor ?? "").split(",").reverse();
  for (const entry of chain) {
    const address = normaliseAddress(entry);
    // A hop that is not an address ends what can be believed: keep the last trusted proxy's word.
    if (!address) return nearest;
    if (!trusted.has(address)) return address;
    nearest = address;
  }
  return nearest;
}
