/**
 * Words that name the same thing, for every index: Chinese near-synonyms (奶茶 ⇄ 茶饮), and the
 * English words an English-speaking visitor types for Chinese terms (milk tea → 奶茶, 茶饮). The
 * documents are written in Chinese; with these, "milk tea", "farm stay", "ginseng" or
 * "e-commerce" find what the placeholder promises. One list, so the sections agree.
 */
const CHINESE: [string, string[]][] = [
  ['奶茶', ['茶饮']],
  ['茶饮', ['奶茶']],
  ['电商', ['网店', '网店创业']],
  ['网店', ['电商']],
  ['网店创业', ['电商']],
  ['农家乐', ['乡村旅游']],
  ['乡村旅游', ['农家乐']],
  ['养老', ['托老']],
  ['托幼', ['托育']],
]

/** English words (lower case; hyphens and spaces alike) → the Chinese terms they mean. */
const ENGLISH: [string[], string[]][] = [
  [['milk tea', 'milktea', 'bubble tea', 'tea', 'tea shop', 'tea drinks'], ['奶茶', '茶饮']],
  [['farm stay', 'farmstay', 'agritourism', 'rural tourism', 'farm tourism'], ['农家乐', '乡村旅游']],
  [['homestay', 'guesthouse', 'b&b'], ['民宿']],
  [['ginseng'], ['人参']],
  [['e-commerce', 'e commerce', 'ecommerce', 'online shop', 'online store', 'online business'], ['电商', '网店']],
  [['catering', 'restaurant', 'food'], ['餐饮']],
  [['breakfast'], ['早餐']],
  [['bakery', 'baking'], ['烘焙']],
  [['snacks', 'snack'], ['小吃']],
  [['elderly care', 'aged care', 'senior care'], ['养老']],
  [['childcare', 'nursery'], ['托育']],
  [['financing', 'funding', 'loan', 'loans'], ['融资', '贷款']],
  [['guaranteed loan', 'start-up loan', 'startup loan'], ['创业担保贷款']],
  [['training'], ['培训']],
  [['subsidy', 'subsidies'], ['补贴']],
  [['tax', 'tax relief'], ['税收优惠']],
  [['risk assessment'], ['风险评估']],
  [['business plan'], ['创业计划书', '方案设计']],
  [['opening', 'opening guidance', 'business licence', 'business license'], ['开业指导', '营业执照']],
  [['mushroom', 'mushrooms'], ['食用菌']],
  [['rice'], ['大米']],
  [['handicraft', 'crafts'], ['手工艺']],
  [['livestreaming', 'live streaming', 'livestream'], ['直播']],
  [['express delivery', 'courier'], ['快递']],
  [['car wash'], ['洗车']],
  [['laundry'], ['洗衣']],
]

/** The synonyms setting of an index: the shared lists plus any of the index's own. */
export function synonymsFor(own: Record<string, string[]> = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const add = (from: string, to: string[]) => {
    out[from] = [...new Set([...(out[from] ?? []), ...to])]
  }
  for (const [zh, same] of CHINESE) add(zh, same)
  for (const [words, zh] of ENGLISH) for (const w of words) add(w, zh)
  for (const [from, to] of Object.entries(own)) add(from, to)
  return out
}
