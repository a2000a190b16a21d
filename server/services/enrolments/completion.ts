import { randomInt } from 'node:crypto'
import type { PublicUser } from '#shared/types/user'
import type { CertificatePublic } from '#shared/types/training'
import type { AppLocale } from '#shared/i18n/messages'
import { programmeOf, trainingRulesOn } from '#shared/data/training-rules'
import type { PlanGradeCode } from '#shared/utils/enrolments'
import { completionGaps } from '#shared/utils/enrolments'
import { maskName } from '#shared/utils/mask'
import { formatCalendarDate } from '#shared/utils/format-time'
import { zonedDate } from '#shared/utils/zoned-time'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { drawQr, startPdf } from '../../utils/pdf'
import { siteLink } from '../../mail/links'
import { audit } from '../audit'
import { canManage } from '../trainings/access'
import { bi } from '../trainings/view'
import { enqueueSearchSync } from '../../search/outbox'
import { ENROLMENT_TX, enrolmentSelect, lockOffering } from './store'
import { queueTell } from './notifications'

/**
 * Completion and certificates. A trainer (or staff) grades an SYB trainee's business plan and,
 * once the last lesson is over, completes the session: everyone with a confirmed place who has
 * the programme's class hours (and, for SYB, a plan graded 合格 or 优秀) completes and gets a
 * certificate with a verification code; the others are marked not completed (a failed plan means
 * retraining). An event completes everyone who checked in. Certificates are public to verify,
 * by code, with the name masked; staff may revoke one with a reason.
 */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function newCertificateCode(): string {
  const pick = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return Array.from({ length: 3 }, () => Array.from({ length: 4 }, pick).join('')).join('-')
}

export async function gradePlan(user: PublicUser, enrolmentId: string, grade: PlanGradeCode): Promise<{ enrolmentId: string, grade: PlanGradeCode }> {
  const e = await prisma.enrolment.findUnique({ where: { id: enrolmentId }, select: { status: true, offering: { select: { id: true, city: { select: { code: true } } } } } })
  if (!e || !await canManage(prisma, user, e.offering)) throw new AppError('not_found')
  if (e.status !== 'CONFIRMED') throw new AppError('invalid_transition')
  await prisma.$transaction(async (tx) => {
    await tx.enrolment.update({ where: { id: enrolmentId }, data: { planGrade: grade, gradedById: user.id } })
    await recordEvent(tx, 'enrolment', enrolmentId, { action: 'graded', actorId: user.id, payload: { grade } })
  })
  return { enrolmentId, grade }
}

export async function completeOffering(user: PublicUser, offeringId: string, now = new Date()): Promise<{ completed: number, notCompleted: number }> {
  return prisma.$transaction(async (tx) => {
    const o = await lockOffering(tx, offeringId)
    if (!o || !await canManage(tx, user, o)) throw new AppError('not_found')
    if (o.status !== 'PUBLISHED' || o.endsAt > now) throw new AppError('invalid_transition')
    const programme = o.programme ? programmeOf(o.programme, trainingRulesOn(zonedDate(now))) : null
    const confirmed = await tx.enrolment.findMany({ where: { offeringId, status: 'CONFIRMED' }, select: { ...enrolmentSelect, attendances: { select: { lesson: { select: { minutes: true } } } } } })
    let completed = 0
    for (const e of confirmed) {
      const attendedMinutes = e.attendances.reduce((n, a) => n + a.lesson.minutes, 0)
      const ok = programme
        ? completionGaps({ attendedMinutes, requiredMinutes: programme.requiredMinutes, needsPlanGrade: programme.needsPlanGrade, planGrade: e.planGrade }).length === 0
        : e.attendances.length > 0
      const to = ok ? 'COMPLETED' : 'NOT_COMPLETED'
      await tx.enrolment.update({ where: { id: e.id }, data: { status: to, completedAt: now } })
      await recordEvent(tx, 'enrolment', e.id, { action: ok ? 'completed' : 'not_completed', from: 'CONFIRMED', to, actorId: user.id, payload: { attendedMinutes } })
      if (!ok) continue
      completed++
      if (o.kind === 'TRAINING') {
        const cert = await tx.certificate.create({ data: { enrolmentId: e.id, code: newCertificateCode(), issuedOn: zonedDate(now), minutes: attendedMinutes }, select: { code: true } })
        await queueTell(tx, e.id, 'completed', { code: cert.code })
      }
    }
    const attended = await tx.enrolment.count({ where: { offeringId, attendances: { some: {} } } })
    await tx.offering.update({ where: { id: offeringId }, data: { status: 'COMPLETED', attendance: attended } })
    await enqueueSearchSync(tx, 'offering', [offeringId])
    return { completed, notCompleted: confirmed.length - completed }
  }, ENROLMENT_TX)
}

