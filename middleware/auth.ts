/** Page guard for signed-in pages (a convenience: the API checks every request itself). */
export default defineNuxtRouteMiddleware((to) => {
  const { user } = useAuth()
  const localePath = useLocalePath()
  if (!user.value) return navigateTo({ path: localePath('/login'), query: { next: to.fullPath } })
})
