import type { ChecklistDefinition } from '#shared/utils/opening-checklist'
import { JISHIBAN, every, FREE, when } from './common'

/** Farming: animal epidemic prevention and wildlife breeding. */
export const FARMING: readonly ChecklistDefinition[] = [
  {
    code: 'ANIMAL_EPIDEMIC_CERTIFICATE',
    title: { 'zh-CN': '办理动物防疫条件合格证', 'en': 'Get an animal epidemic prevention certificate' },
    hint: { 'zh-CN': '开办畜禽养殖场的，选址和设施符合动物防疫条件，取得合格证后再投入生产。', 'en': 'A livestock or poultry farm must meet the epidemic prevention conditions for its site and buildings and hold the certificate before it starts.' },
    issuer: { 'zh-CN': '{place}农业农村部门', 'en': 'Agriculture and rural affairs bureau of {place}' },
    bring: {
      'zh-CN': ['申请表', '场所地理位置图和平面布局图', '防疫设施设备清单', '防疫管理制度'],
      'en': ['Application form', 'Site location map and layout', 'List of prevention equipment', 'Prevention rules'],
    },
    typicalWorkingDays: 15,
    fee: FREE,
    links: [JISHIBAN],
    requires: [],
    forms: every('REQUIRED'),
    categories: { 'specialty-farming': when('饲养牛、猪、羊、鸡、梅花鹿等畜禽的', 'If you keep cattle, pigs, sheep, poultry, sika deer or other livestock') },
    basis: '《动物防疫法》（2021 年修订）第二十四、二十五条',
    sample: true,
    verify: 'Decision time; the herd sizes below which a household farm is exempt in Jilin.',
  },
  {
    code: 'WILDLIFE_BREEDING_PERMIT',
    title: { 'zh-CN': '办理野生动物人工繁育许可', 'en': 'Get a wildlife breeding permit' },
    hint: { 'zh-CN': '繁育林蛙等受保护或有重要价值的陆生野生动物的，须先取得人工繁育许可证。', 'en': 'Breeding protected or listed land wildlife, such as forest frogs, needs a breeding permit first.' },
    issuer: { 'zh-CN': '吉林省林业和草原局（或受委托的市县林业主管部门）', 'en': 'Jilin Forestry and Grassland Bureau (or the city or county bureau it delegates to)' },
    bring: {
      'zh-CN': ['申请表', '种源合法来源证明', '繁育场所和设施情况', '技术人员情况'],
      'en': ['Application form', 'Proof of the breeding stock\'s lawful origin', 'The site and facilities', 'Technical staff'],
    },
    typicalWorkingDays: 20,
    fee: FREE,
    links: [JISHIBAN],
    requires: [],
    precedes: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: {
      'specialty-farming': when('繁育林蛙等陆生野生动物的', 'If you breed forest frogs or other land wildlife'),
      'ginseng-forest': when('在林下养殖林蛙的', 'If you raise forest frogs in the woods'),
    },
    basis: '《野生动物保护法》（2022 年修订）',
    sample: true,
    verify: 'Which species need it in Jilin (林蛙 is assumed); whether it must precede the business licence for the breeding scope.',
  },
]
