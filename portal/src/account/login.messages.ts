import { defineMessages } from '../i18n/locale';

export const loginMessages = defineMessages({
  'zh-TW': {
    title: '登入',
    intro: '請輸入註冊時設定的帳號與密碼。',
    accountHint: '註冊時自己設定的帳號（不是電子郵件），不分大小寫。',
    submit: '登入',
    problemTitle: '無法登入',
    invalidCredentials:
      '帳號或密碼錯誤。為保護您的帳號，連續輸入錯誤 {n} 次帳號會被鎖定，請確認後再試。',
    forgotPasswordLink: '忘記密碼？以電子郵件重設',
    forgotNameLink: '忘記帳號？以電子郵件查詢',
    locked:
      '這個帳號因連續 {n} 次輸入錯誤密碼已被鎖定，這是為了防止他人猜測您的密碼。要解除鎖定，請用「忘記密碼」設定新密碼：我們會寄連結到您註冊的電子郵件，設定完成後帳號即解除鎖定。',
    unlockLink: '忘記密碼：寄送重設連結以解除鎖定',
    notVerified: '您的電子郵件尚未驗證。請開啟註冊後我們寄給您的信，按信中的連結完成驗證後再登入。',
    resendLink: '沒收到信？重新寄送驗證信',
    captchaInvalid: '驗證碼錯誤或已過期。已換上一張新圖，請輸入新圖中的字元（密碼不必重新輸入）。',
    expiredNoticeTitle: '您已自動登出',
    alreadyTitle: '您已經登入',
    alreadyBody: '目前登入的帳號是 {name}（{account}）。',
    continue: '繼續',
    logoutOther: '登出，改用其他帳號',
    helpTitle: '需要協助？',
    noAccount: '還沒有帳號？註冊新帳號',
    forgotPassword: '忘記密碼或帳號被鎖定',
    forgotAccountName: '忘記帳號',
    resendVerification: '沒收到驗證信',
  },
  en: {
    title: 'Log in',
    intro: 'Enter the account name and password you chose when you registered.',
    accountHint: 'The account name you chose when registering (not your email address).',
    submit: 'Log in',
    problemTitle: 'You could not be logged in',
    invalidCredentials:
      'The account name or password is wrong. To protect your account, it is locked after {n} wrong passwords in a row, so check them before trying again.',
    forgotPasswordLink: 'Forgot your password? Reset it by email',
    forgotNameLink: 'Forgot your account name? Get it by email',
    locked:
      'This account is locked because a wrong password was entered {n} times in a row; this stops others from guessing your password. To unlock it, set a new password with “Forgot password”: we email a link to your registered address, and setting the new password unlocks the account.',
    unlockLink: 'Forgot password: send a link to unlock the account',
    notVerified:
      'Your email address is not confirmed yet. Open the email we sent when you registered and press its link, then log in.',
    resendLink: 'No email? Send the link again',
    captchaInvalid:
      'The verification code was wrong or had expired. A new image is shown: type its characters (your password is still filled in).',
    expiredNoticeTitle: 'You have been signed out',
    alreadyTitle: 'You are already logged in',
    alreadyBody: 'You are logged in as {name} ({account}).',
    continue: 'Continue',
    logoutOther: 'Log out to use another account',
    helpTitle: 'Need help?',
    noAccount: 'No account yet? Register',
    forgotPassword: 'Forgot your password, or account locked',
    forgotAccountName: 'Forgot your account name',
    resendVerification: 'Did not get the confirmation email',
  },
});
