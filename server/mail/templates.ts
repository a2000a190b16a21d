import type { AppLocale } from '#shared/i18n/messages'
import type { TextParams } from '#shared/i18n/catalogue'
import type { LoanTextKey } from '#shared/i18n/loans'
import { loanText } from '#shared/i18n/loans'
import type { TrainingTextKey } from '#shared/i18n/trainings'
import { trainingText } from '#shared/i18n/trainings'
import type { ReleaseTextKey } from '#shared/i18n/release'
import { releaseText } from '#shared/i18n/release'
import type { AwardTextKey } from '#shared/i18n/awards'
import { awardText } from '#shared/i18n/awards'
import { bookingMail } from './booking-mail'

export type { BookingMailKind, BookingMailParams } from './booking-mail'

/**
 * Mail templates in zh-CN and en, each rendered to a subject, plain text and HTML.
 * Values are escaped in HTML; links are absolute (APP_URL).
 */
export interface RenderedMail { subject: string, text: string, html: string }

export interface MailBlock {
  heading: string
  paragraphs: string[]
  /** lists of links under headings (a digest's items by topic) */
  sections?: { heading: string, items: { title: string, url: string, note?: string }[] }[]
  action?: { label: string, url: string }
  footnote?: string
  /** small links at the end (manage, unsubscribe) */
  links?: { label: string, url: string }[]
}

export type L10n = { 'zh-CN': string, 'en': string }
type Block = MailBlock

/** The mails of a loan application; the wording is `loans.mail.<kind>` (i18n/locales/*.loans.json), the same sentence the site notification shows. */
export const LOAN_MAIL_KINDS = ['submitted', 'toReview', 'returned', 'resubmitted', 'secondOfficer', 'noticeStarted', 'noticeEnded', 'stepApproved', 'approved', 'approvedForBank', 'refused', 'withdrawn', 'disbursed', 'repaid', 'extensionRequested', 'extensionDecided', 'objection', 'overdue'] as const
export type LoanMailKind = (typeof LOAN_MAIL_KINDS)[number]
/** A mail whose wording is a domain's catalogue (`<domain>.mail.<kind>.subject|lead`, `<domain>.mail.action`). */
interface CatalogueMailParams<K extends string> {
  kind: K
  /** the recipient */
  name: string
  /** the sentence's values in each language */
  vars: Record<AppLocale, TextParams>
  /** a list under the sentence: what is missing, the reasons, the overdue steps */
  items?: Record<AppLocale, string[]>
  note?: string | null
  url: string
}
export type LoanMailParams = CatalogueMailParams<LoanMailKind>

/** The mails of an enrolment (trainings and events); the wording is `trainings.mail.<kind>`. */
export const ENROLMENT_MAIL_KINDS = ['confirmed', 'waitlisted', 'offered', 'lapsed', 'cancelled', 'reminder', 'completed', 'cancelledBySession'] as const
export type EnrolmentMailKind = (typeof ENROLMENT_MAIL_KINDS)[number]
export type EnrolmentMailParams = CatalogueMailParams<EnrolmentMailKind>

/** The mails of the pioneer award; the wording is `awards.mail.<kind>` (i18n/locales/*.awards.json). */
export const AWARD_MAIL_KINDS = ['confirmRequest', 'accepted', 'ineligible', 'reviewerAssigned', 'shortlisted', 'notShortlisted', 'objectionDecided', 'disqualified', 'winner'] as const
export type AwardMailKind = (typeof AWARD_MAIL_KINDS)[number]
export type AwardMailParams = CatalogueMailParams<AwardMailKind>

export function loanMailSubject(kind: LoanMailKind, locale: AppLocale, vars: TextParams): string {
  return loanText(locale, `mail.${kind}.subject` as LoanTextKey, vars)
}
type CatalogueText = (locale: AppLocale, key: string, vars?: TextParams) => string

