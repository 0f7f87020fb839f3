import { defineMessages } from '../i18n/locale';

/** The bell in the header and the notifications page. */
export const notificationMessages = defineMessages({
  'zh-TW': {
    bellNone: '通知（沒有未讀通知）',
    bellUnread: '通知：{count} 則未讀',
    bellUnreadTodos: '通知：{count} 則未讀；待辦事項 {todos} 項，合計 {total} 項',
    bellNoneTodos: '通知（沒有未讀通知）；待辦事項 {todos} 項',
    title: '通知',
    intro: '您的申請案有任何變化時，我們會在這裡及以電子郵件通知您。',
    unreadCount: '{count} 則未讀',
    markAll: '全部標示為已讀',
    markRead: '標示為已讀',
    markedAll: '已將所有通知標示為已讀。',
    unread: '未讀',
    openCase: '查看申請案',
    empty: '目前沒有通知。',
    pages: '通知分頁',
  },
  en: {
    bellNone: 'Notifications (none unread)',
    bellUnread: '{count} unread notifications',
    bellUnreadTodos: '{count} unread notifications; {todos} to-dos; {total} in all',
    bellNoneTodos: 'Notifications (none unread); {todos} to-dos',
    title: 'Notifications',
    intro: 'We tell you here, and by email, whenever anything happens on your cases.',
    unreadCount: '{count} unread',
    markAll: 'Mark all as read',
    markRead: 'Mark as read',
    markedAll: 'All notifications are marked as read.',
    unread: 'Unread',
    openCase: 'View the case',
    empty: 'No notifications yet.',
    pages: 'Notification pages',
  },
});
