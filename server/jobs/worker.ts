import type { Runner, Task, WorkerEvents } from 'graphile-worker'
import { run } from 'graphile-worker'
import { JOB_CONCURRENCY } from '../utils/jobs'
import { deliverMail, SEND_MAIL_TASK } from '../services/mail'
import { SEARCH_SYNC_TASK } from '../search/outbox'
import { reconcileAll, scheduleSync, syncOutbox } from '../search/sync'
import { archiveStaleProjects } from '../services/projects'
import { deleteUnattachedImages } from '../services/images'
import type { ReminderPayload } from '../services/bookings'
import { BOOKING_REMINDER_TASK, BOOKINGS_EXPIRE_TASK, expireDueBookings, sendReminder } from '../services/bookings'
import { PASSWORD_RESET_TASK, sendPasswordReset } from '../services/accounts'
import type { CheckInJob } from '../services/cases/follow-up'
import { CHECK_IN_CLOSE_TASK, CHECK_IN_REMIND_TASK, CHECK_IN_SEND_TASK, closeCheckIn, remindCheckIn, sendCheckIn } from '../services/cases/follow-up'
import { endDueNotices, endNotice, mailOverdueSteps, NOTICE_END_TASK } from '../services/loans'
import type { TellJob } from '../services/enrolments'
import { deliverTell, ENROLMENT_REMINDER_TASK, ENROLMENT_TELL_TASK, lapseOffer, OFFER_LAPSE_TASK, remindEnrolment } from '../services/enrolments'
import { deleteExpiredSubscriptions, DIGEST_TASK, RELEASE_CLEANUP_TASK, runDigest } from '../services/release'
import type { AwardPhaseCode } from '#shared/utils/awards'
import { AWARD_PHASE_TASK, AWARD_TALLY_TASK, runPhaseJob, runTally } from '../services/awards'
import { jobQueueLogger } from './logger'

/**
 * The background worker on the PostgreSQL job queue (graphile-worker). It runs inside the
 * server process by default (RUN_JOBS=0 turns that off, e.g. for a separate worker process).
 */
export const SEARCH_RECONCILE_TASK = 'search_reconcile'
export const ARCHIVE_TASK = 'projects_archive'
export const IMAGES_CLEANUP_TASK = 'project_images_cleanup'
export const LOANS_DAILY_TASK = 'loans_daily'

const sendMail: Task = async (payload, helpers) => {
  const { id } = payload as { id: string }
  await deliverMail(id, helpers.job.attempts, helpers.job.max_attempts)
}

const searchSync: Task = async () => {
  const result = await syncOutbox()
  // the job records failures on the outbox rows and comes back soon, instead of the queue's
  // exponential backoff, so the outbox drains within seconds of Meilisearch's return
  if (result.failed) await scheduleSync(result.retryInMs ?? 5000)
}

const searchReconcile: Task = async () => {
  await reconcileAll()
}

const archiveProjects: Task = async () => {
  await archiveStaleProjects()
}

const cleanupImages: Task = async () => {
  await deleteUnattachedImages()
}

const expireBookings: Task = async () => {
  await expireDueBookings()
}

const bookingReminder: Task = async (payload) => {
  await sendReminder(payload as ReminderPayload)
}

const passwordReset: Task = async (payload) => {
  await sendPasswordReset(payload as { email: string, ip: string })
}

const checkInSend: Task = async (payload) => {
  await sendCheckIn(payload as CheckInJob)
}
const checkInRemind: Task = async (payload) => {
  await remindCheckIn(payload as CheckInJob)
}
const checkInClose: Task = async (payload) => {
  await closeCheckIn(payload as CheckInJob)
}

const loanNoticeEnd: Task = async (payload) => {
  await endNotice(payload as { id: string })
}
const loansDaily: Task = async () => {
  await endDueNotices()
  await mailOverdueSteps()
}

const offerLapse: Task = async (payload) => {
  await lapseOffer((payload as { id: string }).id)
}
const enrolmentTell: Task = async (payload) => {
  await deliverTell(payload as unknown as TellJob)
}
const enrolmentReminder: Task = async (payload) => {
  await remindEnrolment((payload as { id: string }).id)
}

const releaseDigest: Task = async (payload) => {
  // the weekly cron run covers up to this week's digest instant; a job added by hand may say up to when
  const until = (payload as { until?: string }).until
  await runDigest(until ? new Date(until) : undefined)
}
const releaseCleanup: Task = async () => {
  await deleteExpiredSubscriptions()
}

const awardPhase: Task = async (payload) => {
  await runPhaseJob(payload as { id: string, from: AwardPhaseCode })
}
const awardTally: Task = async (payload) => {
  await runTally((payload as { id: string }).id)
}

export const TASKS = {
  [DIGEST_TASK]: releaseDigest,
  [RELEASE_CLEANUP_TASK]: releaseCleanup,
  [AWARD_PHASE_TASK]: awardPhase,
  [AWARD_TALLY_TASK]: awardTally,
  [OFFER_LAPSE_TASK]: offerLapse,
  [ENROLMENT_TELL_TASK]: enrolmentTell,
  [ENROLMENT_REMINDER_TASK]: enrolmentReminder,
  [NOTICE_END_TASK]: loanNoticeEnd,
  [LOANS_DAILY_TASK]: loansDaily,
  [CHECK_IN_SEND_TASK]: checkInSend,
  [CHECK_IN_REMIND_TASK]: checkInRemind,
  [CHECK_IN_CLOSE_TASK]: checkInClose,
  [PASSWORD_RESET_TASK]: passwordReset,
  [SEND_MAIL_TASK]: sendMail,
  [SEARCH_SYNC_TASK]: searchSync,
  [SEARCH_RECONCILE_TASK]: searchReconcile,
  [ARCHIVE_TASK]: archiveProjects,
  [IMAGES_CLEANUP_TASK]: cleanupImages,
  [BOOKINGS_EXPIRE_TASK]: expireBookings,
  [BOOKING_REMINDER_TASK]: bookingReminder,
}

export function startWorker(connectionString: string, pollInterval: number, events?: WorkerEvents): Promise<Runner> {
  return run({
    connectionString,
    ...(events ? { events } : {}),
    // long jobs (a reconciliation over 75k documents takes seconds) must not hold up the
    // short ones that keep search fresh and mail flowing
    concurrency: JOB_CONCURRENCY,
    pollInterval,
    noHandleSignals: true,
    logger: jobQueueLogger,
    taskList: TASKS,
    // drift repair every 10 minutes (and once at start-up, see plugins/jobs.ts);
    // stale projects are archived daily at 03:00 Asia/Shanghai (19:00 UTC), and picture uploads
    // never attached to a project are deleted hourly once a day old;
    // unanswered booking requests expire within a minute of their deadline (booking itself
    // also expires a mentor's due requests first, so a stale hold never blocks a slot);
    // at 09:00 Beijing (01:00 UTC) loan notices that are over end (a safety net for their own
    // jobs) and supervisors get the day's overdue review steps;
    // the weekly digest on Mondays at 08:00 Beijing (00:00 UTC), and unconfirmed subscriptions
    // and expired links deleted hourly
    crontab: `*/10 * * * * ${SEARCH_RECONCILE_TASK}\n0 19 * * * ${ARCHIVE_TASK}\n17 * * * * ${IMAGES_CLEANUP_TASK}\n* * * * * ${BOOKINGS_EXPIRE_TASK}\n0 1 * * * ${LOANS_DAILY_TASK}\n0 0 * * 1 ${DIGEST_TASK}\n41 * * * * ${RELEASE_CLEANUP_TASK}`,
  })
}
