import type { AppLocale } from '#shared/i18n/messages'
import type { L10n, MailBlock } from './templates'

/**
 * The booking mails (both sides of a mentor session: requested, accepted, declined, cancelled,
 * rescheduled, expired, the reminders, completed): one sentence set per kind and language, and the
 * session's details under it.
 */
export type BookingMailKind = 'requested' | 'requestSent' | 'accepted' | 'declined' | 'cancelled' | 'rescheduled' | 'expired' | 'reminder24h' | 'reminder1h' | 'completed'
export interface BookingMailParams {
  kind: BookingMailKind
  /** the recipient */
  name: string
  forMentor: boolean
  mentorName: string
  entrepreneurName: string
  when: L10n
  /** the time before a reschedule */
  previousWhen?: L10n
  /** when an unanswered request expires (48 h after it was made, or its start if sooner) */
  deadline?: L10n
  topic: string
  stage: L10n
  mode: L10n
  location: string | null
  reason: string | null
  url: string
}
interface BookingText { subject: string, lead: string[], action: string, footnote?: string }
const BOOKING_TEXT: Record<BookingMailKind, Record<AppLocale, (p: BookingMailParams) => BookingText>> = {
  requested: {
    'zh-CN': p => ({ subject: `新的辅导预约请求：${p.entrepreneurName}`, lead: [`${p.entrepreneurName} 向您预约了一次创业辅导，请在 ${p.deadline?.['zh-CN'] ?? ''}（北京时间）前确认或婉拒，逾期请求将自动失效，时段随之释放。`], action: '确认或婉拒', footnote: '点击按钮进入“我的预约”，登录后即可处理。' }),
    'en': p => ({ subject: `New session request from ${p.entrepreneurName}`, lead: [`${p.entrepreneurName} asked for a mentoring session. Please accept or decline by ${p.deadline?.en ?? ''}; after that the request expires and the time is freed.`], action: 'Accept or decline', footnote: 'The button opens “My bookings”; sign in to answer.' }),
  },
  requestSent: {
    'zh-CN': p => ({ subject: `预约请求已发送：${p.mentorName}`, lead: [`您的辅导预约请求已发送给导师 ${p.mentorName}。导师需在 ${p.deadline?.['zh-CN'] ?? ''}（北京时间）前确认，逾期请求自动失效，我们会邮件通知您结果。`], action: '查看预约' }),
    'en': p => ({ subject: `Request sent to ${p.mentorName}`, lead: [`Your session request was sent to ${p.mentorName}. The mentor has until ${p.deadline?.en ?? ''} to answer; after that the request expires. We will mail you the answer.`], action: 'Open the booking' }),
  },
  accepted: {
    'zh-CN': p => ({ subject: p.forMentor ? '您已确认辅导预约' : `导师已确认您的预约：${p.mentorName}`, lead: [p.forMentor ? '您已确认这次辅导，日历邀请见附件。' : '导师已确认您的辅导预约。日历邀请见附件，可直接加入您的日历。'], action: '查看预约' }),
    'en': p => ({ subject: p.forMentor ? 'You confirmed a session' : `${p.mentorName} confirmed your session`, lead: [p.forMentor ? 'You confirmed this session; the calendar invite is attached.' : 'The mentor confirmed your session. The attached invite adds it to your calendar.'], action: 'Open the booking' }),
  },
  declined: {
    'zh-CN': p => ({ subject: `导师未能接受您的预约：${p.mentorName}`, lead: ['很抱歉，导师这次无法接受您的预约。您可以选择其他时段或其他导师。'], action: '另约时间' }),
    'en': p => ({ subject: `${p.mentorName} declined your request`, lead: ['The mentor cannot take this session. You can pick another time or another mentor.'], action: 'Book another time' }),
  },
  cancelled: {
    'zh-CN': () => ({ subject: '辅导预约已取消', lead: ['以下辅导预约已取消，时段已释放。如您已将其加入日历，附件中的取消通知会将其移除。'], action: '查看预约' }),
    'en': () => ({ subject: 'Session cancelled', lead: ['This session was cancelled and its time freed. If it was in your calendar, the attached cancellation removes it.'], action: 'Open the booking' }),
  },
  rescheduled: {
    'zh-CN': p => ({ subject: '辅导预约时间已更改', lead: [`这次辅导已由创业者改约${p.previousWhen ? `（原时间：${p.previousWhen['zh-CN']}）` : ''}。如已确认，附件中的日历邀请会更新原有日程。`], action: '查看预约' }),
    'en': p => ({ subject: 'Session moved to a new time', lead: [`The entrepreneur moved this session${p.previousWhen ? ` (it was ${p.previousWhen.en})` : ''}. If it was confirmed, the attached invite updates your calendar entry.`], action: 'Open the booking' }),
  },
  expired: {
    'zh-CN': () => ({ subject: '您的预约请求已过期', lead: ['导师未在规定时间内回复，这次预约请求已自动失效。您可以另选时段或请工作人员为您匹配导师。'], action: '另约时间' }),
    'en': () => ({ subject: 'Your request expired', lead: ['The mentor did not answer in time, so the request expired. Pick another time, or ask staff to match you with a mentor.'], action: 'Book another time' }),
  },
  reminder24h: {
    'zh-CN': () => ({ subject: '提醒：明天有一次创业辅导', lead: ['您预约的创业辅导将在 24 小时后开始。'], action: '查看预约' }),
    'en': () => ({ subject: 'Reminder: your session is tomorrow', lead: ['Your mentoring session starts in 24 hours.'], action: 'Open the booking' }),
  },
  reminder1h: {
    'zh-CN': () => ({ subject: '提醒：创业辅导 1 小时后开始', lead: ['您预约的创业辅导将在 1 小时后开始。'], action: '查看预约' }),
    'en': () => ({ subject: 'Reminder: your session starts in an hour', lead: ['Your mentoring session starts in one hour.'], action: 'Open the booking' }),
  },
  completed: {
    'zh-CN': () => ({ subject: '辅导已完成，请评价', lead: ['导师已将这次辅导标记为完成。欢迎为导师打分并留下评价，帮助其他创业者选择。'], action: '评价这次辅导' }),
    'en': () => ({ subject: 'Session completed: rate it', lead: ['The mentor marked this session as completed. Rate it to help other entrepreneurs choose.'], action: 'Rate the session' }),
  },
}

