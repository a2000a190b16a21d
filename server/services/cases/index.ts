/** The one-stop case (一条龙服务): rules.ts for its lifecycle and stages, access.ts for who sees it. */
export { createCase, actOnStage, endCase, addComment, resolveComment, chooseAdviser, answerInvitation, checkOwnOpenCase, caseActivity, setStage } from './commands'
export { getCase, listMyCases, listStaffCases, staffCasesCsv, openCaseOf } from './queries'
export { caseFor } from './access'
export { outcomesOfCases, caseOutcomesFor } from './outcomes'
export { getOpeningChecklist, updateChecklistItem, recordOpening } from './opening'
export { listCheckIns, getCheckIn, answerCheckIn, survivalStatistics } from './follow-up'
export { getPlan, savePlan, submitPlanVersion, planDocument, financingSummary } from './plan'
export { listAssessments, assessRisk, planSignals } from './risk'
