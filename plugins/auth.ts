/** Loads the signed-in user once while rendering on the server; the client reuses that state. */
export default defineNuxtPlugin(async () => {
  const { user, refresh } = useAuth()
  if (import.meta.server && user.value === null) await refresh()
})
