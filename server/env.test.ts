import { afterEach, describe, expect, it, vi } from "vitest";

// server/env.ts parses the environment when it is first imported: each case imports it afresh.
async function loadEnv(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("./env")).env;
}
afterEach(() => vi.unstubAllEnvs());

describe("MEDIA_STORE in the environment", () => {
  it("is the folder when unset or empty", async () => {
    expect((await loadEnv({ MEDIA_STORE: "" })).MEDIA_STORE).toBeUndefined();
  });

  it("reads s3://bucket/prefix and the S3 server's address", async () => {
    const env = await loadEnv({ MEDIA_STORE: "s3://anh-ban-tin/media/", AWS_ENDPOINT_URL: "http://127.0.0.1:9000", AWS_ENDPOINT_URL_S3: "", AWS_REGION: "" });
    expect(env.MEDIA_STORE).toEqual({ bucket: "anh-ban-tin", prefix: "media" });
    expect(env.AWS_ENDPOINT_URL).toBe("http://127.0.0.1:9000");
    expect(env.AWS_ENDPOINT_URL_S3).toBeUndefined();
    expect(env.AWS_REGION).toBeUndefined();
  });

  it.each([
    ["/var/lib/ban-tin/media", "MEDIA_STORE: phải có dạng s3://tên-bucket hoặc s3://tên-bucket/thư-mục"],
    ["s3://Anh_Ban_Tin", "MEDIA_STORE: tên bucket “Anh_Ban_Tin” không hợp lệ"],
    ["s3://anh-ban-tin/../khac", "MEDIA_STORE: thư mục “../khac” trong bucket không hợp lệ"],
  ])("stops the start at %j with a Vietnamese message naming the variable", async (value, message) => {
    await expect(loadEnv({ MEDIA_STORE: value })).rejects.toThrow(message);
  });

  it("refuses an endpoint that is not an address", async () => {
    await expect(loadEnv({ MEDIA_STORE: "s3://anh-ban-tin", AWS_ENDPOINT_URL: "may-chu-s3" })).rejects.toThrow("AWS_ENDPOINT_URL: phải là địa chỉ http(s)://máy:cổng của máy chủ S3");
  });
});

describe("several instances (REDIS_URL)", () => {
  it("stops the start without NEXTAUTH_SECRET, saying why", async () => {
    await expect(loadEnv({ REDIS_URL: "redis://127.0.0.1:26379", NEXTAUTH_SECRET: "" })).rejects.toThrow("NEXTAUTH_SECRET: bắt buộc khi có REDIS_URL");
  });

  it("starts with a shared secret, and one instance needs none", async () => {
    const secret = "k".repeat(32);
    expect((await loadEnv({ REDIS_URL: "redis://127.0.0.1:26379", NEXTAUTH_SECRET: secret })).NEXTAUTH_SECRET).toBe(secret);
    expect((await loadEnv({ REDIS_URL: "", NEXTAUTH_SECRET: "" })).REDIS_URL).toBeUndefined();
  });
});

describe("nginx in front (NGINX_REFRESH_URL)", () => {
  it("reads nginx's address, is unset when empty, and refuses what is not an address", async () => {
    expect((await loadEnv({ NGINX_REFRESH_URL: "http://127.0.0.1:8080" })).NGINX_REFRESH_URL).toBe("http://127.0.0.1:8080");
    expect((await loadEnv({ NGINX_REFRESH_URL: "" })).NGINX_REFRESH_URL).toBeUndefined();
    await expect(loadEnv({ NGINX_REFRESH_URL: "nginx:8080" })).rejects.toThrow("NGINX_REFRESH_URL: phải là địa chỉ http://máy:cổng");
  });
});
