export default defineNuxtRouteMiddleware((to) => {
  const { user, hasRole } = useAuth()
  const localePath = useLocalePath()
  if (!user.value) return navigateTo({ path: localePath('/login'), query: { next: to.fullPath } })
  if (!hasRole('ADMIN')) return abortNavigation(createError({ statusCode: 403, statusMessage: 'Forbidden' }))
})
