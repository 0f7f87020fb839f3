import { defineMessages } from '../i18n/locale';

/** The bulletin board (公布欄): the home page's section, the list of all and one notice. */
export const announcementMessages = defineMessages({
  'zh-TW': {
    boardTitle: '公布欄',
    boardEmpty: '目前沒有公告。',
    boardMore: '查看全部公告（共 {total} 則）',
    allTitle: '公布欄',
    allIntro: '移民署發布的最新消息與注意事項，重要公告排在最前面。',
    important: '重要',
    issuedBy: '發布單位',
    publishedOn: '發布日期',
    until: '公告至 {date}',
    notFoundTitle: '找不到這則公告',
    notFoundBody: '這則公告可能已下架或尚未發布。',
    backToAll: '返回公布欄',
    pages: '公告分頁',
  },
  en: {
    boardTitle: 'Announcements',
    boardEmpty: 'There are no announcements at the moment.',
    boardMore: 'See all announcements ({total})',
    allTitle: 'Announcements',
    allIntro: 'News and notices from the National Immigration Agency; important ones come first.',
    important: 'Important',
    issuedBy: 'Issued by',
    publishedOn: 'Published',
    until: 'Until {date}',
    notFoundTitle: 'Announcement not found',
    notFoundBody: 'It may have been withdrawn, or it is not published yet.',
    backToAll: 'Back to all announcements',
    pages: 'Announcement pages',
  },
});