export function bookingMail(p: BookingMailParams): Record<AppLocale, MailBlock & { subject: string }> {
  const zh = BOOKING_TEXT[p.kind]['zh-CN'](p)
  const en = BOOKING_TEXT[p.kind].en(p)
  const details = (l: AppLocale) => l === 'en'
    ? [`When: ${p.when.en}`, `Mentor: ${p.mentorName}`, `Entrepreneur: ${p.entrepreneurName}`, `Topic: ${p.topic} (${p.stage.en})`, `How: ${p.mode.en}${p.location ? ` — ${p.location}` : ''}`]
    : [`时间：${p.when['zh-CN']}`, `导师：${p.mentorName}`, `创业者：${p.entrepreneurName}`, `主题：${p.topic}（${p.stage['zh-CN']}）`, `方式：${p.mode['zh-CN']}${p.location ? ` — ${p.location}` : ''}`]
  return {
    'zh-CN': { subject: `${zh.subject} — 创业一站通`, heading: `${p.name}，您好：`, paragraphs: [...zh.lead, ...details('zh-CN'), ...(p.reason ? [`说明：${p.reason}`] : [])], action: { label: zh.action, url: p.url }, ...(zh.footnote ? { footnote: zh.footnote } : {}) },
    'en': { subject: `${en.subject} — StartHub`, heading: `Hello ${p.name},`, paragraphs: [...en.lead, ...details('en'), ...(p.reason ? [`Note: ${p.reason}`] : [])], action: { label: en.action, url: p.url }, ...(en.footnote ? { footnote: en.footnote } : {}) },
  }
}
