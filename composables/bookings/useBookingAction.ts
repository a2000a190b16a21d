import type { ZodType } from 'zod'
import type { ClientErrorBody } from '#shared/types/api'
import type { BookingAction, BookingView } from '#shared/types/booking'
import type { FormOptions } from '../forms/useForm'

/** What an action reports: the booking as it is now (null: reload it), the message, and how it went. */
export type BookingChanged = (booking: BookingView | null, message: string, kind: 'success' | 'error') => void

/**
 * One action on a booking (one the API offered in `booking.actions`), as a form: checked with its
 * schema, sent, and reported. A booking that moved on meanwhile (409 invalid_transition, or gone)
 * is reported as an error, so the page shows why and loads its current state.
 */
export function useBookingAction<T>(
  booking: () => BookingView,
  action: BookingAction,
  schema: ZodType<T> | null,
  options: Omit<FormOptions<T>, 'submit'> & { changed: BookingChanged },
) {
  const { t } = useI18n()
  const { act } = useBookingCommands()
  return useForm(schema, {
    ...options,
    async submit(input) {
      const updated = await act(booking().id, action, (input ?? undefined) as Record<string, unknown> | undefined)
      options.changed(updated, t(`booking.done.${action}`), 'success')
    },
    async failed(error: ClientErrorBody) {
      if (error.code === 'invalid_transition' || error.code === 'not_found') {
        options.changed(null, error.message, 'error')
        return true
      }
      return options.failed?.(error)
    },
  })
}

/**
 * The same for an action panel under a booking (BookingActions puts it in `#<idPrefix>-panel`):
 * it reports to the panel's parent and focuses its problems inside the panel.
 */
export function useBookingPanelAction<T>(
  props: { booking: BookingView, idPrefix: string },
  action: BookingAction,
  schema: ZodType<T> | null,
  emit: (event: 'changed', ...args: Parameters<BookingChanged>) => void,
  options: Omit<FormOptions<T>, 'submit' | 'root'> = {},
) {
  return useBookingAction(() => props.booking, action, schema, {
    ...options,
    changed: (...args) => emit('changed', ...args),
    root: () => (import.meta.client ? document.getElementById(`${props.idPrefix}-panel`) : null),
  })
}
