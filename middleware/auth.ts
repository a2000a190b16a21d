/** Signed-in pages: a signed-out visitor signs in first. */
export default defineNuxtRouteMiddleware(to => guardRoute(to, PRIVATE_MIDDLEWARE.auth))
