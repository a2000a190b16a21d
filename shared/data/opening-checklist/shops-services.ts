import type { ChecklistDefinition } from '#shared/utils/opening-checklist'
import { JISHIBAN, every, FREE, when, conditionalFor, STOREFRONT } from './common'

/** Shops and services: tobacco retail, outdoor signs and vehicle repair. */
export const SHOPS_SERVICES: readonly ChecklistDefinition[] = [
  {
    code: 'TOBACCO_RETAIL_LICENCE',
    title: { 'zh-CN': '办理烟草专卖零售许可证', 'en': 'Get a tobacco retail licence' },
    hint: { 'zh-CN': '卖卷烟、雪茄烟的，取得烟草专卖零售许可证后才能销售，且只能从当地烟草公司进货。', 'en': 'Selling cigarettes or cigars needs a tobacco retail licence first, and stock may only come from the local tobacco company.' },
    issuer: { 'zh-CN': '{place}烟草专卖局', 'en': 'Tobacco monopoly bureau of {place}' },
    bring: {
      'zh-CN': ['营业执照', '经营者身份证件', '经营场所证明'],
      'en': ['Business licence', 'Owner\'s ID', 'Proof of premises'],
    },
    typicalWorkingDays: 15,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: {
      'community-retail': when('销售卷烟、雪茄烟的', 'If you sell cigarettes or cigars'),
      'rural-tourism': when('销售卷烟的', 'If you sell cigarettes'),
    },
    basis: '《烟草专卖法》及其实施条例；《烟草专卖许可证管理办法》',
    sample: true,
    verify: 'Decision time and the local spacing rules (合理布局) that can refuse a licence.',
  },
  {
    code: 'OUTDOOR_SIGN',
    title: { 'zh-CN': '办理户外招牌设置手续', 'en': 'Get permission for your shop sign' },
    hint: { 'zh-CN': '在门店外设置招牌或户外广告的，按当地规定审批或备案；招牌上的名称与营业执照一致。', 'en': 'A sign or advert outside the premises needs approval or a filing under local rules; the name on it must match the licence.' },
    issuer: { 'zh-CN': '{place}城市管理（综合行政执法）部门', 'en': 'Urban management bureau of {place}' },
    bring: {
      'zh-CN': ['营业执照', '招牌设计图（尺寸、位置、材质）', '房屋产权人同意设置的证明'],
      'en': ['Business licence', 'Design of the sign (size, position, material)', 'The owner\'s consent to put it up'],
    },
    typicalWorkingDays: 5,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    condition: { 'zh-CN': '在门店外设置招牌或户外广告的', 'en': 'If you put up a sign or advert outside' },
    categories: conditionalFor(STOREFRONT, { need: 'CONDITIONAL' }),
    cityNotes: {
      yanbian: { 'zh-CN': '延边州的招牌须同时使用朝鲜文和汉文，朝鲜文在前或在上。', 'en': 'In Yanbian, signs must be in both Korean and Chinese script, with Korean first or on top.' },
    },
    basis: '各市户外广告和招牌设置管理规定；《延边朝鲜族自治州朝鲜语言文字工作条例》',
    sample: true,
    verify: 'Which Jilin cities approve shop signs and which only ask for a filing; the Yanbian bilingual-sign rule\'s current wording.',
  },
  {
    code: 'AUTO_REPAIR_FILING',
    title: { 'zh-CN': '办理机动车维修经营备案', 'en': 'File as a vehicle repair business' },
    hint: { 'zh-CN': '从事汽车维修的，领取营业执照后向交通运输部门备案；只做洗车、美容的不需要。', 'en': 'Car repairers file with the transport bureau after getting the licence; washing and detailing alone does not need it.' },
    issuer: { 'zh-CN': '{place}交通运输部门（道路运输管理机构）', 'en': 'Transport bureau of {place} (road transport administration)' },
    bring: {
      'zh-CN': ['营业执照', '维修场地和设备情况', '技术人员资格证明', '维修管理制度'],
      'en': ['Business licence', 'Workshop and equipment details', 'Technicians\' qualifications', 'Repair management rules'],
    },
    typicalWorkingDays: 1,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: { 'auto-services': when('从事汽车维修的', 'If you repair vehicles') },
    basis: '《道路运输条例》（2019 年修订）；《机动车维修管理规定》：维修经营由许可改为备案',
    sample: true,
    verify: 'The filing deadline after the licence (15 days assumed in some texts).',
  },
]
