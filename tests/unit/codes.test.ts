import { describe, expect, it } from 'vitest'
import * as Db from '../../server/generated/prisma/enums'
import { ROLES } from '#shared/utils/roles'
import { BOOKING_STATUSES } from '#shared/utils/bookings'
import { MATCH_STATUSES } from '#shared/utils/match-requests'
import { MENTOR_STATUSES, MENTOR_TYPES, SESSION_MODES } from '#shared/utils/mentors'
import { PROJECT_STATUSES, RISK_LEVELS, SOURCE_TYPES } from '#shared/utils/projects'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { APPLICANT_TYPES, LOAN_STATUSES, LOAN_STEPS, REPAYMENT_METHODS } from '#shared/utils/loan-codes'
import { STORY_STATUSES } from '#shared/utils/stories'
import { codeLabel } from '#shared/i18n/codes'
import zhCodes from '../../i18n/locales/zh-CN.codes.json'
import enCodes from '../../i18n/locales/en.codes.json'

describe('code lists', () => {
  it('are Prisma\'s enums, in the same order (the set is also checked at compile time: server/utils/codes.ts)', () => {
    expect(ROLES).toEqual(Object.values(Db.Role))
    expect(PROJECT_STATUSES).toEqual(Object.values(Db.ProjectStatus))
    expect(RISK_LEVELS).toEqual(Object.values(Db.RiskLevel))
    expect(SOURCE_TYPES).toEqual(Object.values(Db.SourceType))
    expect(MENTOR_TYPES).toEqual(Object.values(Db.MentorType))
    expect(MENTOR_STATUSES).toEqual(Object.values(Db.MentorStatus))
    expect(BOOKING_STATUSES).toEqual(Object.values(Db.BookingStatus))
    expect(SESSION_MODES).toEqual(Object.values(Db.SessionMode))
    expect(MATCH_STATUSES).toEqual(Object.values(Db.MatchRequestStatus))
    // the one-stop flow's order matters: it is the order of the task list
    expect(SERVICE_STAGE_CODES).toEqual(['PROJECT', 'PLAN', 'RISK', 'OPENING', 'FINANCING', 'FOLLOW_UP'])
    expect(SERVICE_STAGE_CODES).toEqual(Object.values(Db.ServiceStage))
    expect(LOAN_STATUSES).toEqual(Object.values(Db.LoanStatus))
    expect(LOAN_STEPS).toEqual(Object.values(Db.LoanStep))
    expect(APPLICANT_TYPES).toEqual(Object.values(Db.ApplicantType))
    expect(REPAYMENT_METHODS).toEqual(Object.values(Db.RepaymentMethod))
    expect(STORY_STATUSES).toEqual(Object.values(Db.StoryStatus))
  })

  it('have a name in both languages for every code, from the locale files the pages use', () => {
    const groups = { role: ROLES, stage: SERVICE_STAGE_CODES, mentorType: MENTOR_TYPES, mode: SESSION_MODES, bookingStatus: BOOKING_STATUSES, storyStatus: STORY_STATUSES } as const
    for (const [group, codes] of Object.entries(groups) as [keyof typeof groups, readonly string[]][]) {
      expect(Object.keys(zhCodes.codes[group]).sort()).toEqual([...codes].sort())
      expect(Object.keys(enCodes.codes[group]).sort()).toEqual([...codes].sort())
    }
    expect(codeLabel('zh-CN', 'stage', 'PLAN')).toBe('方案设计')
    expect(codeLabel('en', 'stage', 'PLAN')).toBe('Business plan')
    expect(codeLabel('en', 'role', 'PROVIDER')).toBe('Project provider')
  })
})
