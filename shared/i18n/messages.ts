import { fillMessage } from './format'

/**
 * Messages that both the server (API errors) and the pages (form validation) show.
 * The UI's own strings live in `i18n/locales/*.json`; these are shared because the
 * server must answer in the request's language without the pages' i18n (app/i18n.ts).
 */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'

/** A text in both languages, for data the server renders too (questionnaires, checklists). */
export type Bilingual = Record<AppLocale, string>

const zh = {
  // API error codes
  'error.validation': '提交的内容有误，请检查标出的项目。',
  'error.unauthorized': '请先登录。',
  'error.forbidden': '您没有权限进行此操作。',
  'error.not_found': '没有找到您要的内容。',
  'error.conflict': '该操作与现有数据冲突。',
  'error.rate_limited': '尝试次数过多，请在 {minutes} 分钟后再试。',
  'error.internal': '服务暂时出现问题，请稍后再试。您提交的内容没有丢失。',
  'error.invalid_credentials': '邮箱或密码不正确。',
  'error.email_taken': '该邮箱已注册，请直接登录或找回密码。',
  'error.email_not_verified': '请先验证您的邮箱，再进行此操作。',
  'error.token_invalid': '链接无效或已过期，请重新申请。',
  'error.wrong_password': '当前密码不正确。',
  'error.csrf': '请求来源无法确认，请刷新页面后重试。',
  'error.db_unavailable': '数据库暂时不可用，请稍后再试。',
  'error.role_not_grantable': '该角色不能这样授予。',
  'error.last_admin': '不能移除最后一位管理员的管理员角色。',
  'error.slot_taken': '这个时段刚刚被别人约走了，请选择其他时段。',
  'error.slot_unavailable': '导师在这个时段不接受预约，请从可选时段中选择。',
  'error.weekly_cap_reached': '导师这一周的预约已满，请选择其他周的时段。',
  'error.booking_overlap': '您在这个时间已有其他预约，请先取消或改约。',
  'error.invalid_transition': '当前状态下不能进行这项操作，请刷新页面查看最新状态。',
  'error.mentor_unavailable': '这位导师暂不接受预约。',
  'error.already_reviewed': '您已经评价过这次辅导。',
  'error.mentor_profile_exists': '您已经提交过导师申请。',
  'validation.planNeedsCosts': '请先填写启动资金（固定资产或流动资金），再提交计划书。',
  'error.case_open': '您已有一个进行中的创业服务档案，请先继续或结束它。',
  'error.adviser_not_accepting': '这位导师目前不接受担任创业顾问，请选择其他导师。',
  'error.plan_conflict': '创业计划书已在别处（另一个窗口或设备）保存过。请选择保留哪一版，您的修改没有丢失。',
  'error.loan_open': '您已有一份进行中的创业担保贷款申请，请继续办理它。',
  'error.loan_conflict': '申请已在别处（另一个窗口或设备）修改过。请刷新后再改，您填写的内容没有丢失。',
  'error.loan_not_eligible': '按申请当天的政策，这份申请还不符合条件：{reasons}',
  'error.loan_decision': '不能这样处理：{problem}',
  'error.no_organisation': '这个城市还没有可选的{kind}，请先由管理员添加。',
  'error.enrolment_closed': '这一期现在不接受报名（报名尚未开始、已经截止，或已取消）。',
  'error.already_enrolled': '您已经报名了这一期，可以在“我的报名”中查看。',
  'error.programme_limit': '享受补贴的{programme}培训每人每年只能报名 {n} 次，您今年已经报过了。',
  'error.enrolment_not_eligible': '这门课程只面向免费培训对象，请选择您所属的人员类别。',
  'error.offer_expired': '为您保留的名额已过期，已顺延给下一位。您可以重新排队。',
  'error.capacity_below_taken': '名额不能少于已确认和已保留的 {n} 个。',
  'error.code_expired': '签到码已过期，请输入屏幕上最新的 6 位数字。',
  'error.code_invalid': '签到码不正确：请输入本节课屏幕上显示的 6 位数字。',
  'error.check_in_not_open': '本节课的签到还没有开始，上课前 {minutes} 分钟开放。',
  'error.already_checked_in': '您已经签到过本节课了。',
  'error.not_completed': '还不能结业：{gaps}',
  'error.not_verified': '投票需要已验证邮箱的实名账号。请先验证邮箱。',
  'error.already_voted_today': '您今天已在这个类别投过票了，明天（北京时间）可以再投。',
  'error.voting_closed': '投票不在进行中。',
  'error.phase_closed': '评选当前阶段不接受这项操作。',
  'error.already_nominated': '此人已在这个类别被提名。',
  'error.nominee_unknown': '没有找到这个邮箱的已验证账号。被提名人需要先在平台注册并验证邮箱。',
  'error.reviewer_conflict': '这位评审与被提名人有关联（其服务档案顾问或预约过的导师），已自动回避。',
  'error.reviewer_excluded': '您与被提名人有关联（其服务档案顾问或预约过的导师），需回避，不能评分。',
  'error.objections_open': '还有未处理的异议，处理完后才能开始投票。',
  'error.results_not_published': '评选结果尚未公布。',
  'error.already_rated': '您已经评价过这项服务。',
  'error.busy': '现在办理的人太多，这次没有提交成功，也没有留下任何记录。请稍等几秒再试一次。',
  'error.rules_in_use': '这一版政策已有申请按它办理或已经生效，不能再修改。请另建一版并填写生效日期。',
  'error.document_too_large': '文件太大了：每份不能超过 {mb} MB。',
  'error.unsupported_document': '无法识别这个文件。请上传 PDF、JPG 或 PNG 格式的文件。',
  'error.image_too_large': '图片太大了：每张不能超过 {mb} MB。',
  'error.unsupported_image': '无法读取这张图片。请上传 JPG、PNG 或 WebP 格式的照片。',
  // field validation
  'validation.required': '此项为必填项。',
  'validation.email': '请输入有效的邮箱地址。',
  'validation.nameLength': '姓名长度应为 1–60 个字符。',
  'validation.passwordLength': '密码长度应为 8–128 个字符。',
  'validation.passwordCommon': '这个密码太常见了，请换一个更难猜的密码。',
  'validation.passwordSameAsEmail': '密码不能与邮箱相同。',
  'validation.passwordMismatch': '两次输入的密码不一致。',
  'validation.passwordUnchanged': '新密码不能与当前密码相同。',
  'validation.role': '请选择“创业者”或“项目提供方”。',
  'validation.invalid': '此项的格式不正确。',
  'validation.oneOf': '此项只能是以下之一：{allowed}。',
  'validation.tooLong': '内容过长。',
  'validation.unknownValues': '无法识别：{values}。可选值：{allowed}',
  'validation.dateRange': '日期范围不正确（最多 31 天）。',
  'validation.timeRange': '结束时间必须晚于开始时间。',
  'validation.tooMany': '选择的项目太多了。',
  'validation.endBeforeStart': '结束时间须晚于开始时间。',
  'validation.codeExpired': '这个签到码已过期，请输入屏幕上最新的 6 位数字。',
  'validation.codeInvalid': '签到码是本节课屏幕上的 6 位数字。',
  'validation.outsideYourCity': '您只能为自己负责的城市安排培训和活动。',
  'validation.trainerOfInstitution': '讲师须是已开通“培训讲师”角色、并属于该承训机构的账户。',
  'validation.closesAfterStart': '报名截止时间不能晚于第一节课（活动）开始的时间。',
  'validation.httpsUrl': '请填写以 https:// 开头的完整链接。',
  'validation.venueOrLink': '线下活动请填写地点，线上活动请填写以 https:// 开头的参会链接。',
  'validation.minChars': '至少 {min} 个字。',
  'validation.maxChars': '最多 {max} 个字。',
  'validation.minValue': '不能小于 {min}。',
  'validation.maxValue': '不能大于 {max}。',
  'validation.minItems': '至少选择 {min} 项。',
  'validation.maxItems': '最多选择 {max} 项。',
  'validation.controlChars': '不能包含控制字符（如换行以外的不可见字符）。',
  'validation.figureNotRecorded': '只能展示平台已记录的数据：请先关联您的创业服务档案，并选择档案中已有的数据。',
  'validation.dateOutOfRange': '日期须在今天前后五年之内。',
  'validation.photoUpload': '请上传照片，不能使用其他网站的图片地址。',
  'validation.idNumber': '请输入有效的 18 位居民身份证号码（最后一位可以是 X）。',
  'validation.idCheckDigit': '身份证号码的最后一位（校验码）与前 17 位不符（GB 11643），请逐位核对。',
  'validation.mobile': '请输入 11 位中国大陆手机号码。',
  'validation.maxYuan': '不能超过 {max} 元。',
  'validation.maxMonths': '最长 {max} 个月。',
  'validation.staffCounts': '新招用人数不能超过职工总数，签订一年以上合同的人数不能超过新招用人数。',
  'validation.openingDate': '请填写开业日期或计划开业日期（只填一项）。',
  'validation.duplicateId': '同一个身份证号码不能填写两次。',
  'error.payload_too_large': '提交的内容太大了（最多 {kb} KB）。',
  // the one-stop case (风险评估, 开业指导, 跟踪扶持)
  'validation.dateInFuture': '日期不能晚于今天。',
  'validation.quarter': '请按“2027Q1”的格式填写季度。',
  'validation.documentMissing': '请上传这份材料。',
  'validation.dateInPast': '生效日期不能早于今天：已提交的申请按提交当天的政策办理。',
  'validation.versionTaken': '已有同名的版本，请换一个版本号。',
  'validation.ruleVersion': '版本号只能用小写字母、数字、点和连字符（3–60 个字符），如 jilin-2027-01。',
  'validation.calendar': '节假日安排有误：{problems}',
  'validation.organisationRequired': '担保机构、经办银行和承训机构的人员必须属于一个相应的机构，请选择。',
  'validation.maxRate': '不能高于政策规定的利率上限 {max}。',
  'validation.overdueOpen': '已有一段尚未结束的逾期，请先填写它的结束日期。',
  'validation.reasonRequired': '请写明原因。',
  'validation.creditCode': '统一社会信用代码不正确：应为 18 位数字或大写字母，请核对营业执照。',
  'validation.creditCodeForm': '这个统一社会信用代码与所选的经营主体类型不符，请核对营业执照。',
  'validation.employeesWithOwner': '人数包括您本人，至少 1 人；只有已关闭时才填 0。',
  'validation.unknownQuestion': '问卷中没有这道题。',
  // amounts are held in fen and rates in basis points; the message names the limit in yuan / per cent
  'validation.minAmount': '不能少于 {min} 元。',
  'validation.maxAmount': '不能超过 {max} 元。',
  'validation.minPercent': '不能低于 {min}%。',
  'validation.maxPercent': '不能高于 {max}%。',
  'validation.monthsRequired': '请填写全部 {min} 个月。',
} as const