function catalogueMail<K extends string>(p: CatalogueMailParams<K>, text: CatalogueText): Record<AppLocale, Block & { subject: string }> {
  const block = (l: AppLocale): Block & { subject: string } => ({
    subject: `${text(l, `mail.${p.kind}.subject`, p.vars[l])} — ${BRAND[l]}`,
    heading: l === 'en' ? `Hello ${p.name},` : `${p.name}，您好：`,
    paragraphs: [
      text(l, `mail.${p.kind}.lead`, p.vars[l]),
      ...(p.items?.[l] ?? []).map(i => `· ${i}`),
      ...(p.note ? [l === 'en' ? `Note: ${p.note}` : `说明：${p.note}`] : []),
    ],
    action: { label: text(l, 'mail.action'), url: p.url },
  })
  return { 'zh-CN': block('zh-CN'), 'en': block('en') }
}

/** Information release: the double opt-in confirmation, and the weekly digest (one language: the subscriber's). */
export interface ReleaseConfirmParams { topics: L10n, url: string }
export interface ReleaseDigestParams {
  /** the account holder's name; none for an address alone */
  name: string | null
  count: number
  since: L10n
  sections: { topic: string, items: { title: string, url: string, note?: string }[] }[]
  manageUrl: string
  unsubscribeUrl: string
}
const rt = (l: AppLocale, key: ReleaseTextKey, vars?: TextParams) => releaseText(l, key, vars)
function releaseMail(block: (l: AppLocale) => Block & { subject: string }): Record<AppLocale, Block & { subject: string }> {
  return { 'zh-CN': block('zh-CN'), 'en': block('en') }
}

