import type { DemoArticle } from "./demo-types";

// Demo articles published in 2021 – 2022. Fictional province, units and people; original text.
export const demoArticles2021To2022: DemoArticle[] = [
  {
    title: "LĐLĐ huyện Tân Phong bàn giao nhà “Mái ấm Công đoàn” cho nữ đoàn viên xã Phúc Sơn",
    summary:
      "Ngày 18/1/2021, Liên đoàn Lao động huyện Tân Phong phối hợp với Ủy ban nhân dân xã Phúc Sơn tổ chức lễ bàn giao nhà “Mái ấm Công đoàn” cho chị Hoàng Thị Duyên, nhân viên Trạm Y tế xã, đúng dịp chuẩn bị đón Tết Tân Sửu.",
    body: [
      "Chiều ngày 18/1/2021, tại thôn Nà Khoang, xã Phúc Sơn, Liên đoàn Lao động (LĐLĐ) huyện Tân Phong tổ chức lễ bàn giao nhà “Mái ấm Công đoàn” cho chị Hoàng Thị Duyên, đoàn viên Công đoàn cơ sở Trạm Y tế xã. Dự buổi lễ có đồng chí Nguyễn Hữu Tài, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Bàn Văn Sinh, Chủ tịch LĐLĐ huyện; đại diện Thường trực Đảng ủy, Ủy ban nhân dân xã Phúc Sơn cùng đông đảo bà con thôn bản.",
      "Chồng mất sớm vì tai nạn lao động, chị Duyên một mình nuôi hai con nhỏ đang tuổi đi học. Ngôi nhà gỗ cũ của gia đình đã xuống cấp nghiêm trọng, mái dột, vách hở, mùa mưa lũ năm 2020 lại bị sạt mất một phần gian bếp. Qua khảo sát của Công đoàn cơ sở và LĐLĐ huyện, trường hợp của chị được đề nghị hỗ trợ xây mới nhà từ Quỹ “Mái ấm Công đoàn” của LĐLĐ tỉnh.",
      "Ngôi nhà mới rộng 56 m², tường xây, mái lợp tôn chống nóng, được khởi công từ cuối tháng 10/2020 với tổng kinh phí khoảng 150 triệu đồng. Trong đó, Quỹ “Mái ấm Công đoàn” LĐLĐ tỉnh hỗ trợ 50 triệu đồng; LĐLĐ huyện vận động cán bộ, đoàn viên trong huyện đóng góp 20 triệu đồng; phần còn lại do gia đình, dòng họ và ngày công của bà con thôn Nà Khoang chung sức.",
      {
        photo: {
          scene: "charity",
          caption: "Lãnh đạo LĐLĐ tỉnh và LĐLĐ huyện Tân Phong trao quà cho gia đình chị Hoàng Thị Duyên",
          alt: "Hình vẽ: các cán bộ công đoàn trao hộp quà cho người mẹ và hai con nhỏ đứng trước một ngôi nhà nhỏ mới xây",
        },
      },
      "Phát biểu tại buổi lễ, đồng chí Nguyễn Hữu Tài chia vui cùng gia đình chị Duyên, ghi nhận sự vào cuộc trách nhiệm của Công đoàn huyện và chính quyền địa phương. Đồng chí mong chị tiếp tục vượt khó, yên tâm công tác, chăm lo cho các con học hành; đồng thời đề nghị các cấp công đoàn trong tỉnh chủ động nắm bắt, kịp thời phát hiện những đoàn viên còn khó khăn về nhà ở để có phương án hỗ trợ.",
      "Dịp này, LĐLĐ huyện Tân Phong tặng gia đình một chiếc ti vi, bộ bàn ghế và suất quà Tết trị giá 2 triệu đồng. Từ đầu năm 2020 đến nay, các cấp công đoàn trên địa bàn huyện đã hỗ trợ xây mới, sửa chữa 5 ngôi nhà “Mái ấm Công đoàn” cho đoàn viên, người lao động có hoàn cảnh khó khăn, góp phần giúp các gia đình ổn định cuộc sống.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2021-01-19T15:40",
    byline: "Tin, ảnh: Lò Văn Khánh (LĐLĐ huyện Tân Phong)",
    author: "editor",
    views: 642,
  },
  {
    title: "Cô giáo Triệu Thị Lụa và mười hai năm gieo chữ ở điểm trường Lũng Vài",
    summary:
      "Mười hai năm bám điểm trường Lũng Vài, huyện Tân Phong, cô giáo Triệu Thị Lụa không chỉ dạy chữ mà còn đến từng nhà vận động học sinh ra lớp, cùng tổ công đoàn chăm lo bữa ăn bán trú cho các em.",
    body: [
      "Điểm trường Lũng Vài thuộc Trường Phổ thông Dân tộc bán trú Tiểu học Khau Riềm, huyện Tân Phong, cách trung tâm xã gần 14 km đường đồi dốc. Năm 2009, vừa tốt nghiệp sư phạm, cô giáo Triệu Thị Lụa nhận nhiệm vụ lên đây dạy lớp ghép cho con em đồng bào Dao, Mông. Khi ấy, lớp học chỉ là gian nhà gỗ tạm, nền đất, mùa đông gió lùa qua từng khe vách.",
      { heading: "Giữ học sinh như giữ lửa" },
      "Những năm đầu, khó nhất với cô Lụa là giữ các em đến lớp đều đặn. Vào mùa nương, nhiều học sinh theo bố mẹ lên rẫy, lớp vắng quá nửa. Cô tranh thủ buổi chiều đi bộ đến từng nhà, trò chuyện với phụ huynh bằng tiếng Dao mà mình tự học, kèm các em ôn bài. Nhờ vậy, nhiều năm liền điểm trường Lũng Vài duy trì tỉ lệ chuyên cần trên 98%, không có học sinh bỏ học.",
      "Là tổ trưởng tổ công đoàn điểm trường, cô Lụa cùng đồng nghiệp vận động được hơn 30 triệu đồng từ các nhà hảo tâm để lát nền xi măng, xây bể chứa nước và bếp ăn bán trú. Mỗi tuần, đoàn viên trong tổ luân phiên trồng rau, nấu cơm trưa cho 42 học sinh. Mô hình “Góc đọc sách cho em” do cô đề xuất đã được Ban Chấp hành Công đoàn nhà trường nhân rộng ra các điểm trường khác.",
      "Với những đóng góp bền bỉ, cô Triệu Thị Lụa nhiều năm đạt danh hiệu Chiến sĩ thi đua cơ sở; năm học 2019 – 2020 được Công đoàn ngành Giáo dục tỉnh tặng Bằng khen trong phong trào “Giỏi việc trường, đảm việc nhà”. Nói về mong muốn của mình, cô giản dị: “Chỉ mong các em biết chữ, mạnh dạn nói tiếng phổ thông, để mai này học lên cao, đi xa hơn bản mình”.",
      "Theo đồng chí Vi Thị Thu Trang, Chủ tịch Công đoàn ngành Giáo dục tỉnh, toàn ngành hiện có gần 1.200 nhà giáo đang công tác tại các điểm trường lẻ vùng đặc biệt khó khăn. Công đoàn ngành sẽ tiếp tục tuyên truyền, nhân rộng những tấm gương như cô Lụa, đồng thời kiến nghị bố trí nhà công vụ, công trình nước sạch để giáo viên yên tâm bám trường, bám lớp.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "guong-dien-hinh",
    publishedAt: "2021-04-08T10:20",
    byline: "Nguyễn Thị Lan Phương, Công đoàn ngành Giáo dục tỉnh",
    cover: {
      scene: "award",
      caption: "Cô giáo Triệu Thị Lụa (thứ hai từ trái) nhận Bằng khen của Công đoàn ngành Giáo dục tỉnh",
      alt: "Hình vẽ: một nhóm nhà giáo đứng trên sân khấu, tay cầm Bằng khen và bó hoa, phía sau là phông nền màu đỏ",
    },
    author: "editor",
    views: 1184,
  },
  {
    title: "Hơn 1.500 “Túi an sinh Công đoàn” đến với công nhân khu nhà trọ đang cách ly y tế",
    summary:
      "Ngày 13/8/2021, Liên đoàn Lao động thành phố Hải Lâm trao 1.520 “Túi an sinh Công đoàn” cho công nhân lao động đang lưu trú tại các khu nhà trọ bị cách ly y tế trên địa bàn phường Đông Hải và phường Thạch Bàn.",
    body: [
      "Ngày 13/8/2021, Liên đoàn Lao động (LĐLĐ) thành phố Hải Lâm tổ chức trao “Túi an sinh Công đoàn” cho công nhân lao động đang thực hiện cách ly y tế tại các khu nhà trọ thuộc phường Đông Hải và phường Thạch Bàn. Tham gia đoàn công tác có đồng chí Hà Thị Kim Oanh, Phó Chủ tịch Thường trực LĐLĐ tỉnh; đồng chí Lưu Thị Hải Yến, Chủ tịch LĐLĐ thành phố cùng đại diện Ủy ban Mặt trận Tổ quốc và chính quyền hai phường.",
      "Từ cuối tháng 7/2021, dịch COVID-19 diễn biến phức tạp, nhiều khu nhà trọ quanh Khu công nghiệp Đông Hải phải phong tỏa, hàng nghìn công nhân tạm thời không thể đến nơi làm việc, thu nhập giảm sút. Mỗi “Túi an sinh Công đoàn” trị giá 300 nghìn đồng, gồm gạo, mì tôm, dầu ăn, sữa, khẩu trang và dung dịch sát khuẩn, được chuyển đến tận cửa từng phòng trọ theo đúng quy định phòng, chống dịch.",
      "Đợt này có 1.520 túi được trao, tổng trị giá hơn 456 triệu đồng, từ nguồn tài chính công đoàn các cấp và sự đồng hành của 12 doanh nghiệp trên địa bàn. Trước đó, LĐLĐ thành phố đã hỗ trợ 86 đoàn viên mắc COVID-19 và 214 đoàn viên phải cách ly tập trung, mỗi trường hợp từ 500 nghìn đồng đến 1 triệu đồng theo hướng dẫn của Tổng Liên đoàn Lao động Việt Nam.",
      "Thăm hỏi công nhân qua khung cửa các dãy trọ, đồng chí Hà Thị Kim Oanh động viên người lao động giữ vững tinh thần, chấp hành nghiêm quy định của chính quyền, chủ động đăng ký tiêm vắc xin khi đến lượt. Đồng chí đề nghị LĐLĐ thành phố tiếp tục phối hợp với chủ nhà trọ, tổ dân phố nắm chắc số lao động gặp khó khăn để hỗ trợ kịp thời, không để người lao động nào bị bỏ lại phía sau.",
      "Cũng trong tháng 8/2021, LĐLĐ thành phố phối hợp với Trung tâm Y tế thành phố bố trí địa điểm, nhân lực hỗ trợ tiêm vắc xin phòng COVID-19 cho hơn 3.800 công nhân tại các doanh nghiệp trong khu công nghiệp, góp phần sớm khôi phục sản xuất an toàn, giữ việc làm cho người lao động.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2021-08-14T19:45",
    byline: "Đỗ Minh Ngọc (LĐLĐ thành phố)",
    cover: {
      scene: "charity",
      caption: "Cán bộ LĐLĐ thành phố trao “Túi an sinh Công đoàn” cho công nhân tại khu nhà trọ",
      alt: "Hình vẽ: cán bộ công đoàn đeo khẩu trang trao những hộp quà cho một gia đình công nhân đứng trước căn nhà nhỏ",
    },
    author: "editor",
    views: 1537,
  },
  {
    title: "Ban Nữ công Công đoàn Viên chức tỉnh tọa đàm “Phụ nữ viên chức với chuyển đổi số” nhân ngày 20/10",
    summary:
      "Chiều 20/10/2021, Ban Nữ công Công đoàn Viên chức tỉnh tổ chức tọa đàm kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, trao đổi kinh nghiệm ứng dụng công nghệ thông tin trong công việc và chăm sóc gia đình của nữ viên chức.",
    body: [
      "Chiều ngày 20/10/2021, tại phòng họp Đảng ủy Khối các cơ quan tỉnh, Ban Nữ công Công đoàn Viên chức tỉnh tổ chức tọa đàm với chủ đề “Phụ nữ viên chức với chuyển đổi số” nhân kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2021). Dự tọa đàm có đồng chí Mạc Văn Lực, Chủ tịch Công đoàn Viên chức tỉnh cùng 45 đại biểu là Trưởng ban, Phó Trưởng ban Nữ công các công đoàn cơ sở trực thuộc.",
      "Do tình hình dịch bệnh, tọa đàm được tổ chức kết hợp trực tiếp và trực tuyến, bảo đảm giãn cách theo quy định. Các ý kiến tham luận tập trung chia sẻ cách sử dụng phần mềm quản lý văn bản, chữ ký số, họp trực tuyến; kinh nghiệm hướng dẫn con học qua mạng trong thời gian trường học tạm dừng đến lớp; những khó khăn khi vừa bảo đảm công việc chuyên môn vừa chăm lo gia đình trong bối cảnh mới.",
      {
        photo: {
          scene: "meeting",
          caption: "Quang cảnh buổi tọa đàm tại phòng họp Đảng ủy Khối các cơ quan tỉnh",
          alt: "Hình vẽ: các đại biểu nữ ngồi quanh chiếc bàn họp hình bầu dục, phía đầu phòng là màn hình trình chiếu",
        },
      },
      "Theo báo cáo của Ban Nữ công, năm 2021 Công đoàn Viên chức tỉnh có 2.916 nữ đoàn viên, chiếm 57,8% tổng số đoàn viên. Phong trào “Giỏi việc nước, đảm việc nhà” tiếp tục lan tỏa với 412 nữ đoàn viên được công đoàn cơ sở biểu dương; 36 chị được giới thiệu cho Đảng xem xét kết nạp. Các công đoàn cơ sở đã thăm hỏi, tặng quà 58 nữ đoàn viên bị ảnh hưởng bởi dịch COVID-19 với tổng số tiền hơn 40 triệu đồng.",
      "Phát biểu tại tọa đàm, đồng chí Mạc Văn Lực biểu dương sự đóng góp của nữ viên chức trong các cơ quan, đơn vị, nhất là trong công tác phòng, chống dịch. Đồng chí đề nghị Ban Nữ công các cấp tiếp tục đổi mới hình thức hoạt động, quan tâm bồi dưỡng kỹ năng số cho chị em, đồng thời kịp thời nắm bắt tâm tư, nguyện vọng để đề xuất những giải pháp chăm lo thiết thực.",
      "Dịp này, Ban Thường vụ Công đoàn Viên chức tỉnh tặng Giấy khen cho 5 tập thể và 12 cá nhân có thành tích xuất sắc trong công tác nữ công năm 2021. Buổi tọa đàm khép lại trong không khí ấm áp với những lẵng hoa tươi thắm và lời chúc ý nghĩa dành cho các nữ đoàn viên.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2021-10-21T16:30",
    byline: "Tin & ảnh: Trần Thị Thu Hằng, Công đoàn Viên chức tỉnh",
    author: "contributor",
    views: 418,
  },
  {
    title: "Công đoàn tỉnh Hải Lâm tổng kết năm 2021: vượt khó trong đại dịch, chăm lo cho người lao động",
    summary:
      "Ngày 27/12/2021, Liên đoàn Lao động tỉnh Hải Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2021, triển khai nhiệm vụ năm 2022. Năm qua, các cấp công đoàn trong tỉnh đã dành hơn 38 tỷ đồng hỗ trợ đoàn viên, người lao động bị ảnh hưởng bởi dịch COVID-19.",
    body: [
      "Ngày 27/12/2021, tại Hội trường Trung tâm Hội nghị tỉnh, Ban Chấp hành Liên đoàn Lao động (LĐLĐ) tỉnh Hải Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2021, triển khai nhiệm vụ năm 2022. Dự và chỉ đạo Hội nghị có đồng chí Triệu Đức Mạnh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Đinh Văn Thạch, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; lãnh đạo các sở, ngành cùng 180 đại biểu đại diện cho công đoàn các cấp trong tỉnh.",
      "Năm 2021, trong bối cảnh dịch COVID-19 ảnh hưởng nặng nề đến sản xuất, kinh doanh, các cấp công đoàn tỉnh đã kịp thời triển khai nhiều hoạt động hỗ trợ đoàn viên, người lao động. Tổng kinh phí chăm lo đạt hơn 38,6 tỷ đồng, trong đó trao 21.400 “Túi an sinh Công đoàn”, hỗ trợ gần 9.700 lượt đoàn viên mắc bệnh hoặc phải cách ly; phối hợp tổ chức tiêm vắc xin cho trên 46.000 công nhân tại các khu, cụm công nghiệp.",
      "Công tác phát triển đoàn viên tiếp tục được chú trọng: toàn tỉnh kết nạp mới 6.215 đoàn viên, thành lập 38 công đoàn cơ sở, đạt 112% chỉ tiêu Tổng Liên đoàn giao. Quỹ “Mái ấm Công đoàn” hỗ trợ xây mới, sửa chữa 27 ngôi nhà cho đoàn viên khó khăn; 214 công đoàn cơ sở phối hợp tổ chức đối thoại định kỳ; 71% doanh nghiệp có tổ chức công đoàn đã ký kết thỏa ước lao động tập thể.",
      {
        photo: {
          scene: "award",
          caption: "Lãnh đạo LĐLĐ tỉnh trao Cờ thi đua cho các tập thể có thành tích xuất sắc năm 2021",
          alt: "Hình vẽ: đại diện các tập thể đứng thành hàng trên sân khấu, tay cầm Cờ thi đua, Bằng khen và hoa tươi",
        },
      },
      "Phát biểu chỉ đạo Hội nghị, đồng chí Triệu Đức Mạnh ghi nhận đóng góp của tổ chức công đoàn trong thực hiện “mục tiêu kép” vừa phòng, chống dịch vừa phát triển kinh tế – xã hội của tỉnh. Đồng chí đề nghị năm 2022, các cấp công đoàn tập trung chăm lo việc làm, thu nhập, nhà ở cho công nhân; đẩy mạnh đối thoại tại nơi làm việc, chủ động nắm bắt tình hình quan hệ lao động, không để xảy ra tranh chấp phức tạp.",
      "Tại Hội nghị, LĐLĐ tỉnh tặng Cờ thi đua cho 6 tập thể, Bằng khen cho 24 tập thể và 47 cá nhân có thành tích xuất sắc trong phong trào thi đua lao động giỏi và xây dựng tổ chức công đoàn vững mạnh năm 2021. Kết luận Hội nghị, đồng chí Đinh Văn Thạch đề nghị các cấp công đoàn khẩn trương xây dựng chương trình công tác năm 2022, sớm triển khai chương trình “Tết Sum vầy” cho đoàn viên, người lao động.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2021-12-28T17:10",
    byline: "Ban Tuyên giáo LĐLĐ tỉnh",
    featured: true,
    cover: {
      scene: "conference",
      caption: "Quang cảnh Hội nghị tổng kết công tác công đoàn năm 2021",
      alt: "Hình vẽ: hội trường lớn treo băng rôn đỏ, bàn chủ tọa phía trên, các đại biểu ngồi kín hàng ghế nhìn từ phía sau",
    },
    author: "editor",
    views: 1926,
  },
  {
    title: "“Chuyến xe Công đoàn” đưa 420 công nhân về quê đón Tết Nhâm Dần 2022",
    summary:
      "Sáng 23/1/2022, trong khuôn khổ chương trình “Tết Sum vầy” năm 2022, Liên đoàn Lao động thành phố Hải Lâm tổ chức 9 chuyến xe miễn phí đưa 420 công nhân lao động có hoàn cảnh khó khăn về quê đón Tết cùng gia đình.",
    body: [
      "Sáng ngày 23/1/2022, tại Nhà văn hóa công nhân Khu công nghiệp Đông Hải, Liên đoàn Lao động (LĐLĐ) thành phố Hải Lâm tổ chức lễ tiễn đưa “Chuyến xe Công đoàn” năm 2022. Đến dự có đồng chí Đinh Văn Thạch, Chủ tịch LĐLĐ tỉnh; đồng chí Lưu Thị Hải Yến, Chủ tịch LĐLĐ thành phố; đại diện lãnh đạo Ban Quản lý các khu công nghiệp tỉnh và các doanh nghiệp đồng hành cùng chương trình.",
      "Năm nay, 9 chuyến xe khách chất lượng cao đưa 420 công nhân về các tỉnh Nghệ An, Thanh Hóa, Hà Giang, Sơn La và Đắk Lắk. Người lao động được lựa chọn là đoàn viên có hoàn cảnh khó khăn, đã tiêm đủ liều vắc xin và có kết quả xét nghiệm âm tính với SARS-CoV-2 trước khi lên xe. Ngoài vé xe, mỗi công nhân còn được tặng một suất quà trị giá 500 nghìn đồng.",
      "Chương trình “Tết Sum vầy” năm 2022 của LĐLĐ thành phố được triển khai từ đầu tháng 1 với nhiều hoạt động thiết thực: tổ chức “Phiên chợ Tết Công đoàn” cho gần 2.000 đoàn viên mua hàng ưu đãi; thăm, tặng 1.150 suất quà cho công nhân có hoàn cảnh khó khăn, công nhân ở lại nhà trọ đón Tết; hỗ trợ 35 đoàn viên bị mất việc làm do ảnh hưởng của dịch. Tổng kinh phí chăm lo Tết ước đạt 1,9 tỷ đồng.",
      "Phát biểu tại buổi lễ, đồng chí Đinh Văn Thạch cảm ơn công nhân lao động đã bám trụ sản xuất trong một năm nhiều khó khăn, chúc các đoàn viên có chuyến đi an toàn, đón Tết đầm ấm bên gia đình. Đồng chí lưu ý người lao động tiếp tục thực hiện nghiêm các biện pháp phòng dịch khi về địa phương và trở lại làm việc đúng hẹn sau kỳ nghỉ.",
      "Chị Lò Thị Hoa, công nhân Công ty TNHH May mặc Thành Đạt, quê ở Sơn La, xúc động chia sẻ: “Đã hai năm em chưa về quê ăn Tết vì dịch bệnh. Được Công đoàn tặng vé xe và quà, em đỡ được một khoản lớn để mua sắm cho bố mẹ”. Những chuyến xe lăn bánh trong tiếng vỗ tay, mang theo niềm vui sum họp của người lao động xa quê.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2022-01-25T09:20",
    byline: "Tin: Vũ Quang Huy (LĐLĐ thành phố)",
    author: "editor",
    views: 873,
  },
  {
    title: "Tháng Công nhân 2022: LĐLĐ huyện Tân Phong đối thoại với người lao động tại Cụm công nghiệp Bản Giang",
    summary:
      "Ngày 11/5/2022, Liên đoàn Lao động huyện Tân Phong phối hợp với Công ty cổ phần Chế biến gỗ Tân Phong tổ chức đối thoại với gần 300 công nhân, kết hợp kiểm tra công tác an toàn, vệ sinh lao động và vận động phát triển đoàn viên.",
    body: [
      "Ngày 11/5/2022, hưởng ứng Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2022, Liên đoàn Lao động (LĐLĐ) huyện Tân Phong phối hợp với Công ty cổ phần Chế biến gỗ Tân Phong tại Cụm công nghiệp Bản Giang tổ chức hội nghị đối thoại giữa người sử dụng lao động và người lao động. Dự hội nghị có đồng chí Bàn Văn Sinh, Chủ tịch LĐLĐ huyện; đại diện Phòng Lao động – Thương binh và Xã hội huyện cùng gần 300 công nhân.",
      "Tại buổi đối thoại, công nhân đã nêu 14 ý kiến, tập trung vào tiền lương làm thêm giờ, phụ cấp độc hại, chất lượng bữa ăn giữa ca và việc trang bị khẩu trang chống bụi gỗ. Ban Giám đốc công ty đã trực tiếp trả lời, cam kết nâng giá trị bữa ăn ca từ 20 nghìn đồng lên 25 nghìn đồng kể từ tháng 6/2022, đồng thời lắp bổ sung hệ thống hút bụi tại hai phân xưởng xẻ và chà nhám.",
      { heading: "Kiểm tra an toàn ngay tại nhà xưởng" },
      "Sau đối thoại, đoàn công tác đã kiểm tra thực tế công tác an toàn, vệ sinh lao động tại các dây chuyền sản xuất. Công ty cơ bản thực hiện tốt việc huấn luyện an toàn định kỳ, trang bị đầy đủ mũ bảo hộ, găng tay, nút tai chống ồn cho người lao động; tuy nhiên, một số máy cưa chưa có che chắn phù hợp, lối thoát hiểm ở kho thành phẩm còn để vật cản. Đoàn đề nghị doanh nghiệp khắc phục trước ngày 30/6/2022.",
      "Dịp này, LĐLĐ huyện trao 30 suất quà, mỗi suất 500 nghìn đồng, cho công nhân có hoàn cảnh khó khăn và vận động kết nạp 42 đoàn viên mới, nâng tổng số đoàn viên của Công đoàn cơ sở công ty lên 318 người. Đồng chí Bàn Văn Sinh cho biết, trong Tháng Công nhân năm nay, LĐLĐ huyện đặt mục tiêu tổ chức đối thoại tại tất cả doanh nghiệp có công đoàn cơ sở và kết nạp ít nhất 200 đoàn viên mới.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2022-05-12T14:30",
    byline: "Tin, ảnh: Hoàng Thị Nguyệt",
    cover: {
      scene: "worksite",
      caption: "Đoàn công tác LĐLĐ huyện kiểm tra an toàn, vệ sinh lao động tại phân xưởng",
      alt: "Hình vẽ: xưởng sản xuất có máy móc, các công nhân mặc áo xanh, đội mũ bảo hộ màu vàng đang làm việc",
    },
    author: "editor",
    views: 356,
  },
  {
    title: "Sôi nổi Hội thao chào mừng 93 năm Ngày thành lập Công đoàn Việt Nam của Công đoàn Viên chức tỉnh",
    summary:
      "Trong hai ngày 23 – 24/7/2022, Công đoàn Viên chức tỉnh tổ chức Hội thao chào mừng 93 năm Ngày thành lập Công đoàn Việt Nam với sự tham gia của 320 vận động viên đến từ 26 công đoàn cơ sở trực thuộc.",
    body: [
      "Trong hai ngày 23 và 24/7/2022, tại Nhà thi đấu thể thao tỉnh, Công đoàn Viên chức tỉnh tổ chức Hội thao chào mừng kỷ niệm 93 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2022). Dự lễ khai mạc có đồng chí Hà Thị Kim Oanh, Phó Chủ tịch Thường trực LĐLĐ tỉnh; đồng chí Mạc Văn Lực, Chủ tịch Công đoàn Viên chức tỉnh cùng lãnh đạo Đảng ủy Khối các cơ quan tỉnh.",
      "Hội thao thu hút 320 vận động viên là cán bộ, đoàn viên của 26 công đoàn cơ sở trực thuộc, tranh tài ở bốn môn: bóng chuyền hơi nam nữ phối hợp, cầu lông, kéo co và cờ tướng. Sau hai năm nhiều hoạt động tập trung phải tạm dừng vì dịch bệnh, đây là dịp để đoàn viên các cơ quan, đơn vị gặp gỡ, giao lưu, rèn luyện sức khỏe và thắt chặt tình đoàn kết.",
      {
        photo: {
          scene: "sports",
          caption: "Trận chung kết môn bóng chuyền hơi nam nữ phối hợp",
          alt: "Hình vẽ: hai đội vận động viên mặc áo thi đấu khác màu đang chơi bóng chuyền hai bên tấm lưới",
        },
      },
      "Các trận đấu diễn ra sôi nổi, trung thực, đúng điều lệ. Kết quả, Công đoàn cơ sở Sở Y tế giành giải Nhất môn bóng chuyền hơi; Công đoàn cơ sở Bảo hiểm xã hội tỉnh xếp thứ nhất môn kéo co; giải Nhất cầu lông đôi nam, đôi nữ lần lượt thuộc về Công đoàn cơ sở Sở Tài chính và Sở Kế hoạch và Đầu tư. Xếp chung cuộc toàn đoàn, Công đoàn cơ sở Sở Y tế đứng đầu với 3 giải Nhất.",
      "Phát biểu bế mạc, đồng chí Mạc Văn Lực biểu dương tinh thần thi đấu của các vận động viên, đề nghị các công đoàn cơ sở duy trì phong trào rèn luyện thể dục thể thao thường xuyên, gắn với xây dựng cơ quan, đơn vị đạt chuẩn văn hóa. Ban Tổ chức đã trao 12 bộ giải, tổng giá trị giải thưởng 36 triệu đồng cho các tập thể, cá nhân đạt thành tích cao.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2022-07-26T10:05",
    byline: "Tin & ảnh: Phạm Đức Thắng, Công đoàn Viên chức tỉnh",
    author: "contributor",
    views: 507,
  },
  {
    title: "LĐLĐ tỉnh ban hành Hướng dẫn tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028",
    summary:
      "Ngày 25/7/2022, Ban Thường vụ Liên đoàn Lao động tỉnh Hải Lâm ban hành Hướng dẫn số 07/HD-LĐLĐ về tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028, tiến tới Đại hội Công đoàn tỉnh Hải Lâm lần thứ XVIII.",
    body: [
      "Ngày 25/7/2022, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Hải Lâm ban hành Hướng dẫn số 07/HD-LĐLĐ về tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028. Hướng dẫn được xây dựng trên cơ sở Điều lệ Công đoàn Việt Nam và các văn bản của Tổng Liên đoàn Lao động Việt Nam, áp dụng đối với toàn bộ công đoàn cơ sở, nghiệp đoàn cơ sở thuộc các công đoàn cấp trên trong tỉnh.",
      { heading: "Thời gian, hình thức tổ chức đại hội" },
      "Theo hướng dẫn, đại hội công đoàn cơ sở được tiến hành từ tháng 10/2022 và hoàn thành trước ngày 31/3/2023. Mỗi công đoàn cấp trên trực tiếp cơ sở lựa chọn 1 – 2 đơn vị tổ chức đại hội điểm để rút kinh nghiệm trước khi triển khai đại trà. Tùy số lượng đoàn viên và đặc điểm sản xuất, công đoàn cơ sở tổ chức đại hội toàn thể hoặc đại hội đại biểu theo đúng quy định của Điều lệ.",
      "Báo cáo trình đại hội phải đánh giá đúng thực chất kết quả nhiệm kỳ 2017 – 2022, nhất là công tác đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, phát triển đoàn viên và thương lượng tập thể. Công tác nhân sự bảo đảm cơ cấu hợp lý, chú trọng cán bộ trẻ, nữ, công nhân trực tiếp sản xuất; khuyến khích đại hội bầu trực tiếp Chủ tịch công đoàn cơ sở. Đại hội được tổ chức gọn nhẹ, tiết kiệm, tránh phô trương, hình thức.",
      "Hướng dẫn cũng đề nghị các công đoàn cơ sở lấy ý kiến đoàn viên vào dự thảo báo cáo thông qua tổ công đoàn, bảng tin và các nhóm mạng xã hội của đơn vị, để đại hội thực sự là dịp đoàn viên đóng góp vào hoạt động của tổ chức mình. Theo thống kê, toàn tỉnh hiện có 1.146 công đoàn cơ sở thuộc diện tiến hành đại hội trong đợt này.",
      "Đồng chí Đinh Văn Thạch, Chủ tịch LĐLĐ tỉnh yêu cầu các LĐLĐ huyện, thành phố, công đoàn ngành và công đoàn trực thuộc khẩn trương xây dựng kế hoạch chi tiết, định kỳ báo cáo tiến độ về Ban Tổ chức LĐLĐ tỉnh trước ngày 15 hằng tháng. Toàn văn Hướng dẫn số 07/HD-LĐLĐ được đăng tải tại chuyên mục Văn bản trên trang tin của LĐLĐ tỉnh.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "van-ban",
    publishedAt: "2022-07-26T19:30",
    byline: "Văn phòng LĐLĐ tỉnh",
    author: "admin",
    views: 1342,
  },
  {
    title: "Chủ tịch công đoàn trường vùng cao giành giải Nhất hội thi “Cán bộ công đoàn cơ sở giỏi”",
    summary:
      "Vượt qua 46 thí sinh, chị Nông Thị Thanh Huyền, Chủ tịch Công đoàn Trường Trung học cơ sở Phúc Sơn, huyện Tân Phong, giành giải Nhất Hội thi “Cán bộ công đoàn cơ sở giỏi” ngành Giáo dục năm 2022 bằng chính những việc làm cụ thể ở trường mình.",
    body: [
      "Ngày 16/11/2022, Công đoàn ngành Giáo dục tỉnh tổng kết, trao giải Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2022. Sau hai vòng thi kiến thức và xử lý tình huống, giải Nhất thuộc về chị Nông Thị Thanh Huyền, giáo viên Ngữ văn, Chủ tịch Công đoàn Trường Trung học cơ sở Phúc Sơn, huyện Tân Phong. Phần xử lý tình huống về bảo vệ quyền lợi cho giáo viên hợp đồng của chị được ban giám khảo đánh giá cao.",
      { heading: "Sát anh chị em từ những việc nhỏ" },
      "Trường Trung học cơ sở Phúc Sơn có 38 cán bộ, giáo viên, nhân viên; hơn 80% học sinh là con em đồng bào dân tộc thiểu số. Nhận nhiệm vụ Chủ tịch công đoàn từ năm 2017, chị Huyền cùng Ban Chấp hành xây dựng quy chế phối hợp với Ban Giám hiệu, công khai thu chi tài chính công đoàn, tổ chức Hội nghị viên chức đúng quy định. Mọi ý kiến của đoàn viên về chế độ phụ cấp, phân công chuyên môn đều được tổng hợp, phản hồi kịp thời.",
      "Nhiều năm liền, Công đoàn nhà trường duy trì quỹ “Tương trợ đồng nghiệp”, mỗi đoàn viên góp 50 nghìn đồng một tháng để giúp các thầy cô khi ốm đau, hoạn nạn. Năm 2022, quỹ đã hỗ trợ 4 đoàn viên với tổng số tiền 28 triệu đồng. Công đoàn còn vận động sửa sang 3 phòng ở công vụ cho giáo viên xa nhà và trồng vườn rau phục vụ bữa ăn bán trú của học sinh.",
      "Với những kết quả đó, Công đoàn Trường Trung học cơ sở Phúc Sơn 5 năm liền đạt danh hiệu công đoàn cơ sở vững mạnh, năm học 2021 – 2022 được Công đoàn ngành Giáo dục tỉnh tặng Bằng khen. Chị Huyền chia sẻ: “Cán bộ công đoàn trường học phải gần anh chị em, nghe được cả những điều đồng nghiệp ngại nói, rồi kiên trì cùng nhà trường giải quyết đến nơi đến chốn”.",
      "Theo đồng chí Vi Thị Thu Trang, Chủ tịch Công đoàn ngành Giáo dục tỉnh, hội thi năm nay có 47 thí sinh tham gia, là dịp bồi dưỡng kỹ năng cho đội ngũ cán bộ công đoàn cơ sở trước thềm đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028. Chị Nông Thị Thanh Huyền sẽ đại diện Công đoàn ngành tham dự hội thi cấp tỉnh vào năm 2023.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "guong-dien-hinh",
    publishedAt: "2022-11-18T08:45",
    byline: "Bài, ảnh: Lương Thị Hồng Nhung",
    cover: {
      scene: "meeting",
      caption: "Chị Nông Thị Thanh Huyền chủ trì cuộc họp Ban Chấp hành Công đoàn nhà trường",
      alt: "Hình vẽ: các thầy cô giáo ngồi họp quanh chiếc bàn hình bầu dục, phía cuối phòng có màn hình trình chiếu",
    },
    author: "editor",
    views: 764,
  },
];
