import type { DemoArticle } from "./demo-types";

// Demo articles published in 2019 and 2020. Fictional province, units and people; original text.
export const demoArticles2019To2020: DemoArticle[] = [
  {
    title: "LĐLĐ huyện Tân Phong trao 185 suất quà “Tết Sum vầy” cho đoàn viên, người lao động khó khăn",
    summary:
      "Ngày 21/01/2019, Liên đoàn Lao động huyện Tân Phong phối hợp với các công đoàn cơ sở trao 185 suất quà Tết Kỷ Hợi cho đoàn viên, người lao động có hoàn cảnh khó khăn, với tổng trị giá hơn 138 triệu đồng.",
    body: [
      "Thực hiện chương trình “Tết Sum vầy” năm 2019 của Liên đoàn Lao động tỉnh, sáng ngày 21/01/2019, tại Hội trường Ủy ban nhân dân huyện, Liên đoàn Lao động (LĐLĐ) huyện Tân Phong tổ chức trao quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Kỷ Hợi. Đến dự có đồng chí Lục Văn Hưng, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Lý Thị Ngọc Diệp, Phó Bí thư Thường trực Huyện ủy Tân Phong; lãnh đạo LĐLĐ huyện và đại diện các công đoàn cơ sở.",
      "Năm 2018, không ít đoàn viên, người lao động trong huyện gặp khó khăn do thiên tai, ốm đau, tai nạn lao động hoặc thu nhập thấp, không ổn định. Để các gia đình có điều kiện đón Tết đầm ấm, LĐLĐ huyện đã chỉ đạo công đoàn cơ sở rà soát, lập danh sách công khai, đúng đối tượng. Mỗi suất quà gồm 500.000 đồng tiền mặt và hàng hóa thiết yếu trị giá 250.000 đồng, được huy động từ nguồn tài chính công đoàn và sự ủng hộ của các doanh nghiệp.",
      {
        photo: {
          scene: "charity",
          caption: "Đoàn công tác LĐLĐ tỉnh và LĐLĐ huyện tặng quà Tết gia đình đoàn viên tại xã Phong Nậm",
          alt: "Ba cán bộ công đoàn trao những hộp quà Tết cho một gia đình có vợ chồng và con nhỏ đứng trước ngôi nhà nhỏ",
        },
      },
      "Cùng ngày, đoàn công tác của LĐLĐ tỉnh và LĐLĐ huyện đã đến thăm, tặng quà tận nhà 5 đoàn viên đang điều trị bệnh dài ngày tại các xã Phong Nậm, Đồng Lạc và thị trấn Tân Phong. Trong không khí ấm cúng, các đồng chí lãnh đạo đã hỏi thăm sức khỏe, tình hình việc làm, đời sống của từng gia đình, động viên đoàn viên vượt qua khó khăn, yên tâm điều trị và sớm trở lại công việc.",
      "Phát biểu tại buổi trao quà, đồng chí Lục Văn Hưng ghi nhận sự chủ động của LĐLĐ huyện Tân Phong trong công tác chăm lo Tết cho đoàn viên, người lao động. Đồng chí đề nghị các công đoàn cơ sở tiếp tục phối hợp với chuyên môn cùng cấp nắm chắc tình hình, kịp thời phát hiện những trường hợp đặc biệt khó khăn để hỗ trợ, bảo đảm đoàn viên nào cũng có Tết. Những phần quà tuy không lớn về vật chất nhưng thể hiện sự quan tâm, sẻ chia của tổ chức công đoàn./.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2019-01-23T16:40",
    byline: "Tin, ảnh: Đinh Thị Thu Hằng (LĐLĐ huyện Tân Phong)",
    author: "editor",
    views: 864,
  },
  {
    title: "Kế hoạch số 19/KH-LĐLĐ tổ chức Hội thi “Cán bộ công đoàn cơ sở giỏi” tỉnh Hải Lâm năm 2019",
    summary:
      "Ban Thường vụ Liên đoàn Lao động tỉnh vừa ban hành Kế hoạch số 19/KH-LĐLĐ ngày 11/3/2019 về tổ chức Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2019, nhằm nâng cao kiến thức, kỹ năng nghiệp vụ cho đội ngũ cán bộ công đoàn cơ sở trong toàn tỉnh.",
    body: [
      "Ngày 11/3/2019, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Hải Lâm ban hành Kế hoạch số 19/KH-LĐLĐ về tổ chức Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2019. Hội thi nhằm tuyên truyền sâu rộng Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ 2018 – 2023; đồng thời là dịp để cán bộ công đoàn cơ sở trao đổi kinh nghiệm, nâng cao hiểu biết pháp luật, kỹ năng đối thoại, thương lượng và vận động đoàn viên, người lao động.",
      { heading: "Đối tượng, nội dung và hình thức thi" },
      "Đối tượng dự thi là Chủ tịch, Phó Chủ tịch, Ủy viên Ban Chấp hành công đoàn cơ sở đang công tác tại các cơ quan, đơn vị, doanh nghiệp trên địa bàn tỉnh. Nội dung thi tập trung vào Điều lệ Công đoàn Việt Nam, Bộ luật Lao động, Luật Công đoàn, chế độ chính sách đối với người lao động và nghiệp vụ công tác công đoàn. Các đội tham gia ba phần thi: chào hỏi, kiến thức và xử lý tình huống, trong đó khuyến khích thể hiện bằng hình thức sân khấu hóa.",
      "Hội thi được tổ chức qua hai vòng. Vòng sơ khảo do các LĐLĐ huyện, thành phố, Công đoàn Viên chức tỉnh và các công đoàn ngành tổ chức, hoàn thành trước ngày 15/10/2019; mỗi đơn vị lựa chọn một đội gồm 3 thí sinh tham dự vòng chung khảo. Vòng chung khảo cấp tỉnh dự kiến diễn ra trong tháng 11/2019 tại thành phố Hải Lâm. Ban Tổ chức sẽ trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba, các giải Khuyến khích cho đội thi và một số giải phụ cho cá nhân xuất sắc.",
      "LĐLĐ tỉnh đề nghị các công đoàn cấp trên trực tiếp cơ sở xây dựng kế hoạch cụ thể, chủ động bố trí kinh phí, lựa chọn thí sinh có năng lực, biết vận dụng kiến thức vào thực tiễn; đồng thời đẩy mạnh tuyên truyền trên bản tin, trang thông tin điện tử và mạng xã hội để thu hút đông đảo đoàn viên quan tâm, cổ vũ. Toàn văn Kế hoạch đã được gửi tới các đơn vị qua hệ thống văn bản điện tử của LĐLĐ tỉnh.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "van-ban",
    publishedAt: "2019-03-13T09:15",
    byline: "Ban Tuyên giáo LĐLĐ tỉnh",
    author: "admin",
    views: 1213,
  },
  {
    title: "Sôi nổi Hội thao công nhân viên chức, lao động khối cơ quan tỉnh chào mừng ngày 30/4 và 1/5",
    summary:
      "Trong hai ngày 20 và 21/4/2019, Công đoàn Viên chức tỉnh tổ chức Hội thao năm 2019 với gần 420 vận động viên đến từ 36 công đoàn cơ sở, tranh tài ở bốn môn bóng chuyền hơi, cầu lông, bóng bàn và kéo co.",
    body: [
      "Hướng tới kỷ niệm 44 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2019) và 133 năm Ngày Quốc tế Lao động 1/5, trong hai ngày 20 và 21/4/2019, tại Nhà thi đấu tỉnh, Công đoàn Viên chức tỉnh tổ chức Hội thao công nhân viên chức, lao động năm 2019. Đến dự Lễ khai mạc có đồng chí Hà Thị Phương Lan, Phó Chủ tịch Thường trực LĐLĐ tỉnh; đại diện lãnh đạo Đảng ủy Khối các cơ quan tỉnh và Ban Thường vụ Công đoàn Viên chức tỉnh.",
      "Hội thao thu hút gần 420 vận động viên của 36 công đoàn cơ sở tham gia tranh tài ở bốn môn: bóng chuyền hơi nam nữ phối hợp, cầu lông, bóng bàn và kéo co. Các trận đấu diễn ra trên tinh thần đoàn kết, trung thực, cao thượng; nhiều trận giằng co, hấp dẫn đến những điểm số cuối cùng, nhận được sự cổ vũ nhiệt tình của đông đảo đoàn viên các đơn vị.",
      {
        photo: {
          scene: "sports",
          caption: "Trận chung kết môn bóng chuyền hơi nam nữ phối hợp",
          alt: "Hai đội thi đấu bóng chuyền, một vận động viên bật cao đập bóng qua lưới, khán giả cổ vũ phía sau",
        },
      },
      "Kết thúc Hội thao, Ban Tổ chức trao 4 giải Nhất, 4 giải Nhì và 8 giải Ba cho các đội, vận động viên đạt thành tích cao. Giải Nhất toàn đoàn thuộc về Công đoàn cơ sở Sở Kế hoạch và Đầu tư; giải Nhì thuộc về Công đoàn cơ sở Văn phòng Ủy ban nhân dân tỉnh; hai giải Ba được trao cho Công đoàn cơ sở Sở Tài chính và Công đoàn cơ sở Đài Phát thanh và Truyền hình tỉnh.",
      "Phát biểu bế mạc, đồng chí Triệu Minh Khôi, Chủ tịch Công đoàn Viên chức tỉnh, đánh giá cao sự chuẩn bị chu đáo của các đơn vị và cho biết Hội thao là hoạt động thiết thực, góp phần nâng cao đời sống tinh thần, rèn luyện sức khỏe cho đoàn viên. Qua Hội thao, Công đoàn Viên chức tỉnh sẽ lựa chọn những vận động viên tiêu biểu để thành lập đội tuyển tham gia Hội thao công nhân viên chức, lao động do LĐLĐ tỉnh tổ chức vào tháng 5 tới.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2019-04-22T20:10",
    byline: "Tin & ảnh: Lương Thị Kim Oanh, Công đoàn Viên chức tỉnh",
    author: "contributor",
    views: 547,
  },
  {
    title: "12 đội tranh tài tại Hội thi “Cán bộ công đoàn cơ sở giỏi” ngành Giáo dục năm 2019",
    summary:
      "Ngày 28/9/2019, Công đoàn ngành Giáo dục tỉnh tổ chức vòng sơ khảo Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2019 với 12 đội thi đại diện cho công đoàn giáo dục các huyện, thành phố và các trường trung học phổ thông trực thuộc.",
    body: [
      "Thực hiện Kế hoạch số 19/KH-LĐLĐ của Liên đoàn Lao động tỉnh, ngày 28/9/2019, tại Trường THPT Chuyên Hải Lâm, Công đoàn ngành Giáo dục tỉnh tổ chức vòng sơ khảo Hội thi “Cán bộ công đoàn cơ sở giỏi” năm 2019. Đến dự và chỉ đạo Hội thi có đồng chí Đoàn Văn Khải, Phó Giám đốc Sở Giáo dục và Đào tạo; đồng chí Ngô Thị Bích Thủy, Chủ tịch Công đoàn ngành Giáo dục tỉnh, cùng đông đảo cán bộ, giáo viên đến cổ vũ.",
      "Tham gia Hội thi có 12 đội với 36 thí sinh là Chủ tịch, Phó Chủ tịch, Ủy viên Ban Chấp hành công đoàn cơ sở các trường học. Qua ba phần thi chào hỏi, kiến thức và xử lý tình huống, các đội đã thể hiện sự hiểu biết về Điều lệ Công đoàn Việt Nam, chế độ đối với nhà giáo cùng kỹ năng tổ chức hoạt động công đoàn. Nhiều tiểu phẩm tái hiện sinh động tình huống thường gặp như tổ chức Hội nghị viên chức, giải quyết kiến nghị của đoàn viên.",
      "Kết quả, Ban Tổ chức đã trao 1 giải Nhất cho đội Công đoàn cơ sở Trường THPT Tân Phong; 2 giải Nhì cho đội Công đoàn giáo dục thành phố Hải Lâm và đội Trường THPT Dân tộc nội trú tỉnh; 3 giải Ba và 6 giải Khuyến khích cho các đội còn lại. Ba thí sinh xuất sắc nhất được lựa chọn thành lập đội tuyển của ngành tham dự vòng chung khảo cấp tỉnh vào tháng 11/2019.",
      "Phát biểu bế mạc, đồng chí Ngô Thị Bích Thủy cho biết, qua Hội thi, đội ngũ cán bộ công đoàn cơ sở ngành Giáo dục đã có dịp cập nhật kiến thức, học hỏi cách làm hay của nhau. Đồng chí đề nghị các thí sinh được chọn tiếp tục ôn luyện, đầu tư kịch bản, phấn đấu đạt thành tích cao, góp phần khẳng định vai trò của tổ chức công đoàn trong các nhà trường./.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "tin-hoat-dong",
    publishedAt: "2019-09-30T10:30",
    byline: "Tin, ảnh: Vũ Minh Tâm, Công đoàn ngành Giáo dục",
    cover: {
      scene: "award",
      caption: "Ban Tổ chức trao giải Nhất cho đội Công đoàn cơ sở Trường THPT Tân Phong",
      alt: "Các thành viên đội thi đứng trên sân khấu, tay cầm giấy chứng nhận và bó hoa, phía sau là phông nền màu đỏ",
    },
    author: "editor",
    views: 698,
  },
  {
    title: "Năm 2019, LĐLĐ thành phố Hải Lâm phát triển mới hơn 1.100 đoàn viên, thành lập 9 công đoàn cơ sở",
    summary:
      "Chiều 26/12/2019, Liên đoàn Lao động thành phố Hải Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2019, triển khai nhiệm vụ năm 2020. Trong năm, LĐLĐ thành phố đã phát triển mới 1.126 đoàn viên, thành lập 9 công đoàn cơ sở khu vực ngoài nhà nước.",
    body: [
      "Chiều ngày 26/12/2019, tại Hội trường Thành ủy, Ban Chấp hành Liên đoàn Lao động (LĐLĐ) thành phố Hải Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2019, triển khai nhiệm vụ năm 2020. Đến dự và chỉ đạo Hội nghị có đồng chí Đặng Văn Thịnh, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; đồng chí Vi Thị Thanh Mai, Phó Bí thư Thành ủy; cùng 115 đại biểu là Ủy viên Ban Chấp hành LĐLĐ thành phố, Chủ tịch các công đoàn cơ sở trực thuộc.",
      "Năm 2019, LĐLĐ thành phố bám sát Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ 2018 – 2023, hoàn thành và vượt 11/12 chỉ tiêu được giao. Nổi bật là công tác phát triển đoàn viên với 1.126 đoàn viên mới, đạt 112% kế hoạch; thành lập mới 9 công đoàn cơ sở tại các doanh nghiệp ngoài nhà nước. Quỹ “Mái ấm Công đoàn” vận động được 236 triệu đồng, hỗ trợ xây mới 4 nhà, sửa chữa 3 nhà cho đoàn viên khó khăn về nhà ở.",
      "Phát biểu chỉ đạo, đồng chí Đặng Văn Thịnh biểu dương những kết quả LĐLĐ thành phố đạt được, nhất là trong phát triển đoàn viên ở khu vực doanh nghiệp. Đồng chí đề nghị năm 2020, LĐLĐ thành phố tiếp tục đổi mới phương thức hoạt động, hướng mạnh về cơ sở; chú trọng đối thoại tại nơi làm việc, thương lượng, ký kết thỏa ước lao động tập thể có nhiều điều khoản có lợi cho người lao động; quan tâm hơn nữa đến việc làm, thu nhập và đời sống của đoàn viên.",
      {
        photo: {
          scene: "award",
          caption: "Đồng chí Đặng Văn Thịnh, Chủ tịch LĐLĐ tỉnh trao Bằng khen cho các tập thể",
          alt: "Đại diện các tập thể đứng thành hàng trên sân khấu, tay cầm Bằng khen và bó hoa, bên cạnh lãnh đạo công đoàn",
        },
      },
      "Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 3 tập thể, 5 cá nhân; LĐLĐ thành phố tặng Giấy khen cho 17 tập thể, 29 cá nhân có thành tích xuất sắc trong phong trào thi đua lao động giỏi và xây dựng tổ chức công đoàn vững mạnh năm 2019. Hội nghị cũng phát động phong trào thi đua năm 2020 trong đoàn viên, công nhân viên chức, lao động thành phố, lập thành tích chào mừng Đại hội Đảng bộ thành phố nhiệm kỳ 2020 – 2025.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-hoat-dong",
    publishedAt: "2019-12-27T19:45",
    byline: "Tin, ảnh: Hoàng Văn Dũng",
    cover: {
      scene: "conference",
      caption: "Quang cảnh Hội nghị tổng kết công tác công đoàn năm 2019",
      alt: "Hội trường với băng rôn đỏ phía trên, bàn đoàn chủ tịch ở phía trước, đại biểu ngồi thành hàng nhìn từ phía sau",
    },
    author: "editor",
    views: 932,
  },
  {
    title: "Công đoàn tỉnh Hải Lâm hỗ trợ hơn 1.800 người lao động bị ảnh hưởng bởi dịch COVID-19",
    summary:
      "Ngày 08/5/2020, Liên đoàn Lao động tỉnh trao hỗ trợ cho đoàn viên, người lao động bị ngừng việc, mất việc làm do dịch COVID-19. Đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ 1.833 người với tổng số tiền hơn 1,3 tỷ đồng.",
    body: [
      "Sáng ngày 08/5/2020, tại Khu công nghiệp Nam Hải Lâm, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức trao hỗ trợ cho đoàn viên, người lao động bị ngừng việc, mất việc làm do ảnh hưởng của dịch COVID-19. Đến dự có đồng chí Đặng Văn Thịnh, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; đại diện Sở Lao động – Thương binh và Xã hội, Ban Quản lý các khu công nghiệp tỉnh và lãnh đạo các doanh nghiệp có người lao động được hỗ trợ.",
      "Trong thời gian thực hiện giãn cách xã hội vừa qua, nhiều doanh nghiệp may mặc, da giày, chế biến gỗ xuất khẩu thiếu đơn hàng, phải thu hẹp sản xuất. Theo số liệu tổng hợp từ các công đoàn cơ sở, toàn tỉnh có gần 4.200 người lao động bị giảm giờ làm, ngừng việc hoặc chấm dứt hợp đồng lao động, phần lớn là lao động nữ và lao động đến từ các huyện vùng cao, có thu nhập thấp.",
      "Thực hiện hướng dẫn của Tổng Liên đoàn Lao động Việt Nam, LĐLĐ tỉnh đã chỉ đạo các cấp công đoàn rà soát, lập hồ sơ, bảo đảm hỗ trợ kịp thời, đúng đối tượng. Đến nay, đã có 1.035 người bị ngừng việc được hỗ trợ 500.000 đồng/người và 798 người bị mất việc làm được hỗ trợ 1.000.000 đồng/người, tổng số tiền hơn 1,3 tỷ đồng. Trước đó, các cấp công đoàn cũng đã cấp phát 65.000 chiếc khẩu trang và 2.400 chai nước rửa tay cho người lao động tại các doanh nghiệp.",
      "Phát biểu tại buổi trao hỗ trợ, đồng chí Đặng Văn Thịnh chia sẻ khó khăn của người lao động và cho biết đây là nguồn động viên kịp thời để đoàn viên, người lao động ổn định cuộc sống. Đồng chí đề nghị các doanh nghiệp nỗ lực duy trì sản xuất, ưu tiên nhận lại người lao động khi có đơn hàng mới; công đoàn cơ sở tiếp tục nắm bắt tâm tư, nguyện vọng của người lao động, kịp thời kiến nghị giải quyết những vướng mắc về tiền lương, bảo hiểm xã hội.",
    ],
    unit: "ldld-tinh-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2020-05-09T10:05",
    byline: "Tin & ảnh: Trịnh Quốc Bảo",
    featured: true,
    cover: {
      scene: "worksite",
      caption: "Người lao động tại một doanh nghiệp chế biến gỗ trong Khu công nghiệp Nam Hải Lâm",
      alt: "Xưởng sản xuất rộng, công nhân mặc áo xanh, đội mũ bảo hộ màu vàng và màu xanh đang làm việc bên máy móc",
    },
    author: "editor",
    views: 2384,
  },
  {
    title: "Đại hội điểm Công đoàn cơ sở Sở Tư pháp tỉnh, nhiệm kỳ 2020 – 2025 thành công tốt đẹp",
    summary:
      "Ngày 19/6/2020, Công đoàn cơ sở Sở Tư pháp tổ chức Đại hội lần thứ VI, nhiệm kỳ 2020 – 2025. Là đại hội điểm của khối công đoàn cơ sở trực thuộc Công đoàn Viên chức tỉnh, Đại hội bầu Ban Chấp hành gồm 7 đồng chí và thông qua 8 chỉ tiêu cho 5 năm tới.",
    body: [
      "Sáng ngày 19/6/2020, Công đoàn cơ sở (CĐCS) Sở Tư pháp tỉnh Hải Lâm tổ chức Đại hội lần thứ VI, nhiệm kỳ 2020 – 2025. Dự Đại hội có đồng chí Nông Thị Hải Yến, Phó Chủ tịch Công đoàn Viên chức tỉnh; đồng chí Lâm Quốc Toản, Bí thư Đảng ủy, Giám đốc Sở Tư pháp; đại diện CĐCS một số sở, ngành đến học tập kinh nghiệm, cùng 64 đoàn viên công đoàn của đơn vị.",
      "Trong nhiệm kỳ 2015 – 2020, CĐCS Sở Tư pháp đã phối hợp chặt chẽ với lãnh đạo cơ quan thực hiện tốt quy chế dân chủ ở cơ sở, tổ chức Hội nghị cán bộ, công chức, viên chức hằng năm đúng quy định. Công đoàn đã thăm hỏi, hỗ trợ 37 lượt đoàn viên ốm đau, gia đình có việc hiếu; giới thiệu 6 đoàn viên ưu tú để Đảng xem xét kết nạp. Nhiều năm liền, CĐCS được Công đoàn Viên chức tỉnh xếp loại hoàn thành xuất sắc nhiệm vụ.",
      "Đại hội đã thảo luận, thống nhất 8 chỉ tiêu cho nhiệm kỳ mới, trong đó phấn đấu 100% đoàn viên được học tập, quán triệt các chủ trương, chính sách mới; hằng năm có ít nhất 85% đoàn viên đạt danh hiệu Lao động tiên tiến; mỗi đoàn viên ủng hộ Quỹ “Mái ấm Công đoàn” tối thiểu một ngày lương. Nhiều ý kiến đề xuất đẩy mạnh ứng dụng công nghệ thông tin trong sinh hoạt công đoàn, tổ chức thêm các hoạt động văn hóa, thể thao cho đoàn viên trẻ.",
      "Phát biểu chỉ đạo, đồng chí Nông Thị Hải Yến ghi nhận CĐCS Sở Tư pháp đã chuẩn bị chu đáo văn kiện, nhân sự, tổ chức Đại hội đúng quy trình theo Điều lệ Công đoàn Việt Nam và bảo đảm các biện pháp phòng, chống dịch COVID-19. Đại hội đã bầu Ban Chấp hành khóa VI gồm 7 đồng chí; tại phiên họp thứ nhất, đồng chí Quách Thị Huyền, Phó Chánh Văn phòng Sở, được bầu giữ chức Chủ tịch CĐCS nhiệm kỳ 2020 – 2025.",
    ],
    unit: "cong-doan-vien-chuc-tinh",
    category: "tin-hoat-dong",
    publishedAt: "2020-06-22T14:35",
    byline: "Tin & ảnh: Nguyễn Thị Mai Hương, Công đoàn Viên chức tỉnh",
    cover: {
      scene: "conference",
      caption: "Đoàn Chủ tịch điều hành Đại hội",
      alt: "Hội trường treo băng rôn đỏ, đoàn chủ tịch ngồi sau bàn phía trên, đoàn viên ngồi dự Đại hội nhìn từ phía sau",
    },
    author: "contributor",
    views: 415,
  },
  {
    title: "Trao nhà “Mái ấm Công đoàn” cho nữ đoàn viên có hoàn cảnh khó khăn ở xã Đồng Lạc",
    summary:
      "Chiều 13/8/2020, Liên đoàn Lao động huyện Tân Phong bàn giao nhà “Mái ấm Công đoàn” cho chị Triệu Thị Nhung, công nhân Công ty cổ phần Chè Tân Phong. Ngôi nhà có tổng kinh phí 110 triệu đồng, trong đó Quỹ “Mái ấm Công đoàn” hỗ trợ 50 triệu đồng.",
    body: [
      "Chiều ngày 13/8/2020, tại xã Đồng Lạc, Liên đoàn Lao động (LĐLĐ) huyện Tân Phong phối hợp với Công đoàn cơ sở Công ty cổ phần Chè Tân Phong tổ chức lễ bàn giao nhà “Mái ấm Công đoàn” cho đoàn viên Triệu Thị Nhung. Đến dự có đồng chí Hà Thị Phương Lan, Phó Chủ tịch Thường trực LĐLĐ tỉnh; lãnh đạo Ủy ban nhân dân xã Đồng Lạc, Ban Giám đốc Công ty cùng đông đảo đoàn viên và bà con hàng xóm.",
      "Chị Triệu Thị Nhung năm nay 41 tuổi, là công nhân hái chè của Công ty đã gần 15 năm. Chồng mất sớm vì bạo bệnh, một mình chị nuôi hai con đang tuổi đi học và mẹ chồng già yếu. Căn nhà gỗ cũ dựng từ hơn 20 năm trước đã xuống cấp nặng, mỗi mùa mưa bão lại dột nát, không bảo đảm an toàn. Nắm được hoàn cảnh đó, Công đoàn cơ sở đã đề xuất LĐLĐ huyện xem xét hỗ trợ từ Quỹ “Mái ấm Công đoàn”.",
      "Ngôi nhà mới được xây dựng trong hơn hai tháng, diện tích 56 m², tường xây, mái lợp tôn chống nóng, với tổng kinh phí 110 triệu đồng. Trong đó, Quỹ “Mái ấm Công đoàn” tỉnh hỗ trợ 50 triệu đồng, Công ty cổ phần Chè Tân Phong hỗ trợ 20 triệu đồng, đoàn viên trong Công ty quyên góp 8 triệu đồng cùng nhiều ngày công lao động; số còn lại do gia đình và họ hàng đóng góp.",
      "Xúc động nhận chìa khóa ngôi nhà mới, chị Nhung bày tỏ lòng biết ơn tổ chức công đoàn, lãnh đạo Công ty và bạn bè đồng nghiệp đã chung tay giúp đỡ. Phát biểu tại buổi lễ, đồng chí Hà Thị Phương Lan mong gia đình chị sớm ổn định cuộc sống, tiếp tục gắn bó lâu dài với doanh nghiệp. Từ năm 2018 đến nay, LĐLĐ huyện Tân Phong đã phối hợp hỗ trợ xây mới, sửa chữa 11 “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở./.",
    ],
    unit: "ldld-huyen-tan-phong",
    category: "tin-hoat-dong",
    publishedAt: "2020-08-14T17:25",
    byline: "Phạm Thu Trang (LĐLĐ huyện Tân Phong)",
    cover: {
      scene: "charity",
      caption: "Trao quà và bàn giao nhà “Mái ấm Công đoàn” cho gia đình chị Triệu Thị Nhung",
      alt: "Cán bộ công đoàn trao hộp quà cho một người phụ nữ và hai con nhỏ đứng trước ngôi nhà nhỏ mới xây",
    },
    author: "editor",
    views: 1476,
  },
  {
    title: "Người lao động kiến nghị về nhà trọ, nhà trẻ tại buổi đối thoại với Chủ tịch UBND thành phố",
    summary:
      "Ngày 15/10/2020, Liên đoàn Lao động thành phố Hải Lâm phối hợp với Ủy ban nhân dân thành phố tổ chức Hội nghị đối thoại giữa Chủ tịch UBND thành phố với công nhân lao động năm 2020; 14 nhóm ý kiến, kiến nghị đã được giải đáp trực tiếp.",
    body: [
      "Chiều ngày 15/10/2020, tại Phòng họp số 1, Liên đoàn Lao động (LĐLĐ) thành phố Hải Lâm phối hợp với Ủy ban nhân dân (UBND) thành phố tổ chức Hội nghị đối thoại giữa Chủ tịch UBND thành phố với công nhân lao động năm 2020. Chủ trì Hội nghị có đồng chí Lê Quang Vinh, Chủ tịch UBND thành phố, và đồng chí Cao Thị Thu Hiền, Chủ tịch LĐLĐ thành phố. Tham dự có lãnh đạo các phòng chuyên môn, đại diện chủ doanh nghiệp cùng 42 công nhân lao động tiêu biểu.",
      "Trước Hội nghị, LĐLĐ thành phố đã lấy ý kiến tại 32 công đoàn cơ sở doanh nghiệp, tổng hợp được 14 nhóm ý kiến, kiến nghị. Các ý kiến tập trung vào việc thiếu nhà trọ giá rẻ gần khu công nghiệp, chưa có nhóm lớp mầm non nhận trông trẻ theo ca, tình trạng một số doanh nghiệp chậm đóng bảo hiểm xã hội, cũng như khó khăn về việc làm, thu nhập của người lao động do ảnh hưởng của dịch COVID-19.",
      {
        photo: {
          scene: "meeting",
          caption: "Quang cảnh buổi đối thoại tại Phòng họp UBND thành phố",
          alt: "Phòng họp có bàn hình bầu dục, đại biểu ngồi quanh bàn, cuối phòng là màn hình lớn trình chiếu nội dung đối thoại",
        },
      },
      "Trên tinh thần cầu thị, lãnh đạo UBND thành phố và các phòng chuyên môn đã trả lời trực tiếp từng ý kiến. Đồng chí Lê Quang Vinh cho biết, thành phố đang kêu gọi đầu tư một khu nhà ở xã hội gần Khu công nghiệp Nam Hải Lâm và sẽ chỉ đạo mở thêm nhóm lớp trông trẻ ngoài giờ tại hai phường có đông công nhân. Đối với các doanh nghiệp nợ bảo hiểm xã hội, UBND thành phố giao cơ quan chức năng kiểm tra, đôn đốc, xử lý nghiêm theo quy định.",
      "Kết luận Hội nghị, đồng chí Cao Thị Thu Hiền đề nghị các công đoàn cơ sở tiếp tục theo dõi việc giải quyết các kiến nghị, thông tin kịp thời kết quả đến người lao động. Những nội dung chưa được trả lời tại Hội nghị sẽ được LĐLĐ thành phố tổng hợp, đề nghị các cơ quan liên quan trả lời bằng văn bản trước ngày 15/11/2020. Đây là năm thứ ba liên tiếp thành phố tổ chức đối thoại với công nhân lao động.",
    ],
    unit: "ldld-thanh-pho-hai-lam",
    category: "tin-tuc-su-kien",
    publishedAt: "2020-10-16T20:05",
    byline: "Ngọc Ánh – LĐLĐ thành phố",
    author: "editor",
    views: 1057,
  },
  {
    title: "Cô giáo Lành Thị Hoa và 12 năm gieo chữ ở điểm trường vùng cao Khuổi Mìn",
    summary:
      "Hơn 12 năm gắn bó với điểm trường Khuổi Mìn của Trường Tiểu học và THCS xã Phong Nậm, huyện Tân Phong, cô giáo Lành Thị Hoa vừa là giáo viên dạy giỏi, vừa là Chủ tịch công đoàn cơ sở tận tụy, được đồng nghiệp tin yêu.",
    body: [
      "Từ trung tâm xã Phong Nậm vào điểm trường Khuổi Mìn phải đi gần 14 km đường đất, mùa mưa nhiều đoạn trơn trượt, xe máy không thể đi được. Năm 2008, vừa tốt nghiệp Trường Cao đẳng Sư phạm, cô giáo Lành Thị Hoa tình nguyện nhận công tác tại đây. Khi ấy, điểm trường chỉ có hai phòng học tạm bằng tre nứa, học sinh hầu hết là con em đồng bào Dao, nhiều em chưa nói thạo tiếng Việt.",
      "Để học sinh không bỏ học, cô Hoa cùng đồng nghiệp kiên trì đến từng nhà vận động, học thêm tiếng Dao để dễ trò chuyện với phụ huynh. Cô tự làm đồ dùng dạy học từ vật liệu sẵn có, tổ chức các giờ đọc sách buổi chiều cho học sinh bán trú. Nhiều năm liền, lớp cô chủ nhiệm duy trì sĩ số 100%, tỷ lệ học sinh hoàn thành chương trình lớp học đạt trên 95%. Cô hai lần đạt danh hiệu Giáo viên dạy giỏi cấp huyện.",
      { heading: "Người “giữ lửa” công đoàn ở điểm trường lẻ" },
      "Từ năm 2015, cô Hoa được đồng nghiệp tín nhiệm bầu làm Chủ tịch công đoàn cơ sở nhà trường. Với 38 đoàn viên, phần đông công tác ở các điểm trường lẻ, cô chủ động đề xuất với Ban Giám hiệu bố trí lịch luân chuyển hợp lý, vận động đoàn viên góp ngày công sửa lại nhà công vụ, dựng bếp ăn bán trú. Công đoàn nhà trường còn kết nối các nhà hảo tâm ủng hộ gần 300 bộ quần áo ấm, chăn màn cho học sinh mỗi mùa đông.",
      "Ghi nhận những đóng góp đó, năm học 2019 – 2020, cô Lành Thị Hoa được Liên đoàn Lao động tỉnh tặng Bằng khen về thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà”. Nhân dịp kỷ niệm 38 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2020), chia sẻ với chúng tôi, cô Hoa chỉ mong điểm trường sớm có thêm phòng học kiên cố để các em học sinh Khuổi Mìn được đến trường đầy đủ và có cơ hội đi xa hơn trên con đường học tập.",
    ],
    unit: "cong-doan-nganh-giao-duc",
    category: "guong-dien-hinh",
    publishedAt: "2020-11-17T07:50",
    byline: "Bùi Thị Thanh Xuân (Công đoàn ngành Giáo dục tỉnh)",
    author: "editor",
    views: 1739,
  },
];
