/** Pages for signed-out visitors (sign in, register): a signed-in user goes to the account page. */
export default defineNuxtRouteMiddleware(() => {
  const { user } = useAuth()
  const localePath = useLocaleHref()
  if (user.value) return navigateTo(localePath('/account'))
})
