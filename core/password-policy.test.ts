import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy";

describe("passwordProblems", () => {
  it.each([
    ["Hoa-Sen-Nở-2026", "bientap", []],
    ["ngắn", "bientap", ["Mật khẩu cần ít nhất 10 ký tự."]],
    ["1234567890", "bientap", ["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."]],
    ["MatKhau123", "bientap", ["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."]],
    ["aaaaaaaaaaaa", "bientap", ["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."]],
    ["nguyenvanquan", "NguyenVanQuan", ["Mật khẩu không được trùng tên đăng nhập."]],
  ])("finds in %j (user %j): %j", (password, username, expected) => {
    expect(passwordProblems(password, username)).toEqual(expected);
  });
});
