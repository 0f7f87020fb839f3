/**
 * National Immigration Agency service centres where a Gold Card can be collected (領證地點).
 * Reference data: codes are stable, names shown in zh-TW and English.
 */
export interface ServiceCentre {
  code: string;
  nameZhTw: string;
  nameEn: string;
}

export const SERVICE_CENTRES: readonly ServiceCentre[] = [
  { code: 'TPE', nameZhTw: '臺北市服務站', nameEn: 'Taipei City Service Center' },
  { code: 'NTP', nameZhTw: '新北市服務站', nameEn: 'New Taipei City Service Center' },
  { code: 'KEE', nameZhTw: '基隆市服務站', nameEn: 'Keelung City Service Center' },
  { code: 'TAO', nameZhTw: '桃園市服務站', nameEn: 'Taoyuan City Service Center' },
  { code: 'HSC', nameZhTw: '新竹市服務站', nameEn: 'Hsinchu City Service Center' },
  { code: 'HSQ', nameZhTw: '新竹縣服務站', nameEn: 'Hsinchu County Service Center' },
  { code: 'MIA', nameZhTw: '苗栗縣服務站', nameEn: 'Miaoli County Service Center' },
  { code: 'TXG', nameZhTw: '臺中市服務站', nameEn: 'Taichung City Service Center' },
  { code: 'CHA', nameZhTw: '彰化縣服務站', nameEn: 'Changhua County Service Center' },
  { code: 'NAN', nameZhTw: '南投縣服務站', nameEn: 'Nantou County Service Center' },
  { code: 'YUN', nameZhTw: '雲林縣服務站', nameEn: 'Yunlin County Service Center' },
  { code: 'CYI', nameZhTw: '嘉義市服務站', nameEn: 'Chiayi City Service Center' },
  { code: 'CYQ', nameZhTw: '嘉義縣服務站', nameEn: 'Chiayi County Service Center' },
  { code: 'TNN', nameZhTw: '臺南市服務站', nameEn: 'Tainan City Service Center' },
  { code: 'KHH', nameZhTw: '高雄市服務站', nameEn: 'Kaohsiung City Service Center' },
  { code: 'PIF', nameZhTw: '屏東縣服務站', nameEn: 'Pingtung County Service Center' },
  { code: 'ILA', nameZhTw: '宜蘭縣服務站', nameEn: 'Yilan County Service Center' },
  { code: 'HUA', nameZhTw: '花蓮縣服務站', nameEn: 'Hualien County Service Center' },
  { code: 'TTT', nameZhTw: '臺東縣服務站', nameEn: 'Taitung County Service Center' },
  { code: 'PEN', nameZhTw: '澎湖縣服務站', nameEn: 'Penghu County Service Center' },
  { code: 'KIN', nameZhTw: '金門縣服務站', nameEn: 'Kinmen County Service Center' },
  { code: 'LNN', nameZhTw: '連江縣服務站', nameEn: 'Lienchiang County Service Center' },
];

const BY_CODE = new Map(SERVICE_CENTRES.map((c) => [c.code, c]));

export function serviceCentre(code: string): ServiceCentre | undefined {
  return BY_CODE.get(code);
}
