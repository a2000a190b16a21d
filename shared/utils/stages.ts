/** The six stages of the one-stop service, in order (项目开发 → 跟踪扶持); Prisma enum ServiceStage. */
export const SERVICE_STAGE_CODES = ['PROJECT', 'PLAN', 'RISK', 'OPENING', 'FINANCING', 'FOLLOW_UP'] as const
export type ServiceStageCode = (typeof SERVICE_STAGE_CODES)[number]
