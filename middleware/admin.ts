/** Administrators' pages (signed out → sign in; other roles → 403). */
export default defineNuxtRouteMiddleware(to => guardRoute(to, PRIVATE_MIDDLEWARE.admin))
