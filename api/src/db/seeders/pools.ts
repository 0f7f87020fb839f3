/** Word pools for realistic demo holders. Addresses are real district names, invented numbers. */
export interface NamePool {
  nationality: string;
  phonePrefix: string;
  surnames: readonly string[];
  givenNames: readonly string[];
  /** Chinese names some holders of this nationality register; empty when rare. */
  chineseNames: readonly string[];
  cities: readonly string[];
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    nationality: 'US',
    phonePrefix: '+1',
    surnames: ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'GARCIA', 'MILLER', 'DAVIS', 'MARTINEZ'],
    givenNames: ['JOHN', 'EMILY', 'MICHAEL', 'SARAH', 'DAVID', 'JESSICA', 'DANIEL', 'ASHLEY ROSE'],
    chineseNames: ['史密斯', '強森', '威廉斯', '布朗', '米勒'],
    cities: ['SAN FRANCISCO', 'NEW YORK', 'SEATTLE', 'AUSTIN', 'BOSTON'],
  },
  {
    nationality: 'JP',
    phonePrefix: '+81',
    surnames: ['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO'],
    givenNames: ['HARUTO', 'YUI', 'SOTA', 'AOI', 'REN', 'HINA', 'KENJI'],
    chineseNames: ['佐藤健', '鈴木結衣', '高橋蒼太', '田中葵', '渡邊蓮', '伊藤陽菜'],
    cities: ['TOKYO', 'OSAKA', 'KYOTO', 'FUKUOKA'],
  },
  {
    nationality: 'GB',
    phonePrefix: '+44',
    surnames: ['TAYLOR', 'JONES', 'EVANS', 'WILSON', 'THOMAS', 'ROBERTS'],
    givenNames: ['OLIVER', 'AMELIA', 'HARRY', 'ISLA', 'GEORGE', 'AVA'],
    chineseNames: [],
    cities: ['LONDON', 'MANCHESTER', 'EDINBURGH', 'BRISTOL'],
  },
  {
    nationality: 'DE',
    phonePrefix: '+49',
    surnames: ['MULLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER', 'MEYER'],
    givenNames: ['LUKAS', 'MIA', 'LEON', 'EMMA', 'FELIX', 'HANNAH'],
    chineseNames: ['穆勒', '施密特'],
    cities: ['BERLIN', 'MUNICH', 'HAMBURG', 'COLOGNE'],
  },
  {
    nationality: 'FR',
    phonePrefix: '+33',
    surnames: ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'PETIT'],
    givenNames: ['GABRIEL', 'LOUISE', 'RAPHAEL', 'JADE', 'ARTHUR', 'CHLOE'],
    chineseNames: ['馬丁'],
    cities: ['PARIS', 'LYON', 'TOULOUSE', 'BORDEAUX'],
  },
  {
    nationality: 'KR',
    phonePrefix: '+82',
    surnames: ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG'],
    givenNames: ['MIN-JUN', 'SEO-YEON', 'JI-HO', 'HA-EUN', 'DO-YUN', 'SU-AH'],
    chineseNames: ['金敏俊', '李瑞妍', '朴智浩', '崔夏恩', '鄭道允'],
    cities: ['SEOUL', 'BUSAN', 'INCHEON'],
  },
  {
    nationality: 'IN',
    phonePrefix: '+91',
    surnames: ['SHARMA', 'PATEL', 'IYER', 'REDDY', 'GUPTA', 'NAIR'],
    givenNames: ['AARAV', 'ANANYA', 'VIVAAN', 'DIYA', 'ARJUN', 'ISHA'],
    chineseNames: [],
    cities: ['BENGALURU', 'MUMBAI', 'HYDERABAD', 'CHENNAI'],
  },
  {
    nationality: 'MY',
    phonePrefix: '+60',
    surnames: ['TAN', 'LIM', 'LEE', 'WONG', 'NG', 'CHONG'],
    givenNames: ['WEI JIE', 'XIN YI', 'JUN HAO', 'HUI MIN', 'ZHI HAO', 'JIA YING'],
    chineseNames: ['陳偉傑', '林欣怡', '李俊豪', '黃慧敏', '吳志豪', '張佳穎'],
    cities: ['KUALA LUMPUR', 'PENANG', 'JOHOR BAHRU'],
  },
  {
    nationality: 'HK',
    phonePrefix: '+852',
    surnames: ['CHAN', 'LEUNG', 'CHEUNG', 'LAU', 'HO', 'YEUNG'],
    givenNames: ['KA MING', 'WING SZE', 'CHUN HEI', 'HOI YAN', 'TSZ HIN'],
    chineseNames: ['陳家明', '梁詠詩', '張俊熙', '劉凱欣', '何子軒'],
    cities: ['HONG KONG'],
  },
  {
    nationality: 'CA',
    phonePrefix: '+1',
    surnames: ['TREMBLAY', 'ROY', 'GAGNON', 'MACDONALD', 'CAMPBELL'],
    givenNames: ['LIAM', 'OLIVIA', 'NOAH', 'CHARLOTTE', 'ETHAN'],
    chineseNames: [],
    cities: ['TORONTO', 'VANCOUVER', 'MONTREAL'],
  },
];

