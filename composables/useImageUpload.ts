import type { ImageView } from '#shared/types/image'

/** Uploads one picture through the one pipeline (POST /api/images): re-encoded on the server, attached when the record using it is saved. */
export function useImageUpload() {
  const api = useApi()
  return (file: File, alt = '') => {
    const body = new FormData()
    body.append('file', file)
    if (alt) body.append('alt', alt)
    return api<ImageView>('/api/images', { method: 'POST', body })
  }
}
