import type { EventHandlerRequest, H3Event } from 'h3'
import { defineEventHandler } from 'h3'
import type { ApiErrorBody } from '#shared/types/api'
import { sendApiError } from './errors'

/**
 * Every API route is defined with this: it runs the handler and turns anything thrown into
 * the public error body `{ code, message, fields? }` in the request's language, with the
 * right status and no stack trace.
 */
export function defineApiHandler<T>(handler: (event: H3Event<EventHandlerRequest>) => Promise<T> | T) {
  return defineEventHandler(async (event): Promise<T | ApiErrorBody> => {
    try {
      return await handler(event)
    }
    catch (error) {
      return sendApiError(event, error)
    }
  })
}
