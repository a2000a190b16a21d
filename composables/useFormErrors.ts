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
    focusFirstError()
    return null
  }

  function fromApi(error: unknown) {
    const body = apiError(error)
    fields.value = body.fields ?? {}
    // with field errors, the fields say what is wrong; the top line only points at them
    message.value = body.fields
      ? translate(locale.value as AppLocale, 'error.validation')
      : body.message || translate(locale.value as AppLocale, 'error.internal' satisfies MessageKey)
    focusFirstError()
  }

  /** Moves focus to the first field marked invalid, else to the form's alert, so keyboard and screen-reader users land on the problem. */
  function focusFirstError() {
    if (!import.meta.client) return
    nextTick(() => {
      const target = document.querySelector<HTMLElement>('main [aria-invalid="true"]') ?? document.querySelector<HTMLElement>('main .alert-error')
      if (!target) return
      if (!target.matches('input, select, textarea, button')) target.setAttribute('tabindex', '-1')
      target.focus()
    })
  }

  function clear() {
    fields.value = {}
    message.value = ''
  }

  return { fields, message, check, fromApi, clear }
}
