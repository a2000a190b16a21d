/** The project library (创业项目资源库): the lifecycle is rules.ts; search is server/search/specs/projects.ts. */
export { getProjectBySlug, relatedProjects } from './read'
export { listOwnProjects, listForReview, projectForEdit } from './dashboard'
export { createProject, updateProject, submitProject, withdrawProject, reviewProject, recommendProject, evaluateProject, archiveStaleProjects, ARCHIVE_AFTER_DAYS, ARCHIVE_REMINDER_DAYS } from './workflow'
export type { ProjectRef } from './workflow'
export { saveProject, unsaveProject, listSaved, compareProjects, sendEnquiry, replyEnquiry, listEnquiries } from './engagement'
export { uploadProjectImage } from './images'
