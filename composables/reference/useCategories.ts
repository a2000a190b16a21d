import type { ProjectCategoryOption } from '#shared/types/reference'

/** The project categories (industries, from the database) and a category's name in the page's language. */
export async function useCategories() {
  const { list, nameOf } = useReferenceList<ProjectCategoryOption>('project-categories', '/api/project-categories')
  const { data: categories } = await list
  return { categories, categoryName: nameOf }
}
