import type { ZodType } from 'zod'
import type { MessageKey, AppLocale } from '#shared/i18n/messages'
import { isMessageKey, translate } from '#shared/i18n/messages'

/**
 * Form state for a zod schema shared with the server: checks in the browser first, shows the
 * server's field errors otherwise, and keeps one message for the whole form.
 */
export function useFormErrors() {
  const { locale } = useI18n()
  const fields = ref<Record<string, string>>({})
  const message = ref('')

  function check<T>(schema: ZodType<T>, value: unknown): T | null {
    const result = schema.safeParse(value)
    fields.value = {}
    message.value = ''
    if (result.success) return result.data
    for (const issue of result.error.issues) {
      const path = issue.path.join('.') || '_'
      if (!fields.value[path]) fields.value[path] = translate(locale.value as AppLocale, isMessageKey(issue.message) ? issue.message : 'validation.invalid')
    }
    message.value = translate(locale.value as AppLocale, 'error.validation')
    return null
  }

  function fromApi(error: unknown) {
    const body = apiError(error)
    fields.value = body.fields ?? {}
    message.value = body.message || translate(locale.value as AppLocale, 'error.internal' satisfies MessageKey)
  }

  function clear() {
    fields.value = {}
    message.value = ''
  }

  return { fields, message, check, fromApi, clear }
}
