/** An uploaded picture as pages show it (POST /api/images, POST /api/project-images). */
export interface ImageView {
  id: string
  url: string
  alt: string
  width: number
  height: number
}
