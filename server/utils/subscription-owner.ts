import type { H3Event } from 'h3'
import type { SubscriptionOwner } from '../services/release'
import { currentSession } from './auth'
import { AppError } from './errors'

/** Who manages a subscription in this request: a digest's token if one is given, else the signed-in account. */
export async function subscriptionOwner(event: H3Event, token: string | undefined): Promise<SubscriptionOwner> {
  if (token) return { token }
  const session = await currentSession(event)
  if (!session) throw new AppError('unauthorized')
  return { user: session.user }
}
