/**
 * An address as people know it: Node reports IPv4 clients on a dual-stack socket as IPv4-mapped
 * IPv6 ("::ffff:203.113.1.5"), which reads as noise in the audit log.
 */
export function displayIpAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip.trim());
  return mapped?.[1] ?? ip.trim();
}
