/** Reference data as pages receive it (GET /api/cities, GET /api/project-categories). */
export interface CityOption {
  code: string
  nameZh: string
  nameEn: string
  level: 'NATIONAL_PILOT' | 'PROVINCIAL_PILOT' | 'OTHER'
  /** the city this area belongs to (九台 → changchun), or null */
  parent: string | null
}

export interface ProjectCategoryOption { code: string, nameZh: string, nameEn: string }