export type MessageKey = keyof typeof zh

const en: Record<MessageKey, string> = {
  'error.validation': 'Some fields need your attention.',
  'error.unauthorized': 'Please sign in first.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.not_found': 'We could not find what you are looking for.',
  'error.conflict': 'This conflicts with existing data.',
  'error.rate_limited': 'Too many attempts. Please try again in {minutes} minutes.',
  'error.internal': 'Something went wrong on our side. Please try again later; nothing you sent was lost.',
  'error.invalid_credentials': 'The email or password is incorrect.',
  'error.email_taken': 'This email is already registered. Sign in or reset your password.',
  'error.email_not_verified': 'Please verify your email address first.',
  'error.token_invalid': 'This link is invalid or has expired. Please request a new one.',
  'error.wrong_password': 'Your current password is incorrect.',
  'error.csrf': 'We could not confirm where this request came from. Reload the page and try again.',
  'error.db_unavailable': 'The database is unavailable right now. Please try again shortly.',
  'error.slot_taken': 'Someone has just booked this time. Please choose another slot.',
  'error.slot_unavailable': 'The mentor does not take bookings at this time. Please pick one of the offered slots.',
  'error.weekly_cap_reached': 'The mentor\'s week is fully booked. Please choose a slot in another week.',
  'error.booking_overlap': 'You already have a booking at this time. Cancel or move it first.',
  'error.invalid_transition': 'This cannot be done in the current state. Reload the page to see the latest state.',
  'error.mentor_unavailable': 'This mentor is not taking bookings at the moment.',
  'error.already_reviewed': 'You have already rated this session.',
  'error.mentor_profile_exists': 'You have already applied to be a mentor.',
  'validation.planNeedsCosts': 'Fill in the start-up money (fixed assets or working capital) before you submit the plan.',
  'error.case_open': 'You already have an open case. Continue it or close it first.',
  'error.adviser_not_accepting': 'This mentor does not take on cases as an adviser at the moment; choose another mentor.',
  'error.plan_conflict': 'The business plan was saved elsewhere (another tab or device) meanwhile. Choose which version to keep; your changes are not lost.',
  'error.loan_open': 'You already have a guaranteed loan application in progress; please continue with it.',
  'error.loan_conflict': 'The application was changed elsewhere (another window or device). Reload it and make your change again; what you typed is not lost.',
  'error.loan_not_eligible': 'Under the rules of the day, this application does not qualify yet: {reasons}',
  'error.loan_decision': 'This cannot be done: {problem}',
  'error.no_organisation': 'This city has no {kind} to choose yet; an administrator must add one first.',
  'error.enrolment_closed': 'This session is not taking enrolments now (not open yet, closed, or cancelled).',
  'error.already_enrolled': 'You are already enrolled in this session; see My enrolments.',
  'error.programme_limit': 'Subsidised {programme} training is limited to {n} per person per year, and you have had yours this year.',
  'error.enrolment_not_eligible': 'This course is for people who train free; choose the category you belong to.',
  'error.offer_expired': 'The place held for you has expired and went to the next person. You can join the queue again.',
  'error.capacity_below_taken': 'The capacity cannot be less than the {n} places already confirmed or offered.',
  'error.code_expired': 'That check-in code has expired; type the newest 6 digits on the screen.',
  'error.code_invalid': 'That check-in code is wrong: type the 6 digits shown on this lesson\'s screen.',
  'error.check_in_not_open': 'Check-in for this lesson has not opened yet; it opens {minutes} minutes before the start.',
  'error.already_checked_in': 'You have already checked in to this lesson.',
  'error.not_completed': 'The course cannot be completed yet: {gaps}',
  'error.not_verified': 'Voting needs an account with a verified email address. Verify your email first.',
  'error.already_voted_today': 'You have already voted in this category today. You can vote again tomorrow (Beijing time).',
  'error.voting_closed': 'Voting is not open.',
  'error.phase_closed': 'The round does not take this now.',
  'error.already_nominated': 'This person is already nominated in this category.',
  'error.nominee_unknown': 'No verified account has this email address. The nominee needs to register and verify their email first.',
  'error.reviewer_conflict': 'This reviewer is linked to the nominee (their case adviser or a mentor they booked) and is excluded automatically.',
  'error.reviewer_excluded': 'You are linked to the nominee (their case adviser or a mentor they booked), so you may not score this nomination.',
  'error.objections_open': 'Some objections are still open; decide them before voting starts.',
  'error.results_not_published': 'The results have not been published yet.',
  'error.already_rated': 'You have already rated this service.',
  'error.busy': 'Too many people are doing this right now: nothing was submitted or recorded. Please try again in a few seconds.',
  'error.rules_in_use': 'This version of the rules is already in force or applications are judged by it, so it cannot be changed. Create a new version with its effective date.',
  'error.document_too_large': 'The file is too large: at most {mb} MB each.',
  'error.unsupported_document': 'This file cannot be read. Please upload a PDF, JPG or PNG file.',
  'error.image_too_large': 'This picture is too large: each may be at most {mb} MB.',
  'error.unsupported_image': 'We could not read this picture. Please upload a JPG, PNG or WebP photo.',
  'error.role_not_grantable': 'This role cannot be granted this way.',
  'error.last_admin': 'The last administrator cannot lose the admin role.',
  'validation.required': 'This field is required.',
  'validation.email': 'Enter a valid email address.',
  'validation.nameLength': 'Name must be 1–60 characters.',
  'validation.passwordLength': 'Password must be 8–128 characters.',
  'validation.passwordCommon': 'This password is too common. Choose one that is harder to guess.',
  'validation.passwordSameAsEmail': 'Password must not be the same as your email.',
  'validation.passwordMismatch': 'The passwords do not match.',
  'validation.passwordUnchanged': 'The new password must differ from the current one.',
  'validation.role': 'Choose “Entrepreneur” or “Project provider”.',
  'validation.invalid': 'This value is not valid.',
  'validation.oneOf': 'This must be one of: {allowed}.',
  'validation.tooLong': 'This is too long.',
  'validation.unknownValues': 'Unknown: {values}. Allowed: {allowed}',
  'validation.dateRange': 'The date range is not valid (31 days at most).',
  'validation.timeRange': 'The end time must be after the start time.',
  'validation.tooMany': 'Too many items are selected.',
  'validation.endBeforeStart': 'The end must be after the start.',
  'validation.codeExpired': 'This code has expired; type the newest 6 digits on the screen.',
  'validation.codeInvalid': 'The check-in code is the 6 digits on this lesson\'s screen.',
  'validation.outsideYourCity': 'You can only arrange trainings and events for the cities you work for.',
  'validation.trainerOfInstitution': 'Each trainer must be an account with the trainer role at this training institution.',
  'validation.closesAfterStart': 'Enrolment cannot close after the first lesson (or the event) starts.',
  'validation.httpsUrl': 'Enter a full link starting with https://.',
  'validation.venueOrLink': 'Give the venue of an in-person session, or an https:// link to an online one.',
  'validation.minChars': 'At least {min} characters.',
  'validation.maxChars': 'At most {max} characters.',
  'validation.minValue': 'Must be at least {min}.',
  'validation.maxValue': 'Must be at most {max}.',
  'validation.minItems': 'Choose at least {min}.',
  'validation.maxItems': 'Choose at most {max}.',
  'validation.controlChars': 'Must not contain control characters (invisible characters other than line breaks).',
  'validation.figureNotRecorded': 'Only figures StartHub has recorded can be shown: link your one-stop case and choose figures it holds.',
  'validation.dateOutOfRange': 'The date must be within five years of today.',
  'validation.photoUpload': 'Please upload a photo; pictures from other sites cannot be used.',
  'validation.idNumber': 'Enter a valid 18-character resident ID number (the last may be X).',
  'validation.idCheckDigit': 'The last character of the ID number (its check character) does not match the first 17 (GB 11643); please check each digit.',
  'validation.mobile': 'Enter an 11-digit mainland China mobile number.',
  'validation.maxYuan': 'At most ¥{max}.',
  'validation.maxMonths': 'At most {max} months.',
  'validation.staffCounts': 'New hires cannot exceed the staff, and those on contracts of a year or more cannot exceed the new hires.',
  'validation.openingDate': 'Give the opening date or the planned opening date (one of them).',
  'validation.duplicateId': 'The same ID number cannot be given twice.',
  'error.payload_too_large': 'What you sent is too large (at most {kb} KB).',
  'validation.dateInFuture': 'The date cannot be later than today.',
  'validation.quarter': 'Write the quarter as 2027Q1.',
  'validation.documentMissing': 'Please upload this document.',
  'validation.dateInPast': 'The effective day cannot be before today: applications already submitted keep the rules of their day.',
  'validation.versionTaken': 'A version of that name exists; choose another.',
  'validation.ruleVersion': 'A version uses lower-case letters, digits, dots and hyphens (3–60 characters), e.g. jilin-2027-01.',
  'validation.calendar': 'The holiday calendar has mistakes: {problems}',
  'validation.organisationRequired': 'Guarantor, bank and training-institution staff belong to one organisation of that kind: choose it.',
  'validation.maxRate': 'Must be at most the rules\' rate cap of {max}.',
  'validation.overdueOpen': 'An overdue period is still open: give its end date first.',
  'validation.reasonRequired': 'Please give the reason.',
  'validation.creditCode': 'This unified social credit code is not valid: it has 18 digits or capital letters. Please check your business licence.',
  'validation.creditCodeForm': 'This unified social credit code does not match the chosen legal form. Please check your business licence.',
  'validation.employeesWithOwner': 'Count yourself too: at least 1. Enter 0 only if the business has closed.',
  'validation.unknownQuestion': 'This question is not in the questionnaire.',
  'validation.minAmount': 'Must be at least ¥{min}.',
  'validation.maxAmount': 'Must be at most ¥{max}.',
  'validation.minPercent': 'Must be at least {min}%.',
  'validation.maxPercent': 'Must be at most {max}%.',
  'validation.monthsRequired': 'Fill in all {min} months.',
}

