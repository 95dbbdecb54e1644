import "server-only";
import { headers } from "next/headers";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";
import { env } from "./env";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function headerValue(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? null;
}

/** The client's address from a request's headers (server/client-address.ts); null when unknown. */
export function clientAddressOf(source: HeaderSource): string | null {
  return clientAddress(headerValue(source, PEER_ADDRESS_HEADER), headerValue(source, "x-forwarded-for"), env.TRUSTED_PROXIES);
}

/** The client's address for the audit log and the view counter; "không rõ" when unknown. */
export async function requestIp(): Promise<string> {
  return clientAddressOf(await headers()) ?? "không rõ";
}
