import { defineCollection, defineContentConfig } from '@nuxt/content'
import { z } from 'zod'
import { POLICY_TAGS, SERVICE_STAGES } from './shared/utils/content-taxonomy'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
// City codes are data (the City table); content refers to them by code, or `province`.
const cityCode = z.string().regex(/^[a-z][a-z0-9-]*$/)

export default defineContentConfig({
  collections: {
    policies: defineCollection({
      type: 'page',
      source: 'policies/*.md',
      schema: z.object({
        title: z.string().min(1),
        titleEn: z.string().min(1),
        issuer: z.string().min(1),
        city: cityCode,
        tags: z.array(z.enum(POLICY_TAGS)).min(1),
        effectiveDate: isoDate,
        summary: z.string().min(1),
        summaryEn: z.string().min(1),
        sample: z.boolean(),
      }),
    }),
    guides: defineCollection({
      type: 'page',
      source: 'guides/**/*.md',
      schema: z.object({
        title: z.string().min(1),
        description: z.string().min(1),
        locale: z.enum(['zh-CN', 'en']),
        order: z.number().int(),
        stage: z.enum(SERVICE_STAGES),
        readingMinutes: z.number().int().positive(),
        sample: z.boolean(),
      }),
    }),
    news: defineCollection({
      type: 'page',
      source: 'news/*.md',
      schema: z.object({
        title: z.string().min(1),
        titleEn: z.string().min(1),
        date: isoDate,
        city: cityCode,
        summary: z.string().min(1),
        summaryEn: z.string().min(1),
        sample: z.boolean(),
      }),
    }),
  },
})
