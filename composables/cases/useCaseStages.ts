import type { CaseStageView } from '#shared/types/case'
import type { ServiceStageCode } from '#shared/utils/stages'

/**
 * The six stages as the task list shows them: where each row leads, its one-line hint and its
 * status in words (from the locale files), and why it cannot start yet.
 */
export function useCaseStages(caseId: () => string) {
  const { t } = useI18n()
  const localePath = useLocaleHref()
  const PAGES: Record<ServiceStageCode, string> = {
    PROJECT: '',
    PLAN: '/plan',
    RISK: '/risk',
    OPENING: '/opening',
    FINANCING: '/financing',
    FOLLOW_UP: '#follow-up',
  }
  /** the stage's page (the project stage and follow-up live on the case page) */
  const link = (s: CaseStageView, projectSlug?: string | null) => {
    if (s.status === 'CANNOT_START') return null
    if (s.code === 'PROJECT') return projectSlug ? localePath(`/projects/${projectSlug}`) : localePath('/projects')
    const rest = PAGES[s.code]
    return rest.startsWith('#') ? `${localePath(`/cases/${caseId()}`)}${rest}` : localePath(`/cases/${caseId()}${rest}`)
  }
  return {
    link,
    name: (code: ServiceStageCode) => t(`codes.stage.${code}`),
    hint: (code: ServiceStageCode) => t(`cases.stageHint.${code}`),
    status: (s: CaseStageView) => t(`codes.stageStatus.${s.status}`),
    why: (s: CaseStageView) => (s.blockedBy ? t(`cases.cannotStart.${s.blockedBy}`) : ''),
  }
}
