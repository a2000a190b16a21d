import type { ProjectImageView } from '#shared/types/project'

/** Uploads one picture for a project (re-encoded on the server; saved with the project later). */
export function useProjectImageUpload() {
  const api = useApi()
  return (file: File) => {
    const body = new FormData()
    body.append('file', file)
    return api<ProjectImageView>('/api/project-images', { method: 'POST', body })
  }
}
