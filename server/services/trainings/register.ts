import type { AppLocale } from '#shared/i18n/messages'
import type { PublicUser } from '#shared/types/user'
import type { SubsidyRow } from '#shared/types/training'
import { programmeOf } from '#shared/data/training-rules'
import { trainingText } from '#shared/i18n/trainings'
import { formatCalendarDate, formatTime } from '#shared/utils/format-time'
import { zonedDate } from '#shared/utils/zoned-time'
import { prisma } from '../../utils/prisma'
import { toCsv } from '../../utils/csv'
import { startPdf } from '../../utils/pdf'
import { roster } from './queries'

/**
 * The papers a training subsidy claim needs: the attendance register (考勤册) as the familiar
 * table — one row per trainee, one column per lesson (date and time), ✓ for present (手 for a
 * trainer's mark), hours, and an empty column to sign — and the subsidy list as CSV.
 */
export async function attendanceRegisterPdf(user: PublicUser, offeringId: string, locale: AppLocale): Promise<{ pdf: Buffer, filename: string }> {
  const { rows, lessons } = await roster(user, offeringId)
  const o = await prisma.offering.findUniqueOrThrow({
    where: { id: offeringId },
    select: { titleZh: true, titleEn: true, programme: true, startsAt: true, city: { select: { nameZh: true, nameEn: true } }, institution: { select: { nameZh: true, nameEn: true } }, trainers: { select: { userId: true } } },
  })
  const trainerNames = (await prisma.user.findMany({ where: { id: { in: o.trainers.map(t => t.userId) } }, select: { name: true } })).map(u => u.name)
  const marks = await prisma.attendance.findMany({ where: { lesson: { offeringId } }, select: { lessonId: true, enrolmentId: true, method: true } })
  const byHand = new Set(marks.filter(m => m.method !== 'CODE').map(m => `${m.enrolmentId}:${m.lessonId}`))
  const en = locale === 'en'
  const trainees = rows.filter(r => ['CONFIRMED', 'COMPLETED', 'NOT_COMPLETED'].includes(r.status))
  const { doc, done } = startPdf({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: en ? 'Attendance register' : '考勤册', Author: 'StartHub' }, lang: locale })
  const left = 36
  const width = doc.page.width - 72
  const programme = o.programme ? programmeOf(o.programme)?.name[locale] ?? o.programme : ''
  const header = () => {
    doc.fontSize(18).fillColor('#000000').text(en ? 'Attendance register' : '创业培训考勤册', left, 36, { width, align: 'center' })
    doc.moveDown(0.4).fontSize(10)
    doc.text([
      `${en ? 'Session' : '班期'}：${en ? o.titleEn : o.titleZh}`,
      `${en ? 'Programme' : '培训项目'}：${programme}`,
      `${en ? 'Institution' : '承训机构'}：${(en ? o.institution?.nameEn : o.institution?.nameZh) ?? '—'}`,
      `${en ? 'City' : '城市'}：${en ? o.city.nameEn : o.city.nameZh}`,
      `${en ? 'Trainers' : '讲师'}：${trainerNames.join(en ? ', ' : '、') || '—'}`,
    ].join('    '), left, doc.y, { width })
    doc.moveDown(0.6)
  }
  // columns: no., name, one per lesson, hours, signature
  const fixed = { no: 28, name: 90, hours: 48, sign: 80 }
  const lessonWidth = Math.max(34, Math.min(80, (width - fixed.no - fixed.name - fixed.hours - fixed.sign) / Math.max(1, lessons.length)))
  const perPage = Math.max(1, Math.floor((width - fixed.no - fixed.name - fixed.hours - fixed.sign) / lessonWidth))
  const rowHeight = 22
  const cell = (text: string, x: number, y: number, w: number, h: number, opts: { align?: 'center' | 'left', size?: number } = {}) => {
    doc.rect(x, y, w, h).lineWidth(0.5).stroke('#333333')
    doc.fontSize(opts.size ?? 9).fillColor('#000000').text(text, x + 2, y + 4, { width: w - 4, height: h - 4, align: opts.align ?? 'center', lineBreak: true, ellipsis: true })
  }
  // lessons beyond one page's width continue on the next pages (the same trainees, the next lessons)
  for (let from = 0; from < Math.max(1, lessons.length); from += perPage) {
    const shown = lessons.slice(from, from + perPage)
    const last = from + perPage >= lessons.length
    let page = 0
    for (let start = 0; start === 0 || start < trainees.length; start += 18) {
      if (from > 0 || page > 0) doc.addPage()
      page++
      header()
      let y = doc.y
      let x = left
      const headH = 34
      cell(en ? 'No.' : '序号', x, y, fixed.no, headH)
      x += fixed.no
      cell(en ? 'Name' : '姓名', x, y, fixed.name, headH)
      x += fixed.name
      for (const l of shown) {
        cell(`${formatCalendarDate(zonedDate(new Date(l.startsAt)), locale)}\n${formatTime(l.startsAt)}–${formatTime(l.endsAt)}`, x, y, lessonWidth, headH, { size: 7 })
        x += lessonWidth
      }
      if (last) {
        cell(en ? 'Hours' : '学时', x, y, fixed.hours, headH)
        x += fixed.hours
        cell(en ? 'Signature' : '学员签名', x, y, fixed.sign, headH)
      }
      y += headH
      for (const [i, r] of trainees.slice(start, start + 18).entries()) {
        x = left
        cell(String(start + i + 1), x, y, fixed.no, rowHeight)
        x += fixed.no
        cell(r.name, x, y, fixed.name, rowHeight, { align: 'left' })
        x += fixed.name
        for (const l of shown) {
          const present = r.lessons.includes(l.id)
          cell(present ? (byHand.has(`${r.enrolmentId}:${l.id}`) ? (en ? '✓ (hand)' : '✓(补)') : '✓') : '', x, y, lessonWidth, rowHeight)
          x += lessonWidth
        }
        if (last) {
          cell((r.attendedMinutes / 60).toFixed(1), x, y, fixed.hours, rowHeight)
          x += fixed.hours
          cell('', x, y, fixed.sign, rowHeight)
        }
        y += rowHeight
      }
      doc.fontSize(8).fillColor('#333333').text(en
        ? '✓ checked in with the room code; (hand) marked by the trainer with a reason (audited). Printed from StartHub.'
        : '✓ 凭现场签到码签到；(补) 为讲师注明原因后补登（留痕）。由创业一站通生成。', left, y + 8, { width })
      if (start + 18 >= trainees.length) break
    }
  }
  doc.end()
  return { pdf: await done, filename: `starthub-attendance-${zonedDate(o.startsAt)}.pdf` }
}

