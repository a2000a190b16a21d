/** Training sessions (班期) and events: the catalogue staff manage (offerings.ts), its reads (queries.ts), the subsidy (subsidy.ts). The places are the enrolment engine's (../enrolments). */
export { createOffering, publishOffering, updateOffering, cancelOffering, listCourses, trainingOptions } from './offerings'
export { offeringView, myEnrolments, roster, managedOfferings } from './queries'
export { subsidyList } from './subsidy'
export { attendanceRegisterPdf, trainingSubsidyCsv } from './register'
