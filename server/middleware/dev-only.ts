import { Socket } from 'node:net'
import { defineEventHandler } from 'h3'
import { AppError, sendApiError } from '../utils/errors'
import { serverEnv } from '../utils/env'
import { isLoopbackRequest } from '../utils/request'

/**
 * The development mailbox (/dev/mailbox, /api/dev/mailbox) shows every mail the local catcher
 * received — reset and verification links included. It exists only with `npm run dev` or
 * `npm run preview` (never in production) and answers only requests made on this machine:
 * anyone else gets 404, as if it did not exist. (The page's own server-side call to the API
 * is made inside the process, without a network socket: it cannot come from outside.)
 */
const DEV_PATH = /^\/(?:en\/)?dev(?:\/|$)|^\/api\/dev(?:\/|$)/

export default defineEventHandler((event) => {
  if (!DEV_PATH.test(event.path)) return
  const internal = !(event.node.req.socket instanceof Socket)
  if (serverEnv().devMailbox && (internal || isLoopbackRequest(event))) return
  return sendApiError(event, new AppError('not_found'))
})