export const MAIL_TEMPLATES = {
  verifyEmail: (p: { name: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: '请验证您的邮箱 — 创业一站通',
      heading: `${p.name}，您好：`,
      paragraphs: ['感谢您注册创业一站通。请点击下面的按钮验证您的邮箱地址。验证后即可预约导师、提交申请和发布内容。'],
      action: { label: '验证邮箱', url: p.url },
      footnote: '此链接 24 小时内有效。如果不是您本人注册，请忽略本邮件。',
    },
    'en': {
      subject: 'Verify your email — StartHub',
      heading: `Hello ${p.name},`,
      paragraphs: ['Thank you for joining StartHub. Please confirm your email address with the button below. Once verified, you can book mentors, apply and publish.'],
      action: { label: 'Verify email', url: p.url },
      footnote: 'This link is valid for 24 hours. If you did not register, ignore this message.',
    },
  }),
  resetPassword: (p: { name: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: '重置您的密码 — 创业一站通',
      heading: `${p.name}，您好：`,
      paragraphs: ['我们收到了重置您账户密码的请求。请点击下面的按钮设置新密码。'],
      action: { label: '设置新密码', url: p.url },
      footnote: '此链接 1 小时内有效，且只能使用一次。如果不是您本人操作，请忽略本邮件，您的密码不会改变。',
    },
    'en': {
      subject: 'Reset your password — StartHub',
      heading: `Hello ${p.name},`,
      paragraphs: ['We received a request to reset the password of your account. Use the button below to choose a new one.'],
      action: { label: 'Choose a new password', url: p.url },
      footnote: 'This link is valid for 1 hour and works once. If you did not ask for it, ignore this message; your password stays the same.',
    },
  }),
  passwordChanged: (p: { name: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: '您的密码已更改 — 创业一站通',
      heading: `${p.name}，您好：`,
      paragraphs: ['您账户的密码刚刚被更改，其他设备上的登录已全部退出。'],
      action: { label: '登录', url: p.url },
      footnote: '如果这不是您本人的操作，请立即通过“忘记密码”重置密码并联系服务热线。',
    },
    'en': {
      subject: 'Your password was changed — StartHub',
      heading: `Hello ${p.name},`,
      paragraphs: ['The password of your account was just changed, and every other device was signed out.'],
      action: { label: 'Sign in', url: p.url },
      footnote: 'If this was not you, reset your password at once with “Forgot password” and call the service hotline.',
    },
  }),
  roleChanged: (p: { name: string, roleZh: string, roleEn: string, granted: boolean, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.granted ? `您已获得“${p.roleZh}”角色 — 创业一站通` : `您的“${p.roleZh}”角色已取消 — 创业一站通`,
      heading: `${p.name}，您好：`,
      paragraphs: [p.granted ? `管理员已为您的账户开通“${p.roleZh}”角色。` : `管理员已取消您账户的“${p.roleZh}”角色。`],
      action: { label: '查看我的账户', url: p.url },
    },
    'en': {
      subject: p.granted ? `You now have the ${p.roleEn} role — StartHub` : `Your ${p.roleEn} role was removed — StartHub`,
      heading: `Hello ${p.name},`,
      paragraphs: [p.granted ? `An administrator gave your account the ${p.roleEn} role.` : `An administrator removed the ${p.roleEn} role from your account.`],
      action: { label: 'Open my account', url: p.url },
    },
  }),
  projectReviewed: (p: { name: string, title: string, approved: boolean, reason: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.approved ? `您的项目已通过入库评审：${p.title}` : `您的项目未通过入库评审：${p.title}`,
      heading: `${p.name}，您好：`,
      paragraphs: p.approved
        ? [`您提交的项目“${p.title}”已通过入库评审，现已在创业项目库公开展示。`, ...(p.reason ? [`评审意见：${p.reason}`] : [])]
        : [`您提交的项目“${p.title}”未通过入库评审。`, `原因：${p.reason}`, '您可以按意见修改后重新提交。'],
      action: { label: p.approved ? '查看项目' : '修改项目', url: p.url },
    },
    'en': {
      subject: p.approved ? `Your project was admitted to the library: ${p.title}` : `Your project was not admitted: ${p.title}`,
      heading: `Hello ${p.name},`,
      paragraphs: p.approved
        ? [`Your project “${p.title}” passed the admission review and is now public in the project library.`, ...(p.reason ? [`Reviewer's note: ${p.reason}`] : [])]
        : [`Your project “${p.title}” did not pass the admission review.`, `Reason: ${p.reason}`, 'You can change it and submit it again.'],
      action: { label: p.approved ? 'View the project' : 'Edit the project', url: p.url },
    },
  }),
  enquiryReceived: (p: { name: string, from: string, title: string, body: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: `新的项目咨询：${p.title}`,
      heading: `${p.name}，您好：`,
      paragraphs: [`${p.from} 就项目“${p.title}”向您咨询：`, p.body],
      action: { label: '查看并回复', url: p.url },
    },
    'en': {
      subject: `New enquiry about ${p.title}`,
      heading: `Hello ${p.name},`,
      paragraphs: [`${p.from} asked about your project “${p.title}”:`, p.body],
      action: { label: 'Read and reply', url: p.url },
    },
  }),
  enquiryReplied: (p: { name: string, title: string, body: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: `项目提供方回复了您的咨询：${p.title}`,
      heading: `${p.name}，您好：`,
      paragraphs: [`项目“${p.title}”的提供方回复：`, p.body],
      action: { label: '查看对话', url: p.url },
    },
    'en': {
      subject: `The provider replied about ${p.title}`,
      heading: `Hello ${p.name},`,
      paragraphs: [`The provider of “${p.title}” replied:`, p.body],
      action: { label: 'Open the conversation', url: p.url },
    },
  }),
  projectArchiveSoon: (p: { name: string, title: string, date: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: `您的项目将于两周后归档：${p.title}`,
      heading: `${p.name}，您好：`,
      paragraphs: [`项目“${p.title}”已近 180 天没有更新，将于 ${p.date} 自动归档并从项目库列表中移除。`, '如果项目仍然有效，请更新项目信息，即可继续展示。'],
      action: { label: '更新项目', url: p.url },
    },
    'en': {
      subject: `Your project will be archived in two weeks: ${p.title}`,
      heading: `Hello ${p.name},`,
      paragraphs: [`“${p.title}” has not been updated for almost 180 days and will be archived on ${p.date}, leaving the public library.`, 'If it is still on offer, update it and it stays listed.'],
      action: { label: 'Update the project', url: p.url },
    },
  }),

  mentorReviewed: (p: { name: string, approved: boolean, reason: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.approved ? '您的导师申请已通过 — 创业一站通' : '您的导师申请未通过 — 创业一站通',
      heading: `${p.name}，您好：`,
      paragraphs: p.approved
        ? ['您的创业导师申请已通过审核，您的资料现已在导师库公开展示。请设置可预约时间，创业者即可向您预约辅导。', ...(p.reason ? [`审核意见：${p.reason}`] : [])]
        : ['很遗憾，您的创业导师申请未通过审核。', `原因：${p.reason}`, '您可以完善资料后重新提交。'],
      action: { label: p.approved ? '设置可预约时间' : '修改申请', url: p.url },
    },
    'en': {
      subject: p.approved ? 'Your mentor application was approved — StartHub' : 'Your mentor application was not approved — StartHub',
      heading: `Hello ${p.name},`,
      paragraphs: p.approved
        ? ['Your application to be a mentor was approved and your profile is now public in the mentor directory. Set your available hours so entrepreneurs can book you.', ...(p.reason ? [`Reviewer's note: ${p.reason}`] : [])]
        : ['Your application to be a mentor was not approved.', `Reason: ${p.reason}`, 'You can improve your profile and apply again.'],
      action: { label: p.approved ? 'Set my hours' : 'Edit my application', url: p.url },
    },
  }),
  planSubmitted: (p: { name: string, ownerName: string, title: string, version: number, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: `${p.ownerName} 提交了创业计划书第 ${p.version} 版`,
      heading: `${p.name}，您好：`,
      paragraphs: [`您担任顾问的“${p.title}”提交了创业计划书第 ${p.version} 版，请审阅并在各部分留下意见。`],
      action: { label: '审阅计划书', url: p.url },
    },
    'en': {
      subject: `${p.ownerName} submitted version ${p.version} of their business plan`,
      heading: `Hello ${p.name},`,
      paragraphs: [`The case you advise, “${p.title}”, submitted version ${p.version} of its business plan. Please review it and comment on its sections.`],
      action: { label: 'Review the plan', url: p.url },
    },
  }),
  checkIn: (p: { name: string, title: string, months: number, reminder: boolean, closesOn: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.reminder ? `提醒：开业 ${p.months} 个月回访还没有填写` : `开业 ${p.months} 个月了，请花一分钟填写回访`,
      heading: `${p.name}，您好：`,
      paragraphs: [
        `“${p.title}”开业已满 ${p.months} 个月。请告诉我们经营情况：是否仍在经营、现在有几个人在做、每月大致营业额，以及是否需要帮助。只需一分钟。`,
        `请在 ${p.closesOn} 前填写；如需融资、市场、用工或证照方面的帮助，工作人员会联系您。`,
      ],
      action: { label: '填写回访', url: p.url },
    },
    'en': {
      subject: p.reminder ? `Reminder: your ${p.months}-month check-in is still open` : `${p.months} months since you opened: a one-minute check-in`,
      heading: `Hello ${p.name},`,
      paragraphs: [
        `“${p.title}” opened ${p.months} months ago. Tell us how it is going: still trading, how many people work in it, the monthly revenue band, and whether you need help. It takes a minute.`,
        `Please answer by ${p.closesOn}; if you need help with financing, the market, staff or licences, staff will contact you.`,
      ],
      action: { label: 'Answer the check-in', url: p.url },
    },
  }),
  caseHelpNeeded: (p: { name: string, ownerName: string, title: string, kinds: string[], other: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: `${p.ownerName} 在回访中请求帮助`,
      heading: `${p.name}，您好：`,
      paragraphs: [`您担任顾问的“${p.title}”在开业回访中请求帮助：${p.kinds.map(k => ({ FINANCING: '融资', MARKET: '市场', STAFF: '用工', LICENCES: '证照', OTHER: '其他' } as Record<string, string>)[k] ?? k).join('、')}${p.other ? `（${p.other}）` : ''}。工作人员已收到任务。`],
      action: { label: '打开档案', url: p.url },
    },
    'en': {
      subject: `${p.ownerName} asked for help in a check-in`,
      heading: `Hello ${p.name},`,
      paragraphs: [`The case you advise, “${p.title}”, asked for help in a follow-up check-in: ${p.kinds.map(k => ({ FINANCING: 'financing', MARKET: 'the market', STAFF: 'staff', LICENCES: 'licences', OTHER: 'other' } as Record<string, string>)[k] ?? k).join(', ')}${p.other ? ` (${p.other})` : ''}. Staff have a task for it.`],
      action: { label: 'Open the case', url: p.url },
    },
  }),
  caseAdviser: (p: { name: string, ownerName: string, title: string, kind: 'invited' | 'assigned', url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.kind === 'invited' ? `${p.ownerName} 邀请您担任创业顾问` : `您已成为“${p.title}”的创业顾问`,
      heading: `${p.name}，您好：`,
      paragraphs: p.kind === 'invited'
        ? [`创业者 ${p.ownerName} 邀请您担任其创业服务档案“${p.title}”的顾问：查看档案、点评创业计划书。请打开档案接受或婉拒。`]
        : [`您已成为 ${p.ownerName} 的创业服务档案“${p.title}”的顾问，可以查看档案、点评创业计划书。`],
      action: { label: '打开档案', url: p.url },
    },
    'en': {
      subject: p.kind === 'invited' ? `${p.ownerName} asks you to advise their case` : `You now advise “${p.title}”`,
      heading: `Hello ${p.name},`,
      paragraphs: p.kind === 'invited'
        ? [`${p.ownerName} invites you to advise their one-stop case “${p.title}”: read it and comment on the business plan. Open the case to accept or decline.`]
        : [`You are now the adviser of ${p.ownerName}'s one-stop case “${p.title}”: you can read it and comment on the business plan.`],
      action: { label: 'Open the case', url: p.url },
    },
  }),
  storyReviewed: (p: { name: string, title: string, decision: 'approve' | 'changes' | 'reject', reason: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: { approve: `您的创业故事已发布：${p.title}`, changes: `您的创业故事需要修改：${p.title}`, reject: `您的创业故事未通过审核：${p.title}` }[p.decision],
      heading: `${p.name}，您好：`,
      paragraphs: {
        approve: [`您的创业故事“${p.title}”已通过审核，现已公开展示。`, ...(p.reason ? [`审核意见：${p.reason}`] : []), '您可以随时撤回它。'],
        changes: [`您的创业故事“${p.title}”需要修改后才能发布。`, `修改意见：${p.reason}`, '修改后请重新提交。'],
        reject: [`您的创业故事“${p.title}”未通过审核，不会公开展示。`, `原因：${p.reason}`],
      }[p.decision],
      action: { label: p.decision === 'changes' ? '修改故事' : '查看故事', url: p.url },
    },
    'en': {
      subject: { approve: `Your success story is published: ${p.title}`, changes: `Your success story needs changes: ${p.title}`, reject: `Your success story was not accepted: ${p.title}` }[p.decision],
      heading: `Hello ${p.name},`,
      paragraphs: {
        approve: [`Your success story “${p.title}” passed the review and is now public.`, ...(p.reason ? [`Reviewer's note: ${p.reason}`] : []), 'You can withdraw it at any time.'],
        changes: [`Your success story “${p.title}” needs changes before it can be published.`, `What to change: ${p.reason}`, 'Please submit it again when you have changed it.'],
        reject: [`Your success story “${p.title}” was not accepted and will not be published.`, `Reason: ${p.reason}`],
      }[p.decision],
      action: { label: p.decision === 'changes' ? 'Edit the story' : 'View the story', url: p.url },
    },
  }),
  revisionReviewed: (p: { name: string, title: string, approved: boolean, reason: string, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.approved ? `您的修改已通过审核：${p.title}` : `您的修改未通过审核：${p.title}`,
      heading: `${p.name}，您好：`,
      paragraphs: p.approved
        ? [`您对“${p.title}”的修改已通过工作人员审核，现已公开展示。`, ...(p.reason ? [`审核意见：${p.reason}`] : [])]
        : [`您对“${p.title}”的修改未通过审核，页面仍显示审核通过的原版本。`, `原因：${p.reason}`, '您可以按意见修改后重新提交。'],
      action: { label: '查看页面', url: p.url },
    },
    'en': {
      subject: p.approved ? `Your changes were approved: ${p.title}` : `Your changes were not approved: ${p.title}`,
      heading: `Hello ${p.name},`,
      paragraphs: p.approved
        ? [`Staff approved your changes to “${p.title}”; they are now public.`, ...(p.reason ? [`Reviewer's note: ${p.reason}`] : [])]
        : [`Staff did not approve your changes to “${p.title}”; the page still shows the approved version.`, `Reason: ${p.reason}`, 'You can change it as suggested and submit it again.'],
      action: { label: 'Open the page', url: p.url },
    },
  }),
  releaseConfirm: (p: ReleaseConfirmParams): Record<AppLocale, Block & { subject: string }> => releaseMail(l => ({
    subject: rt(l, 'mail.confirm.subject'),
    heading: l === 'en' ? 'Hello,' : '您好：',
    paragraphs: [rt(l, 'mail.confirm.lead', { topics: p.topics[l] })],
    action: { label: rt(l, 'mail.confirm.action'), url: p.url },
    footnote: rt(l, 'mail.confirm.footnote'),
  })),
  releaseAlready: (p: { url: string }): Record<AppLocale, Block & { subject: string }> => releaseMail(l => ({
    subject: rt(l, 'mail.already.subject'),
    heading: l === 'en' ? 'Hello,' : '您好：',
    paragraphs: [rt(l, 'mail.already.lead')],
    action: { label: rt(l, 'mail.digest.action'), url: p.url },
    footnote: rt(l, 'mail.already.footnote'),
  })),
  releaseDigest: (p: ReleaseDigestParams): Record<AppLocale, Block & { subject: string }> => releaseMail(l => ({
    subject: rt(l, 'mail.digest.subject', { n: p.count }),
    heading: p.name ? (l === 'en' ? `Hello ${p.name},` : `${p.name}，您好：`) : (l === 'en' ? 'Hello,' : '您好：'),
    paragraphs: [rt(l, 'mail.digest.lead', { since: p.since[l] })],
    sections: p.sections.map(s => ({ heading: rt(l, 'mail.digest.section', { topic: rt(l, `topic.${s.topic}` as ReleaseTextKey), n: s.items.length }), items: s.items })),
    action: { label: rt(l, 'mail.digest.action'), url: p.manageUrl },
    footnote: rt(l, 'mail.digest.footnote'),
    links: [{ label: rt(l, 'mail.digest.action'), url: p.manageUrl }, { label: rt(l, 'mail.digest.unsubscribe'), url: p.unsubscribeUrl }],
  })),
  loan: (p: LoanMailParams) => catalogueMail(p, (l, key, vars) => loanText(l, key as LoanTextKey, vars)),
  enrolment: (p: EnrolmentMailParams) => catalogueMail(p, (l, key, vars) => trainingText(l, key as TrainingTextKey, vars)),
  award: (p: AwardMailParams) => catalogueMail(p, (l, key, vars) => awardText(l, key as AwardTextKey, vars)),
  booking: bookingMail,
  matchAssigned: (p: { name: string, forMentor: boolean, mentorName: string, entrepreneurName: string, stage: { 'zh-CN': string, 'en': string }, text: string, note: string | null, url: string }): Record<AppLocale, Block & { subject: string }> => ({
    'zh-CN': {
      subject: p.forMentor ? '工作人员为您匹配了一位创业者 — 创业一站通' : `为您推荐导师：${p.mentorName} — 创业一站通`,
      heading: `${p.name}，您好：`,
      paragraphs: p.forMentor
        ? [`工作人员将创业者 ${p.entrepreneurName} 的需求（${p.stage['zh-CN']}）匹配给了您，对方可能会向您预约辅导：`, p.text, ...(p.note ? [`工作人员说明：${p.note}`] : [])]
        : [`根据您提交的需求（${p.stage['zh-CN']}），工作人员为您推荐导师 ${p.mentorName}。`, ...(p.note ? [`推荐理由：${p.note}`] : []), '请在导师页面选择合适的时段预约。'],
      action: { label: p.forMentor ? '查看我的预约' : '查看导师并预约', url: p.url },
    },
    'en': {
      subject: p.forMentor ? 'Staff matched an entrepreneur with you — StartHub' : `A mentor for you: ${p.mentorName} — StartHub`,
      heading: `Hello ${p.name},`,
      paragraphs: p.forMentor
        ? [`Staff matched the request of ${p.entrepreneurName} (${p.stage.en}) with you; they may book a session:`, p.text, ...(p.note ? [`Staff note: ${p.note}`] : [])]
        : [`For your request (${p.stage.en}), staff suggest the mentor ${p.mentorName}.`, ...(p.note ? [`Why: ${p.note}`] : []), 'Pick a time on the mentor\'s page to book.'],
      action: { label: p.forMentor ? 'Open my bookings' : 'See the mentor and book', url: p.url },
    },
  }),
} as const

