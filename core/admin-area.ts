/** The workspace sections that only admins may open: their pages and actions refuse every other role. */
export const ADMIN_SECTIONS = ["tai-khoan", "don-vi", "chuyen-muc", "nhat-ky", "sao-luu", "cai-dat", "menu"] as const;
