import { defineMessages } from '../i18n/locale';

/** The data steps: basic data, passport, residence, UI number. */
export const fieldMessages = defineMessages({
  'zh-TW': {
    basicIntro: '只需修改要變更的欄位，其他欄位保持不變即可。',
    basicOthers: '其他基本資料（例如國籍）無法在這裡變更；國籍變更須重新申請就業金卡。',
    englishSurname: '英文姓氏',
    englishGivenName: '英文名字',
    englishHint: '與護照相同，使用大寫英文字母、空格或連字號。',
    chineseName: '中文姓名（選填）',
    chineseHint: '僅限中文字，沒有中文姓名請留空。',
    sex: '性別',
    male: '男',
    female: '女',
    sexCurrent: '目前登記：{value}',
    email: '電子郵件',
    emailHint: '送出後，我們會寄確認信到新的信箱，點選信中的連結後才會生效。',
    mobile: '臺灣手機號碼',
    mobileHint: '09 開頭共 10 碼數字，例如 0912345678。',
    passportIntro: '請依新護照的資料頁填寫。護照號碼變更免收規費，但會製發新卡（約 2 週）。',
    passportNumber: '護照號碼',
    passportNumberHint: '英文字母與數字，不含空格。',
    issuingCountry: '發照國家',
    chooseCountry: '請選擇國家',
    issueDate: '發照日期',
    expiryDate: '效期截止日',
    expiryHint: '護照須至少還有 6 個月效期。',
    residenceIntro: '請填寫在臺灣的居留地址，縣市與鄉鎮市區請從清單選擇，其餘地址以正體中文填寫。',
    deadlineTitle: '請在搬家後 30 日內申請',
    deadlineBody:
      '居留地址變更應於遷入後 30 日內申請。逾期申請，可能處新臺幣 2,000 元以上 10,000 元以下罰鍰。地址變更免收規費，核准後會製發新卡。',
    city: '縣市',
    chooseCity: '請選擇縣市',
    district: '鄉鎮市區',
    chooseDistrict: '請選擇鄉鎮市區',
    chooseCityFirst: '請先選擇縣市。',
    postalCode: '郵遞區號：{code}',
    line: '街道、巷弄、號、樓',
    lineHint: '以正體中文填寫，例如：忠孝東路四段100號5樓。',
    collectionTitle: '領證地點',
    collectionIntro: '核准後，新卡會送到您選擇的移民署服務站，請本人攜帶舊卡前往領取。',
    collectionPlace: '領證服務站',
    choosePlace: '請選擇服務站',
    collectionNotSelected: '若要變更領證地點，請在「要變更什麼」勾選「領證地點」或「居留地址」。',
    uiIntro: '統一證號是您在臺灣的身分號碼，會印在新的就業金卡上。',
    uiCurrent: '目前的統一證號：{uiNumber}',
    uiNewFormatTitle: '換發新式統一證號',
    uiNewFormatBody:
      '舊式號碼（第 2 碼為英文字母）自 2031 年 1 月 1 日起失效。換成新式號碼（第 2 碼為 8 或 9）不另收費，會隨本次異動製發新卡。舊號碼仍會保留在您的紀錄中，銀行等單位仍可查到。',
    uiNewFormatAlready:
      '您目前的號碼已是新式號碼。若只是要換新式號碼，可以在「要變更什麼」取消這個項目。',
    uiPersonalTitle: '因個人因素變更統一證號',
    uiPersonalBody:
      '若號碼的諧音或含意不雅等個人因素，可申請配發新號碼。請準備「變更統一證號理由書」：寫明原因並簽名，在「文件上傳」步驟上傳，另須上傳現持就業金卡正反面。核准後製發新卡，須繳納補發規費。',
    uiNothingToFill: '這個步驟不需要填寫欄位，閱讀後按「儲存並繼續」。',
  },
  en: {
    basicIntro: 'Change only the fields that change; leave the others as they are.',
    basicOthers:
      'Other basic data (such as nationality) cannot be changed here; a change of nationality needs a new Gold Card application.',
    englishSurname: 'Surname (as in the passport)',
    englishGivenName: 'Given names (as in the passport)',
    englishHint: 'As in the passport: capital letters A–Z, spaces or hyphens.',
    chineseName: 'Chinese name (optional)',
    chineseHint: 'Chinese characters only. Leave empty if you have no Chinese name.',
    sex: 'Sex',
    male: 'Male',
    female: 'Female',
    sexCurrent: 'Registered now: {value}',
    email: 'Email address',
    emailHint:
      'After you submit, we send a link to the new address; the change takes effect once you open it.',
    mobile: 'Taiwan mobile number',
    mobileHint: '10 digits starting with 09, for example 0912345678.',
    passportIntro:
      'Copy the data page of the new passport. A change of passport number costs nothing, but a new card is printed (about 2 weeks).',
    passportNumber: 'Passport number',
    passportNumberHint: 'Letters and digits, no spaces.',
    issuingCountry: 'Issuing country',
    chooseCountry: 'Choose a country',
    issueDate: 'Date of issue',
    expiryDate: 'Date of expiry',
    expiryHint: 'The passport must be valid for at least 6 more months.',
    residenceIntro:
      'Your residence address in Taiwan. Choose the city or county and the district from the lists; write the rest in Traditional Chinese.',
    deadlineTitle: 'File within 30 days of moving',
    deadlineBody:
      'A change of residence address must be filed within 30 days of moving in. Filing late can be fined NT$2,000 to NT$10,000. The change itself costs nothing; a new card is printed once approved.',
    city: 'City or county',
    chooseCity: 'Choose a city or county',
    district: 'District or township',
    chooseDistrict: 'Choose a district',
    chooseCityFirst: 'Choose the city or county first.',
    postalCode: 'Postal code: {code}',
    line: 'Street, lane, number and floor',
    lineHint: 'In Traditional Chinese, for example 忠孝東路四段100號5樓.',
    collectionTitle: 'Where to collect the card',
    collectionIntro:
      'Once approved, the new card goes to the NIA service centre you choose. Collect it in person and bring the current card.',
    collectionPlace: 'Service centre',
    choosePlace: 'Choose a service centre',
    collectionNotSelected:
      'To change where you collect the card, tick “Card collection place” or “Residence address” under “What changes”.',
    uiIntro:
      'The UI number is your identification number in Taiwan; it is printed on the new card.',
    uiCurrent: 'Your UI number now: {uiNumber}',
    uiNewFormatTitle: 'Switch to the new-format UI number',
    uiNewFormatBody:
      'Old-format numbers (a letter in second place) stop being valid on 1 January 2031. Switching to the new format (8 or 9 in second place) costs nothing extra and comes with the new card of this application. Your old number stays on your record, so banks and others can still find you.',
    uiNewFormatAlready:
      'Your number already has the new format. If that was the only reason, untick this change under “What changes”.',
    uiPersonalTitle: 'A new UI number for personal reasons',
    uiPersonalBody:
      'If the number has an unfortunate sound or meaning, or for another personal reason, you can ask for a new one. Prepare a signed statement of your reasons and upload it on the “Documents” step, with both sides of your current card. A new card is printed once approved, and the reissue fee is due.',
    uiNothingToFill:
      'There is nothing to fill in on this step: read it, then choose “Save and continue”.',
  },
});