const catalog: Record<AppLocale, Record<MessageKey, string>> = { 'zh-CN': zh, 'en': en }

export function isMessageKey(key: string): key is MessageKey {
  return key in zh
}

export function translate(locale: AppLocale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalog[locale][key] ?? catalog[DEFAULT_LOCALE][key]
  return fillMessage(template, params)
}

/** The parts of a zod issue that a message needs: its key, and the limit it names. */
export interface IssueLike { message: string, code?: string, minimum?: unknown, maximum?: unknown, values?: readonly unknown[] }

/** Up to this many allowed values are named in a message (a choice among more is never typed by hand). */
const NAMED_VALUES = 12

/** A limit held in hundredths (fen, basis points) as a person reads it: 100000000 → "1,000,000", 150 → "1.5". */
function hundredths(n: number): string {
  const sign = n < 0 ? '-' : ''
  const a = Math.abs(n)
  const whole = Math.floor(a / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = a % 100
  return `${sign}${whole}${cents ? `.${String(cents).padStart(2, '0').replace(/0$/, '')}` : ''}`
}

/** The message of one validation issue in a language: "至少 10 个字", with the schema's own limit. */
export function issueMessage(locale: AppLocale, issue: IssueLike): string {
  let key: MessageKey = isMessageKey(issue.message) ? issue.message : 'validation.invalid'
  const params: Record<string, string | number> = {}
  // a value outside a fixed list (`z.enum`): the message names the list
  if (key === 'validation.invalid' && issue.code === 'invalid_value' && issue.values?.length && issue.values.length <= NAMED_VALUES) {
    key = 'validation.oneOf'
    params.allowed = issue.values.map(String).join(', ')
  }
  // amounts (fen) and rates (bp) are both hundredths of what the form shows
  const scaled = key.endsWith('Amount') || key.endsWith('Percent')
  const limit = (v: number) => (scaled ? hundredths(v) : v)
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') params.min = limit(Number(issue.minimum))
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') params.max = limit(Number(issue.maximum))
  return translate(locale, key, params)
}

/** Picks a supported locale from an explicit value or an Accept-Language header. */
export function resolveLocale(value: string | null | undefined): AppLocale {
  if (!value) return DEFAULT_LOCALE
  for (const part of value.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase()
    if (tag.startsWith('zh')) return 'zh-CN'
    if (tag.startsWith('en')) return 'en'
  }
  return DEFAULT_LOCALE
}
