/**
 * The staff administration screen's messages, merged into the console's catalogs (i18n/en.ts,
 * i18n/zh-TW.ts), which type-check that both languages have the same keys.
 */
export const staffAdminMessages = {
  en: {
    goldcard: {
      staffAdmin: {
        name: 'Name',
        account_name: 'Account name',
        role: 'Role',
        last_login: 'Last login',
        never: 'Never',
        state: 'State',
        open_cases: 'Open cases',
        actions: 'Actions',
        actions_for: 'Actions for %{name}',
        you: 'you',
        states: {
          active: 'Active',
          disabled: 'Disabled',
          locked: 'Locked',
        },
        disable: 'Disable',
        enable: 'Enable',
        unlock: 'Unlock',
        change_role: 'Change role',
        cancel: 'Cancel',
        disable_title: 'Disable %{name}?',
        disable_body:
          'Their sessions end now: any page they have open stops working at its next action, and their login is refused until a supervisor enables the account again. Their %{cases} open cases stay assigned to them.',
        enable_title: 'Enable %{name}?',
        enable_body: 'They can log in again with their current password.',
        unlock_title: 'Unlock %{name}?',
        unlock_body:
          'The lock after too many wrong passwords is lifted and the count of wrong passwords starts again. Their password stays as it is.',
        role_title: 'Change the role of %{name}',
        role_body:
          'Applies from their next action. Supervisors also manage staff accounts, see the audit log, reassign cases and publish announcements.',
        new_role: 'New role',
        done_disabled: '%{name} is disabled; their sessions have ended.',
        done_enabled: '%{name} can log in again.',
        done_unlocked: '%{name} is unlocked.',
        done_role: '%{name} is now: %{role}.',
        errors: {
          OWN_ACCOUNT_UNCHANGEABLE:
            'You cannot disable your own account or change your own role. Ask another supervisor.',
          LAST_ACTIVE_SUPERVISOR:
            'This is the last active supervisor: it cannot be disabled or made an officer. Make another account supervisor first.',
          FORBIDDEN: 'Only supervisors can change staff accounts.',
        },
      },
    },
  },
  zhTW: {
    goldcard: {
      staffAdmin: {
        name: '姓名',
        account_name: '帳號',
        role: '角色',
        last_login: '最近登入',
        never: '從未登入',
        state: '狀態',
        open_cases: '處理中案件',
        actions: '操作',
        actions_for: '%{name} 的操作',
        you: '本人',
        states: {
          active: '啟用中',
          disabled: '已停用',
          locked: '已鎖定',
        },
        disable: '停用',
        enable: '啟用',
        unlock: '解除鎖定',
        change_role: '變更角色',
        cancel: '取消',
        disable_title: '停用 %{name}？',
        disable_body:
          '其登入狀態立即結束：已開啟的頁面在下一個操作時即失效，且在主管重新啟用前無法登入。其 %{cases} 件處理中案件仍分派給此人。',
        enable_title: '啟用 %{name}？',
        enable_body: '此人可以用目前的密碼再次登入。',
        unlock_title: '解除 %{name} 的鎖定？',
        unlock_body: '解除因密碼錯誤次數過多而造成的鎖定，錯誤次數重新計算；密碼不變。',
        role_title: '變更 %{name} 的角色',
        role_body:
          '自此人的下一個操作起生效。主管另可管理人員帳號、查看稽核紀錄、改派案件及發布公告。',
        new_role: '新角色',
        done_disabled: '已停用 %{name}，其登入狀態已結束。',
        done_enabled: '%{name} 可以再次登入。',
        done_unlocked: '已解除 %{name} 的鎖定。',
        done_role: '%{name} 的角色已改為：%{role}。',
        errors: {
          OWN_ACCOUNT_UNCHANGEABLE: '不能停用自己的帳號或變更自己的角色，請洽其他主管。',
          LAST_ACTIVE_SUPERVISOR:
            '此為最後一位啟用中的主管，不能停用或改為審核人員；請先將其他帳號設為主管。',
          FORBIDDEN: '只有主管可以變更人員帳號。',
        },
      },
    },
  },
};
