import type { Ref } from 'vue'
import type { BookingView } from '#shared/types/booking'

export interface StaffBookingQuery { status?: string, from?: string, to?: string, mentorId?: string, page: number }

/** Staff: every booking, filtered by status, start date (Beijing time) and mentor, 50 a page, latest first. */
export function useStaffBookings(query: Readonly<Ref<StaffBookingQuery>>) {
  const api = useApi()
  return useAsyncData('staff-bookings', () => api<{ items: BookingView[], total: number, page: number, pageSize: number }>('/api/staff/bookings', { query: query.value }), { watch: [query] })
}
