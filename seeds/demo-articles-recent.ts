// Demo articles for Bản tin, 2023 – 2026: a five-part series about the 2023 congresses,
// published news from the five demo units, and three unpublished pieces (drafts, pending review).
// All organisations below the province, all people and all figures are fictional.

import type { DemoArticle } from "./demo-types";

export const demoSeries = {
  title: "Hướng tới Đại hội Công đoàn tỉnh Hải Lâm lần thứ XVII, nhiệm kỳ 2023 – 2028",
  summary:
    "Loạt bài ghi lại không khí chuẩn bị và tổ chức đại hội công đoàn các cấp trong tỉnh, từ những đại hội điểm ở công đoàn cơ sở đến Đại hội Công đoàn tỉnh Hải Lâm lần thứ XVII, nhiệm kỳ 2023 – 2028.",
};

export const recentDemoArticles: DemoArticle[] = [
  // ---------------------------------------------------------------- series, part 1
  {
    title:
      "Hướng tới Đại hội Công đoàn tỉnh lần thứ XVII: đại hội điểm mở đầu mùa đại hội công đoàn cơ sở (1)",
    summary:
      "Thực hiện kế hoạch của Ban Thường vụ LĐLĐ tỉnh, từ cuối tháng 2/2023 các công đoàn cấp trên trực tiếp cơ sở đã chỉ đạo tổ chức đại hội điểm, rút kinh nghiệm trước khi công đoàn cơ sở trong toàn tỉnh bước vào đợt đại hội đồng loạt.",
    body: [
      "Ngày 14/10/2022, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Hải Lâm ban hành Kế hoạch số 58/KH-LĐLĐ về tổ chức đại hội công đoàn các cấp, tiến tới Đại hội Công đoàn tỉnh lần thứ XVII, nhiệm kỳ 2023 – 2028. Theo kế hoạch, đại hội công đoàn cơ sở (CĐCS) phải hoàn thành trước ngày 30/6/2023; mỗi công đoàn cấp trên trực tiếp cơ sở chọn ít nhất một đơn vị tổ chức đại hội điểm để rút kinh nghiệm về văn kiện, công tác nhân sự và cách điều hành.",
      "Sáng 24/02/2023, CĐCS Công ty cổ phần Cấp nước Hải Lâm là đơn vị đầu tiên của khối doanh nghiệp tổ chức đại hội điểm, dưới sự chỉ đạo của LĐLĐ thành phố Hải Lâm. 186 đoàn viên dự đại hội đã thảo luận thẳng thắn về tiền lương, chế độ làm ca và điều kiện làm việc của công nhân vận hành. Đại hội bầu Ban Chấp hành khóa mới gồm 7 đồng chí và bầu trực tiếp đồng chí Ngô Thị Thanh Tâm giữ chức Chủ tịch CĐCS.",
      "Đối với khối cơ quan hành chính, ngày 02/3/2023, Công đoàn Viên chức tỉnh chỉ đạo CĐCS Sở Tư pháp tổ chức đại hội điểm với 54 đoàn viên tham dự. Dự thảo báo cáo được xây dựng ngắn gọn và gửi trước cho đoàn viên góp ý, nhờ vậy phần thảo luận tại đại hội tập trung vào những việc cụ thể như cải cách thủ tục, chăm lo cho nữ đoàn viên và phong trào văn hóa, thể thao của cơ quan.",
      "Tại huyện miền núi Tân Phong, ngày 06/3/2023, CĐCS Trung tâm Y tế huyện tổ chức đại hội điểm cho 132 đoàn viên, trong đó nhiều người công tác tại các trạm y tế xã cách trung tâm huyện hàng chục cây số. Phát biểu tại đại hội, đồng chí Hoàng Văn Quyết, Chủ tịch LĐLĐ huyện Tân Phong, đề nghị Ban Chấp hành khóa mới quan tâm hơn nữa tới đoàn viên ở tuyến xã, nơi điều kiện làm việc còn nhiều khó khăn.",
      "Theo đánh giá của Ban Tổ chức LĐLĐ tỉnh, các đại hội điểm đều tiến hành đủ các bước theo Điều lệ Công đoàn Việt Nam, thời gian gọn, nội dung thiết thực. Kinh nghiệm từ các đại hội này sẽ được phổ biến tại hội nghị giao ban tháng 3, làm cơ sở để các CĐCS trong toàn tỉnh tổ chức đại hội đồng loạt từ đầu tháng 4/2023.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2023-03-09T09:15",
    byline: "Ban Tổ chức LĐLĐ tỉnh",
    seriesPart: 1,
    cover: {
      scene: "conference",
      caption: "Đại hội điểm CĐCS Công ty cổ phần Cấp nước Hải Lâm",
      alt: "Hội trường nhỏ có phông đỏ ghi tên đại hội, đoàn viên mặc áo đồng phục xanh ngồi kín các dãy ghế.",
    },
    author: "editor",
    views: 1860,
  },

  // ---------------------------------------------------------------- series, part 2
  {
    title:
      "Hướng tới Đại hội Công đoàn tỉnh lần thứ XVII: công đoàn doanh nghiệp linh hoạt tổ chức đại hội (2)",
    summary:
      "Chọn ngày nghỉ để họp, gửi dự thảo văn kiện tới từng tổ công đoàn, dành nhiều thời gian cho ý kiến của công nhân là cách nhiều công đoàn cơ sở khối doanh nghiệp lựa chọn trong mùa đại hội năm nay.",
    body: [
      "Khác với khối cơ quan, đoàn viên tại các doanh nghiệp làm việc theo ca, nhiều người ở trọ xa nơi làm việc, nên việc bố trí thời gian đại hội luôn là bài toán khó. Để không ảnh hưởng đến sản xuất, phần lớn CĐCS khối doanh nghiệp trên địa bàn thành phố Hải Lâm và huyện Tân Phong đã thống nhất với người sử dụng lao động tổ chức đại hội vào ngày Chủ nhật hoặc sau ca chiều.",
      "Ngày 26/3/2023, CĐCS Công ty TNHH Giày da Phú Hưng (Khu công nghiệp Nam Hải Lâm) tổ chức đại hội đại biểu với 125 đại biểu thay mặt cho 1.640 đoàn viên. Trước đại hội, dự thảo báo cáo được gửi tới các tổ công đoàn qua nhóm Zalo, thu về hơn 90 ý kiến góp ý. Đại hội thống nhất phấn đấu đưa nội dung hỗ trợ tiền nhà trọ và nâng mức bữa ăn ca vào thỏa ước lao động tập thể kỳ tới.",
      "Ngày 02/4/2023, CĐCS Công ty cổ phần Vật liệu xây dựng Tân Phong tổ chức đại hội toàn thể với 238 đoàn viên. Đồng chí Lộc Thị Hạnh, Phó Chủ tịch LĐLĐ huyện Tân Phong, đánh giá cao việc CĐCS đã phối hợp với Ban Giám đốc tổ chức đối thoại định kỳ, giải quyết dứt điểm kiến nghị về trang bị bảo hộ lao động cho công nhân tổ nghiền và tổ lò nung trong nhiệm kỳ qua.",
      "Ngày 08/4/2023, CĐCS Công ty TNHH May Đông Hải tổ chức đại hội với sự tham dự của 96 đại biểu, trong đó nữ chiếm hơn 80%. Đại hội dành riêng một phiên để công nhân nêu ý kiến về việc gửi trẻ, khu vệ sinh và thời gian nghỉ giữa ca. Đại diện Ban Giám đốc công ty đã trả lời trực tiếp nhiều ý kiến và cam kết phối hợp với công đoàn khóa mới giải quyết ngay trong năm 2023.",
      "Theo số liệu của LĐLĐ tỉnh, tính đến ngày 10/4/2023, khối doanh nghiệp đã có 214/389 CĐCS tổ chức xong đại hội, đạt 55%. Các đơn vị còn lại đang hoàn thiện văn kiện và nhân sự, dự kiến hoàn thành trong tháng 5. LĐLĐ tỉnh lưu ý các công đoàn cấp trên trực tiếp cơ sở tăng cường hỗ trợ những CĐCS mới thành lập, chưa có kinh nghiệm tổ chức đại hội.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2023-04-13T14:30",
    byline: "Vũ Thanh Bình (tổng hợp)",
    seriesPart: 2,
    cover: {
      scene: "conference",
      caption: "Đại biểu biểu quyết tại Đại hội CĐCS Công ty TNHH Giày da Phú Hưng",
      alt: "Nhiều công nhân mặc đồng phục ngồi kín hội trường, cùng giơ cao thẻ biểu quyết màu đỏ trước sân khấu trang trí phông đỏ.",
    },
    author: "editor",
    views: 1540,
  },

  // ---------------------------------------------------------------- series, part 3
  {
    title: "Hướng tới Đại hội Công đoàn tỉnh lần thứ XVII: mùa đại hội ở trường học và bệnh viện (3)",
    summary:
      "Từ trường phổ thông vùng cao đến bệnh viện tuyến tỉnh, các công đoàn cơ sở khối hành chính sự nghiệp đã tổ chức đại hội gọn, chất lượng, gắn với những việc làm thiết thực cho đoàn viên.",
    body: [
      "Sáng 22/4/2023, CĐCS Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Bản Chang, huyện Tân Phong tổ chức đại hội nhiệm kỳ 2023 – 2028. Trường có 41 đoàn viên, một nửa trong số đó giảng dạy tại bốn điểm trường lẻ. Để mọi đoàn viên đều về dự được, nhà trường bố trí đại hội vào sáng thứ Bảy, công đoàn hỗ trợ tiền xe cho các thầy cô ở điểm trường xa nhất.",
      "Đại hội dành nhiều thời gian bàn cách duy trì bếp ăn bán trú cho gần 300 học sinh và vận động đoàn viên góp ngày công sửa nhà công vụ cho giáo viên. Đồng chí Đặng Thị Thu Trang, Chủ tịch Công đoàn ngành Giáo dục tỉnh, ghi nhận những đóng góp thầm lặng của đội ngũ nhà giáo vùng cao và đề nghị Ban Chấp hành khóa mới tiếp tục chăm lo tốt hơn đời sống của đoàn viên.",
      "Ngày 05/5/2023, CĐCS Trường THPT Lê Quý Đôn, thành phố Hải Lâm tổ chức đại hội với 78 đoàn viên. Điểm mới của đại hội là các chỉ tiêu thi đua được xây dựng từ phiếu khảo sát gửi tới từng tổ chuyên môn, trong đó có chỉ tiêu mỗi năm tổ chức ít nhất một chuyến tham quan, học tập kinh nghiệm và hỗ trợ kịp thời các đoàn viên ốm đau, gặp khó khăn đột xuất.",
      "Ngày 12/5/2023, CĐCS Bệnh viện Đa khoa tỉnh Hải Lâm tổ chức đại hội đại biểu với 145 đại biểu, thay mặt cho gần 800 đoàn viên là bác sĩ, điều dưỡng và nhân viên. Do đặc thù trực 24/24 giờ, đại hội được chia thành hai phiên để các khoa lâm sàng luân phiên tham dự. Đại hội bầu 15 đồng chí vào Ban Chấp hành; bác sĩ chuyên khoa II Trần Minh Khoa, Phó Giám đốc Bệnh viện, được bầu giữ chức Chủ tịch CĐCS.",
      "Đến ngày 15/5/2023, khối hành chính sự nghiệp toàn tỉnh đã có 701/859 CĐCS tổ chức xong đại hội. Công đoàn ngành Giáo dục tỉnh đề nghị các trường học còn lại hoàn thành đại hội trước khi kết thúc năm học, tránh trùng với thời gian ôn tập và thi cử của học sinh, đồng thời giữ tinh thần tiết kiệm, không phô trương hình thức.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2023-05-18T16:05",
    byline: "Tin & ảnh: Ma Thị Thu Hường, Công đoàn ngành Giáo dục tỉnh",
    seriesPart: 3,
    cover: {
      scene: "conference",
      caption: "Đại hội CĐCS Trường PTDTBT Tiểu học và THCS Bản Chang",
      alt: "Một phòng nhỏ được trang trí làm hội trường, các thầy cô giáo ngồi theo dãy bàn, phía trên treo băng rôn đỏ chữ vàng.",
    },
    author: "contributor",
    views: 1320,
  },

  // ---------------------------------------------------------------- Công đoàn Viên chức tỉnh congress
  {
    title: "Đại hội Công đoàn Viên chức tỉnh lần thứ VI, nhiệm kỳ 2023 – 2028 thành công tốt đẹp",
    summary:
      "Ngày 15/6/2023, Công đoàn Viên chức tỉnh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023 – 2028 với 150 đại biểu thay mặt cho hơn 5.800 đoàn viên thuộc 64 công đoàn cơ sở trực thuộc.",
    body: [
      "Sáng 15/6/2023, tại Trung tâm Hội nghị tỉnh, Công đoàn Viên chức tỉnh Hải Lâm long trọng tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023 – 2028. Dự và chỉ đạo Đại hội có đồng chí Tạ Quang Vinh, Phó Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh; đồng chí Lương Thị Thanh Nhàn, Phó Chủ tịch Thường trực LĐLĐ tỉnh; lãnh đạo một số ban của LĐLĐ tỉnh cùng 150 đại biểu chính thức.",
      "Báo cáo trình Đại hội cho biết, nhiệm kỳ 2018 – 2023, Công đoàn Viên chức tỉnh đã phát triển mới 1.120 đoàn viên, thành lập 5 CĐCS; vận động đoàn viên ủng hộ Quỹ “Mái ấm Công đoàn” hơn 820 triệu đồng, hỗ trợ xây mới và sửa chữa 14 nhà cho đoàn viên khó khăn. Nhiều CĐCS đã chủ động phối hợp với thủ trưởng cơ quan tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định, góp phần thực hiện tốt dân chủ ở cơ sở.",
      "Phát biểu chỉ đạo, đồng chí Tạ Quang Vinh ghi nhận vai trò của tổ chức công đoàn trong việc động viên cán bộ, viên chức vượt qua những năm dịch bệnh, hoàn thành nhiệm vụ chuyên môn. Đồng chí đề nghị Ban Chấp hành khóa mới tiếp tục đổi mới nội dung sinh hoạt, hướng về cơ sở, quan tâm hơn tới đoàn viên trẻ và viên chức làm việc theo hợp đồng.",
      {
        photo: {
          scene: "award",
          caption: "Ban Chấp hành Công đoàn Viên chức tỉnh khóa VI ra mắt Đại hội",
          alt: "Khoảng hai mươi người đứng thành hàng ngang trên sân khấu, tay cầm hoa tươi, phía sau là phông đỏ có dòng chữ Đại hội.",
        },
      },
      "Đại hội đã bầu Ban Chấp hành Công đoàn Viên chức tỉnh khóa VI gồm 21 đồng chí; đồng chí Hà Minh Đức tiếp tục được tín nhiệm bầu giữ chức Chủ tịch. Đại hội cũng bầu 9 đại biểu chính thức dự Đại hội Công đoàn tỉnh lần thứ XVII và thông qua Nghị quyết với 8 chỉ tiêu chủ yếu, trong đó phấn đấu hằng năm có ít nhất 90% CĐCS hoàn thành tốt nhiệm vụ.",
      "Phát biểu bế mạc, đồng chí Hà Minh Đức cảm ơn sự tin tưởng của các đại biểu và cam kết Ban Chấp hành khóa VI sẽ sớm xây dựng quy chế làm việc, chương trình công tác toàn khóa, cụ thể hóa Nghị quyết Đại hội thành những việc làm thiết thực, mang lại lợi ích rõ ràng cho đoàn viên.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-tuc-su-kien",
    publishedAt: "2023-06-16T17:20",
    byline: "Tin & ảnh: Nguyễn Thị Hồng Vân, Công đoàn Viên chức tỉnh",
    cover: {
      scene: "conference",
      caption: "Quang cảnh Đại hội Công đoàn Viên chức tỉnh lần thứ VI",
      alt: "Hội trường lớn kín đại biểu ngồi theo từng dãy ghế, hướng lên sân khấu có phông đỏ, hàng hoa tươi và bục phát biểu.",
    },
    author: "editor",
    views: 2150,
  },

  // ---------------------------------------------------------------- series, part 4
  {
    title:
      "Hướng tới Đại hội Công đoàn tỉnh lần thứ XVII: các công đoàn cấp trên cơ sở hoàn thành đại hội (4)",
    summary:
      "Cuối tháng 6/2023, nhiều công đoàn cấp trên trực tiếp cơ sở trong tỉnh đã tổ chức thành công đại hội nhiệm kỳ 2023 – 2028, bầu ra ban chấp hành mới và đoàn đại biểu dự Đại hội Công đoàn tỉnh lần thứ XVII.",
    body: [
      "Sau khi các CĐCS cơ bản hoàn thành đại hội, từ giữa tháng 6/2023, các công đoàn cấp trên trực tiếp cơ sở bước vào đợt đại hội. Đến ngày 27/6/2023, toàn tỉnh có 1.241/1.248 CĐCS đã tổ chức xong đại hội, đạt 99,4%; 7 CĐCS còn lại thuộc các doanh nghiệp đang tạm dừng hoặc sắp xếp lại sản xuất, được gia hạn theo hướng dẫn.",
      "Ngày 20/6/2023, LĐLĐ huyện Tân Phong tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 – 2028 với 120 đại biểu thay mặt cho 6.850 đoàn viên của 182 CĐCS. Nhiệm kỳ qua, công đoàn huyện đã vận động hỗ trợ xây dựng 23 nhà “Mái ấm Công đoàn” cho đoàn viên nghèo. Đại hội bầu 17 đồng chí vào Ban Chấp hành; đồng chí Hoàng Văn Quyết tiếp tục được tín nhiệm bầu giữ chức Chủ tịch.",
      "Ngày 23/6/2023, LĐLĐ thành phố Hải Lâm tổ chức Đại hội lần thứ XII với 150 đại biểu, đại diện cho hơn 27.900 đoàn viên, trong đó công nhân các khu công nghiệp chiếm trên 70%. Đại hội đặt mục tiêu phát triển 6.000 đoàn viên mới trong nhiệm kỳ và đưa nội dung nhà ở cho công nhân vào chương trình phối hợp với UBND thành phố. Đồng chí Trương Thị Ngọc Lan được bầu giữ chức Chủ tịch LĐLĐ thành phố.",
      "Trước đó, ngày 15/6/2023, Công đoàn Viên chức tỉnh đã tổ chức thành công Đại hội lần thứ VI. Ngày 27/6/2023, Công đoàn ngành Giáo dục tỉnh tổ chức Đại hội lần thứ XX với 180 đại biểu thay mặt cho hơn 17.300 đoàn viên tại 562 CĐCS; đồng chí Đặng Thị Thu Trang tái đắc cử Chủ tịch Công đoàn ngành khóa XX.",
      "Theo kế hoạch, các công đoàn cấp trên trực tiếp cơ sở còn lại sẽ hoàn thành đại hội trước ngày 15/7/2023. Ban Thường vụ LĐLĐ tỉnh đang khẩn trương hoàn thiện dự thảo Báo cáo chính trị và đề án nhân sự Ban Chấp hành khóa XVII, tổ chức lấy ý kiến rộng rãi của đoàn viên, người lao động trước khi trình Đại hội.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2023-06-29T08:50",
    byline: "Lê Hoài Nam (tổng hợp)",
    seriesPart: 4,
    cover: {
      scene: "award",
      caption: "Ban Chấp hành LĐLĐ huyện Tân Phong khóa XI ra mắt Đại hội",
      alt: "Các thành viên ban chấp hành mới đứng thành hàng trên sân khấu, mỗi người cầm một bó hoa, đại biểu phía dưới vỗ tay.",
    },
    author: "editor",
    views: 1470,
  },

  // ---------------------------------------------------------------- series, part 5 (the congress)
  {
    title:
      "Hướng tới Đại hội Công đoàn tỉnh lần thứ XVII: Đại hội thành công, mở ra nhiệm kỳ mới 2023 – 2028 (5)",
    summary:
      "Trong hai ngày 08 và 09/8/2023, Đại hội Công đoàn tỉnh Hải Lâm lần thứ XVII, nhiệm kỳ 2023 – 2028 đã diễn ra thành công, bầu Ban Chấp hành khóa mới gồm 35 đồng chí và thông qua Nghị quyết với 10 chỉ tiêu chủ yếu.",
    body: [
      "Trong hai ngày 08 và 09/8/2023, tại Trung tâm Hội nghị tỉnh, LĐLĐ tỉnh Hải Lâm long trọng tổ chức Đại hội Công đoàn tỉnh lần thứ XVII, nhiệm kỳ 2023 – 2028. Về dự Đại hội có 300 đại biểu chính thức, thay mặt cho 97.650 đoàn viên của 1.248 CĐCS trong toàn tỉnh. Dự và chỉ đạo Đại hội có đồng chí Lâm Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy; đại diện lãnh đạo Tổng Liên đoàn Lao động Việt Nam; lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh và các sở, ngành.",
      "Báo cáo chính trị trình Đại hội khẳng định, nhiệm kỳ 2018 – 2023, các cấp công đoàn tỉnh đã vượt qua nhiều khó khăn do tác động của đại dịch COVID-19, hoàn thành và hoàn thành vượt mức 9/10 chỉ tiêu Nghị quyết Đại hội XVI. Toàn tỉnh phát triển mới 18.420 đoàn viên, thành lập 163 CĐCS; chủ trì, phối hợp tổ chức gần 2.000 hội nghị đối thoại; hỗ trợ xây mới, sửa chữa 312 nhà “Mái ấm Công đoàn” với tổng kinh phí trên 13 tỷ đồng.",
      {
        photo: {
          scene: "conference",
          caption: "Đại biểu biểu quyết thông qua Nghị quyết Đại hội",
          alt: "Hàng trăm đại biểu trong hội trường lớn đồng loạt giơ thẻ biểu quyết, phía trước là sân khấu phông đỏ.",
        },
      },
      "Phát biểu chỉ đạo, đồng chí Lâm Văn Tuấn biểu dương những kết quả mà tổ chức công đoàn tỉnh đạt được, đồng thời đề nghị các cấp công đoàn tập trung chăm lo việc làm, thu nhập, nhà ở cho công nhân các khu công nghiệp; đổi mới mạnh mẽ phương thức hoạt động, lấy đoàn viên làm trung tâm; tích cực tham gia xây dựng Đảng, chính quyền và đẩy mạnh chuyển đổi số trong hoạt động công đoàn.",
      { heading: "Ra mắt Ban Chấp hành khóa XVII" },
      "Với tinh thần dân chủ, trách nhiệm, Đại hội đã bầu Ban Chấp hành LĐLĐ tỉnh khóa XVII gồm 35 đồng chí. Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Phạm Quốc Hưng, Tỉnh ủy viên, tiếp tục được tín nhiệm bầu giữ chức Chủ tịch LĐLĐ tỉnh. Đại hội cũng bầu 17 đại biểu chính thức dự Đại hội Công đoàn Việt Nam lần thứ XIII.",
      "Nghị quyết Đại hội đề ra 10 chỉ tiêu chủ yếu cho nhiệm kỳ 2023 – 2028, trong đó phấn đấu phát triển mới 20.000 đoàn viên, 100% doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ, mỗi năm hỗ trợ xây dựng ít nhất 50 nhà “Mái ấm Công đoàn”. Phát biểu bế mạc, đồng chí Phạm Quốc Hưng kêu gọi cán bộ, đoàn viên đoàn kết, chung sức đưa Nghị quyết Đại hội vào cuộc sống.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2023-08-10T19:10",
    byline: "Ban Tuyên giáo LĐLĐ tỉnh",
    featured: true,
    seriesPart: 5,
    cover: {
      scene: "conference",
      caption: "Quang cảnh phiên khai mạc Đại hội Công đoàn tỉnh lần thứ XVII",
      alt: "Hội trường lớn với hàng trăm đại biểu ngồi kín các dãy ghế, sân khấu phía trước trang trí phông đỏ và hoa.",
    },
    author: "admin",
    views: 2980,
  },

  // ---------------------------------------------------------------- education union, portrait
  {
    title: "Thầy giáo Triệu Văn Sinh: mười lăm năm giữ lớp ở điểm trường Phiêng Chang",
    summary:
      "Mười lăm năm bám bản, vừa dạy chữ vừa lo bữa ăn cho học trò, thầy Triệu Văn Sinh, tổ trưởng công đoàn điểm trường Phiêng Chang, là một trong những nhà giáo được Công đoàn ngành Giáo dục tỉnh tuyên dương nhân Ngày Nhà giáo Việt Nam 20/11.",
    body: [
      "Điểm trường Phiêng Chang thuộc Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bản Chang, huyện Tân Phong, cách trung tâm xã hơn 12 km đường đất. Năm 2008, vừa tốt nghiệp cao đẳng sư phạm, thầy Triệu Văn Sinh nhận nhiệm vụ về đây dạy lớp ghép hai trình độ. Từ đó đến nay, thầy chưa một lần xin chuyển công tác, dù gia đình ở thị trấn và mỗi tuần chỉ về nhà được một lần.",
      "Từ năm 2016, thầy Sinh được các đồng nghiệp tin tưởng bầu làm tổ trưởng tổ công đoàn điểm trường. Thầy nắm rõ hoàn cảnh của từng thành viên, vận động mọi người góp gạo, trồng rau, nuôi gà để cải thiện bữa ăn cho giáo viên và học sinh bán trú. Mùa hè năm 2022, tổ công đoàn cùng phụ huynh góp hơn 60 ngày công dựng lại gian bếp và lợp mới mái nhà công vụ.",
      "“Ở bản, thầy cô không chỉ dạy chữ. Có hôm mưa lũ, cả điểm trường phải giữ học trò ở lại, nấu cơm cho các em ăn rồi đưa về tận nhà khi nước rút”, thầy Sinh kể. Nhờ sự kiên trì ấy, nhiều năm liền điểm trường duy trì tỷ lệ học sinh ra lớp đạt 100%, không có học sinh bỏ học giữa chừng.",
      "Không chỉ lo cho học trò, thầy Sinh còn là người kết nối đoàn viên với tổ chức công đoàn cấp trên. Mỗi khi có đồng nghiệp ốm đau hay gia đình gặp khó khăn, thầy kịp thời báo cáo để CĐCS nhà trường thăm hỏi. Năm 2022, thầy được Công đoàn ngành Giáo dục tỉnh tặng Giấy khen vì có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”.",
      "Tại buổi gặp mặt tuyên dương nhà giáo tiêu biểu ngày 15/11/2023, thầy Triệu Văn Sinh là một trong 20 nhà giáo công tác ở vùng khó được Công đoàn ngành Giáo dục tỉnh biểu dương. Câu chuyện của thầy một lần nữa cho thấy sự tận tụy của những người giữ lửa cho con chữ ở các bản làng vùng cao Tân Phong.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "guong-dien-hinh",
    publishedAt: "2023-11-17T10:35",
    byline: "Bài: Thu Hường (Công đoàn ngành Giáo dục tỉnh)",
    author: "editor",
    views: 1730,
  },

  // ---------------------------------------------------------------- provincial year-end review 2023
  {
    title: "LĐLĐ tỉnh Hải Lâm tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024",
    summary:
      "Ngày 04/01/2024, Ban Chấp hành LĐLĐ tỉnh Hải Lâm tổ chức Hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2023, đề ra nhiệm vụ trọng tâm năm 2024, năm đầu tiên triển khai trọn vẹn Nghị quyết Đại hội XVII.",
    body: [
      "Ngày 04/01/2024, tại Hội trường LĐLĐ tỉnh, Ban Chấp hành LĐLĐ tỉnh Hải Lâm khóa XVII tổ chức Hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024. Dự và chỉ đạo Hội nghị có đồng chí Bùi Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở, ngành của tỉnh. Đồng chí Phạm Quốc Hưng, Chủ tịch LĐLĐ tỉnh chủ trì Hội nghị.",
      "Năm 2023, các cấp công đoàn tỉnh đã tổ chức thành công đại hội công đoàn các cấp và Đại hội Công đoàn tỉnh lần thứ XVII. Toàn tỉnh phát triển mới 4.215 đoàn viên, thành lập 38 CĐCS. Chương trình “Tết Sum vầy” và các hoạt động chăm lo dịp Tết đã đến với hơn 31.000 đoàn viên, người lao động với tổng kinh phí 16,8 tỷ đồng; 54 nhà “Mái ấm Công đoàn” được hỗ trợ xây mới, sửa chữa.",
      {
        photo: {
          scene: "award",
          caption: "Lãnh đạo LĐLĐ tỉnh trao Cờ thi đua cho các tập thể xuất sắc",
          alt: "Trên sân khấu, lãnh đạo trao cờ thi đua màu đỏ viền vàng cho hàng người đại diện các đơn vị.",
        },
      },
      "Phát biểu chỉ đạo, đồng chí Bùi Thị Hồng Nhung đánh giá cao sự phối hợp của tổ chức công đoàn với chính quyền trong giải quyết các vấn đề phát sinh trong quan hệ lao động, nhất là khi nhiều doanh nghiệp thiếu đơn hàng, phải cắt giảm giờ làm. Đồng chí đề nghị LĐLĐ tỉnh tiếp tục nắm chắc tình hình công nhân, chủ động tham mưu các chính sách về nhà ở, trường mầm non cho con công nhân.",
      "Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua cho 2 tập thể, Bằng khen cho 5 tập thể và 9 cá nhân; LĐLĐ tỉnh tặng Cờ thi đua cho 6 tập thể, Bằng khen cho 34 tập thể và 58 cá nhân có thành tích xuất sắc trong phong trào thi đua lao động giỏi và xây dựng tổ chức công đoàn vững mạnh năm 2023.",
      "Kết luận Hội nghị, đồng chí Phạm Quốc Hưng yêu cầu các cấp công đoàn tập trung tổ chức tốt các hoạt động kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, đẩy mạnh phát triển đoàn viên ở khu vực ngoài nhà nước, từng bước số hóa dữ liệu đoàn viên và nâng cao chất lượng thương lượng, ký kết thỏa ước lao động tập thể.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2024-01-05T11:25",
    byline: "Tin & ảnh: Đinh Thị Phương Thảo",
    cover: {
      scene: "conference",
      caption: "Quang cảnh Hội nghị tổng kết công tác công đoàn năm 2023",
      alt: "Hội trường có các dãy bàn phủ khăn, đại biểu ngồi nghe báo cáo, màn hình lớn phía trước trình chiếu số liệu.",
    },
    author: "admin",
    views: 2410,
  },

  // ---------------------------------------------------------------- city federation, dialogue
  {
    title: "Lãnh đạo thành phố Hải Lâm đối thoại với công nhân Khu công nghiệp Nam Hải Lâm",
    summary:
      "Chiều 07/5/2024, trong khuôn khổ Tháng Công nhân năm 2024, LĐLĐ thành phố Hải Lâm phối hợp với UBND thành phố tổ chức hội nghị đối thoại, tiếp nhận 27 ý kiến của công nhân về nhà trọ, nhà trẻ và an toàn giao thông.",
    body: [
      "Chiều 07/5/2024, tại Nhà văn hóa công nhân Khu công nghiệp Nam Hải Lâm, LĐLĐ thành phố Hải Lâm phối hợp với UBND thành phố tổ chức hội nghị đối thoại giữa lãnh đạo thành phố với công nhân lao động. Đồng chí Nguyễn Hữu Tài, Phó Chủ tịch UBND thành phố và đồng chí Trương Thị Ngọc Lan, Chủ tịch LĐLĐ thành phố đồng chủ trì. Tham dự có đại diện các phòng chuyên môn, lãnh đạo 18 doanh nghiệp và hơn 200 công nhân.",
      "Các ý kiến tập trung vào giá điện, nước tại một số khu nhà trọ cao hơn mức quy định; thiếu nhóm trẻ gần khu công nghiệp cho con công nhân làm ca; tình trạng ùn tắc tại cổng khu công nghiệp vào giờ tan ca; việc chốt sổ bảo hiểm xã hội còn chậm ở một số doanh nghiệp nợ đóng. Nhiều công nhân cũng đề nghị mở thêm tuyến xe buýt nối khu công nghiệp với các xã lân cận.",
      {
        photo: {
          scene: "meeting",
          caption: "Công nhân nêu ý kiến tại hội nghị đối thoại",
          alt: "Một nữ công nhân mặc áo đồng phục đứng cầm micro phát biểu, lãnh đạo và người lao động ngồi quanh bàn lắng nghe.",
        },
      },
      "Trả lời tại hội nghị, đại diện Công an thành phố cho biết sẽ bố trí lực lượng điều tiết giao thông tại cổng khu công nghiệp vào các khung giờ cao điểm. Phòng Kinh tế thành phố sẽ phối hợp với chính quyền các phường kiểm tra việc thu tiền điện, nước tại nhà trọ. Bảo hiểm xã hội thành phố cam kết đôn đốc các doanh nghiệp nợ đóng, bảo đảm quyền lợi cho người lao động.",
      "Kết luận hội nghị, đồng chí Nguyễn Hữu Tài ghi nhận những ý kiến thẳng thắn của công nhân và giao các phòng, ban liên quan trả lời bằng văn bản những nội dung chưa giải quyết ngay được trước ngày 30/6/2024. LĐLĐ thành phố có trách nhiệm theo dõi, giám sát và thông tin kết quả tới người lao động.",
      "Trong Tháng Công nhân năm 2024, LĐLĐ thành phố còn trao 500 suất quà, mỗi suất trị giá 500.000 đồng, cho công nhân có hoàn cảnh khó khăn; phối hợp với Bệnh viện Đa khoa tỉnh khám sức khỏe miễn phí cho 300 nữ công nhân và tổ chức tư vấn pháp luật lao động tại 6 doanh nghiệp trong khu công nghiệp.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2024-05-09T15:50",
    byline: "Phan Thu Trà (LĐLĐ thành phố)",
    author: "editor",
    views: 960,
  },

  // ---------------------------------------------------------------- public employees' union, sports
  {
    title: "Sôi nổi Hội thao khối viên chức tỉnh chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam",
    summary:
      "Trong hai ngày 24 và 25/7/2024, Công đoàn Viên chức tỉnh tổ chức Hội thao chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024), thu hút hơn 400 vận động viên của 32 công đoàn cơ sở tham gia.",
    body: [
      "Sáng 24/7/2024, tại Nhà thi đấu thể dục thể thao tỉnh, Công đoàn Viên chức tỉnh khai mạc Hội thao chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam. Dự lễ khai mạc có đồng chí Đinh Văn Toản, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Hà Minh Đức, Chủ tịch Công đoàn Viên chức tỉnh; lãnh đạo các sở, ngành và đông đảo cổ động viên là đoàn viên các CĐCS trực thuộc.",
      "Hội thao gồm bốn môn thi đấu: bóng chuyền hơi nam nữ phối hợp, cầu lông, bóng bàn và kéo co. Hơn 400 vận động viên của 32 CĐCS đã tranh tài trong tinh thần đoàn kết, trung thực, cao thượng. Nhiều đơn vị có lực lượng viên chức trẻ như CĐCS Sở Y tế, CĐCS Đài Phát thanh và Truyền hình tỉnh đã chuẩn bị đội hình từ hơn một tháng trước.",
      {
        photo: {
          scene: "sports",
          caption: "Trận chung kết bóng chuyền hơi nam nữ phối hợp",
          alt: "Hai đội vận động viên mặc áo khác màu bật nhảy bên lưới bóng chuyền trong nhà thi đấu, khán giả cổ vũ phía sau.",
        },
      },
      "Không chỉ là sân chơi thể thao, Hội thao còn là dịp để đoàn viên các cơ quan giao lưu, hiểu nhau hơn sau giờ làm việc. Nhiều CĐCS đã tổ chức đội cổ vũ với trang phục, khẩu hiệu riêng, tạo không khí sôi động suốt hai ngày thi đấu. Các trận kéo co giữa những đội có đông nữ đoàn viên luôn thu hút đông khán giả nhất.",
      "Kết thúc Hội thao, Ban Tổ chức đã trao 24 bộ huy chương cho các vận động viên đạt thành tích cao ở từng nội dung. Giải Nhất toàn đoàn thuộc về CĐCS Sở Y tế; giải Nhì thuộc về CĐCS Sở Giao thông vận tải; CĐCS Sở Tài chính và CĐCS Đài Phát thanh và Truyền hình tỉnh đồng giải Ba.",
      "Phát biểu bế mạc, đồng chí Hà Minh Đức đề nghị các CĐCS tiếp tục duy trì phong trào rèn luyện thân thể thường xuyên trong đoàn viên, coi đây là một nội dung quan trọng trong xây dựng cơ quan văn hóa, góp phần chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam bằng những việc làm thiết thực.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2024-07-26T20:15",
    byline: "Tin, ảnh: Vi Thị Ngọc Ánh",
    cover: {
      scene: "sports",
      caption: "Nội dung kéo co tại Hội thao",
      alt: "Hai đội vận động viên mặc áo đồng phục ngả người kéo sợi dây thừng dài trên sân, trọng tài đứng giữa giơ tay.",
    },
    author: "contributor",
    views: 870,
  },

  // ---------------------------------------------------------------- Tân Phong, storm relief
  {
    title: "LĐLĐ huyện Tân Phong thăm hỏi, hỗ trợ đoàn viên bị thiệt hại do hoàn lưu bão số 3",
    summary:
      "Từ ngày 16 đến 18/9/2024, LĐLĐ huyện Tân Phong đã đến thăm, trao hỗ trợ cho 146 đoàn viên, người lao động có nhà cửa, tài sản bị thiệt hại do mưa lũ sau bão số 3, với tổng kinh phí gần 380 triệu đồng.",
    body: [
      "Hoàn lưu cơn bão số 3 gây mưa lớn kéo dài trên địa bàn huyện Tân Phong từ ngày 08 đến 11/9/2024, làm sạt lở nhiều tuyến đường và ngập úng các xã ven sông. Theo thống kê của LĐLĐ huyện, 146 đoàn viên, người lao động có nhà bị sập, hư hỏng hoặc phải di dời khẩn cấp, trong đó 9 đoàn viên bị mất nhà hoàn toàn.",
      "Ngay sau khi nước rút, LĐLĐ huyện đã phân công cán bộ phối hợp với các CĐCS rà soát, lập danh sách và báo cáo LĐLĐ tỉnh. Từ ngày 16 đến 18/9/2024, đoàn công tác do đồng chí Hoàng Văn Quyết, Chủ tịch LĐLĐ huyện dẫn đầu đã trực tiếp đến thăm hỏi, động viên các gia đình tại xã Tân Hợp, xã Bản Chang và thị trấn Tân Phong.",
      {
        photo: {
          scene: "charity",
          caption: "Trao tiền hỗ trợ cho đoàn viên có nhà bị sập do mưa lũ",
          alt: "Cán bộ công đoàn trao phong bì và thùng quà cho một gia đình đứng trước ngôi nhà bị hư hỏng sau mưa lũ.",
        },
      },
      "Mức hỗ trợ từ 2 đến 10 triệu đồng mỗi trường hợp, tùy mức độ thiệt hại, được trích từ nguồn tài chính công đoàn của LĐLĐ tỉnh, LĐLĐ huyện và số tiền đoàn viên trong huyện ủng hộ, tổng cộng 378 triệu đồng. Cùng với tiền mặt, đoàn công tác trao 300 thùng mì, nước uống và chăn màn cho các hộ đoàn viên ở khu vực bị cô lập nhiều ngày.",
      "Song song với việc hỗ trợ vật chất, đoàn viên CĐCS Trung tâm Y tế huyện, CĐCS Công ty cổ phần Vật liệu xây dựng Tân Phong và nhiều trường học đã góp gần 500 ngày công giúp các gia đình dọn bùn đất, dựng lại chuồng trại, lau rửa bàn ghế để học sinh sớm trở lại lớp học.",
      "Chia sẻ với các gia đình, đồng chí Hoàng Văn Quyết cho biết, đối với 9 đoàn viên mất nhà, LĐLĐ huyện đã đề nghị LĐLĐ tỉnh xem xét hỗ trợ từ Quỹ “Mái ấm Công đoàn”, phấn đấu để các gia đình có nhà ở ổn định trước mùa đông. Đồng chí mong các đoàn viên vững tâm, sớm ổn định cuộc sống và quay lại công việc.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2024-09-20T13:40",
    byline: "Tin, ảnh: Nông Văn Thịnh",
    author: "editor",
    views: 1390,
  },

  // ---------------------------------------------------------------- Tân Phong, Mái ấm Công đoàn
  {
    title: "Bàn giao “Mái ấm Công đoàn” cho nữ đoàn viên mất nhà sau mưa lũ ở xã Tân Hợp",
    summary:
      "Sáng 05/12/2024, LĐLĐ huyện Tân Phong tổ chức bàn giao nhà “Mái ấm Công đoàn” cho chị Lục Thị Duyên, đoàn viên CĐCS Trường Mầm non Tân Hợp, người có nhà bị lũ cuốn trôi trong đợt mưa lớn hồi tháng 9.",
    body: [
      "Sáng 05/12/2024, tại thôn Bản Mới, xã Tân Hợp, LĐLĐ huyện Tân Phong phối hợp với Công đoàn ngành Giáo dục tỉnh tổ chức lễ bàn giao nhà “Mái ấm Công đoàn” cho gia đình chị Lục Thị Duyên. Dự buổi lễ có đồng chí Lương Thị Thanh Nhàn, Phó Chủ tịch Thường trực LĐLĐ tỉnh; đại diện Đảng ủy, UBND xã Tân Hợp cùng đông đảo đồng nghiệp và bà con trong thôn.",
      "Chị Duyên là giáo viên Trường Mầm non Tân Hợp, chồng làm nông, hai con còn nhỏ. Đêm 10/9/2024, lũ từ suối đổ về bất ngờ cuốn trôi toàn bộ ngôi nhà gỗ cùng tài sản của gia đình. Suốt gần ba tháng, bốn mẹ con chị phải ở nhờ nhà người thân, trong khi chị vẫn đến lớp đều đặn để chăm sóc các cháu.",
      {
        photo: {
          scene: "charity",
          caption: "Trao biểu trưng hỗ trợ “Mái ấm Công đoàn” cho gia đình chị Lục Thị Duyên",
          alt: "Trước ngôi nhà mái tôn mới xây, lãnh đạo công đoàn trao tấm biểu trưng cho một người phụ nữ và hai con nhỏ.",
        },
      },
      "Ngôi nhà mới rộng 60 m², tổng giá trị khoảng 180 triệu đồng. Trong đó, Quỹ “Mái ấm Công đoàn” tỉnh hỗ trợ 60 triệu đồng, Công đoàn ngành Giáo dục tỉnh hỗ trợ 20 triệu đồng, LĐLĐ huyện hỗ trợ 10 triệu đồng; CĐCS nhà trường và đồng nghiệp góp 15 triệu đồng cùng hơn 200 ngày công. Phần còn lại do gia đình, họ hàng chung sức.",
      "Xúc động nhận chìa khóa nhà mới, chị Duyên chia sẻ: “Tôi không nghĩ chỉ sau ba tháng gia đình đã có nơi ở khang trang thế này. Tôi sẽ cố gắng công tác thật tốt để xứng đáng với tình cảm của tổ chức công đoàn và đồng nghiệp”. Đồng chí Lương Thị Thanh Nhàn mong gia đình sớm ổn định cuộc sống, nuôi dạy các con chăm ngoan.",
      "Sau đợt mưa lũ tháng 9/2024, LĐLĐ huyện Tân Phong đã đề nghị hỗ trợ xây mới 9 nhà “Mái ấm Công đoàn” cho đoàn viên mất nhà. Đến nay, 6 nhà đã được bàn giao; 3 nhà còn lại đang được khẩn trương hoàn thiện, dự kiến bàn giao trước Tết Nguyên đán Ất Tỵ 2025.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2024-12-06T09:05",
    byline: "Tin & ảnh: Hoàng Thu Phương, LĐLĐ huyện Tân Phong",
    author: "contributor",
    views: 640,
  },

  // ---------------------------------------------------------------- Tân Phong, year-end review 2024
  {
    title: "Công đoàn huyện Tân Phong hoàn thành vượt 8/10 chỉ tiêu thi đua năm 2024",
    summary:
      "Ngày 08/01/2025, LĐLĐ huyện Tân Phong tổ chức Hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025; nhiều tập thể, cá nhân có thành tích xuất sắc trong năm được khen thưởng.",
    body: [
      "Ngày 08/01/2025, tại Hội trường UBND huyện, Ban Chấp hành LĐLĐ huyện Tân Phong tổ chức Hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025. Dự và chỉ đạo Hội nghị có đồng chí Đinh Văn Toản, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Ma Văn Hòa, Phó Bí thư Huyện ủy Tân Phong cùng chủ tịch 186 CĐCS trên địa bàn.",
      "Năm 2024, công đoàn huyện hoàn thành 10/10 chỉ tiêu, trong đó 8 chỉ tiêu vượt kế hoạch. Toàn huyện phát triển mới 312 đoàn viên, thành lập 4 CĐCS, nâng tổng số đoàn viên lên 7.020 người. Các cấp công đoàn đã trao 1.150 suất quà Tết cho đoàn viên khó khăn; sau mưa lũ tháng 9, hỗ trợ kịp thời 146 đoàn viên với 378 triệu đồng và hoàn thành 8/9 nhà “Mái ấm Công đoàn”.",
      "Phát biểu chỉ đạo, đồng chí Đinh Văn Toản ghi nhận LĐLĐ huyện đã có nhiều cố gắng trong điều kiện địa bàn rộng, giao thông khó khăn và chịu ảnh hưởng nặng nề của thiên tai. Đồng chí cũng chỉ ra một số hạn chế như tỷ lệ CĐCS doanh nghiệp ký thỏa ước lao động tập thể còn thấp, việc cập nhật dữ liệu đoàn viên trên phần mềm ở một số đơn vị còn chậm.",
      "Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 3 tập thể và 5 cá nhân; LĐLĐ huyện tặng Giấy khen cho 12 tập thể và 26 cá nhân có thành tích xuất sắc trong phong trào thi đua lao động giỏi và xây dựng tổ chức công đoàn vững mạnh năm 2024, trong đó có nhiều đoàn viên tích cực tham gia khắc phục hậu quả mưa lũ.",
      "Năm 2025, LĐLĐ huyện tập trung tổ chức tốt Chương trình “Tết Sum vầy” Xuân Ất Tỵ với khoảng 1.300 suất quà, hoàn thành nhà “Mái ấm Công đoàn” còn lại trong tháng 1, đồng thời đẩy mạnh phát triển đoàn viên tại các hợp tác xã và doanh nghiệp nhỏ mới hoạt động trên địa bàn.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2025-01-09T16:30",
    byline: "Nông Văn Thịnh (LĐLĐ huyện Tân Phong)",
    author: "editor",
    views: 720,
  },

  // ---------------------------------------------------------------- document: Tháng Công nhân 2025
  {
    title: "Kế hoạch số 47/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2025",
    summary:
      "Ngày 31/3/2025, Ban Thường vụ LĐLĐ tỉnh Hải Lâm ban hành Kế hoạch số 47/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2025, với các hoạt động chăm lo, đối thoại và bảo đảm an toàn, vệ sinh lao động diễn ra trong tháng 5.",
    body: [
      "Thực hiện hướng dẫn của Tổng Liên đoàn Lao động Việt Nam, ngày 31/3/2025, Ban Thường vụ LĐLĐ tỉnh ban hành Kế hoạch số 47/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2025. Tháng Công nhân diễn ra từ ngày 01/5 đến hết ngày 31/5/2025, gắn với Tháng hành động về an toàn, vệ sinh lao động và các hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
      { heading: "Nội dung hoạt động chính" },
      "Các cấp công đoàn tập trung thăm hỏi, tặng quà đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp; phối hợp với người sử dụng lao động tổ chức đối thoại về tiền lương, bữa ăn ca, điều kiện làm việc; triển khai các chương trình phúc lợi dành cho đoàn viên; tổ chức khám sức khỏe, tư vấn pháp luật miễn phí tại các khu công nghiệp và doanh nghiệp đông lao động.",
      "LĐLĐ tỉnh tổ chức lễ phát động Tháng Công nhân tại Khu công nghiệp Nam Hải Lâm vào ngày 04/5/2025. Mỗi công đoàn cấp trên trực tiếp cơ sở tổ chức ít nhất một hội nghị đối thoại và một hoạt động chăm lo tập trung; toàn tỉnh phấn đấu trao tối thiểu 3.000 suất quà cho đoàn viên khó khăn, mỗi suất trị giá từ 500.000 đồng trở lên.",
      { heading: "Tổ chức thực hiện" },
      "Các LĐLĐ huyện, thành phố, công đoàn ngành, Công đoàn Viên chức tỉnh xây dựng kế hoạch cụ thể của đơn vị trước ngày 20/4/2025 và báo cáo kết quả về LĐLĐ tỉnh, qua Ban Chính sách – Pháp luật, trước ngày 10/6/2025. Toàn văn Kế hoạch đã được gửi tới các đơn vị qua hệ thống quản lý văn bản điện tử của LĐLĐ tỉnh.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "van-ban",
    publishedAt: "2025-04-03T10:10",
    byline: "Văn phòng LĐLĐ tỉnh",
    author: "editor",
    views: 1105,
  },

  // ---------------------------------------------------------------- city federation, exemplary grassroots union
  {
    title: "Công đoàn Công ty TNHH May Đông Hải: nơi công nhân tìm đến khi cần sẻ chia",
    summary:
      "Với gần 1.900 đoàn viên, phần lớn là nữ công nhân từ các xã lân cận, CĐCS Công ty TNHH May Đông Hải nhiều năm liền hoàn thành tốt nhiệm vụ, trở thành điểm sáng của LĐLĐ thành phố Hải Lâm trong chăm lo, bảo vệ người lao động.",
    body: [
      "Công ty TNHH May Đông Hải hoạt động tại Khu công nghiệp Nam Hải Lâm từ năm 2012, hiện có gần 1.900 đoàn viên, trong đó nữ chiếm hơn 80%. CĐCS công ty có 6 công đoàn bộ phận và 42 tổ công đoàn. Từ năm 2023, chị Đoàn Thị Mỹ Linh, nguyên tổ trưởng chuyền may, được đoàn viên tín nhiệm bầu trực tiếp làm Chủ tịch CĐCS.",
      "Dấu ấn rõ nhất của CĐCS là bản thỏa ước lao động tập thể ký năm 2024 với 14 nội dung có lợi hơn so với quy định của pháp luật: bữa ăn ca 25.000 đồng, hỗ trợ tiền nhà trọ 300.000 đồng và tiền gửi trẻ 200.000 đồng mỗi tháng, thưởng chuyên cần, tặng quà sinh nhật cho từng đoàn viên. Để có bản thỏa ước này, Ban Chấp hành đã lấy ý kiến tới từng tổ và thương lượng nhiều vòng với Ban Giám đốc.",
      "Mỗi chiều thứ Sáu, tại góc nhà ăn, Ban Chấp hành duy trì “Góc lắng nghe” để công nhân trực tiếp phản ánh vướng mắc. Những ý kiến về định mức, tăng ca, điều kiện làm việc được tổng hợp, gửi tới Ban Giám đốc và trả lời công khai trên bảng tin. Nhờ vậy, nhiều năm liền công ty không xảy ra tranh chấp lao động hay ngừng việc tập thể.",
      "Năm 2024, tỷ lệ công nhân nghỉ việc tại công ty giảm từ 18% xuống còn 9%. CĐCS cũng vận động đoàn viên ủng hộ Quỹ “Mái ấm Công đoàn” hơn 90 triệu đồng, góp phần xây nhà cho 2 đoàn viên khó khăn của công ty. CĐCS được LĐLĐ tỉnh tặng Cờ thi đua năm 2024, chị Mỹ Linh được tặng Bằng khen.",
      "Đánh giá về mô hình, đồng chí Trương Thị Ngọc Lan, Chủ tịch LĐLĐ thành phố cho biết, kinh nghiệm của CĐCS Công ty TNHH May Đông Hải sẽ được giới thiệu tại các buổi sinh hoạt chuyên đề dành cho chủ tịch CĐCS doanh nghiệp, nhất là cách tổ chức lấy ý kiến đoàn viên trước khi thương lượng tập thể.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "guong-dien-hinh",
    publishedAt: "2025-08-21T14:55",
    byline: "Đỗ Hải Yến (LĐLĐ thành phố)",
    cover: {
      scene: "worksite",
      caption: "Nữ công nhân Công ty TNHH May Đông Hải trong giờ làm việc",
      alt: "Xưởng may rộng với nhiều dãy máy khâu, các nữ công nhân mặc áo đồng phục đang cúi may dưới ánh đèn sáng.",
    },
    author: "editor",
    views: 530,
  },

  // ---------------------------------------------------------------- public employees' union, year-end review 2025
  {
    title: "Công đoàn Viên chức tỉnh triển khai nhiệm vụ năm 2026, khen thưởng 15 tập thể và 40 cá nhân",
    summary:
      "Chiều 08/01/2026, Công đoàn Viên chức tỉnh tổ chức Hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026, đánh giá kết quả hoạt động trong năm và đề ra sáu nhóm nhiệm vụ trọng tâm.",
    body: [
      "Chiều 08/01/2026, tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Công đoàn Viên chức tỉnh tổ chức Hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Dự Hội nghị có đồng chí Đinh Văn Toản, Phó Chủ tịch LĐLĐ tỉnh; đại diện lãnh đạo Đảng ủy UBND tỉnh; các ủy viên Ban Chấp hành, Ủy ban Kiểm tra, Ban Nữ công và chủ tịch các CĐCS trực thuộc.",
      "Năm 2025, cùng với việc sắp xếp tổ chức bộ máy sau khi sắp xếp đơn vị hành chính, Công đoàn Viên chức tỉnh đã tiếp nhận và kiện toàn các CĐCS theo mô hình tổ chức mới; đến cuối năm quản lý 71 CĐCS với 6.240 đoàn viên. Việc bàn giao hồ sơ, tài chính và danh sách đoàn viên được thực hiện theo đúng hướng dẫn, bảo đảm hoạt động công đoàn không bị gián đoạn.",
      "Trong năm, đoàn viên ủng hộ Quỹ “Mái ấm Công đoàn” 236 triệu đồng, vượt chỉ tiêu đề ra; 5 nhà “Mái ấm Công đoàn” được bàn giao cho đoàn viên khó khăn. 100% đoàn viên đã được cập nhật thông tin trên phần mềm quản lý đoàn viên, gần 5.000 đoàn viên được cấp thẻ đoàn viên điện tử. Nhiều CĐCS chủ động đổi mới hình thức sinh hoạt, tổ chức giao lưu văn nghệ, thể thao giữa các cơ quan.",
      {
        photo: {
          scene: "award",
          caption: "Trao Giấy khen cho các tập thể có thành tích xuất sắc năm 2025",
          alt: "Đại diện các công đoàn cơ sở đứng thành hàng trên sân khấu cầm giấy khen có khung, lãnh đạo đứng ở giữa.",
        },
      },
      "Phát biểu tại Hội nghị, đồng chí Đinh Văn Toản biểu dương sự chủ động của Công đoàn Viên chức tỉnh trong năm có nhiều thay đổi, đồng thời lưu ý tiếp tục nắm bắt tâm tư của viên chức, người lao động. Dịp này, Ban Thường vụ Công đoàn Viên chức tỉnh tặng Giấy khen cho 15 tập thể và 40 cá nhân có thành tích xuất sắc trong năm 2025.",
      "Kết luận Hội nghị, đồng chí Hà Minh Đức, Chủ tịch Công đoàn Viên chức tỉnh, đề nghị các CĐCS tập trung vào sáu nhóm nhiệm vụ năm 2026, trong đó có tuyên truyền cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, chăm lo Tết cho đoàn viên, hoàn thành cấp thẻ đoàn viên điện tử và nâng cao chất lượng hội nghị viên chức ở cơ quan, đơn vị.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2026-01-09T16:20",
    byline: "Hồng Vân – Công đoàn Viên chức tỉnh",
    author: "editor",
    views: 384,
  },

  // ---------------------------------------------------------------- city federation, Chuyến xe Công đoàn 2026
  {
    title: "“Chuyến xe Công đoàn” đưa 450 công nhân khu công nghiệp về quê đón Tết Bính Ngọ",
    summary:
      "Sáng 11/02/2026, LĐLĐ thành phố Hải Lâm tổ chức “Chuyến xe Công đoàn” đưa 450 công nhân, lao động có hoàn cảnh khó khăn về quê đón Tết, đồng thời trao quà cho những người ở lại trong Chương trình “Tết Sum vầy”.",
    body: [
      "Từ 6 giờ sáng 11/02/2026, tại cổng Khu công nghiệp Nam Hải Lâm, 10 xe khách mang băng rôn “Chuyến xe Công đoàn” đã sẵn sàng đưa 450 công nhân về các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Trị. Đây là năm thứ tư liên tiếp LĐLĐ thành phố Hải Lâm tổ chức chương trình cho công nhân ở xa, có hoàn cảnh khó khăn.",
      "Dự lễ tiễn đoàn có đồng chí Phạm Quốc Hưng, Chủ tịch LĐLĐ tỉnh; đồng chí Trương Thị Ngọc Lan, Chủ tịch LĐLĐ thành phố và đại diện lãnh đạo các doanh nghiệp. Mỗi công nhân được đi xe miễn phí cả chiều về, được tặng một phần quà gồm bánh chưng, mứt Tết và 500.000 đồng tiền mặt; trên xe có cán bộ công đoàn đi cùng, chuẩn bị sẵn nước uống và thuốc thông thường.",
      "Tổng kinh phí của chương trình hơn 520 triệu đồng, được trích từ nguồn tài chính công đoàn và sự đồng hành của các doanh nghiệp, nhà xe trên địa bàn. Nhiều doanh nghiệp còn bố trí cho công nhân nghỉ sớm một ngày, trả lương đủ tháng trước khi lên xe để người lao động yên tâm về quê.",
      "Chị Phạm Thị Hoài, công nhân Công ty TNHH Giày da Phú Hưng, quê Nghệ An, chia sẻ: “Năm nào cận Tết tôi cũng lo không mua được vé, có năm phải đi ghép xe rất vất vả. Năm nay được công đoàn lo cho chuyến xe, lại có quà mang về cho các con, tôi thấy rất ấm lòng”.",
      "Trước đó, trong Chương trình “Tết Sum vầy” năm 2026, LĐLĐ thành phố đã tổ chức “Phiên chợ Tết Công đoàn” với 2.000 phiếu mua hàng miễn phí và trao 1.800 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, với tổng giá trị hơn 1,6 tỷ đồng. Những công nhân ở lại làm việc dịp Tết cũng được công đoàn đến thăm, chúc Tết tại doanh nghiệp.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2026-02-12T08:40",
    byline: "Tin, ảnh: Phan Thu Trà",
    cover: {
      scene: "charity",
      caption: "Trao quà Tết cho công nhân trước giờ xe lăn bánh",
      alt: "Công nhân xếp hàng nhận túi quà Tết màu đỏ từ cán bộ công đoàn, phía sau là các thùng quà xếp trên bàn dài.",
    },
    author: "contributor",
    views: 365,
  },

  // ---------------------------------------------------------------- document: education union contest plan
  {
    title: "Công đoàn ngành Giáo dục ban hành kế hoạch Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2026",
    summary:
      "Ngày 10/3/2026, Công đoàn ngành Giáo dục tỉnh ban hành Kế hoạch số 11/KH-CĐN tổ chức Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2026, qua đó lựa chọn đội tuyển tham gia hội thi cấp tỉnh vào tháng 11.",
    body: [
      "Ngày 10/3/2026, Ban Thường vụ Công đoàn ngành Giáo dục tỉnh ban hành Kế hoạch số 11/KH-CĐN về tổ chức Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2026. Hội thi nhằm nâng cao kiến thức, kỹ năng nghiệp vụ cho cán bộ công đoàn trường học, đồng thời lựa chọn ba thí sinh xuất sắc thành lập đội tuyển tham gia hội thi cấp tỉnh do LĐLĐ tỉnh tổ chức.",
      { heading: "Đối tượng, nội dung và hình thức thi" },
      "Đối tượng dự thi là chủ tịch, phó chủ tịch và ủy viên ban chấp hành CĐCS tại các cơ sở giáo dục trực thuộc. Mỗi cụm trường cử một đội gồm ba thí sinh. Nội dung thi xoay quanh Điều lệ Công đoàn Việt Nam, Luật Công đoàn năm 2024, Luật Nhà giáo, các quy định về chế độ, chính sách đối với nhà giáo và kỹ năng tổ chức hoạt động công đoàn ở trường học.",
      "Hội thi gồm hai vòng. Vòng sơ khảo thi trắc nghiệm trực tuyến trong tháng 5/2026. Vòng chung khảo tổ chức tập trung trong tháng 9/2026 với ba phần thi: giới thiệu về công đoàn đơn vị, xử lý tình huống và tiểu phẩm tuyên truyền. Các tình huống được xây dựng từ thực tế hoạt động công đoàn ở trường học, nhất là các trường có nhiều điểm lẻ.",
      "Ban Tổ chức sẽ trao một giải Nhất, hai giải Nhì, ba giải Ba và bốn giải Khuyến khích cho các đội, cùng các giải cá nhân. Các cụm trường gửi danh sách đội thi về Công đoàn ngành Giáo dục tỉnh trước ngày 15/4/2026; toàn văn Kế hoạch đã được gửi tới các CĐCS qua hệ thống văn bản điện tử.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "van-ban",
    publishedAt: "2026-03-12T10:45",
    byline: "Công đoàn ngành Giáo dục tỉnh",
    author: "editor",
    views: 212,
  },

  // ---------------------------------------------------------------- education union, portrait for 20/10
  {
    title: "Cô giáo Phạm Thị Thanh Hằng và những sáng kiến vì nữ đoàn viên trường học",
    summary:
      "Nhân Ngày Phụ nữ Việt Nam 20/10, Công đoàn ngành Giáo dục tỉnh giới thiệu cô giáo Phạm Thị Thanh Hằng, Trưởng ban Nữ công CĐCS Trường THCS Hoàng Hoa Thám, thành phố Hải Lâm, người gần mười năm gắn bó với công tác nữ công.",
    body: [
      "Cô giáo Phạm Thị Thanh Hằng dạy môn Ngữ văn tại Trường THCS Hoàng Hoa Thám đã 18 năm. Từ năm 2017, cô được giao phụ trách Ban Nữ công của CĐCS nhà trường, nơi có 64 đoàn viên, trong đó 52 người là nữ. Theo cô Hằng, phần lớn nữ giáo viên đang nuôi con nhỏ, vừa phải lo giờ lên lớp, vừa gánh việc gia đình, nên rất cần sự quan tâm từ tổ chức công đoàn.",
      "Sáng kiến đầu tiên của Ban Nữ công là “Quỹ tiết kiệm tình thương”: mỗi nữ đoàn viên góp 50.000 đồng mỗi tháng, quỹ cho chị em vay không lãi từ 5 đến 10 triệu đồng khi có việc cần. Sau sáu năm, quỹ đã giúp 11 lượt đoàn viên trang trải viện phí, sửa nhà hoặc lo việc học cho con mà không phải vay bên ngoài.",
      "Bên cạnh đó, Ban Nữ công phối hợp với nhà trường tổ chức khám sức khỏe định kỳ cho nữ đoàn viên, mời bác sĩ tư vấn về sức khỏe sinh sản và phòng chống căng thẳng nghề nghiệp. Các buổi sinh hoạt dịp 8/3 và 20/10 luôn được đổi mới, khi là hội thi nấu ăn, khi là buổi giao lưu với gia đình đoàn viên, thu hút cả các đồng nghiệp nam tham gia.",
      "“Tôi nghĩ công tác nữ công không phải việc gì to tát, mà là để ý xem chị em đang cần gì, rồi cùng nhau tìm cách làm”, cô Hằng chia sẻ. Chính sự gần gũi ấy giúp Ban Nữ công trở thành chỗ dựa tin cậy, nhiều đồng nghiệp trẻ tìm đến cô để hỏi về chế độ thai sản hay cách cân bằng giữa công việc và gia đình.",
      "Năm học 2025 – 2026, Ban Nữ công CĐCS Trường THCS Hoàng Hoa Thám được Công đoàn ngành Giáo dục tỉnh tặng Giấy khen. Tại buổi gặp mặt nữ cán bộ công đoàn tiêu biểu ngày 16/10/2026, cô Phạm Thị Thanh Hằng được LĐLĐ tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà”.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "guong-dien-hinh",
    publishedAt: "2026-10-19T09:20",
    byline: "Bài: Ma Thị Thu Hường",
    author: "editor",
    views: 148,
  },

  // ---------------------------------------------------------------- public employees' union, 20/10 (pending)
  {
    title: "Ban Nữ công Công đoàn Viên chức tỉnh tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    summary:
      "Chiều 20/10/2026, Ban Nữ công Công đoàn Viên chức tỉnh tổ chức tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), với chủ đề chăm sóc sức khỏe tinh thần cho nữ viên chức.",
    body: [
      "Chiều 20/10/2026, tại Hội trường Trung tâm Hội nghị tỉnh, Ban Nữ công Công đoàn Viên chức tỉnh tổ chức buổi tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam. Tham dự có đồng chí Nông Thị Hải Yến, Phó Chủ tịch Công đoàn Viên chức tỉnh, Trưởng Ban Nữ công cùng hơn 120 nữ đoàn viên đại diện cho 40 CĐCS trực thuộc.",
      "Tại buổi tọa đàm, bác sĩ chuyên khoa tâm thần của Bệnh viện Đa khoa tỉnh chia sẻ cách nhận biết dấu hiệu căng thẳng kéo dài, kỹ năng sắp xếp thời gian và giữ cân bằng giữa công việc với gia đình. Nhiều nữ viên chức thẳng thắn nêu áp lực khi khối lượng công việc tăng, con nhỏ, cha mẹ già yếu, và nhận được những lời khuyên cụ thể, dễ áp dụng.",
      "Nhân dịp này, Ban Nữ công trao 20 suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng, trong đó có những chị đang điều trị bệnh dài ngày hoặc một mình nuôi con. Các CĐCS Sở Y tế, Sở Tài chính cũng giới thiệu cách tổ chức sinh hoạt nữ công theo nhóm nhỏ, gắn với sở thích của đoàn viên.",
      "Phát biểu kết thúc tọa đàm, đồng chí Nông Thị Hải Yến cho biết, năm 2026, 100% CĐCS trực thuộc đã có Ban Nữ công hoặc ủy viên ban chấp hành phụ trách công tác nữ công. Thời gian tới, Ban Nữ công sẽ phối hợp với các đơn vị y tế duy trì các buổi tư vấn sức khỏe định kỳ dành riêng cho nữ đoàn viên.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2026-10-21T15:35",
    byline: "Tin, ảnh: Vi Thị Ngọc Ánh, Công đoàn Viên chức tỉnh",
    status: "pending",
    author: "contributor",
    views: 0,
  },

  // ---------------------------------------------------------------- education union, training (draft)
  {
    title: "Tập huấn nghiệp vụ cho 160 cán bộ công đoàn trường học năm học 2026 – 2027",
    summary:
      "Ngày 22/10/2026, Công đoàn ngành Giáo dục tỉnh tổ chức tập huấn nghiệp vụ công tác công đoàn cho 160 chủ tịch, phó chủ tịch CĐCS trường học, tập trung vào quản lý tài chính công đoàn và kỹ năng đối thoại tại nơi làm việc.",
    body: [
      "Ngày 22/10/2026, tại Hội trường Trường Chính trị tỉnh, Công đoàn ngành Giáo dục tỉnh tổ chức lớp tập huấn nghiệp vụ công tác công đoàn năm học 2026 – 2027 cho 160 học viên là chủ tịch, phó chủ tịch CĐCS các trường học. Đồng chí Đặng Thị Thu Trang, Chủ tịch Công đoàn ngành Giáo dục tỉnh dự và phát biểu khai mạc lớp tập huấn.",
      "Các học viên được báo cáo viên của LĐLĐ tỉnh truyền đạt những chuyên đề về quản lý, sử dụng tài chính CĐCS; tổ chức hội nghị viên chức, người lao động đầu năm học; kỹ năng tổ chức đối thoại tại nơi làm việc và cập nhật dữ liệu đoàn viên trên phần mềm quản lý. Mỗi chuyên đề đều có phần thực hành trên hồ sơ, tình huống của chính các trường.",
      "Trong phần trao đổi, nhiều học viên nêu vướng mắc về việc kết nạp giáo viên hợp đồng vào công đoàn, cách duy trì sinh hoạt ở những trường có nhiều điểm lẻ, hay việc thu, chi kinh phí ở các trường có quy mô nhỏ. Các ý kiến đã được báo cáo viên và lãnh đạo Công đoàn ngành giải đáp cụ thể ngay tại lớp học.",
      "Kết thúc lớp tập huấn, các học viên làm bài thu hoạch để đánh giá kết quả tiếp thu. Công đoàn ngành Giáo dục tỉnh cho biết sẽ tổ chức thêm hai lớp tập huấn theo hình thức trực tuyến trong tháng 11/2026 để cán bộ công đoàn ở các trường vùng xa có điều kiện tham gia đầy đủ.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "tin-hoat-dong",
    publishedAt: "2026-10-23T20:40",
    byline: "Tin: Hoàng Mạnh Cường, Công đoàn ngành Giáo dục tỉnh",
    status: "draft",
    author: "editor",
    views: 0,
  },

  // ---------------------------------------------------------------- provincial federation, digital transformation
  {
    title: "LĐLĐ tỉnh tập huấn chuyển đổi số, phấn đấu hết năm 2026 mọi đoàn viên có thẻ điện tử",
    summary:
      "Trong hai ngày 27 và 28/10/2026, LĐLĐ tỉnh Hải Lâm tổ chức tập huấn sử dụng phần mềm quản lý đoàn viên và thẻ đoàn viên công đoàn điện tử cho 186 cán bộ công đoàn, đẩy nhanh chuyển đổi số trong hoạt động công đoàn.",
    body: [
      "Trong hai ngày 27 và 28/10/2026, tại Hội trường LĐLĐ tỉnh, LĐLĐ tỉnh Hải Lâm tổ chức Hội nghị tập huấn chuyển đổi số trong hoạt động công đoàn cho 186 học viên là cán bộ phụ trách công tác tổ chức, công nghệ thông tin ở các công đoàn cấp trên trực tiếp cơ sở và các CĐCS có từ 300 đoàn viên trở lên. Đồng chí Lương Thị Thanh Nhàn, Phó Chủ tịch Thường trực LĐLĐ tỉnh dự và phát biểu khai mạc.",
      "Tính đến hết tháng 9/2026, toàn tỉnh có 101.320 đoàn viên, trong đó 96.540 đoàn viên đã được cập nhật đầy đủ thông tin trên phần mềm quản lý đoàn viên, đạt 95,3%; 82.960 đoàn viên đã kích hoạt thẻ đoàn viên công đoàn điện tử trên ứng dụng “Công đoàn Việt Nam”, đạt 81,9%. LĐLĐ thành phố Hải Lâm và Công đoàn Viên chức tỉnh là hai đơn vị có tỷ lệ kích hoạt thẻ cao nhất, trên 95%.",
      {
        photo: {
          scene: "meeting",
          caption: "Học viên thực hành cập nhật dữ liệu đoàn viên trên phần mềm",
          alt: "Các học viên ngồi quanh những dãy bàn dài, mỗi người một máy tính xách tay, giảng viên đứng bên cạnh hướng dẫn thao tác.",
        },
      },
      "Tại lớp tập huấn, học viên được hướng dẫn chuẩn hóa dữ liệu đoàn viên, xử lý hồ sơ trùng lặp khi đoàn viên chuyển nơi làm việc, theo dõi việc đóng đoàn phí và hướng dẫn đoàn viên cài đặt ứng dụng, kích hoạt thẻ, tra cứu các chương trình ưu đãi. Phần thực hành được làm trực tiếp trên dữ liệu của từng đơn vị để học viên có thể áp dụng ngay sau khi trở về.",
      "Phát biểu tại lớp tập huấn, đồng chí Lương Thị Thanh Nhàn nhấn mạnh chuyển đổi số là một trong những nhiệm vụ trọng tâm theo Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVII. Thẻ đoàn viên điện tử không chỉ giúp quản lý đoàn viên chính xác hơn, mà còn giúp đoàn viên dễ dàng tiếp cận ưu đãi của 145 doanh nghiệp, cơ sở dịch vụ đã ký kết hợp tác với công đoàn tỉnh.",
      "LĐLĐ tỉnh yêu cầu các đơn vị hoàn thành việc cập nhật dữ liệu và kích hoạt thẻ đoàn viên điện tử trước ngày 15/12/2026; kết quả thực hiện là một trong những tiêu chí đánh giá, xếp loại công đoàn cấp trên trực tiếp cơ sở năm 2026. Các đơn vị gặp vướng mắc có thể liên hệ trực tiếp tổ hỗ trợ kỹ thuật của Văn phòng LĐLĐ tỉnh.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2026-10-29T15:15",
    byline: "Đinh Phương Thảo (Văn phòng LĐLĐ tỉnh)",
    featured: true,
    cover: {
      scene: "meeting",
      caption: "Quang cảnh Hội nghị tập huấn chuyển đổi số",
      alt: "Phòng họp lớn có màn hình trình chiếu giao diện phần mềm, học viên ngồi quanh bàn xếp hình chữ U chăm chú ghi chép.",
    },
    author: "editor",
    views: 236,
  },

  // ---------------------------------------------------------------- provincial contest, final
  {
    title:
      "Chung kết Hội thi “Cán bộ công đoàn cơ sở giỏi” tỉnh Hải Lâm năm 2026: đội LĐLĐ thành phố giành giải Nhất",
    summary:
      "Sau hai ngày tranh tài sôi nổi 12 và 13/11/2026, Hội thi “Cán bộ công đoàn cơ sở giỏi” tỉnh Hải Lâm năm 2026 đã khép lại; 12 đội thi với 36 thí sinh thể hiện kiến thức, kỹ năng xử lý tình huống và năng khiếu tuyên truyền.",
    body: [
      "Tối 13/11/2026, tại Nhà Văn hóa Lao động tỉnh, LĐLĐ tỉnh Hải Lâm tổ chức đêm chung kết và trao giải Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2026. Dự có đồng chí Phạm Quốc Hưng, Chủ tịch LĐLĐ tỉnh; đồng chí Bùi Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh; lãnh đạo các ban của LĐLĐ tỉnh cùng hơn 600 cổ động viên là đoàn viên, người lao động.",
      {
        photo: {
          scene: "conference",
          caption: "Phần thi xử lý tình huống của đội Công đoàn ngành Giáo dục",
          alt: "Ba thí sinh đứng trên sân khấu sáng đèn trình bày trước ban giám khảo ngồi ở bàn phía dưới sân khấu.",
        },
      },
      "Hội thi gồm ba phần: chào hỏi giới thiệu đơn vị, thi kiến thức và xử lý tình huống. Nội dung kiến thức xoay quanh Luật Công đoàn năm 2024, Bộ luật Lao động, Điều lệ Công đoàn Việt Nam và các văn bản hướng dẫn về thương lượng tập thể, đối thoại tại nơi làm việc. Mỗi đội có ba thí sinh là chủ tịch hoặc phó chủ tịch CĐCS đã đạt giải tại các hội thi cấp cơ sở.",
      "Nhiều tình huống được xây dựng sát thực tiễn, như công nhân bị chậm lương khi doanh nghiệp thiếu đơn hàng, người lao động phản ứng khi doanh nghiệp tăng định mức sản phẩm hay giáo viên hợp đồng ở điểm trường xa chưa được hưởng đủ chế độ. Các thí sinh đã vận dụng linh hoạt quy định pháp luật, đưa ra cách xử lý hợp tình, hợp lý, nhận được sự cổ vũ nhiệt tình của khán giả.",
      "Kết quả, Ban Tổ chức trao giải Nhất cho đội LĐLĐ thành phố Hải Lâm; hai giải Nhì cho đội Công đoàn ngành Giáo dục tỉnh và đội Công đoàn Viên chức tỉnh; ba giải Ba và sáu giải Khuyến khích cho các đội còn lại. Giải thí sinh xuất sắc nhất thuộc về chị Nguyễn Thị Bảo Ngọc, Chủ tịch CĐCS Công ty TNHH Giày da Phú Hưng.",
      {
        photo: {
          scene: "award",
          caption: "Ban Tổ chức trao giải Nhất cho đội LĐLĐ thành phố Hải Lâm",
          alt: "Lãnh đạo trao cúp và bó hoa cho ba thí sinh đứng giữa sân khấu, phía sau là phông hội thi màu xanh.",
        },
      },
      "Phát biểu bế mạc, đồng chí Phạm Quốc Hưng khẳng định Hội thi là dịp để cán bộ công đoàn cơ sở bổ sung kiến thức, rèn luyện bản lĩnh trong đại diện, bảo vệ quyền lợi người lao động. Đồng chí đề nghị các đơn vị tiếp tục tổ chức hội thi ở cơ sở, coi đây là cách bồi dưỡng cán bộ công đoàn thiết thực, hiệu quả.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2026-11-14T16:50",
    byline: "Tin: Lê Hoài Nam – Ảnh: Trần Quang Huy",
    featured: true,
    cover: {
      scene: "award",
      caption: "Các đội đoạt giải tại Hội thi cán bộ công đoàn cơ sở giỏi năm 2026",
      alt: "Đông đảo thí sinh các đội đứng kín sân khấu, tay cầm hoa và giấy chứng nhận, hàng lãnh đạo đứng ở chính giữa.",
    },
    author: "editor",
    views: 298,
  },

  // ---------------------------------------------------------------- city federation, visiting members (draft)
  {
    title: "LĐLĐ thành phố thăm hỏi đoàn viên mắc bệnh hiểm nghèo, bị tai nạn lao động dịp cuối năm",
    summary:
      "Trong hai ngày 16 và 17/11/2026, LĐLĐ thành phố Hải Lâm đến thăm, trao hỗ trợ cho 35 đoàn viên, người lao động mắc bệnh hiểm nghèo, bị tai nạn lao động tại các doanh nghiệp trên địa bàn, với tổng số tiền 105 triệu đồng.",
    body: [
      "Trong hai ngày 16 và 17/11/2026, đoàn công tác do đồng chí Vũ Đình Khôi, Phó Chủ tịch LĐLĐ thành phố Hải Lâm dẫn đầu đã đến thăm hỏi, động viên 35 đoàn viên, người lao động đang điều trị bệnh hiểm nghèo hoặc bị tai nạn lao động. Mỗi trường hợp được hỗ trợ 3 triệu đồng, riêng các trường hợp đặc biệt khó khăn được hỗ trợ 5 triệu đồng.",
      "Trong số những đoàn viên được thăm có anh Lê Văn Tuấn, công nhân Công ty TNHH Cơ khí chính xác Thành Đạt, bị tai nạn lao động gãy chân phải nghỉ việc dài ngày, và chị Hà Thị Nga, công nhân một doanh nghiệp điện tử, đang điều trị ung thư tại bệnh viện tuyến trung ương. Các gia đình đều bày tỏ sự cảm động trước sự quan tâm kịp thời của tổ chức công đoàn.",
      "Cùng với phần hỗ trợ của LĐLĐ thành phố, các CĐCS đã vận động đoàn viên trong doanh nghiệp quyên góp thêm 64 triệu đồng. CĐCS Công ty TNHH Cơ khí chính xác Thành Đạt cũng đề nghị Ban Giám đốc rà soát lại các quy trình vận hành máy, tổ chức huấn luyện an toàn lao động bổ sung cho công nhân các tổ sản xuất.",
      "Đồng chí Vũ Đình Khôi cho biết, từ đầu năm 2026 đến nay, LĐLĐ thành phố đã thăm hỏi 210 lượt đoàn viên ốm đau, gặp khó khăn đột xuất, với tổng kinh phí khoảng 530 triệu đồng. Thời gian tới, LĐLĐ thành phố sẽ phối hợp với các doanh nghiệp rà soát, lập danh sách đoàn viên khó khăn để chăm lo dịp Tết Nguyên đán Đinh Mùi 2027.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2026-11-18T10:05",
    byline: "Đỗ Hải Yến (LĐLĐ thành phố)",
    status: "draft",
    author: "contributor",
    views: 0,
  },
];
