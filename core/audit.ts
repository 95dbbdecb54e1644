/** What the audit log records; the labels are what the admin reads. */
export const auditActionLabels = {
  "sign-in": "Đăng nhập",
  "sign-in-failed": "Đăng nhập thất bại",
  "account-create": "Tạo tài khoản",
  "account-update": "Sửa tài khoản",
  "account-disable": "Vô hiệu hóa tài khoản",
  "account-enable": "Kích hoạt tài khoản",
  "password-reset": "Đặt lại mật khẩu",
  "password-change": "Đổi mật khẩu",
  "article-publish": "Xuất bản bài",
  "article-unpublish": "Gỡ bài",
  "article-delete": "Xóa bài",
  "unit-create": "Thêm đơn vị",
  "unit-update": "Sửa đơn vị",
  "unit-delete": "Xóa đơn vị",
  "category-create": "Thêm chuyên mục",
  "category-update": "Sửa chuyên mục",
  "category-delete": "Xóa chuyên mục",
  "settings-update": "Sửa cài đặt trang",
  "settings-restore": "Khôi phục cài đặt trang",
  "menu-update": "Sửa menu",
  "page-publish": "Đăng trang giới thiệu",
  "page-unpublish": "Gỡ trang giới thiệu",
  "page-delete": "Xóa trang giới thiệu",
  "backup-create": "Sao lưu dữ liệu",
  "backup-failed": "Sao lưu thất bại",
  "backup-download": "Tải bản sao lưu",
  "backup-restore": "Khôi phục từ bản sao lưu",
} as const;

export type AuditAction = keyof typeof auditActionLabels;
export const auditActions = Object.keys(auditActionLabels) as AuditAction[];
