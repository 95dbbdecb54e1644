import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies("");
const nginx = parseTrustedProxies("127.0.0.1, ::1");
const network = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32");

describe("clientAddress", () => {
  it.each([
    ["no trusted proxy: the socket, whatever the header says", "203.0.113.9", "6.6.6.6", none, "203.0.113.9"],
    ["no trusted proxy, IPv4 written as IPv6", "::ffff:203.0.113.9", "6.6.6.6", none, "203.0.113.9"],
    ["an untrusted peer's header is ignored", "203.0.113.9", "6.6.6.6", nginx, "203.0.113.9"],
    ["behind nginx: the address nginx appended", "127.0.0.1", "203.0.113.9", nginx, "203.0.113.9"],
    ["behind nginx, a spoofed first entry is skipped", "127.0.0.1", "6.6.6.6, 203.0.113.9", nginx, "203.0.113.9"],
    ["two trusted hops: the right-most untrusted entry", "10.1.1.1", "6.6.6.6, 198.51.100.7, 10.2.2.2", network, "198.51.100.7"],
    ["IPv6 proxies in a range", "2001:db8::1", "2001:db9::3, 2001:db8:ffff::2", network, "2001:db9::3"],
    ["a trusted proxy with no header: the proxy itself", "127.0.0.1", null, nginx, "127.0.0.1"],
    ["garbage in the chain: the nearest trusted proxy", "127.0.0.1", "<script>", nginx, "127.0.0.1"],
    ["addresses with ports", "127.0.0.1", "203.0.113.9:51234", nginx, "203.0.113.9"],
    ["bracketed IPv6 with a port", "127.0.0.1", "[2001:db8::9]:443", nginx, "2001:db8::9"],
    ["every hop trusted: the left-most", "127.0.0.1", "::1, 127.0.0.1", nginx, "::1"],
  ])("%s", (_case, peer, forwardedFor, trusted, expected) => {
    expect(clientAddress(peer, forwardedFor, trusted)).toBe(expected);
  });

  it("knows no address when no socket address was stamped, so nobody shares an 'unknown' bucket", () => {
    expect(clientAddress(null, "203.0.113.9", nginx)).toBeNull();
    expect(clientAddress("không rõ", null, none)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it.each(["10.0.0.0/33", "không-phải-ip", "10.0.0.1/8/2", "2001:db8::/129", "10.0.0.0/"])("refuses %j", (entry) => {
    expect(() => parseTrustedProxies(entry)).toThrow(/not an IP address/);
  });

  it("matches single addresses and ranges of both families", () => {
    const trusted = parseTrustedProxies("192.0.2.1, 10.0.0.0/8, fd00::/8");
    expect(["192.0.2.1", "10.200.3.4", "fd12::1"].map(trusted.has)).toEqual([true, true, true]);
    expect(["192.0.2.2", "11.0.0.1", "fe80::1"].map(trusted.has)).toEqual([false, false, false]);
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["::FFFF:10.0.0.1", "10.0.0.1"],
    ["  2001:DB8::1 ", "2001:db8::1"],
    ["unknown", null],
    ["", null],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });
});
