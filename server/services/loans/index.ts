/** Guaranteed start-up loans (创业担保贷款): the applicant's side, the review, the payout, the queues, the reference data. */
export { createLoan, updateLoan, submitLoan, withdrawLoan } from './application'
export { uploadDocument, downloadDocument } from './documents'
export { decideStep, endNotice, endDueNotices, mailOverdueSteps, handleObjection, organisationsServing, NOTICE_END_TASK } from './review'
export { recordDisbursement, recordRepayment, requestExtension, decideExtension } from './payout'
export { getLoan, myLoans, loanQueue, loanNotices, objectToNotice, revealPersonal, subsidyList, subsidyCsv, runPreCheck, loanRulesSummary } from './queries'
export { loanReferenceForAdmin, writeRuleSet, writeHolidayYear, addLprFixing, listOrganisations, saveOrganisation, refreshDueDays } from './admin'
export { loanData, rulesOf, lprOf, forgetLoanData } from './store'
