import { defineMessages } from '../i18n/locale';

export const registerMessages = defineMessages({
  'zh-TW': {
    title: '註冊帳號',
    intro:
      '註冊後即可線上申請就業金卡資料異動。請填寫下列資料；我們會寄一封信到您的電子郵件，開啟信中的連結後帳號才能使用。',
    haveAccount: '已經有帳號了？登入',
    roleTitle: '您是誰？',
    roleApplicant: '就業金卡持卡人',
    roleApplicantHint: '為自己申請變更資料。第一次申請時，需要您的統一證號、出生日期與護照號碼。',
    roleEmployer: '雇主',
    roleEmployerHint:
      '公司為員工（持卡人）代為申請。員工需先在網站上授權貴公司，或由您上傳委任書。',
    roleAgency: '代辦機構',
    roleAgencyHint: '受持卡人委任的代辦業者，可代為申請，也可用 API 從自己的系統送件。',
    roleRequired: '請選擇您的身分',
    organisationName: '公司或機構名稱',
    organisationHint: '與登記名稱相同，例如「金卡科技股份有限公司」。',
    accountTitle: '帳號資料',
    accountName: '帳號',
    accountHint:
      '4 到 64 個字元：英文字母、數字、句點（.）、連字號（-）或底線（_），以字母或數字開頭。登入時使用，註冊後不能更改。',
    accountInvalid:
      '帳號須為 4 到 64 個字元，只能用英文字母、數字、句點、連字號或底線，並以字母或數字開頭',
    displayName: '姓名',
    displayNameHint: '移民署同仁與通知信中看到的名字。雇主或代辦機構請填聯絡人姓名。',
    emailHint: '驗證信、密碼重設與案件通知都會寄到這裡。',
    localeTitle: '通知信的語言',
    localeZh: '中文',
    localeEn: 'English（英文）',
    passwordTitle: '設定密碼',
    captchaTitle: '確認您不是機器人',
    submit: '建立帳號',
    sentTitle: '請到信箱收信',
    sentBody: '我們已寄出一封信到 {email}。請開啟信中的連結並按「確認」，帳號才能使用。',
    sentValidity: '連結在 {hours} 小時內有效，而且只能使用一次。完成驗證後即可登入。',
    sentNotArrivedTitle: '沒有收到信？',
    sentTip1: '信可能要幾分鐘才會到，請稍候再看看。',
    sentTip2: '請查看垃圾郵件或促銷郵件資料夾。',
    sentTip3:
      '確認上面的電子郵件地址是否正確。如果打錯了，請用正確的地址與另一個帳號名稱重新註冊。',
    sentTip4: '仍然沒有收到，可以按下方按鈕重寄；舊的連結會失效，請使用最新的那封信。',
    sentTip5: '多次重寄仍收不到，請洽移民署各服務站。',
    resend: '重寄驗證信',
    resent: '已重寄：{message}',
  },
  en: {
    title: 'Register',
    intro:
      'With an account you can apply online to amend Gold Card data. Fill in the details below; we will email you a link, and the account works once you have opened it.',
    haveAccount: 'Already have an account? Log in',
    roleTitle: 'Who are you?',
    roleApplicant: 'Gold Card holder',
    roleApplicantHint:
      'You apply to change your own data. The first time, you need your UI number, date of birth and passport number.',
    roleEmployer: 'Employer',
    roleEmployerHint:
      'Your company applies for employees who hold a Gold Card. Each employee first authorises your company on this site, or you upload their signed power of attorney.',
    roleAgency: 'Agency',
    roleAgencyHint:
      'A service agency mandated by holders; it can apply for them here or send cases from its own software through the API.',
    roleRequired: 'Select who you are',
    organisationName: 'Company or organisation name',
    organisationHint: 'As registered, for example “Gold Card Technology Co., Ltd.”.',
    accountTitle: 'Your account',
    accountName: 'Account name',
    accountHint:
      '4 to 64 characters: letters, digits, dot (.), hyphen (-) or underscore (_), starting with a letter or digit. You log in with it; it cannot be changed later.',
    accountInvalid:
      'The account name must be 4 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit',
    displayName: 'Your name',
    displayNameHint:
      'The name officers and our emails use. Employers and agencies: the contact person’s name.',
    emailHint: 'Confirmation, password reset and case notices are sent here.',
    localeTitle: 'Language of our emails',
    localeZh: '中文 (Chinese)',
    localeEn: 'English',
    passwordTitle: 'Choose a password',
    captchaTitle: 'Check that you are not a robot',
    submit: 'Create account',
    sentTitle: 'Check your email',
    sentBody:
      'We have sent an email to {email}. Open its link and press “Confirm” to activate your account.',
    sentValidity:
      'The link works for {hours} hours, and only once. Once confirmed, you can log in.',
    sentNotArrivedTitle: 'No email?',
    sentTip1: 'It can take a few minutes to arrive.',
    sentTip2: 'Look in your spam or junk folder.',
    sentTip3:
      'Check the address above. If it is wrong, register again with the right address and another account name.',
    sentTip4:
      'Still nothing? Send it again with the button below; the old link then stops working, so use the newest email.',
    sentTip5: 'If it never arrives, contact any NIA service centre.',
    resend: 'Send the email again',
    resent: 'Sent again: {message}',
  },
});
