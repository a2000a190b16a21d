/** Staff pages — the queues under /staff (signed out → sign in; neither STAFF nor ADMIN → 403). */
export default defineNuxtRouteMiddleware(to => guardRoute(to, PRIVATE_MIDDLEWARE.staff))
