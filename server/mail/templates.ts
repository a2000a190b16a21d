import type { AppLocale } from '#shared/i18n/messages'

/**
 * Mail templates in zh-CN and en, each rendered to a subject, plain text and HTML.
 * Values are escaped in HTML; links are absolute (APP_URL).
 */
export interface RenderedMail { subject: string, text: string, html: string }

interface Block { heading: string, paragraphs: string[], action?: { label: string, url: string }, footnote?: string }

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
    ...(b.action ? [`${b.action.label}: ${b.action.url}`, ''] : []),
    ...(b.footnote ? [b.footnote, ''] : []),
    `— ${BRAND[locale]}`,
  ].join('\n')
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(b.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f4;font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif;color:#1c1b1a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:28px">
<p style="font-size:18px;font-weight:600;margin:0 0 16px">${escapeHtml(b.heading)}</p>
${b.paragraphs.map(p => `<p style="font-size:16px;line-height:1.7;margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n')}
${b.action
  ? `<p style="margin:24px 0"><a href="${escapeHtml(b.action.url)}" style="background:#b3261e;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-size:16px;display:inline-block">${escapeHtml(b.action.label)}</a></p>
<p style="font-size:13px;color:#555;word-break:break-all">${escapeHtml(b.action.url)}</p>`
  : ''}
${b.footnote ? `<p style="font-size:13px;color:#555;line-height:1.6">${escapeHtml(b.footnote)}</p>` : ''}
<p style="font-size:13px;color:#555;margin-top:24px">— ${escapeHtml(BRAND[locale])}</p>
</div></body></html>`
  return { subject: b.subject, text, html }
}
