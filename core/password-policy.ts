// A password must resist guessing: long enough, not one of the passwords everyone tries first,
// and not the username. Checked on the server whenever a password is chosen.
export const MIN_PASSWORD_LENGTH = 10;

// The most tried passwords, and the Vietnamese ones that lists of leaked passwords show.
const COMMON_PASSWORDS = new Set([
  "123456789", "1234567890", "12345678910", "0123456789", "1111111111", "0000000000", "1234512345", "9876543210",
  "password", "password1", "password123", "passw0rd", "qwertyuiop", "qwerty1234", "qwerty123456", "1q2w3e4r5t", "1qaz2wsx3edc",
  "abc1234567", "abcd123456", "iloveyou123", "princess123", "welcome123", "admin12345", "administrator", "letmein123",
  "matkhau123", "matkhau1234", "matkhaumoi", "anhyeuem123", "emyeuanh123", "congdoan123", "congdoan2024", "congdoan2025",
  "congdoan2026", "vietnam123", "hanoi12345", "saigon1234", "bantin12345", "quantri123", "quantri2026",
]);

export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || /^(.)\1+$/.test(password)) problems.push("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");
  if (username && lowered === username.trim().toLowerCase()) problems.push("Mật khẩu không được trùng tên đăng nhập.");
  if (password.length > 200) problems.push("Mật khẩu dài quá 200 ký tự.");
  return problems;
}
