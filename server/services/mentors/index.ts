/** The mentor directory (创业服务专家队伍): profiles and vetting, availability and free slots. */
export { getMentor, getOwnProfile, saveOwnProfile, listMentorApplications, reviewMentor } from './profiles'
export { getAvailability, saveAvailability, mentorSlots, nextSlots, mentorsAvailableSoon, forgetAvailability, horizonDays, loadSchedules } from './availability'
