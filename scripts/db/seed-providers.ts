import type { SourceTypeCode } from '../../shared/utils/projects'
import { CITIES } from './seed-data'

/**
 * Who offers each demo project: a provider that fits its source type, its category and its
 * place (a Changchun milk-tea kiosk is not offered by a Baishan farm co-operative). The demo
 * provider account keeps the farm and forest projects of the Changbai mountains.
 */
export interface ProviderSeed { key: string, name: string, city: string | null }

const BUSINESS: Record<string, string> = {
  'food-snacks': '餐饮管理有限公司',
  'agri-ecommerce': '电子商务有限公司',
  'rural-tourism': '乡村旅游开发有限公司',
  'ice-snow-tourism': '冰雪文化旅游有限公司',
  'ginseng-forest': '林下经济发展有限公司',
  'specialty-farming': '特色农业科技有限公司',
  'korean-food': '朝鲜族食品有限公司',
  'housekeeping': '家政服务有限公司',
  'elderly-childcare': '康养服务有限公司',
  'community-retail': '便民连锁有限公司',
  'auto-services': '汽车服务有限公司',
  'crafts': '文化创意有限公司',
  'education-training': '职业培训学校',
}
const ASSOCIATION: Record<string, string> = {
  'food-snacks': '餐饮行业协会',
  'agri-ecommerce': '电子商务协会',
  'rural-tourism': '乡村旅游协会',
  'ice-snow-tourism': '冰雪产业协会',
  'ginseng-forest': '人参产业协会',
  'specialty-farming': '农民专业合作社联合会',
  'korean-food': '民族食品行业协会',
  'housekeeping': '家庭服务业协会',
  'elderly-childcare': '养老服务业协会',
  'community-retail': '个体劳动者协会',
  'auto-services': '汽车维修行业协会',
  'crafts': '工艺美术协会',
  'education-training': '职业教育协会',
}
const UNIVERSITY: Record<string, string> = {
  changchun: '吉林大学创新创业学院',
  jiutai: '长春职业技术学院',
  jilin: '北华大学创业学院',
  siping: '吉林师范大学创业学院',
  tonghua: '通化师范学院',
  baishan: '长白山职业技术学院',
  changbaishan: '长白山职业技术学院',
  liaoyuan: '辽源职业技术学院',
  songyuan: '松原职业技术学院',
  baicheng: '白城师范学院',
  yanbian: '延边大学创新创业学院',
}
const PEOPLE = ['刘建国', '陈淑芬', '张海涛', '金美玉', '孙立伟', '赵丽娟', '朴成浩', '周晓燕', '吴德胜', '郑秀兰', '王春雷', '李桂香']
const DEMO_PROVIDER_CATEGORIES = new Set(['ginseng-forest', 'specialty-farming', 'agri-ecommerce'])
const CHANGBAI = new Set(['baishan', 'changbaishan', 'tonghua', 'yanbian'])

const placeName = (city: string | null) => (city ? CITIES.find(c => c.code === city)?.nameZh.replace(/州$/, '') ?? '吉林省' : '吉林省')

/** The provider of a project; `demo` means the demo provider account. */
export function providerFor(p: { sourceType: SourceTypeCode, categoryCode: string, cityCode: string | null, slug: string }): ProviderSeed | 'demo' {
  const place = placeName(p.cityCode)
  switch (p.sourceType) {
    case 'GOVERNMENT':
      return { key: `gov-${p.cityCode ?? 'province'}`, name: p.cityCode ? `${place}市人力资源和社会保障局`.replace('市市', '市').replace('管委会市', '管委会') : '吉林省就业服务局', city: p.cityCode }
    case 'ENTERPRISE':
      return { key: `ent-${p.cityCode ?? 'province'}-${p.categoryCode}`, name: `${place}${BUSINESS[p.categoryCode] ?? '实业有限公司'}`, city: p.cityCode }
    case 'ASSOCIATION':
      if (DEMO_PROVIDER_CATEGORIES.has(p.categoryCode) && p.cityCode && CHANGBAI.has(p.cityCode)) return 'demo'
      return { key: `assoc-${p.cityCode ?? 'province'}-${p.categoryCode}`, name: `${place}${ASSOCIATION[p.categoryCode] ?? '创业促进会'}`, city: p.cityCode }
    case 'UNIVERSITY':
      return { key: `uni-${p.cityCode ?? 'province'}`, name: p.cityCode ? UNIVERSITY[p.cityCode] ?? '吉林农业大学创业学院' : '吉林农业大学创业学院', city: p.cityCode }
    case 'INDIVIDUAL': {
      let h = 0
      for (const ch of p.slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0
      const name = PEOPLE[h % PEOPLE.length]!
      return { key: `person-${h % PEOPLE.length}`, name, city: p.cityCode }
    }
  }
}
