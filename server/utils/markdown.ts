import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'

/**
 * Markdown written by users (project descriptions) to safe HTML: raw HTML is dropped, and links
 * and images keep only allowed schemes (https/http/mailto for links, https for images).
 */
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['https', 'http', 'mailto'], src: ['https'] },
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown))
}
