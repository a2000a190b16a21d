import { randomBytes } from 'node:crypto'
import { pinyin } from 'pinyin-pro'

/** The address of a story: the pinyin of its title (or its English words), and a short random tail. */
export function storySlug(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .flatMap(w => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean)
    .slice(0, 6)
  return [...words, randomBytes(3).toString('hex')].join('-').slice(0, 100)
}
