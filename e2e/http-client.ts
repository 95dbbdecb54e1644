// Requests as an attacker or a script sends them: from a chosen local address (Linux answers on the
// whole of 127.0.0.0/8, so each client can have an address of its own), with any header, and with
// next-auth's sign-in done by hand.
import http from "node:http";

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string };

export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

function cookiesOf(answer: HttpAnswer): string {
  return (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
}

export type SignInAnswer = { signedIn: boolean; error: string | null; cookie: string };

/**
 * Signs in as the sign-in form does (csrf token, then the credentials callback), from one address.
 * `error` is next-auth's code: "CredentialsSignin" for a wrong password, "dang-nhap-bi-tam-khoa" when locked.
 */
export async function signInOverHttp(
  baseURL: string,
  credentials: { username: string; password: string },
  options: { origin: string; localAddress?: string; forwardedFor?: string },
): Promise<SignInAnswer> {
  const csrf = await send(`${baseURL}/api/auth/csrf`, { localAddress: options.localAddress });
  const csrfToken = (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken;
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf), Origin: options.origin };
  if (options.forwardedFor) headers["X-Forwarded-For"] = options.forwardedFor;
  const body = new URLSearchParams({ ...credentials, csrfToken, json: "true" }).toString();
  const answer = await send(`${baseURL}/api/auth/callback/credentials`, { method: "POST", headers, body, localAddress: options.localAddress });
  const cookie = [headers.Cookie, cookiesOf(answer)].filter(Boolean).join("; ");
  const url = (JSON.parse(answer.text) as { url?: string }).url ?? "";
  const error = new URL(url, baseURL).searchParams.get("error");
  return { signedIn: answer.status === 200 && !error && cookie.includes("session-token"), error, cookie };
}
