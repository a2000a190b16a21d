export { AWARD_PHASE_TASK, AWARD_TALLY_TASK, advanceRound, createRound, patchRound, phaseJobKey, runPhaseJob, runTally, tallyJobKey } from './rounds'
export { assignReviewer, confirmNomination, decideObjection, nominate, object, reviewerCandidates, scoreNomination, withdrawNomination } from './nominations'
export { castVote, decideHeldVote, listVotes } from './votes'
export { listRounds, myReviews, nominationView, results, roundView, staffRoundView, staffRounds } from './queries'