/** The subsidy list as CSV, in the reader's language (amounts in yuan with two decimals). */
export function trainingSubsidyCsv(rows: SubsidyRow[], locale: AppLocale): string {
  const en = locale === 'en'
  const status = (r: SubsidyRow) => trainingText(locale, `subsidy.${r.status}`, { date: formatCalendarDate(r.windowEndsOn, locale) })
  return toCsv([
    en
      ? ['Certificate', 'Name', 'Programme', 'Institution', 'Issued on', 'Subsidy', 'Reason code', 'Amount (CNY)', 'Opening window ends', 'Lessons attended', 'Certificate valid', 'Plan grade']
      : ['证书编号', '姓名', '培训项目', '承训机构', '发证日期', '补贴', '原因代码', '金额（元）', '开业期限', '出勤课次', '证书有效', '计划书评定'],
    ...rows.map(r => [
      r.certificateCode, r.name, programmeOf(r.programme)?.name[locale] ?? r.programme, r.institution?.[locale] ?? '', r.issuedOn,
      status(r), r.reason, (r.amount / 100).toFixed(2), r.windowEndsOn, r.evidence.attendance, r.evidence.certificate ? (en ? 'yes' : '是') : (en ? 'no' : '否'), r.evidence.planGrade ?? '',
    ]),
  ])
}
