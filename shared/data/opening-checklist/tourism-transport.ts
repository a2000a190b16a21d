import type { ChecklistDefinition } from '#shared/utils/opening-checklist'
import { JISHIBAN, every, FREE, when } from './common'

/** Tourism and transport: hotels and guesthouses, travel agencies and road transport. */
export const TOURISM_TRANSPORT: readonly ChecklistDefinition[] = [
  {
    code: 'HOTEL_SPECIAL_TRADE_PERMIT',
    title: { 'zh-CN': '办理旅馆业特种行业许可证', 'en': 'Get the hotel trade permit from the police' },
    hint: { 'zh-CN': '经营旅馆、民宿等住宿的，向公安机关申请特种行业许可证，并接入旅客住宿登记系统。', 'en': 'Hotels and guesthouses apply to the police for the special trade permit and connect to the guest registration system.' },
    issuer: { 'zh-CN': '{place}公安机关', 'en': 'Public security bureau of {place}' },
    bring: {
      'zh-CN': ['营业执照', '经营者身份证件', '房屋产权或租赁证明', '客房平面图和安全设施情况', '治安保卫制度'],
      'en': ['Business licence', 'Owner\'s ID', 'Title deed or lease', 'Plan of the rooms and safety equipment', 'Security rules'],
    },
    typicalWorkingDays: 20,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: {
      'rural-tourism': when('提供住宿（民宿、农家乐客房）的', 'If you offer rooms (guesthouse, farm stay)'),
      'ice-snow-tourism': when('提供住宿的', 'If you offer rooms'),
    },
    basis: '《旅馆业治安管理办法》',
    sample: true,
    verify: 'Jilin\'s rules for small rural guesthouses (民宿), which some provinces handle separately.',
  },
  {
    code: 'TRAVEL_AGENCY_PERMIT',
    title: { 'zh-CN': '办理旅行社业务经营许可', 'en': 'Get a travel agency licence' },
    hint: { 'zh-CN': '招徕、组织游客出游的须取得旅行社业务经营许可并交存质量保证金；只做接待的可以与旅行社合作。', 'en': 'Recruiting and organising tourists needs a travel agency licence and a quality deposit; a business that only hosts visitors can work with an agency instead.' },
    issuer: { 'zh-CN': '吉林省文化和旅游厅（或受委托的市级文化和旅游部门）', 'en': 'Jilin Department of Culture and Tourism (or the city bureau it delegates to)' },
    bring: {
      'zh-CN': ['营业执照', '经营场所证明', '营业设施证明', '质量保证金交存证明'],
      'en': ['Business licence', 'Proof of premises', 'Proof of office equipment', 'Proof of the quality deposit'],
    },
    typicalWorkingDays: 20,
    fee: { fen: null, note: { 'zh-CN': '许可不收费，但须交存旅游服务质量保证金（国内旅行社为 20 万元，可用银行保函）。', 'en': 'The licence is free, but a quality deposit is required (CNY 200,000 for a domestic agency; a bank guarantee can stand in).' } },
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: { INDIVIDUAL_BUSINESS: null, SOLE_PROPRIETORSHIP: 'REQUIRED', PARTNERSHIP: 'REQUIRED', LIMITED_COMPANY: 'REQUIRED' },
    categories: {
      'rural-tourism': when('招徕、组织游客出游的', 'If you recruit and organise tourists'),
      'ice-snow-tourism': when('招徕、组织游客出游的', 'If you recruit and organise tourists'),
    },
    basis: '《旅行社条例》',
    sample: true,
    verify: 'The current deposit amount and whether an individual business may hold this licence.',
  },
  {
    code: 'ROAD_TRANSPORT_PERMIT',
    title: { 'zh-CN': '办理道路运输经营许可', 'en': 'Get a road transport licence' },
    hint: { 'zh-CN': '用车辆有偿接送游客或运货的，取得道路运输经营许可和车辆道路运输证。', 'en': 'Carrying visitors or goods for pay needs a road transport licence and a permit for each vehicle.' },
    issuer: { 'zh-CN': '{place}交通运输部门', 'en': 'Transport bureau of {place}' },
    bring: {
      'zh-CN': ['营业执照', '车辆行驶证和技术等级证明', '驾驶员从业资格证', '安全生产管理制度'],
      'en': ['Business licence', 'Vehicle registration and technical grade', 'Drivers\' professional qualification', 'Safety rules'],
    },
    typicalWorkingDays: 20,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: {
      'ice-snow-tourism': when('用自己的车辆有偿接送游客的', 'If you carry visitors in your own vehicles for pay'),
      'rural-tourism': when('用自己的车辆有偿接送游客的', 'If you carry visitors in your own vehicles for pay'),
      'agri-ecommerce': when('用自己的货车为他人有偿运输的', 'If your own lorries carry goods for others for pay'),
    },
    basis: '《道路运输条例》',
    sample: true,
    verify: 'Which vehicle sizes need it (small goods vehicles are exempt in some cases).',
  },
]
