// its own file: the content library's client (@nuxt/content) then loads with the project page
// alone, not with every page that lists projects
/** The policies a project names, from the content library. */
export function useProjectPolicies(slug: string, slugs: () => string[]) {
  return useAsyncData(`project-policies-${slug}`, async () => {
    const list = slugs()
    if (!list.length) return []
    return queryCollection('policies').where('path', 'IN', list.map(s => `/policies/${s}`)).select('path', 'title', 'titleEn').all()
  }, { default: () => [] })
}
