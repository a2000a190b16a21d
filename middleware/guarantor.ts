/** The guarantee institution's desk (/guarantor): signed out → sign in; not a GUARANTOR officer → 403. */
export default defineNuxtRouteMiddleware(to => guardRoute(to, PRIVATE_MIDDLEWARE.guarantor))
