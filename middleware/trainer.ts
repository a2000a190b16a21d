/** The trainer's desk — a session's roster and room screen (signed out → sign in; neither TRAINER nor STAFF → 403). */
export default defineNuxtRouteMiddleware(to => guardRoute(to, PRIVATE_MIDDLEWARE.trainer))
