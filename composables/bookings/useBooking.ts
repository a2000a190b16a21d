import type { Ref } from 'vue'
import type { BookingCreateInput } from '#shared/schemas/booking'
import type { BookingAction, BookingView } from '#shared/types/booking'

/** One booking the signed-in person takes part in (or staff see); null when there is none. */
export function useBooking(id: string) {
  const api = useApi()
  return useAsyncData(`booking-${id}`, () => api<BookingView>(`/api/bookings/${encodeURIComponent(id)}`).catch(() => null))
}

/** The signed-in person's bookings, as entrepreneur and as mentor, upcoming or past. */
export function useMyBookings(when: Readonly<Ref<'upcoming' | 'past'>>) {
  const api = useApi()
  return useAsyncData('my-bookings', () => api<{ items: BookingView[] }>('/api/bookings', { query: { when: when.value } }), { watch: [when] })
}

/** A mentor's requests still waiting for an answer (none for someone who is not a mentor). */
export function useMentorRequests(isMentor: Readonly<Ref<boolean>>) {
  const api = useApi()
  return useAsyncData('my-pending-requests', () => (isMentor.value
    ? api<{ items: BookingView[] }>('/api/bookings', { query: { as: 'mentor', when: 'upcoming', status: 'PENDING' } })
    : Promise.resolve({ items: [] as BookingView[] })))
}

/** Requesting a session, and the actions a booking offers (its `actions`); each answers the booking as it is now. */
export function useBookingCommands() {
  const api = useApi()
  return {
    create: (input: BookingCreateInput) => api<BookingView>('/api/bookings', { method: 'POST', body: input }),
    act: (id: string, action: BookingAction, body?: Record<string, unknown>) =>
      api<BookingView>(`/api/bookings/${id}/${action}`, { method: action === 'notes' ? 'PUT' : 'POST', body }),
  }
}
