import { defineMessages } from '../i18n/locale';

/** Forgot password, forgot account name, resend the confirmation email. */
export const recoveryMessages = defineMessages({
  'zh-TW': {
    forgotTitle: '忘記密碼',
    forgotIntro:
      '請輸入帳號註冊時的電子郵件，我們會寄一個連結給您設定新密碼。帳號若因密碼錯誤被鎖定，設定新密碼後也會同時解除鎖定。',
    lockedNotice: '您的帳號因連續輸入錯誤密碼已被鎖定並登出。請用下方表單設定新密碼以解除鎖定。',
    forgotSubmit: '寄送重設密碼連結',
    forgotDoneTitle: '請到信箱收信',
    forgotDone:
      '如果有帳號使用 {email}，我們已寄出設定新密碼的連結。連結在 {minutes} 分鐘內有效，只能使用一次；再申請一次，舊的連結就會失效。',
    sameAnswer:
      '為保護您的隱私，不論這個地址是否有帳號，我們都顯示同樣的訊息，所以這裡無法告訴您地址是否正確。',
    noMailTip: '沒收到信？請查看垃圾郵件資料夾，或確認地址是否為註冊時使用的那一個。',
    nameTitle: '忘記帳號',
    nameIntro: '請輸入註冊時的電子郵件，我們會把使用這個地址的帳號名稱寄給您。',
    nameSubmit: '寄送帳號名稱',
    nameDoneTitle: '請到信箱收信',
    nameDone: '如果有帳號使用 {email}，我們已把帳號名稱寄到這個信箱。',
    resendTitle: '重寄驗證信',
    resendIntro:
      '註冊後要先開啟驗證信中的連結，帳號才能使用。如果沒收到信或連結已過期，請輸入註冊時的電子郵件，我們會寄一封新的。',
    resendSubmit: '重寄驗證信',
    resendDoneTitle: '請到信箱收信',
    resendDone:
      '如果 {email} 有尚未驗證的帳號，我們已寄出新的驗證信，連結在 {hours} 小時內有效；之前寄出的連結已失效。',
    resendAlreadyTip: '如果帳號已經驗證過，就不會再寄信，直接登入即可。',
    otherHelp: '其他協助',
  },
  en: {
    forgotTitle: 'Forgot your password?',
    forgotIntro:
      'Enter the email address of your account and we will send you a link to set a new password. If the account was locked after wrong passwords, setting a new one also unlocks it.',
    lockedNotice:
      'Your account was locked after too many wrong passwords, and you have been logged out. Set a new password with this form to unlock it.',
    forgotSubmit: 'Send the reset link',
    forgotDoneTitle: 'Check your email',
    forgotDone:
      'If an account uses {email}, we have sent it a link to set a new password. The link works for {minutes} minutes and only once; asking again makes the earlier link stop working.',
    sameAnswer:
      'To protect your privacy we give this same answer whether or not an account uses the address, so this page cannot tell you whether it is right.',
    noMailTip:
      'No email? Look in your spam folder, and check that this is the address you registered with.',
    nameTitle: 'Forgot your account name?',
    nameIntro:
      'Enter the email address you registered with and we will email you the account name that uses it.',
    nameSubmit: 'Send my account name',
    nameDoneTitle: 'Check your email',
    nameDone: 'If an account uses {email}, we have emailed its account name there.',
    resendTitle: 'Send the confirmation email again',
    resendIntro:
      'A new account works once the link in its confirmation email has been opened. If the email did not arrive or the link expired, enter the address you registered with and we will send a new one.',
    resendSubmit: 'Send a new confirmation email',
    resendDoneTitle: 'Check your email',
    resendDone:
      'If {email} has an account that is not confirmed yet, we have sent a new link; it works for {hours} hours, and earlier links no longer work.',
    resendAlreadyTip: 'If the account is already confirmed, no email is sent: just log in.',
    otherHelp: 'Other help',
  },
});
