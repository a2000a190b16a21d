import { pinyin } from 'pinyin-pro'

/**
 * Pinyin for search. Chinese users often type pinyin — whole syllables (canyin, naicha, nai cha)
 * or initials (ncdp for 奶茶店铺) — and Meilisearch only matches whole words or their prefixes.
 * So each Chinese run of a document's names is cut into words (ICU's dictionary, `Intl.Segmenter`),
 * and every stretch of one to four characters that begins and ends where a word does (and every
 * longer word whole) gets its syllables joined (naicha) and its initials (nc): 奶茶 is then found
 * by "naicha", "nai cha", "nc", and a typo such as "naica" within Meilisearch's typo tolerance.
 * Stretches that cut a word in two are left out: nobody types "chunjing" for 长春|净月潭, and each
 * such term made "chunjing" find a text it does not say. That halves the terms of a title, and the
 * pinyin was most of what Meilisearch indexes of a project (100k reindex: see README, Search index).
 * Polyphones follow pinyin-pro's reading of the whole run (长春 → chang chun).
 */
const CJK_RUN = /[\u4E00-\u9FFF]+/g
const MAX_GRAM = 4
const words = new Intl.Segmenter('zh', { granularity: 'word' })

/** Where the words of a run of Chinese characters begin, and the run's end. */
function wordBounds(run: string): number[] {
  const out: number[] = []
  for (const { index } of words.segment(run)) out.push(index)
  out.push(run.length)
  return out
}

function syllables(run: string): string[] {
  return pinyin(run, { toneType: 'none', type: 'array', v: true }).map(s => s.toLowerCase())
}

/**
 * The terms of a short text, remembered: category, city and industry names and tags recur across
 * thousands of documents, and pinyin-pro is most of the cost of building a document (a full
 * reindex builds every one). Longer texts (titles) rarely recur and are not kept; the memory is
 * dropped whole once it holds MEMO_MAX texts (a few MB at most).
 */
const MEMO_MAX = 5000
const MEMO_CHARS = 8
const memo = new Map<string, readonly string[]>()

function termsOf(text: string): readonly string[] {
  const known = memo.get(text)
  if (known) return known
  const out = new Set<string>()
  for (const [run] of text.matchAll(CJK_RUN)) {
    const s = syllables(run)
    const bounds = wordBounds(run)
    for (let a = 0; a < bounds.length - 1; a++) {
      // to each later word end within four characters, and always to this word's own end
      for (let b = a + 1; b < bounds.length && (b === a + 1 || bounds[b]! - bounds[a]! <= MAX_GRAM); b++) {
        const gram = s.slice(bounds[a], bounds[b])
        out.add(gram.join(''))
        if (gram.length > 1) out.add(gram.map(x => x[0]).join(''))
      }
    }
  }
  const terms = [...out]
  if (text.length <= MEMO_CHARS) {
    if (memo.size >= MEMO_MAX) memo.clear()
    memo.set(text, terms)
  }
  return terms
}

/** Search terms for the Chinese in these texts: n-grams of 1–4 characters as joined syllables and as initials. */
export function pinyinTerms(texts: readonly string[]): string[] {
  const out = new Set<string>()
  for (const text of texts) for (const t of termsOf(text)) out.add(t)
  return [...out]
}

/** A query with its Chinese written as pinyin (奶查 → naicha), for a second try when the Chinese finds nothing. */
export function queryAsPinyin(q: string): string | null {
  if (!/[\u4E00-\u9FFF]/.test(q)) return null
  return q.replace(CJK_RUN, run => ` ${syllables(run).join('')} `).replace(/\s+/g, ' ').trim()
}