export type MailTemplate = keyof typeof MAIL_TEMPLATES
export type MailParams<T extends MailTemplate> = Parameters<(typeof MAIL_TEMPLATES)[T]>[0]

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!)
}

const BRAND: Record<AppLocale, string> = { 'zh-CN': '创业一站通 StartHub', 'en': 'StartHub (创业一站通)' }

export function renderMail<T extends MailTemplate>(template: T, locale: AppLocale, params: MailParams<T>): RenderedMail {
  const make = MAIL_TEMPLATES[template] as (p: MailParams<T>) => Record<AppLocale, Block & { subject: string }>
  const b = make(params)[locale]
  const text = [
    b.heading,
    '',
    ...b.paragraphs.flatMap(p => [p, '']),
    ...(b.sections ?? []).flatMap(s => [s.heading, ...s.items.flatMap(i => [`- ${i.title}${i.note ? ` (${i.note})` : ''}`, `  ${i.url}`]), '']),
    ...(b.action ? [`${b.action.label}: ${b.action.url}`, ''] : []),
    ...(b.footnote ? [b.footnote, ''] : []),
    ...(b.links?.length ? [...b.links.map(a => `${a.label}: ${a.url}`), ''] : []),
    `— ${BRAND[locale]}`,
  ].join('\n')
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(b.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f4;font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif;color:#1c1b1a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:28px">
<p style="font-size:18px;font-weight:600;margin:0 0 16px">${escapeHtml(b.heading)}</p>
${b.paragraphs.map(p => `<p style="font-size:16px;line-height:1.7;margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n')}
${(b.sections ?? []).map(s => `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(s.heading)}</h2>
<ul style="padding-left:20px;margin:0 0 16px">${s.items.map(i => `<li style="font-size:15px;line-height:1.6;margin:0 0 8px"><a href="${escapeHtml(i.url)}" style="color:#b3261e">${escapeHtml(i.title)}</a>${i.note ? `<br><span style="font-size:13px;color:#555">${escapeHtml(i.note)}</span>` : ''}</li>`).join('')}</ul>`).join('\n')}
${b.action
  ? `<p style="margin:24px 0"><a href="${escapeHtml(b.action.url)}" style="background:#b3261e;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-size:16px;display:inline-block">${escapeHtml(b.action.label)}</a></p>
<p style="font-size:13px;color:#555;word-break:break-all">${escapeHtml(b.action.url)}</p>`
  : ''}
${b.footnote ? `<p style="font-size:13px;color:#555;line-height:1.6">${escapeHtml(b.footnote)}</p>` : ''}
${b.links?.length ? `<p style="font-size:13px;color:#555">${b.links.map(a => `<a href="${escapeHtml(a.url)}" style="color:#555">${escapeHtml(a.label)}</a>`).join(' · ')}</p>` : ''}
<p style="font-size:13px;color:#555;margin-top:24px">— ${escapeHtml(BRAND[locale])}</p>
</div></body></html>`
  return { subject: headerValue(b.subject), text, html }
}

/**
 * A mail header value on one line: CR, LF and every other control character become a space, so
 * no value (a name, a title) can add a header or end the headers.
 */
export function headerValue(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    out += c < 0x20 || c === 0x7F ? ' ' : ch
  }
  return out.replace(/ {2,}/g, ' ').trim()
}
