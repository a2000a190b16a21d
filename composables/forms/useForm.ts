import type { ZodType } from 'zod'
import type { AppLocale } from '#shared/i18n/messages'
import type { ClientErrorBody } from '#shared/types/api'
import { issueMessage, translate } from '#shared/i18n/messages'

/** Field path (`topic`, `rules.3.endMinute`) → the message shown next to that field. */
export type FieldErrors = Record<string, string>

export interface FormOptions<T> {
  /** The values as typed. Checked with the schema (the server's own) before anything is sent. */
  value?: () => unknown
  /** Sends the checked values. An API error it throws is shown: field errors next to their fields. */
  submit: (input: T) => unknown
  /**
   * Problems the schema cannot see. Gets the values as typed and the schema's problems, returns
   * the problems to show (usually `{ ...problems, ...more }`).
   */
  refine?: (value: unknown, problems: FieldErrors) => FieldErrors
  /** Where focus goes for these problems (a selector inside the form's root), instead of the first invalid field. */
  focus?: (problems: FieldErrors) => string | undefined
  /**
   * Called when the API refused, before the error is shown (e.g. to offer the slots that are
   * still free). Return true when the error is taken care of (the form then shows nothing), or
   * the message to show instead of the API's.
   */
  failed?: (error: ClientErrorBody) => unknown
  /** The element the form's fields are in, for focus (default: the page's main). */
  root?: () => HTMLElement | null | undefined
}

const INVALID = Symbol('invalid')
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim())

/**
 * One form's cycle: check in the browser with the shared zod schema, send while `busy`, show the
 * server's field errors next to the fields, and move focus to the first problem (else to the
 * form's alert), so keyboard and screen-reader users land on it. Messages come from
 * shared/i18n/messages.ts with the schema's own limits ("至少 10 个字"), the same words the server
 * uses; an empty field says "required" rather than "not valid".
 *
 *   const form = useForm(loginSchema, { value: () => state, submit: input => login(input) })
 *   <form @submit.prevent="form.submit()"> … :error="form.error('email')" … <AppButton type="submit" :busy="form.busy.value">
 */
export function useForm<T>(schema: ZodType<T> | null, options: FormOptions<T>) {
  const { locale } = useI18n()
  const lc = () => locale.value as AppLocale
  const fields = ref<FieldErrors>({})
  const message = ref('')
  const busy = ref(false)
  /** true once sent successfully, until the next attempt (for a "saved" message) */
  const done = ref(false)

  function clear() {
    fields.value = {}
    message.value = ''
  }

  /** Shows problems found in the browser: each next to its field, one line for the form. */
  function invalid(problems: FieldErrors, focus?: string) {
    fields.value = problems
    message.value = translate(lc(), 'error.validation')
    focusProblem(focus)
  }

  /** Shows a refused request: the API's field errors next to the fields, else its message. */
  function fromApi(error: unknown) {
    const body = apiError(error)
    fields.value = body.fields ?? {}
    // with field errors, the fields say what is wrong; the top line only points at them
    message.value = body.fields
      ? translate(lc(), 'error.validation')
      : body.message || translate(lc(), 'error.internal')
    focusProblem()
  }

  function check(value: unknown): T | typeof INVALID {
    clear()
    let problems: FieldErrors = {}
    let input = value as T
    if (schema) {
      const result = schema.safeParse(value)
      if (result.success) input = result.data
      else {
        for (const issue of result.error.issues) {
          const path = issue.path.join('.') || '_'
          problems[path] ??= issueMessage(lc(), issue as Parameters<typeof issueMessage>[1])
        }
      }
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (problems[k] && isEmpty(v)) problems[k] = translate(lc(), 'validation.required')
    }
    if (options.refine) problems = options.refine(value, problems)
    if (!Object.keys(problems).length) return input
    invalid(problems, options.focus?.(problems))
    return INVALID
  }

  /** Checks and sends; true when it went through. `value` replaces the form's own values (a row's action). */
  async function submit(value?: unknown): Promise<boolean> {
    if (busy.value) return false
    done.value = false
    const input = check(value === undefined ? options.value?.() : value)
    if (input === INVALID) return false
    busy.value = true
    try {
      await options.submit(input)
      done.value = true
      return true
    }
    catch (error) {
      const handled = await options.failed?.(apiError(error))
      if (handled === true) clear()
      else if (typeof handled === 'string') {
        fields.value = {}
        message.value = handled
        focusProblem()
      }
      else fromApi(error)
      return false
    }
    finally {
      busy.value = false
    }
  }

  function focusProblem(selector?: string) {
    if (!import.meta.client) return
    nextTick(() => {
      const root = options.root?.() ?? document.querySelector('main')
      const target = (selector ? root?.querySelector<HTMLElement>(selector) : null)
        ?? root?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?? root?.querySelector<HTMLElement>('.alert-error')
      if (!target) return
      if (!target.matches('input, select, textarea, button')) target.setAttribute('tabindex', '-1')
      target.focus()
    })
  }

  /** The message for a field, or '' */
  const error = (path: string) => fields.value[path] ?? ''
  /** aria-describedby for a field: its hint (when it has one) and its error (when it shows one) */
  const describedBy = (id: string, path = id, hint = false) => [hint ? `${id}-hint` : '', error(path) ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined

  return { fields, message, busy, done, submit, error, describedBy, clear, invalid, fromApi }
}

export type Form = ReturnType<typeof useForm>
