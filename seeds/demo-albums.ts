// The demo photo albums ("Thư viện ảnh"), written by the Bản tin team: four events of the Hải Lâm
// union in pictures. The seed draws each photo (seeds/demo-photo.ts) and publishes the albums.
import type { DemoScene, DemoUnitSlug } from "./demo-types";

export type DemoAlbumPhoto = { scene: DemoScene; caption: string; alt: string; credit: string };

export type DemoAlbum = {
  title: string;
  description: string;
  /** The Vietnam day of the event, "YYYY-MM-DD". */
  takenOn: string;
  unit: DemoUnitSlug;
  photos: DemoAlbumPhoto[];
  /** Which photo (0-based) the editor chose as the cover; without one, the first stands in. */
  cover?: number;
};

const HA = "Ảnh: Lê Thu Hà";
const MINH = "Ảnh: Trần Quang Minh";
const PHUONG = "Ảnh: Đỗ Bích Phương";

export const demoAlbums: DemoAlbum[] = [
  {
    title: "Đại hội Công đoàn tỉnh Hải Lâm lần thứ XVIII, nhiệm kỳ 2023 – 2028",
    description: "Hai ngày làm việc của 280 đại biểu thay mặt hơn 96 nghìn đoàn viên công đoàn trong tỉnh: phiên trù bị, phiên chính thức, bầu Ban Chấp hành khóa mới và khen thưởng các tập thể tiêu biểu.",
    takenOn: "2023-08-18",
    unit: "ldld-tinh-hai-lam",
    cover: 1,
    photos: [
      { scene: "meeting", caption: "Phiên trù bị: đoàn thư ký thông qua chương trình làm việc của Đại hội.", alt: "Đại biểu ngồi quanh bàn họp, màn hình trình chiếu biểu đồ phía sau.", credit: HA },
      { scene: "conference", caption: "Quang cảnh phiên chính thức tại Hội trường Trung tâm Hội nghị tỉnh.", alt: "Đoàn chủ tịch ngồi trên sân khấu trước băng rôn đỏ, hội trường kín đại biểu.", credit: HA },
      { scene: "conference", caption: "Đồng chí Chủ tịch LĐLĐ tỉnh trình bày báo cáo chính trị.", alt: "Người phát biểu đứng bên bục, sau lưng là đoàn chủ tịch và cờ.", credit: MINH },
      { scene: "meeting", caption: "Các đại biểu thảo luận tổ về phương hướng nhiệm kỳ mới.", alt: "Nhóm đại biểu trao đổi quanh bàn họp bầu dục.", credit: MINH },
      { scene: "award", caption: "Khen thưởng các công đoàn cơ sở vững mạnh tiêu biểu nhiệm kỳ 2018 – 2023.", alt: "Hàng đại biểu trên sân khấu cầm giấy khen và hoa.", credit: HA },
      { scene: "award", caption: "Ban Chấp hành khóa XVIII ra mắt Đại hội.", alt: "Các thành viên Ban Chấp hành mới đứng thành hàng, cầm hoa, trên sân khấu đỏ.", credit: HA },
    ],
  },
  {
    title: "Hội thao công nhân viên chức lao động thành phố năm 2024",
    description: "Hơn 600 vận động viên của 42 công đoàn cơ sở tranh tài bóng chuyền, kéo co và chạy tiếp sức trong ba ngày cuối tháng Tư.",
    takenOn: "2024-04-28",
    unit: "ldld-thanh-pho-hai-lam",
    photos: [
      { scene: "sports", caption: "Trận khai mạc môn bóng chuyền nam giữa Công ty May Hải Lâm và Cảng Tân Phong.", alt: "Hai đội bóng chuyền áo đỏ và áo xanh thi đấu trên sân cỏ, khán giả đứng sau hàng rào.", credit: PHUONG },
      { scene: "sports", caption: "Cổ động viên các đơn vị trên khán đài.", alt: "Khán giả đứng xem trận đấu dưới dây cờ đuôi nheo.", credit: PHUONG },
      { scene: "sports", caption: "Đội bóng chuyền nữ Công đoàn ngành Y tế trong trận bán kết.", alt: "Các nữ vận động viên bật nhảy bên lưới bóng chuyền.", credit: MINH },
      { scene: "sports", caption: "Pha cứu bóng của đội Khu công nghiệp Bắc Hải Lâm.", alt: "Vận động viên nhìn theo quả bóng trên cao.", credit: PHUONG },
      { scene: "award", caption: "Ban tổ chức trao cúp và giấy khen cho các đội đoạt giải.", alt: "Các vận động viên đứng trên sân khấu cầm giấy khen.", credit: MINH },
    ],
  },
  {
    title: "Tết Sum vầy 2025: thăm, tặng quà công nhân ở lại khu nhà trọ",
    description: "LĐLĐ huyện Tân Phong đến thăm các gia đình công nhân không về quê đón Tết, trao 350 suất quà và bàn giao một Mái ấm Công đoàn.",
    takenOn: "2025-01-18",
    unit: "ldld-huyen-tan-phong",
    photos: [
      { scene: "charity", caption: "Trao quà Tết cho gia đình chị Nguyễn Thị Mai, công nhân Công ty Giày Tân Phong.", alt: "Cán bộ công đoàn trao hộp quà cho một gia đình trước ngôi nhà mới.", credit: MINH },
      { scene: "worksite", caption: "Thăm hỏi công nhân trực sản xuất những ngày giáp Tết.", alt: "Cán bộ công đoàn áo trắng trò chuyện với công nhân đội mũ bảo hộ trong xưởng.", credit: MINH },
      { scene: "charity", caption: "Bàn giao Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn.", alt: "Gia đình đứng trước ngôi nhà mới có tấm biển đỏ trên cửa.", credit: HA },
      { scene: "worksite", caption: "Người lao động phấn khởi nhận quà tại xưởng.", alt: "Nhóm công nhân áo xanh đội mũ vàng đứng quanh cán bộ công đoàn.", credit: HA },
      { scene: "charity", caption: "Những phần quà được chuẩn bị từ quỹ xã hội của công đoàn.", alt: "Bàn phủ khăn đỏ xếp nhiều hộp quà.", credit: MINH },
    ],
  },
  {
    title: "Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở ngành Giáo dục",
    description: "Lớp tập huấn hai ngày về thương lượng thỏa ước lao động tập thể và công tác tài chính công đoàn cho 120 chủ tịch công đoàn trường học.",
    takenOn: "2022-10-12",
    unit: "cong-doan-nganh-giao-duc",
    photos: [
      { scene: "meeting", caption: "Báo cáo viên giới thiệu những điểm mới của Bộ luật Lao động.", alt: "Học viên ngồi quanh bàn dài, màn hình trình chiếu phía trước.", credit: PHUONG },
      { scene: "meeting", caption: "Học viên thực hành xây dựng dự thảo thỏa ước lao động tập thể.", alt: "Các học viên trao đổi theo nhóm quanh bàn họp.", credit: PHUONG },
      { scene: "conference", caption: "Bế giảng lớp tập huấn.", alt: "Hội trường với đoàn chủ tịch trên sân khấu và học viên bên dưới.", credit: PHUONG },
    ],
  },
];