export interface AddressPool {
  city: string;
  district: string;
  postalCode: string;
  streets: readonly string[];
  centre: string;
}

export const ADDRESS_POOLS: readonly AddressPool[] = [
  {
    city: '臺北市',
    district: '大安區',
    postalCode: '106',
    streets: ['忠孝東路四段', '敦化南路二段', '和平東路一段'],
    centre: 'TPE',
  },
  {
    city: '臺北市',
    district: '信義區',
    postalCode: '110',
    streets: ['信義路五段', '松仁路', '基隆路一段'],
    centre: 'TPE',
  },
  {
    city: '臺北市',
    district: '內湖區',
    postalCode: '114',
    streets: ['瑞光路', '內湖路一段', '成功路四段'],
    centre: 'TPE',
  },
  {
    city: '新北市',
    district: '板橋區',
    postalCode: '220',
    streets: ['文化路一段', '中山路一段', '縣民大道二段'],
    centre: 'NTP',
  },
  {
    city: '新竹市',
    district: '東區',
    postalCode: '300',
    streets: ['光復路二段', '關新路', '食品路'],
    centre: 'HSC',
  },
  {
    city: '桃園市',
    district: '桃園區',
    postalCode: '330',
    streets: ['中正路', '復興路', '經國路'],
    centre: 'TAO',
  },
  {
    city: '臺中市',
    district: '西屯區',
    postalCode: '407',
    streets: ['臺灣大道三段', '市政路', '文心路二段'],
    centre: 'TXG',
  },
  {
    city: '臺南市',
    district: '東區',
    postalCode: '701',
    streets: ['大學路', '東寧路', '林森路一段'],
    centre: 'TNN',
  },
  {
    city: '高雄市',
    district: '前鎮區',
    postalCode: '806',
    streets: ['中華五路', '成功二路', '復興四路'],
    centre: 'KHH',
  },
];

export const OCCUPATIONS = [
  'Software engineer',
  'Data scientist',
  'University professor',
  'Architect',
  'Investment analyst',
  'Product manager',
  'Biotech researcher',
  'Designer',
  'Lawyer',
  'Film producer',
  'Coach',
] as const;

export const EXPERTISE_CODES = [
  'SCIENCE_TECHNOLOGY',
  'DIGITAL',
  'ECONOMY',
  'EDUCATION',
  'CULTURE_ARTS',
  'SPORTS',
  'FINANCE',
  'LAW',
  'ARCHITECTURE',
  'NATIONAL_DEFENCE',
  'ENVIRONMENT',
  'BIOTECHNOLOGY',
  'OTHER',
] as const;
