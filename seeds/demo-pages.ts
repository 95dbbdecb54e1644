// The demo "about" section of the fictional Hải Lâm provincial union, written by the Bản tin team.
// A block is a paragraph, a sub-heading or a list; the seed turns them into sanitised HTML.

export type DemoPageBlock = string | { heading: string } | { list: string[] };

export type DemoPage = {
  slug: string;
  title: string;
  summary: string;
  /** The page it is nested under, by slug. */
  parent: string | null;
  lang: "vi" | "en";
  /** Shows the contact block from the site settings under the text. */
  showContacts?: boolean;
  body: DemoPageBlock[];
};

export const demoPages: DemoPage[] = [
  {
    slug: "gioi-thieu",
    title: "Giới thiệu",
    summary: "Liên đoàn Lao động tỉnh Hải Lâm: chức năng, nhiệm vụ và các đơn vị trực thuộc.",
    parent: null,
    lang: "vi",
    body: [
      "Liên đoàn Lao động tỉnh Hải Lâm là tổ chức chính trị – xã hội của giai cấp công nhân và người lao động trong tỉnh, đại diện, chăm lo và bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên công đoàn và người lao động.",
      "Hệ thống tổ chức gồm Công đoàn Viên chức tỉnh, Công đoàn ngành Giáo dục, Liên đoàn Lao động thành phố Hải Lâm, Liên đoàn Lao động huyện Tân Phong và hơn 900 công đoàn cơ sở với trên 62.000 đoàn viên.",
      { heading: "Chức năng, nhiệm vụ" },
      {
        list: [
          "Đại diện người lao động tham gia xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ tại doanh nghiệp và cơ quan, đơn vị.",
          "Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước liên quan đến người lao động.",
          "Tổ chức phong trào thi đua yêu nước, phát triển đoàn viên và xây dựng tổ chức công đoàn vững mạnh.",
          "Chăm lo đời sống vật chất, tinh thần của đoàn viên, nhất là đoàn viên có hoàn cảnh khó khăn.",
        ],
      },
      "Các trang trong mục này giới thiệu truyền thống, cơ cấu tổ chức và Ban Thường vụ, cùng cách liên hệ với cơ quan Liên đoàn.",
    ],
  },
  {
    slug: "lich-su-truyen-thong",
    title: "Lịch sử truyền thống",
    summary: "Những chặng đường hình thành và phát triển của tổ chức Công đoàn tỉnh Hải Lâm.",
    parent: "gioi-thieu",
    lang: "vi",
    body: [
      "Tổ chức Công đoàn tỉnh Hải Lâm ra đời từ những nghiệp đoàn của công nhân bến cảng và thợ dệt ven sông, gắn bó với phong trào đấu tranh đòi quyền lợi cho người lao động của địa phương.",
      { heading: "Những mốc son" },
      {
        list: [
          "1947: thành lập Ban Liên hiệp Công đoàn tỉnh, vận động công nhân tham gia sản xuất và kháng chiến.",
          "1976: kiện toàn tổ chức thành Liên hiệp Công đoàn tỉnh sau ngày thống nhất đất nước.",
          "1988: đổi tên thành Liên đoàn Lao động tỉnh theo Điều lệ Công đoàn Việt Nam.",
          "2023: Đại hội Công đoàn tỉnh lần thứ XII, nhiệm kỳ 2023–2028.",
        ],
      },
      "Qua các thời kỳ, Công đoàn tỉnh được tặng thưởng nhiều Huân chương Lao động và cờ thi đua của Tổng Liên đoàn Lao động Việt Nam.",
    ],
  },
  {
    slug: "co-cau-to-chuc",
    title: "Cơ cấu tổ chức",
    summary: "Cơ quan Liên đoàn Lao động tỉnh và các công đoàn cấp trên trực tiếp cơ sở.",
    parent: "gioi-thieu",
    lang: "vi",
    body: [
      { heading: "Cơ quan Liên đoàn Lao động tỉnh" },
      { list: ["Văn phòng", "Ban Tổ chức", "Ban Tuyên giáo – Nữ công", "Ban Chính sách – Pháp luật", "Ủy ban Kiểm tra"] },
      { heading: "Công đoàn cấp trên trực tiếp cơ sở" },
      {
        list: [
          "Công đoàn Viên chức tỉnh",
          "Công đoàn ngành Giáo dục tỉnh",
          "Liên đoàn Lao động thành phố Hải Lâm",
          "Liên đoàn Lao động huyện Tân Phong",
        ],
      },
    ],
  },
  {
    slug: "ban-thuong-vu",
    title: "Ban Thường vụ",
    summary: "Ban Thường vụ Liên đoàn Lao động tỉnh Hải Lâm khóa XII, nhiệm kỳ 2023–2028.",
    parent: "gioi-thieu",
    lang: "vi",
    body: [
      "Ban Thường vụ Liên đoàn Lao động tỉnh khóa XII gồm 9 đồng chí, do Ban Chấp hành bầu tại kỳ họp thứ nhất.",
      {
        list: [
          "Chủ tịch: đồng chí Phạm Minh Hòa",
          "Phó Chủ tịch Thường trực: đồng chí Đỗ Thị Lan",
          "Phó Chủ tịch: đồng chí Vũ Quốc Tuấn",
          "Ủy viên: các đồng chí Trưởng các ban và Chủ nhiệm Ủy ban Kiểm tra",
        ],
      },
    ],
  },
  {
    slug: "lien-he",
    title: "Liên hệ",
    summary: "Địa chỉ, điện thoại và thư điện tử của cơ quan Liên đoàn Lao động tỉnh Hải Lâm.",
    parent: null,
    lang: "vi",
    showContacts: true,
    body: [
      "Đoàn viên, người lao động cần tư vấn pháp luật, phản ánh về quyền lợi hoặc gửi tin bài cho trang tin xin liên hệ với cơ quan Liên đoàn Lao động tỉnh theo địa chỉ dưới đây.",
      "Tin bài, ảnh hoạt động của các công đoàn cơ sở xin gửi kèm tên người viết, đơn vị và số điện thoại để Ban biên tập tiện trao đổi.",
    ],
  },
  {
    slug: "about-us",
    title: "About us",
    summary: "The Hai Lam Provincial Federation of Labour in brief.",
    parent: null,
    lang: "en",
    body: [
      "The Hai Lam Provincial Federation of Labour represents more than 62,000 union members in over 900 grassroots trade unions across the province.",
      "It protects the lawful rights and interests of workers, organises emulation movements and takes care of members in difficulty, working with employers and the provincial authorities.",
      "For enquiries in English, please write to the Federation's office; the address is given on the contact page.",
    ],
  },
];
