import { defineMessages } from '../i18n/locale';

/** Pages opened from emailed links: confirm the address, set a new password, confirm a new contact address. */
export const tokenMessages = defineMessages({
  'zh-TW': {
    missingToken:
      '這個連結不完整，缺少驗證碼。請從信中複製完整的連結貼到瀏覽器，或重新申請一封信。',
    verifyTitle: '驗證電子郵件',
    verifyIntro: '請按下方按鈕，確認這是您的電子郵件地址並啟用帳號。',
    verifyButton: '確認我的電子郵件',
    verifyDoneTitle: '電子郵件已驗證',
    verifyDone: '您的帳號已啟用，現在可以登入。',
    verifyInvalid:
      '這個連結無法使用：可能已經用過、超過 {hours} 小時有效期限，或複製不完整。如果您之前已完成驗證，直接登入即可；否則請申請新的驗證信。',
    resendLink: '重寄驗證信',
    resetTitle: '設定新密碼',
    resetIntro: '請設定新密碼。完成後，若帳號先前因密碼錯誤被鎖定，也會一併解除鎖定。',
    resetSubmit: '設定新密碼',
    resetDoneTitle: '密碼已設定',
    resetDone:
      '新密碼已生效，帳號也已解除鎖定。為了安全，所有已登入的裝置都已登出，並寄了一封通知信給您。請用新密碼登入。',
    resetInvalid:
      '這個連結無法使用：可能已經用過、超過 {minutes} 分鐘有效期限，或已申請了更新的連結。請重新申請重設密碼。',
    newResetLink: '重新申請重設密碼連結',
    contactTitle: '確認新的電子郵件地址',
    contactIntro: '您在資料異動申請中填寫了這個新的電子郵件地址。請按下方按鈕確認，變更才會生效。',
    contactButton: '確認這個電子郵件地址',
    contactDoneTitle: '新的電子郵件地址已確認',
    contactDone: '申請案 {number} 目前狀態：{status}。之後的通知會寄到這個新地址。',
    contactInvalid:
      '這個連結無法使用：可能已經用過、超過 {hours} 小時有效期限，或申請案已撤回。請登入後查看申請案的狀態。',
    myCases: '查看我的申請案',
  },
  en: {
    missingToken:
      'This link is incomplete: its code is missing. Copy the whole link from the email into the browser, or ask for a new email.',
    verifyTitle: 'Confirm your email address',
    verifyIntro:
      'Press the button to confirm that this is your email address and activate your account.',
    verifyButton: 'Confirm my email address',
    verifyDoneTitle: 'Email address confirmed',
    verifyDone: 'Your account is active: you can log in now.',
    verifyInvalid:
      'This link does not work: it may have been used already, be more than {hours} hours old, or be incomplete. If you confirmed your address before, just log in; otherwise ask for a new confirmation email.',
    resendLink: 'Send the confirmation email again',
    resetTitle: 'Set a new password',
    resetIntro:
      'Choose a new password. If the account was locked after wrong passwords, this also unlocks it.',
    resetSubmit: 'Set the new password',
    resetDoneTitle: 'Password set',
    resetDone:
      'Your new password works now and the account is unlocked. For your security every device that was logged in has been logged out, and we have emailed you a notice. Log in with the new password.',
    resetInvalid:
      'This link does not work: it may have been used already, be more than {minutes} minutes old, or a newer link may have been sent. Ask for a new password reset link.',
    newResetLink: 'Ask for a new reset link',
    contactTitle: 'Confirm your new email address',
    contactIntro:
      'This new email address was given in a data amendment application. Press the button to confirm it; the change takes effect once confirmed.',
    contactButton: 'Confirm this email address',
    contactDoneTitle: 'New email address confirmed',
    contactDone:
      'Application {number} is now: {status}. Notices will go to the new address from now on.',
    contactInvalid:
      'This link does not work: it may have been used already, be more than {hours} hours old, or the application may have been withdrawn. Log in to see the application’s status.',
    myCases: 'See my cases',
  },
});
