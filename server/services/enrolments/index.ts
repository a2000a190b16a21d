/** The enrolment engine (trainings and events): rules.ts for the lifecycle, commands.ts for places and the waitlist, attendance.ts for check-in, completion.ts for certificates. */
export { enrol, withdrawEnrolment, answerOffer, lapseOffer, remindEnrolment, OFFER_LAPSE_TASK, ENROLMENT_REMINDER_TASK } from './commands'
export { screenCode, checkIn, markPresent } from './attendance'
export { gradePlan, completeOffering, verifyCertificate, revokeCertificate, certificatePdf } from './completion'
export { ENROLMENT_TELL_TASK, deliverTell } from './notifications'
export type { TellJob } from './notifications'
