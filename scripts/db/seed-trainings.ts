import type { PrismaClient } from '../../server/generated/prisma/client'
import { TRAINING_RULE_SETS } from '../../shared/data/training-rules'

/**
 * Training reference data: one course per programme of the training rules (GYB, SYB …), names
 * kept in step with the data. Idempotent; runs on every seed (tests too).
 */
export async function seedTrainingReference(prisma: PrismaClient): Promise<void> {
  const programmes = TRAINING_RULE_SETS[TRAINING_RULE_SETS.length - 1]!.programmes
  for (const p of programmes) {
    const data = { programme: p.code, titleZh: p.name['zh-CN'], titleEn: p.name.en, summaryZh: p.summary['zh-CN'], summaryEn: p.summary.en }
    await prisma.course.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data })
  }
}
