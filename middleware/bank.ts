/** The handling bank's desk (/bank): signed out → sign in; not a BANK officer → 403. */
export default defineNuxtRouteMiddleware(to => guardRoute(to, PRIVATE_MIDDLEWARE.bank))