const certificateSelect = {
  code: true, issuedOn: true, minutes: true, revokedAt: true, revokedReason: true,
  enrolment: {
    select: {
      userId: true, programme: true,
      user: { select: { name: true } },
      offering: { select: { id: true, titleZh: true, titleEn: true, startsAt: true, endsAt: true, city: { select: { code: true } }, institution: { select: { nameZh: true, nameEn: true } } } },
    },
  },
} as const

async function certificateRow(code: string) {
  const c = await prisma.certificate.findUnique({ where: { code: code.toUpperCase() }, select: certificateSelect })
  if (!c) throw new AppError('not_found')
  return c
}

function toPublic(c: Awaited<ReturnType<typeof certificateRow>>, fullName = false): CertificatePublic {
  const o = c.enrolment.offering
  const programme = programmeOf(c.enrolment.programme ?? '')
  return {
    code: c.code,
    valid: !c.revokedAt,
    revokedReason: c.revokedReason,
    name: fullName ? c.enrolment.user.name : maskName(c.enrolment.user.name),
    programme: programme?.name ?? bi(c.enrolment.programme ?? '', c.enrolment.programme ?? ''),
    title: bi(o.titleZh, o.titleEn),
    institution: o.institution ? bi(o.institution.nameZh, o.institution.nameEn) : null,
    from: zonedDate(o.startsAt),
    to: zonedDate(o.endsAt),
    issuedOn: c.issuedOn,
    hours: Math.round(c.minutes / 6) / 10,
  }
}

/** GET /api/certificates/:code — public: whether it is valid, with the name masked. */
export async function verifyCertificate(code: string): Promise<CertificatePublic> {
  return toPublic(await certificateRow(code))
}

export async function revokeCertificate(user: PublicUser, code: string, reason: string): Promise<CertificatePublic> {
  const c = await certificateRow(code)
  if (!await canManage(prisma, { ...user, roles: user.roles.filter(r => r === 'STAFF') }, c.enrolment.offering)) throw new AppError('not_found')
  if (c.revokedAt) throw new AppError('invalid_transition')
  await prisma.$transaction(async (tx) => {
    await tx.certificate.update({ where: { code: c.code }, data: { revokedAt: new Date(), revokedReason: reason, revokedById: user.id } })
    await audit({ action: 'certificate.revoked', actorId: user.id, subjectId: c.enrolment.userId, meta: { code: c.code, reason } }, tx)
  })
  return verifyCertificate(c.code)
}

/** The certificate as a PDF (CJK font), for its holder: name, programme, dates, hours, institution, code and a QR code of the verification page. */
export async function certificatePdf(user: PublicUser, enrolmentId: string, locale: AppLocale): Promise<{ pdf: Buffer, code: string }> {
  const cert = await prisma.certificate.findUnique({ where: { enrolmentId }, select: { code: true } })
  if (!cert) throw new AppError('not_found')
  const c = await certificateRow(cert.code)
  if (c.enrolment.userId !== user.id && !await canManage(prisma, user, c.enrolment.offering)) throw new AppError('not_found')
  const p = toPublic(c, true)
  const en = locale === 'en'
  const { doc, done } = startPdf({ size: 'A4', layout: 'landscape', margin: 56, info: { Title: en ? 'Training certificate' : '创业培训合格证书', Author: 'StartHub' }, lang: locale })
  const width = doc.page.width - 112
  const verifyUrl = siteLink(locale, `/verify/${p.code}`)
  doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke('#1d4f91')
  doc.moveDown(2).fontSize(30).fillColor('#1d4f91').text(en ? 'Certificate of Start-up Training' : '创业培训合格证书', { align: 'center', width })
  doc.moveDown(1.2).fontSize(16).fillColor('#000000')
  const line = (label: string, value: string) => doc.text(`${label}${value}`, { width: width - 180 })
  line(en ? 'Name: ' : '姓名：', p.name)
  line(en ? 'Programme: ' : '培训项目：', p.programme[locale])
  line(en ? 'Session: ' : '培训班期：', p.title[locale])
  line(en ? 'Dates: ' : '培训时间：', `${formatCalendarDate(p.from, locale)} – ${formatCalendarDate(p.to, locale)}`)
  line(en ? 'Class hours: ' : '学时：', en ? `${p.hours} hours` : `${p.hours} 小时`)
  line(en ? 'Training institution: ' : '承训机构：', p.institution?.[locale] ?? '—')
  line(en ? 'Issued on: ' : '发证日期：', formatCalendarDate(p.issuedOn, locale))
  doc.moveDown(1).fontSize(12).fillColor('#333333')
  line(en ? 'Verification code: ' : '验证码：', p.code)
  doc.text(en ? `Check it at ${verifyUrl}` : `验证网址：${verifyUrl}`, { width: width - 180 })
  drawQr(doc, verifyUrl, doc.page.width - 56 - 150, doc.page.height - 56 - 170, 130)
  doc.end()
  return { pdf: await done, code: p.code }
}
