/** 帮我匹配 request statuses (Prisma enum MatchRequestStatus). */
export const MATCH_STATUSES = ['OPEN', 'ASSIGNED', 'CLOSED'] as const
export type MatchStatusCode = (typeof MATCH_STATUSES)[number]
