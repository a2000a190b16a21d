/**
 * Deterministic generator of realistic start-up projects for the project library (创业项目资源库).
 *
 * The same code makes the demo projects of the seed and the 100k projects of the search benchmark:
 * - every project is derived from (seed, index) with a seeded PRNG, so the same seed always gives the
 *   same sequence and a longer sequence starts with the shorter one;
 * - projects are yielded lazily and the generator keeps only a small, bounded state.
 *
 * Data tables come first, then small pure helpers, then the generator itself.
 */
import { SOURCE_TYPES } from '../../shared/utils/projects'
import type { ProjectStatusCode, RiskLevelCode, SourceTypeCode, SuitableForCode } from '../../shared/utils/projects'

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export interface ProjectCategorySeed { code: string, nameZh: string, nameEn: string }

export interface GeneratedProject {
  slug: string
  title: string
  summary: string
  description: string
  categoryCode: string
  tags: string[]
  cityCode: string | null
  sourceType: SourceTypeCode
  investmentMin: number
  investmentMax: number
  monthlyCost: number
  paybackMonths: number
  expectedJobs: number
  riskLevel: RiskLevelCode
  riskFactors: string[]
  requiredSkills: string[]
  suitableFor: SuitableForCode[]
  policySlugs: string[]
  status: ProjectStatusCode
  recommended: boolean
  recommendationText: string | null
  createdDaysAgo: number
  updatedDaysAgo: number
}

// ---------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------

const CATEGORY_TABLE = [
  { code: 'food-snacks', nameZh: '餐饮小吃', nameEn: 'Food and snacks' },
  { code: 'agri-ecommerce', nameZh: '农产品电商', nameEn: 'Farm produce e-commerce' },
  { code: 'rural-tourism', nameZh: '乡村旅游/农家乐', nameEn: 'Rural tourism and farm stays' },
  { code: 'ice-snow-tourism', nameZh: '冰雪旅游服务', nameEn: 'Ice and snow tourism services' },
  { code: 'ginseng-forest', nameZh: '人参及林下经济', nameEn: 'Ginseng and forest economy' },
  { code: 'specialty-farming', nameZh: '特色种养殖', nameEn: 'Specialty farming' },
  { code: 'korean-food', nameZh: '朝鲜族特色食品', nameEn: 'Korean-ethnic specialty food' },
  { code: 'housekeeping', nameZh: '家政服务', nameEn: 'Housekeeping services' },
  { code: 'elderly-childcare', nameZh: '养老托幼', nameEn: 'Elderly and child care' },
  { code: 'community-retail', nameZh: '社区零售', nameEn: 'Community retail' },
  { code: 'auto-services', nameZh: '汽车服务', nameEn: 'Car services' },
  { code: 'crafts', nameZh: '文创手工', nameEn: 'Creative crafts' },
  { code: 'education-training', nameZh: '教育培训', nameEn: 'Education and training' },
] as const satisfies readonly ProjectCategorySeed[]

type CategoryCode = (typeof CATEGORY_TABLE)[number]['code']

export const PROJECT_CATEGORIES: readonly ProjectCategorySeed[] = CATEGORY_TABLE

// ---------------------------------------------------------------------------------------------
// Places: the cities of the seed plus a pseudo-place for province-wide projects
// ---------------------------------------------------------------------------------------------

const CITY_CODES = [
  'changchun', 'jilin', 'liaoyuan', 'siping', 'tonghua', 'baishan',
  'songyuan', 'baicheng', 'yanbian', 'changbaishan', 'jiutai',
] as const

type CityCode = (typeof CITY_CODES)[number]

interface PlaceSeed {
  code: CityCode | null
  /** Name used at the start of titles. */
  short: string
  /** Name used in running text. */
  full: string
  /** Relative share of projects (population and economy). */
  weight: number
  /** Districts, counties and towns. */
  area: readonly string[]
  /** Farm produce specialities (never starting with the city name itself). */
  produce: readonly string[]
  /** Forest and mountain goods (山货). */
  forest: readonly string[]
  /** Scenic spots and rural destinations. */
  scenic: readonly string[]
  /** Ski resorts and ice-and-snow sights. */
  snow: readonly string[]
  /** One sentence on why the place suits local start-ups. */
  context: string
}

const PLACES: readonly PlaceSeed[] = [
  {
    code: 'changchun',
    short: '长春',
    full: '长春市',
    weight: 20,
    area: ['南关', '朝阳', '宽城', '二道', '绿园', '双阳', '净月', '高新区', '经开区', '汽开区', '农安', '榆树', '德惠', '公主岭', '红旗街', '桂林路', '重庆路', '奢岭'],
    produce: ['农安黏玉米', '榆树大米', '德惠小米', '双阳梅花鹿', '鲜食玉米'],
    forest: ['榛蘑', '黑木耳', '山核桃'],
    scenic: ['净月潭', '莲花山', '双阳', '新立城'],
    snow: ['莲花山', '净月潭', '天定山'],
    context: '长春是省会城市，人口多、消费活跃，高校和产业园区集中，社区商业需求稳定。',
  },
  {
    code: 'jilin',
    short: '吉林市',
    full: '吉林市',
    weight: 12,
    area: ['船营', '昌邑', '丰满', '龙潭', '蛟河', '桦甸', '舒兰', '磐石', '永吉', '江北', '江南'],
    produce: ['舒兰大米', '永吉大米', '磐石黏玉米', '桦甸蓝莓'],
    forest: ['黑木耳', '榛蘑', '五味子', '山核桃'],
    scenic: ['松花湖', '雾凇岛', '乌拉街', '拉法山'],
    snow: ['北大湖', '松花湖', '雾凇岛'],
    context: '吉林市是雾凇之都，北大湖、松花湖冰雪旅游带动冬季客流，城区社区消费成熟。',
  },
  {
    code: 'liaoyuan',
    short: '辽源',
    full: '辽源市',
    weight: 6,
    area: ['龙山', '西安区', '东丰', '东辽', '渭津', '安恕', '辽河源'],
    produce: ['东丰大米', '东辽黏玉米', '东丰梅花鹿', '东辽小米'],
    forest: ['榛蘑', '黑木耳'],
    scenic: ['鴜鹭湖', '东丰', '东辽'],
    snow: [],
    context: '辽源是全国创业型城市试点，袜业和梅花鹿产业基础好，返乡创业人员较多。',
  },
  {
    code: 'siping',
    short: '四平',
    full: '四平市',
    weight: 8,
    area: ['铁西', '铁东', '梨树', '伊通', '双辽', '叶赫', '郭家店'],
    produce: ['梨树玉米', '伊通大米', '双辽绿豆', '梨树鲜食玉米'],
    forest: ['榛蘑', '黑木耳'],
    scenic: ['叶赫', '二龙湖', '山门', '伊通'],
    snow: [],
    context: '四平地处黄金玉米带，梨树、伊通等县农业基础扎实，城乡消费稳步增长。',
  },
  {
    code: 'tonghua',
    short: '通化',
    full: '通化市',
    weight: 8,
    area: ['东昌', '二道江', '集安', '柳河', '辉南', '梅河口', '快大茂'],
    produce: ['梅河大米', '柳河山葡萄', '集安五味子', '辉南大米'],
    forest: ['人参', '五味子', '山葡萄', '林蛙', '黑木耳'],
    scenic: ['集安', '龙湾', '鸭绿江', '白鸡峰'],
    snow: ['万峰', '鹿鸣山'],
    context: '通化有“医药城”“葡萄酒城”之称，人参、山葡萄、五味子等林特资源丰富。',
  },
  {
    code: 'baishan',
    short: '白山',
    full: '白山市',
    weight: 7,
    area: ['浑江', '江源', '抚松', '靖宇', '长白', '临江', '松江河', '露水河', '泉阳'],
    produce: ['抚松人参', '靖宇蓝莓', '临江黑木耳', '长白松子'],
    forest: ['人参', '蓝莓', '松子', '林蛙', '黑木耳', '山野菜'],
    scenic: ['仙人桥', '望天鹅', '松江河', '临江'],
    snow: ['松江河', '露水河'],
    context: '白山地处长白山腹地，森林覆盖率高，人参、蓝莓、林蛙等林下资源丰富。',
  },
  {
    code: 'songyuan',
    short: '松原',
    full: '松原市',
    weight: 8,
    area: ['宁江', '前郭', '长岭', '乾安', '扶余', '三岔河'],
    produce: ['查干湖胖头鱼', '前郭大米', '扶余花生', '长岭杂粮', '乾安小米'],
    forest: ['榛蘑', '沙棘'],
    scenic: ['查干湖', '前郭', '龙华寺'],
    snow: ['查干湖'],
    context: '松原有查干湖冬捕等旅游名片，杂粮、花生、大米等农产品产量大。',
  },
  {
    code: 'baicheng',
    short: '白城',
    full: '白城市',
    weight: 7,
    area: ['洮北', '洮南', '大安', '镇赉', '通榆', '开通', '月亮泡'],
    produce: ['洮南小米', '镇赉大米', '通榆燕麦', '大安绿豆', '洮北杂粮'],
    forest: ['榛蘑', '沙棘'],
    scenic: ['向海', '莫莫格', '嫩江湾'],
    snow: [],
    context: '白城是全国有名的杂粮杂豆产区，绿豆、小米、燕麦品质好，适合发展农产品电商。',
  },
  {
    code: 'yanbian',
    short: '延边',
    full: '延边州',
    weight: 10,
    area: ['延吉', '珲春', '图们', '敦化', '龙井', '和龙', '汪清', '安图', '明月', '朝阳川', '西市场'],
    produce: ['延边大米', '苹果梨', '敦化黑木耳', '汪清木耳', '延边黄牛'],
    forest: ['松茸', '黑木耳', '人参', '蕨菜'],
    scenic: ['帽儿山', '防川', '图们江', '六鼎山'],
    snow: ['帽儿山', '仙峰'],
    context: '延边州朝鲜族民俗文化浓郁，冷面、打糕、辣白菜等特色食品深受游客喜爱。',
  },
  {
    code: 'changbaishan',
    short: '长白山',
    full: '长白山保护开发区',
    weight: 4,
    area: ['池北', '池西', '池南', '二道白河'],
    produce: ['蓝莓', '松子', '林下参', '山野菜', '猴头菇'],
    forest: ['人参', '蓝莓', '松子', '猴头菇', '山野菜'],
    scenic: ['二道白河', '池北', '池西', '锦江'],
    snow: ['天池', '二道白河', '池北', '魔界'],
    context: '长白山是国家级旅游目的地，冬季冰雪和夏季生态旅游客流量都很大。',
  },
  {
    code: 'jiutai',
    short: '九台',
    full: '九台区',
    weight: 5,
    area: ['营城', '卡伦', '波泥河', '纪家', '兴隆', '龙嘉', '土们岭', '沐石河'],
    produce: ['贡米', '黏玉米', '草莓', '小黄米'],
    forest: ['榛蘑', '黑木耳'],
    scenic: ['庙香山', '石头口门', '卡伦湖'],
    snow: ['庙香山'],
    context: '九台紧邻长春城区，发展近郊乡村旅游和农产品进城都很便利。',
  },
]

/** Used for province-wide projects (cityCode null) and as a fallback for empty lists. */
const PROVINCE: PlaceSeed = {
  code: null,
  short: '吉林省',
  full: '全省',
  weight: 0,
  area: ['县域', '乡镇', '县城'],
  produce: ['东北大米', '黏玉米', '杂粮', '黑木耳'],
  forest: ['山货', '黑木耳', '榛蘑', '松子'],
  scenic: ['山区', '湖区', '林区'],
  snow: ['雪乡', '雪场'],
  context: '项目不限地区，全省城乡均可落地，可结合当地资源和消费水平调整规模。',
}

// ---------------------------------------------------------------------------------------------
// Category profiles: weight in the mix, where the category fits, operating points
// ---------------------------------------------------------------------------------------------

interface CategoryProfile {
  /** Relative share of projects after the first rotation. */
  weight: number
  /** Only these cities fit (no province-wide projects). */
  only?: readonly CityCode[]
  /** Cities where the category fits best; a city listed twice counts twice. */
  prefer?: readonly CityCode[]
  /** Provider type that is most common for the category. */
  source: SourceTypeCode
  /** Which place list names the spot when a title adds one (default: districts). */
  spot?: 'scenic' | 'snow'
  /** Operating points (经营要点) shared by the category. */
  ops: readonly string[]
}

const CATEGORY_PROFILES: Readonly<Record<CategoryCode, CategoryProfile>> = {
  'food-snacks': {
    weight: 14,
    source: 'INDIVIDUAL',
    ops: [
      '办齐营业执照和食品经营许可证再开业，后厨按明厨亮灶要求布置',
      '开业前三个月把外卖平台评分做到4.7分以上，差评当天回复',
      '每天记录进货和损耗，月底核算毛利率，及时调整菜单',
      '东北冬季客流下降明显，提前准备热饮、热食等冬季产品',
    ],
  },
  'agri-ecommerce': {
    weight: 10,
    prefer: ['baicheng', 'songyuan', 'jiutai', 'siping', 'baishan'],
    source: 'GOVERNMENT',
    ops: [
      '产品须有食品生产许可或合作社资质，预包装标签要规范',
      '先在一个平台做稳，再扩展到短视频、直播和小程序等渠道',
      '与快递网点谈好月结价格，生鲜产品选择冷链或就近仓发货',
      '建立老客户群，做好复购和节日礼盒预售',
    ],
  },
  'rural-tourism': {
    weight: 8,
    prefer: ['jiutai', 'changbaishan', 'tonghua', 'jilin', 'yanbian', 'baishan'],
    source: 'GOVERNMENT',
    spot: 'scenic',
    ops: [
      '经营餐饮须办理食品经营许可，提供住宿还需特种行业许可和消防验收',
      '与旅行社、研学机构和单位工会合作，稳定团队客源',
      '旺季提前在线上平台开放预订，淡季推出本地周末游套餐',
      '用好本地农产品做伴手礼，增加游客二次消费',
    ],
  },
  'ice-snow-tourism': {
    weight: 5,
    only: ['jilin', 'changbaishan', 'changchun', 'tonghua', 'baishan', 'yanbian', 'songyuan'],
    prefer: ['jilin', 'changbaishan', 'changchun'],
    source: 'ENTERPRISE',
    spot: 'snow',
    ops: [
      '雪季一般从11月底到次年3月，提前在夏秋完成采购和人员培训',
      '与雪场、酒店和旅行社签订合作协议，锁定冬季客源',
      '夏季转做避暑、徒步等业务，减少设备和人员闲置',
      '为员工和游客购买意外险，严格执行安全操作规程',
    ],
  },
  'ginseng-forest': {
    weight: 6,
    only: ['baishan', 'tonghua', 'changbaishan', 'yanbian', 'jilin'],
    prefer: ['baishan', 'tonghua', 'changbaishan'],
    source: 'ASSOCIATION',
    ops: [
      '林下种植和采集须取得林地经营权或与林场签订合同，遵守采集期规定',
      '加入当地合作社或行业协会，共享检测、仓储和销售渠道',
      '建立种植和加工记录，为产品溯源和品牌认证做准备',
      '产品进入食品渠道要符合食品安全标准和标签规定',
    ],
  },
  'specialty-farming': {
    weight: 8,
    prefer: ['baicheng', 'songyuan', 'siping', 'liaoyuan', 'jiutai'],
    source: 'ASSOCIATION',
    ops: [
      '规模养殖须办理动物防疫条件合格证，选址远离居民区和水源地',
      '向农技推广站和畜牧站寻求技术指导，参加实用技术培训',
      '与收购企业签订订单，锁定销路后再扩大规模',
      '购买政策性农业保险，降低疫病和灾害损失',
    ],
  },
  'korean-food': {
    weight: 5,
    only: ['yanbian', 'changchun', 'jilin'],
    prefer: ['yanbian', 'yanbian'],
    source: 'ASSOCIATION',
    ops: [
      '进入商超须取得食品生产许可，小作坊须办理食品小作坊登记',
      '保留传统工艺的同时统一配方和流程，保证口味稳定',
      '抓住旅游旺季，在景区、民俗村和高铁站设点销售',
      '通过网店和直播把特色食品卖到省外',
    ],
  },
  'housekeeping': {
    weight: 8,
    source: 'ENTERPRISE',
    ops: [
      '与服务人员签订合同，并购买家政服务责任险',
      '建立服务人员档案，上岗前做健康检查和技能培训',
      '通过社区、物业和线上平台接单，做好服务评价回访',
      '供暖前和春节前是清洗保洁旺季，提前储备人手',
    ],
  },
  'elderly-childcare': {
    weight: 7,
    source: 'GOVERNMENT',
    ops: [
      '养老和托育机构须按规定登记备案，场所符合消防和卫生要求',
      '与街道、社区合作，争取场地支持和运营补贴',
      '工作人员持证上岗，定期开展急救和安全培训',
      '为服务对象购买意外险，重要事项书面告知家属',
    ],
  },
  'community-retail': {
    weight: 10,
    source: 'INDIVIDUAL',
    ops: [
      '办理营业执照和食品经营许可，烟酒等商品按规定另行办证',
      '用收银系统管理进销存，滞销商品及时处理',
      '建立社区微信群，做好预售、团购和送货上门',
      '冬季果蔬价格上涨，提前与本地基地和批发市场锁定货源',
    ],
  },
  'auto-services': {
    weight: 7,
    source: 'ENTERPRISE',
    ops: [
      '涉及维修的须办理机动车维修经营备案，废油废件交有资质单位处理',
      '明码标价，施工前向车主说明项目和费用',
      '办理会员卡并做好保养提醒，提高回头率',
      '入冬前换季保养和雪地胎更换需求集中，提前备货',
    ],
  },
  'crafts': {
    weight: 6,
    source: 'INDIVIDUAL',
    ops: [
      '注册商标并保护原创设计，作品拍照存档',
      '参加文博会、旅游商品大赛和非遗市集，提高知名度',
      '开设体验课，让游客动手参与，增加收入来源',
      '通过网店和短视频销售，节日前推出礼品套装',
    ],
  },
  'education-training': {
    weight: 7,
    source: 'UNIVERSITY',
    ops: [
      '成人技能培训可申请成为定点培训机构，面向中小学生的须遵守校外培训管理规定',
      '教师持证上岗，教学场地符合消防和安全要求',
      '预收费按规定管理，不一次性收取超过3个月的费用',
      '用试听课和学员作品展示获客，做好续费和转介绍',
    ],
  },
}

// ---------------------------------------------------------------------------------------------
// Business ideas: at least six per category
// ---------------------------------------------------------------------------------------------

type CostItem = readonly [label: string, share: number]

interface IdeaSeed {
  /** ASCII part of the slug. */
  key: string
  category: CategoryCode
  /** Title templates; placeholders: {city} {area} {produce} {forest} {scenic} {snow} and the keys of vars. */
  titles: readonly string[]
  vars?: Readonly<Record<string, readonly string[]>>
  /** What it is, one phrase without final punctuation. */
  pitch: string
  /** The first two tags are always used. */
  tags: readonly string[]
  /** Range of investmentMin, thousands of CNY. */
  inv: readonly [number, number]
  /** Monthly running cost as a share of investmentMin. */
  monthly: number
  payback: readonly [number, number]
  jobs: readonly [number, number]
  risk: RiskLevelCode
  risks: readonly string[]
  skills: readonly string[]
  /** Start-up cost structure; shares add up to 100. */
  costs: readonly CostItem[]
  suits: readonly SuitableForCode[]
  /** The idea's own operating tip. */
  tip: string
  /** Overrides the category's allowed cities. */
  only?: readonly CityCode[]
  /** Adds to the category's preferred cities; a city listed twice counts twice. */
  prefer?: readonly CityCode[]
}

const IDEAS: readonly IdeaSeed[] = [
  // --- food-snacks ---------------------------------------------------------------------------
  {
    key: 'milk-tea-kiosk',
    category: 'food-snacks',
    titles: ['{city}社区鲜奶茶外卖小店', '{city}{area}鲜奶茶小铺', '{city}{mod}奶茶外卖档口', '{city}{area}手作奶茶店'],
    vars: { mod: ['现煮', '手作', '黑糖', '鲜奶', '芋泥', '烤奶'] },
    pitch: '主打现煮奶茶和鲜奶茶、以外卖和社区自提为主的小面积饮品店',
    tags: ['奶茶', '茶饮', '外卖', '社区店', '饮品'],
    inv: [25, 70],
    monthly: 0.22,
    payback: [6, 14],
    jobs: [1, 3],
    risk: 'MEDIUM',
    risks: ['同质化竞争激烈', '原料价格波动', '需要食品经营许可', '冬季客流下降'],
    skills: ['饮品调制', '外卖平台运营', '成本核算', '短视频宣传'],
    costs: [['制冰机、封口机等设备', 35], ['店面租金及押金', 25], ['装修与门头', 15], ['首批原料和包材', 15], ['证照办理与备用金', 10]],
    suits: ['GRADUATE', 'WOMEN', 'UNEMPLOYED'],
    tip: '选址优先社区出入口、学校和写字楼周边，20平方米左右即可，外卖可占六成订单',
    prefer: ['changchun', 'changchun', 'jilin', 'siping', 'yanbian'],
  },
  {
    key: 'fruit-tea-stall',
    category: 'food-snacks',
    titles: ['{city}鲜果茶饮档口', '{city}{fruit}果茶饮品站', '{city}{area}国风茶饮小店', '{city}夜市鲜果茶饮摊'],
    vars: { fruit: ['蓝莓', '山楂', '沙棘', '软枣猕猴桃', '苹果梨', '山葡萄'] },
    pitch: '用东北本地水果做鲜果茶和柠檬茶的小型茶饮档口，夜市和商圈均可经营',
    tags: ['茶饮', '果茶', '饮品', '夜市', '鲜果'],
    inv: [15, 50],
    monthly: 0.25,
    payback: [5, 12],
    jobs: [1, 3],
    risk: 'MEDIUM',
    risks: ['鲜果损耗大', '季节性强', '需要食品经营许可', '商圈租金上涨'],
    skills: ['饮品调制', '水果采购与储存', '门店陈列', '社群营销'],
    costs: [['操作台与冷藏设备', 35], ['档口租金', 25], ['首批水果和茶叶', 20], ['杯具包材', 10], ['证照与备用金', 10]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '夏季主推冰饮、冬季转做热果茶，本地蓝莓、山楂等应季水果可做成限定款',
  },
  {
    key: 'small-franchise',
    category: 'food-snacks',
    titles: ['{city}小型餐饮加盟快餐店', '{city}{dish}小型餐饮加盟店', '{city}{area}小型餐饮加盟项目'],
    vars: { dish: ['麻辣烫', '米线', '黄焖鸡', '盖饭', '炸鸡', '煎饼'] },
    pitch: '选择口碑稳定的小型餐饮加盟品牌，由品牌方提供配方、供应链和开店培训',
    tags: ['餐饮加盟', '快餐', '加盟', '外卖'],
    inv: [40, 120],
    monthly: 0.2,
    payback: [10, 20],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['加盟品牌资质参差不齐', '加盟费难以收回', '需要食品经营许可', '商圈租金上涨'],
    skills: ['门店管理', '员工排班', '成本核算', '外卖平台运营'],
    costs: [['加盟费与保证金', 30], ['厨房设备', 25], ['店面租金及押金', 20], ['装修', 15], ['首批物料与备用金', 10]],
    suits: ['RETURNEE', 'VETERAN', 'UNEMPLOYED'],
    tip: '签约前核实品牌的商标注册和特许经营备案，实地走访三家以上已开业门店',
  },
  {
    key: 'breakfast-shop',
    category: 'food-snacks',
    titles: ['{city}社区早餐铺', '{city}{area}包子豆浆早餐店', '{city}{area}早点铺子', '{city}手工包子早餐档口'],
    pitch: '经营包子、豆浆、油条和粥品的社区早餐店，早市客流稳定、现金回笼快',
    tags: ['早餐', '包子', '社区店', '小吃'],
    inv: [15, 45],
    monthly: 0.2,
    payback: [5, 12],
    jobs: [2, 4],
    risk: 'LOW',
    risks: ['起早贪黑劳动强度大', '需要食品经营许可', '食品安全责任重'],
    skills: ['面点制作', '食品卫生管理', '成本核算'],
    costs: [['蒸柜、豆浆机等设备', 35], ['店面租金及押金', 30], ['装修与排烟', 15], ['首批原料', 10], ['证照与备用金', 10]],
    suits: ['UNEMPLOYED', 'WOMEN', 'RETURNEE'],
    tip: '早上6点到9点是主要营业时段，午间可增加盒饭或外卖提高坪效',
  },
  {
    key: 'night-bbq',
    category: 'food-snacks',
    titles: ['{city}夜市烧烤摊', '{city}{area}东北烧烤小馆', '{city}{area}烤串外卖店'],
    pitch: '主打东北烧烤和烤串的夜间餐饮项目，可从夜市摊位起步再开小馆',
    tags: ['烧烤', '夜市', '小吃', '东北菜'],
    inv: [20, 80],
    monthly: 0.22,
    payback: [6, 16],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['油烟噪声易被投诉', '季节性强', '需要食品经营许可', '冷链储存要求高'],
    skills: ['烧烤技艺', '食材采购', '消防安全'],
    costs: [['烤炉与排烟设备', 30], ['摊位或店面租金', 25], ['冷柜', 15], ['首批食材', 15], ['证照与备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '提前向街道和城管了解夜市摊位政策，店面须安装油烟净化设备',
  },
  {
    key: 'dumpling-house',
    category: 'food-snacks',
    titles: ['{city}手工水饺馆', '{city}{area}东北饺子馆', '{city}{filling}手工饺子外卖店'],
    vars: { filling: ['酸菜', '三鲜', '猪肉白菜', '鲅鱼', '韭菜鸡蛋'] },
    pitch: '手工现包东北水饺，堂食加外卖，并销售速冻生饺',
    tags: ['饺子', '东北菜', '外卖', '手工'],
    inv: [20, 60],
    monthly: 0.2,
    payback: [6, 14],
    jobs: [2, 5],
    risk: 'LOW',
    risks: ['人工成本上升', '需要食品经营许可', '速冻产品需冷链'],
    skills: ['面点制作', '厨房管理', '外卖平台运营'],
    costs: [['厨房设备与冷柜', 30], ['店面租金及押金', 30], ['装修', 20], ['首批原料', 10], ['证照与备用金', 10]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '冬至和春节前速冻饺子订单集中，可提前接受单位团购预订',
  },
  {
    key: 'corn-snack-cart',
    category: 'food-snacks',
    titles: ['{city}烤地瓜黏玉米小吃车', '{city}{area}黏玉米小吃车', '{city}冰糖葫芦小吃车'],
    pitch: '以黏玉米、烤地瓜、冰糖葫芦等东北小吃为主的流动小吃车',
    tags: ['小吃车', '黏玉米', '小吃', '夜市'],
    inv: [8, 25],
    monthly: 0.15,
    payback: [3, 8],
    jobs: [1, 2],
    risk: 'LOW',
    risks: ['经营地点受管控', '天气影响大', '需要食品小摊贩登记'],
    skills: ['小吃制作', '现场销售'],
    costs: [['小吃车及保温设备', 50], ['首批原料', 25], ['登记与备用金', 25]],
    suits: ['UNEMPLOYED', 'WOMEN', 'VETERAN'],
    tip: '冬天卖烤地瓜和冰糖葫芦、夏天卖黏玉米，一辆车全年都能经营',
  },
  // --- agri-ecommerce ------------------------------------------------------------------------
  {
    key: 'grain-live-stream',
    category: 'agri-ecommerce',
    titles: ['{city}杂粮电商直播间', '{city}{grain}电商直播带货', '{city}{grain}直播电商工作室'],
    vars: { grain: ['小米', '绿豆', '燕麦', '红小豆', '黄小米', '荞麦', '高粱米'] },
    pitch: '通过短视频和直播销售本地小米、绿豆、燕麦等杂粮，产地直发',
    tags: ['电商', '直播', '杂粮', '农产品'],
    inv: [15, 50],
    monthly: 0.15,
    payback: [6, 15],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['平台流量不稳定', '退货和售后压力', '产品质量一致性难控制'],
    skills: ['直播带货', '短视频拍摄', '供应链管理', '客服沟通'],
    costs: [['直播设备与灯光', 25], ['样品与首批备货', 35], ['包装设计与物料', 15], ['推广费用', 15], ['办公场地与备用金', 10]],
    suits: ['GRADUATE', 'RETURNEE', 'WOMEN'],
    tip: '镜头对准田间地头和加工过程，讲清产地和品种，比单纯降价更能留住客户',
    prefer: ['baicheng', 'songyuan', 'jiutai'],
  },
  {
    key: 'mountain-goods-shop',
    category: 'agri-ecommerce',
    titles: ['{city}山货网店', '{city}{forest}网店', '{city}{forest}山货网店', '{city}农家山货网店'],
    pitch: '开设网店销售木耳、榛蘑、松子等山货，与农户和合作社签约供货',
    tags: ['网店', '山货', '农产品', '特产'],
    inv: [10, 40],
    monthly: 0.15,
    payback: [5, 12],
    jobs: [1, 3],
    risk: 'LOW',
    risks: ['产品品质不稳定', '物流破损', '平台规则变化'],
    skills: ['网店运营', '产品拍摄', '客服沟通', '选品'],
    costs: [['首批货品', 40], ['拍摄与包装设计', 20], ['平台保证金与推广', 25], ['备用金', 15]],
    suits: ['GRADUATE', 'WOMEN', 'RETURNEE'],
    tip: '详情页写清产地、规格和保存方法，用实拍照片代替网图',
    prefer: ['baishan', 'tonghua', 'changbaishan', 'yanbian', 'jilin'],
  },
  {
    key: 'community-group-buy',
    category: 'agri-ecommerce',
    titles: ['{city}农产品社区团购', '{city}{area}生鲜社区团购', '{city}农产品产地直供团购'],
    pitch: '做社区团购团长，从产地直采蔬菜、水果和粮油，次日送到小区自提点',
    tags: ['社区团购', '生鲜', '农产品', '电商'],
    inv: [10, 40],
    monthly: 0.15,
    payback: [4, 10],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['生鲜损耗', '平台补贴战', '售后纠纷'],
    skills: ['社群运营', '采购议价', '配送管理'],
    costs: [['冷柜与自提点', 35], ['首批货品', 30], ['车辆或配送费', 20], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '团长的核心是信任，坏果包赔、售后及时，复购率自然高',
  },
  {
    key: 'produce-brand',
    category: 'agri-ecommerce',
    titles: ['{city}{produce}电商品牌', '{city}{produce}品牌网店', '{city}{produce}产地直发电商'],
    pitch: '为本地特色农产品注册商标、设计包装，在电商平台打造地域品牌',
    tags: ['电商', '品牌', '农产品', '地理标志'],
    inv: [30, 100],
    monthly: 0.12,
    payback: [10, 24],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['品牌培育周期长', '推广费用高', '产品质量一致性难控制'],
    skills: ['品牌策划', '电商运营', '供应链管理'],
    costs: [['包装设计与商标注册', 20], ['首批货品', 40], ['平台推广', 25], ['备用金', 15]],
    suits: ['GRADUATE', 'RETURNEE'],
    tip: '申请使用地理标志和绿色食品标志，能明显提高客单价',
  },
  {
    key: 'honey-shop',
    category: 'agri-ecommerce',
    titles: ['{city}椴树蜜网店', '{city}{area}蜂蜜电商', '{city}椴树蜜直播间'],
    pitch: '与本地蜂农合作，在网上销售椴树蜜、百花蜜和其他蜂产品',
    tags: ['蜂蜜', '网店', '椴树蜜', '农产品'],
    inv: [10, 40],
    monthly: 0.12,
    payback: [5, 12],
    jobs: [1, 3],
    risk: 'LOW',
    risks: ['掺假质疑', '需要食品经营许可', '产量受天气影响'],
    skills: ['网店运营', '产品检测', '客服沟通'],
    costs: [['首批蜂蜜采购', 45], ['检测与包装', 20], ['推广', 20], ['备用金', 15]],
    suits: ['RETURNEE', 'WOMEN', 'GRADUATE'],
    tip: '每批蜂蜜送检并公开检测报告，是打消消费者疑虑的关键',
    prefer: ['baishan', 'yanbian', 'tonghua', 'changbaishan'],
  },
  {
    key: 'fresh-corn-cold-chain',
    category: 'agri-ecommerce',
    titles: ['{city}鲜食玉米冷链电商', '{city}黏玉米真空包装电商', '{city}{area}鲜食玉米加工'],
    pitch: '收购鲜食黏玉米进行蒸煮、真空包装和速冻，通过电商全年销售',
    tags: ['黏玉米', '电商', '冷链', '农产品'],
    inv: [50, 200],
    monthly: 0.1,
    payback: [12, 24],
    jobs: [3, 10],
    risk: 'MEDIUM',
    risks: ['需要食品生产许可', '收购季节集中', '冷链成本高'],
    skills: ['食品加工', '冷链物流', '电商运营'],
    costs: [['蒸煮和真空包装设备', 35], ['冷库', 25], ['原料收购', 25], ['证照', 5], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '收购期集中在8到9月，需要提前准备冷库容量和流动资金',
    prefer: ['changchun', 'jiutai', 'siping', 'songyuan'],
  },
  {
    key: 'egg-wechat-shop',
    category: 'agri-ecommerce',
    titles: ['{city}土鸡蛋微店配送', '{city}{area}农家土鸡蛋网店', '{city}散养笨鸡蛋直供'],
    pitch: '与农户合作收购散养鸡蛋，通过微店和社群预订、定期配送',
    tags: ['土鸡蛋', '网店', '微店', '配送'],
    inv: [10, 30],
    monthly: 0.15,
    payback: [4, 10],
    jobs: [1, 3],
    risk: 'LOW',
    risks: ['运输破损', '货源品质不一', '冬季运输冻裂'],
    skills: ['社群运营', '品质把控', '配送管理'],
    costs: [['首批货品', 35], ['包装和保温箱', 25], ['配送工具', 25], ['备用金', 15]],
    suits: ['WOMEN', 'RETURNEE', 'UNEMPLOYED'],
    tip: '固定周期配送、按月订阅，能让客户和农户都稳定下来',
  },
  // --- rural-tourism -------------------------------------------------------------------------
  {
    key: 'farm-stay',
    category: 'rural-tourism',
    titles: ['{city}{scenic}农家乐', '{city}铁锅炖农家乐', '{city}{scenic}山水农家乐', '{city}采摘垂钓农家乐'],
    pitch: '利用自家院落和农田经营铁锅炖、农家菜，兼营采摘和垂钓的农家乐',
    tags: ['农家乐', '乡村旅游', '铁锅炖', '农家菜'],
    inv: [40, 200],
    monthly: 0.1,
    payback: [12, 30],
    jobs: [3, 8],
    risk: 'MEDIUM',
    risks: ['季节性强', '需要食品经营许可', '消防和食品安全责任重', '交通条件影响客流'],
    skills: ['农家菜烹饪', '接待服务', '网络推广'],
    costs: [['院落改造与餐厅装修', 40], ['厨房设备', 20], ['游乐和垂钓设施', 15], ['首批食材', 10], ['证照与备用金', 15]],
    suits: ['RETURNEE', 'WOMEN', 'VETERAN'],
    tip: '招牌菜要少而精，铁锅炖、杀猪菜和本地山野菜最受城里游客欢迎',
  },
  {
    key: 'village-homestay',
    category: 'rural-tourism',
    titles: ['{city}{scenic}乡村旅游民宿', '{city}乡村旅游民宿', '{city}{scenic}精品民宿'],
    pitch: '改造闲置农房经营乡村旅游民宿，面向城市家庭和自驾游客',
    tags: ['民宿', '乡村旅游', '自驾游'],
    inv: [100, 500],
    monthly: 0.06,
    payback: [24, 48],
    jobs: [2, 6],
    risk: 'HIGH',
    risks: ['投资回收期长', '需要特种行业许可', '季节性强', '消防验收要求高'],
    skills: ['民宿运营', '在线预订平台运营', '接待服务', '房屋改造'],
    costs: [['农房租赁与改造', 50], ['家具和布草', 20], ['消防与安防设施', 10], ['线上推广', 10], ['证照与备用金', 10]],
    suits: ['RETURNEE', 'GRADUATE'],
    tip: '先改造3到5间客房试运营，口碑起来后再扩建，避免一次投入过大',
  },
  {
    key: 'picking-garden',
    category: 'rural-tourism',
    titles: ['{city}{fruit}采摘园', '{city}{scenic}亲子采摘园', '{city}四季采摘农场'],
    vars: { fruit: ['草莓', '蓝莓', '樱桃', '葡萄', '香瓜', '李子'] },
    pitch: '种植草莓、蓝莓等鲜果，开放游客采摘，并销售鲜果和果酱',
    tags: ['采摘', '乡村旅游', '亲子', '果园'],
    inv: [50, 200],
    monthly: 0.08,
    payback: [18, 36],
    jobs: [3, 8],
    risk: 'MEDIUM',
    risks: ['种植技术要求高', '天气影响产量', '季节性强'],
    skills: ['果树或大棚种植', '活动策划', '社群营销'],
    costs: [['大棚或果园建设', 45], ['种苗', 20], ['灌溉设施', 15], ['停车场与游客设施', 10], ['备用金', 10]],
    suits: ['RETURNEE', 'WOMEN'],
    tip: '温室草莓可在冬春季采摘，避开东北露地水果集中上市的价格低谷',
  },
  {
    key: 'fishing-farm',
    category: 'rural-tourism',
    titles: ['{city}{scenic}垂钓农庄', '{city}休闲垂钓园', '{city}冬季冰钓休闲农庄'],
    pitch: '依托水塘经营休闲垂钓，配套简餐和农家菜，冬季开展冰钓',
    tags: ['垂钓', '乡村旅游', '农庄', '冰钓'],
    inv: [30, 150],
    monthly: 0.08,
    payback: [12, 30],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['水域安全责任', '鱼苗成活率', '季节性强'],
    skills: ['水产养殖', '安全管理', '接待服务'],
    costs: [['鱼塘租赁与清淤', 35], ['鱼苗投放', 20], ['钓台与休息区', 20], ['餐饮设施', 15], ['备用金', 10]],
    suits: ['VETERAN', 'RETURNEE', 'UNEMPLOYED'],
    tip: '冰钓期间每天检测冰层厚度，设置安全警示和救生设备',
  },
  {
    key: 'farm-study-base',
    category: 'rural-tourism',
    titles: ['{city}农耕研学基地', '{city}{scenic}自然研学营地', '{city}中小学劳动教育基地'],
    pitch: '面向中小学生开展农耕体验、劳动教育和自然观察的乡村研学基地',
    tags: ['研学', '乡村旅游', '劳动教育', '亲子'],
    inv: [50, 250],
    monthly: 0.08,
    payback: [18, 40],
    jobs: [3, 10],
    risk: 'MEDIUM',
    risks: ['学生安全责任重', '客源依赖学校', '需要餐饮和住宿资质'],
    skills: ['课程设计', '活动组织', '安全管理'],
    costs: [['场地改造', 40], ['教具和农具', 15], ['安全设施与保险', 15], ['课程研发', 15], ['备用金', 15]],
    suits: ['GRADUATE', 'RETURNEE'],
    tip: '课程对接学校劳动教育要求，每批学生配足带队老师和安全员',
  },
  {
    key: 'forest-camping',
    category: 'rural-tourism',
    titles: ['{city}{scenic}露营地', '{city}{scenic}房车露营地', '{city}林间露营基地'],
    pitch: '在林地、湖边经营帐篷露营和烧烤，提供装备租赁与简餐',
    tags: ['露营', '乡村旅游', '自驾游', '烧烤'],
    inv: [30, 150],
    monthly: 0.08,
    payback: [12, 30],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['季节性强', '防火要求严格', '土地使用需合规'],
    skills: ['户外活动组织', '营地管理', '社交媒体运营'],
    costs: [['场地平整与租赁', 35], ['帐篷和露营装备', 30], ['卫生间和淋浴设施', 15], ['推广', 10], ['备用金', 10]],
    suits: ['GRADUATE', 'VETERAN'],
    tip: '林区露营必须遵守防火期规定，明火烧烤只能在固定区域',
  },
  {
    key: 'village-tour-route',
    category: 'rural-tourism',
    titles: ['{city}乡村旅游一日游线路', '{city}{scenic}乡村旅游包车服务', '{city}乡村旅游定制游'],
    pitch: '整合周边农家乐、采摘园和景点，为城市游客提供乡村旅游一日游和定制游',
    tags: ['乡村旅游', '一日游', '定制游', '包车'],
    inv: [15, 60],
    monthly: 0.15,
    payback: [6, 18],
    jobs: [2, 4],
    risk: 'LOW',
    risks: ['需要旅行社资质或与旅行社合作', '交通安全责任', '客源季节波动'],
    skills: ['线路策划', '导游讲解', '新媒体营销'],
    costs: [['车辆租赁或押金', 35], ['线路踩点与合作', 15], ['保险', 15], ['线上推广', 20], ['备用金', 15]],
    suits: ['GRADUATE', 'RETURNEE', 'WOMEN'],
    tip: '与有资质的旅行社合作接团，并为每位游客购买旅游意外险',
  },
  // --- ice-snow-tourism ----------------------------------------------------------------------
  {
    key: 'ski-rental',
    category: 'ice-snow-tourism',
    titles: ['{city}滑雪装备租赁店', '{city}{snow}雪具租赁店', '{city}{snow}滑雪服租赁'],
    pitch: '在雪场周边出租雪板、雪鞋、雪服和头盔，兼营雪具保养打蜡',
    tags: ['滑雪', '冰雪', '租赁', '雪具'],
    inv: [60, 300],
    monthly: 0.06,
    payback: [12, 30],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['季节性强', '设备损耗大', '雪场政策变化'],
    skills: ['雪具保养', '门店管理', '线上预订运营'],
    costs: [['雪板雪鞋等装备', 55], ['门店租金', 20], ['烘干和打蜡设备', 10], ['推广', 5], ['备用金', 10]],
    suits: ['VETERAN', 'GRADUATE', 'RETURNEE'],
    tip: '提供线上预约和送装备到酒店服务，比雪场内租赁更有价格优势',
  },
  {
    key: 'ski-coaching',
    category: 'ice-snow-tourism',
    titles: ['{city}青少年滑雪培训', '{city}{snow}滑雪教练工作室', '{city}亲子滑雪课程'],
    pitch: '由持证教练为青少年和初学者提供滑雪课程和冬令营',
    tags: ['滑雪', '冰雪', '培训', '冬令营'],
    inv: [20, 80],
    monthly: 0.15,
    payback: [6, 18],
    jobs: [2, 8],
    risk: 'MEDIUM',
    risks: ['运动伤害风险', '季节性强', '教练资质要求'],
    skills: ['滑雪教学', '课程设计', '安全管理'],
    costs: [['教学装备', 30], ['雪场合作费用', 25], ['保险', 15], ['招生推广', 20], ['备用金', 10]],
    suits: ['GRADUATE', 'VETERAN'],
    tip: '教练须持有滑雪指导员职业资格，每节课前检查学员护具',
  },
  {
    key: 'snow-photo',
    category: 'ice-snow-tourism',
    titles: ['{city}{snow}冰雪旅拍工作室', '{city}雾凇旅拍工作室', '{city}冰雪婚纱旅拍'],
    pitch: '为游客提供雾凇、雪景和民族服饰旅拍，包括服装、化妆和后期修图',
    tags: ['旅拍', '摄影', '冰雪', '雾凇'],
    inv: [30, 100],
    monthly: 0.12,
    payback: [8, 20],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['季节性强', '天气影响拍摄', '同行竞争'],
    skills: ['摄影与修图', '化妆造型', '新媒体营销'],
    costs: [['相机与镜头', 40], ['服装道具', 20], ['工作室租金', 20], ['推广', 10], ['备用金', 10]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '关注雾凇预报，提前一天通知客户调整拍摄时间',
    prefer: ['jilin', 'jilin', 'changbaishan'],
  },
  {
    key: 'snow-park',
    category: 'ice-snow-tourism',
    titles: ['{city}冰雪嬉戏乐园', '{city}{snow}雪圈雪地乐园', '{city}亲子冰雪乐园'],
    pitch: '利用空地或河道开发雪圈、冰滑梯、雪地摩托等冰雪娱乐项目',
    tags: ['冰雪乐园', '冰雪', '亲子', '雪圈'],
    inv: [80, 400],
    monthly: 0.06,
    payback: [18, 40],
    jobs: [5, 15],
    risk: 'HIGH',
    risks: ['季节性强', '游客安全责任重', '暖冬影响运营期', '场地审批'],
    skills: ['冰雪设施管理', '安全管理', '活动策划'],
    costs: [['场地租赁与造雪', 35], ['雪圈冰滑梯等设施', 30], ['安全防护', 15], ['推广', 10], ['备用金', 10]],
    suits: ['VETERAN', 'RETURNEE'],
    tip: '开放前请有资质的机构检测冰层和设施，暖冬年份准备人工造雪方案',
  },
  {
    key: 'snow-shuttle',
    category: 'ice-snow-tourism',
    titles: ['{city}雪场接驳包车服务', '{city}{snow}滑雪接驳专线', '{city}高铁站至雪场接驳'],
    pitch: '为滑雪游客提供机场、高铁站到雪场和酒店的接驳包车服务',
    tags: ['接驳', '包车', '冰雪', '滑雪'],
    inv: [50, 250],
    monthly: 0.1,
    payback: [12, 30],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['冬季道路安全', '需要道路运输经营许可', '季节性强'],
    skills: ['车辆调度', '冬季安全驾驶', '客服沟通'],
    costs: [['车辆购置或租赁', 60], ['雪地胎与防滑链', 10], ['营运保险', 15], ['调度系统与推广', 5], ['备用金', 10]],
    suits: ['VETERAN', 'UNEMPLOYED'],
    tip: '所有车辆更换雪地胎，驾驶员上岗前完成冰雪路面驾驶培训',
  },
  {
    key: 'ice-sculpture',
    category: 'ice-snow-tourism',
    titles: ['{city}冰雕雪雕制作团队', '{city}冰灯雪雕工作室', '{city}冰雪景观设计施工'],
    pitch: '承接景区、商场和社区的冰灯、冰雕、雪雕制作与冰雪景观布置',
    tags: ['冰雕', '雪雕', '冰雪', '冰灯'],
    inv: [20, 80],
    monthly: 0.12,
    payback: [6, 18],
    jobs: [3, 10],
    risk: 'MEDIUM',
    risks: ['季节性强', '高空和用电安全', '回款周期长'],
    skills: ['冰雕雪雕技艺', '美术设计', '施工管理'],
    costs: [['雕刻工具与电锯', 30], ['灯光设备', 30], ['运输车辆租赁', 15], ['保险', 10], ['备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED', 'GRADUATE'],
    tip: '签订合同时约定分期付款，入冬前完成设计方案和材料准备',
  },
  {
    key: 'snow-station',
    category: 'ice-snow-tourism',
    titles: ['{city}雪场暖心驿站', '{city}{snow}热饮简餐驿站', '{city}雪场储物热饮驿站'],
    pitch: '在雪场和冰雪景区周边经营热饮、简餐、储物和充电服务的小型驿站',
    tags: ['驿站', '热饮', '冰雪', '简餐'],
    inv: [20, 80],
    monthly: 0.15,
    payback: [6, 18],
    jobs: [2, 4],
    risk: 'LOW',
    risks: ['季节性强', '需要食品经营许可', '景区租金上涨'],
    skills: ['餐饮服务', '店面管理', '成本核算'],
    costs: [['板房或店面租赁', 35], ['厨房和热饮设备', 25], ['储物柜', 15], ['首批物料', 10], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '夏季可转为景区徒步补给站，减少淡季空置',
  },
  {
    key: 'winter-fishing-tour',
    category: 'ice-snow-tourism',
    titles: ['{city}冬捕民俗体验游', '{city}冬捕鱼宴农家院', '{city}冰湖冬捕旅游接待'],
    pitch: '围绕冬捕节开展观冬捕、品鱼宴、冰上娱乐等冬季民俗旅游接待',
    tags: ['冬捕', '冰雪', '民俗', '鱼宴'],
    inv: [30, 150],
    monthly: 0.1,
    payback: [10, 24],
    jobs: [3, 8],
    risk: 'MEDIUM',
    risks: ['季节性强', '冰面安全', '需要食品经营许可'],
    skills: ['餐饮接待', '活动组织', '安全管理'],
    costs: [['接待场所租赁与装修', 35], ['厨房设备', 20], ['冰上娱乐设施', 20], ['推广', 10], ['备用金', 15]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '冬捕节前后一个月客流最集中，提前与旅行社和渔场确定接待量',
    only: ['songyuan', 'jilin'],
  },
  // --- ginseng-forest ------------------------------------------------------------------------
  {
    key: 'ginseng-slices',
    category: 'ginseng-forest',
    titles: ['{city}人参切片加工坊', '{city}人参蜜片加工作坊', '{city}{area}人参初加工'],
    pitch: '收购园参进行清洗、晾晒、切片和蜜片加工，供应药店、礼品店和网店',
    tags: ['人参', '加工', '林下经济', '特产'],
    inv: [50, 200],
    monthly: 0.1,
    payback: [12, 30],
    jobs: [3, 8],
    risk: 'MEDIUM',
    risks: ['原料价格波动', '需要食品生产许可', '产品质量检测要求高'],
    skills: ['人参加工工艺', '质量管理', '渠道销售'],
    costs: [['加工设备', 35], ['厂房租赁与改造', 25], ['首批原料参', 25], ['检测与证照', 5], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '原料参收购要查验产地和农残检测，加工车间按食品生产许可要求分区',
  },
  {
    key: 'forest-ginseng',
    category: 'ginseng-forest',
    titles: ['{city}林下参种植', '{city}{area}林下山参种植合作', '{city}林下参托管种植'],
    pitch: '在林地中播种、管护林下参，与合作社联合销售，适合有林地资源的农户',
    tags: ['林下参', '人参', '林下经济', '种植'],
    inv: [30, 150],
    monthly: 0.04,
    payback: [36, 48],
    jobs: [2, 6],
    risk: 'HIGH',
    risks: ['生长周期长', '林地权属需清晰', '防盗采压力大', '价格波动'],
    skills: ['人参种植技术', '林地管护', '合作社经营'],
    costs: [['林地承包', 35], ['参籽参苗', 30], ['围栏和监控', 15], ['人工', 10], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '林下参周期长，可套种山野菜、发展林下养殖，用短期收入支撑长期项目',
  },
  {
    key: 'wild-vegetables',
    category: 'ginseng-forest',
    titles: ['{city}山野菜采集加工', '{city}{area}山野菜腌制作坊', '{city}蕨菜刺嫩芽加工'],
    pitch: '组织农户采集蕨菜、刺嫩芽、猴腿等山野菜，进行保鲜、腌制和真空包装',
    tags: ['山野菜', '林下经济', '加工', '山货'],
    inv: [20, 80],
    monthly: 0.12,
    payback: [6, 18],
    jobs: [3, 10],
    risk: 'LOW',
    risks: ['季节性强', '采集期短', '需要食品生产许可'],
    skills: ['山野菜加工', '收购管理', '电商销售'],
    costs: [['清洗和真空包装设备', 35], ['冷库租赁', 25], ['收购资金', 25], ['证照', 5], ['备用金', 10]],
    suits: ['RETURNEE', 'WOMEN', 'UNEMPLOYED'],
    tip: '采集期集中在5到6月，提前与农户约定收购标准和价格',
  },
  {
    key: 'black-fungus',
    category: 'ginseng-forest',
    titles: ['{city}黑木耳菌包种植', '{city}{area}黑木耳种植基地', '{city}林下黑木耳栽培'],
    pitch: '采购菌包在林地或大棚吊袋栽培黑木耳，晾晒后分级销售',
    tags: ['黑木耳', '食用菌', '林下经济', '种植'],
    inv: [20, 100],
    monthly: 0.08,
    payback: [8, 18],
    jobs: [2, 8],
    risk: 'MEDIUM',
    risks: ['菌包质量参差', '雨季易烂耳', '价格波动'],
    skills: ['食用菌栽培', '病虫害防治', '晾晒分级'],
    costs: [['菌包采购', 40], ['大棚或林地设施', 25], ['喷灌设备', 15], ['晾晒场地', 10], ['备用金', 10]],
    suits: ['RETURNEE', 'UNEMPLOYED', 'WOMEN'],
    tip: '选择信誉好的菌包厂，先小批量试种一季再扩大规模',
  },
  {
    key: 'forest-frog',
    category: 'ginseng-forest',
    titles: ['{city}林蛙生态养殖', '{city}{area}林蛙养殖场', '{city}林下林蛙养殖合作'],
    pitch: '在山沟林地围栏养殖林蛙，销售林蛙油和干品',
    tags: ['林蛙', '林下养殖', '林下经济'],
    inv: [50, 200],
    monthly: 0.06,
    payback: [24, 40],
    jobs: [2, 6],
    risk: 'HIGH',
    risks: ['需要人工繁育许可', '越冬死亡率高', '技术门槛高'],
    skills: ['林蛙养殖技术', '水质管理', '许可证办理'],
    costs: [['林地和水源改造', 35], ['围栏', 20], ['种蛙', 25], ['越冬池', 10], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '林蛙养殖须办理人工繁育许可，投资前先向林草部门咨询',
  },
  {
    key: 'blueberry-farm',
    category: 'ginseng-forest',
    titles: ['{city}蓝莓种植园', '{city}{area}蓝莓果干加工', '{city}蓝莓种植与果酱加工'],
    pitch: '种植蓝莓，鲜果销售加果干、果酱加工，延长产业链',
    tags: ['蓝莓', '种植', '林下经济', '果酱'],
    inv: [60, 250],
    monthly: 0.06,
    payback: [24, 42],
    jobs: [3, 10],
    risk: 'MEDIUM',
    risks: ['挂果前三年收入少', '冻害风险', '鲜果保鲜难'],
    skills: ['果树栽培', '冷链管理', '食品加工'],
    costs: [['土地承包与改良', 30], ['苗木', 30], ['灌溉设施', 15], ['冷藏设备', 15], ['备用金', 10]],
    suits: ['RETURNEE', 'GRADUATE'],
    tip: '蓝莓喜酸性土壤，种植前做土壤检测，冬季做好埋土防寒',
  },
  {
    key: 'ginseng-gift-shop',
    category: 'ginseng-forest',
    titles: ['{city}人参礼盒网店', '{city}{forest}礼盒网店', '{city}人参山货直播网店'],
    pitch: '以网店和直播销售人参礼盒和山货，由本地加工厂和合作社供货',
    tags: ['人参', '网店', '礼盒', '山货'],
    inv: [15, 60],
    monthly: 0.12,
    payback: [6, 16],
    jobs: [1, 3],
    risk: 'MEDIUM',
    risks: ['假货纠纷', '宣传不能夸大功效', '平台规则变化'],
    skills: ['网店运营', '产品拍摄', '客服沟通'],
    costs: [['首批货品', 45], ['礼盒包装设计', 15], ['拍摄设备', 10], ['推广费用', 20], ['备用金', 10]],
    suits: ['GRADUATE', 'WOMEN', 'RETURNEE'],
    tip: '宣传只写产地、年限和食用方法，不宣称治疗功效，避免违反广告法',
  },
  // --- specialty-farming ---------------------------------------------------------------------
  {
    key: 'sika-deer',
    category: 'specialty-farming',
    titles: ['{city}梅花鹿养殖场', '{city}{area}梅花鹿养殖', '{city}鹿茸鹿产品加工'],
    pitch: '饲养梅花鹿，销售鹿茸和鹿产品，可结合观光体验',
    tags: ['梅花鹿', '养殖', '鹿茸'],
    inv: [100, 500],
    monthly: 0.05,
    payback: [30, 48],
    jobs: [2, 8],
    risk: 'HIGH',
    risks: ['投资大回本慢', '需要动物防疫条件合格证', '疫病风险', '价格波动'],
    skills: ['鹿养殖技术', '疫病防治', '产品销售'],
    costs: [['种鹿', 45], ['圈舍建设', 25], ['饲料', 15], ['防疫设施', 5], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '双阳、东丰是梅花鹿主产区，可从当地协会引种并获得技术支持',
    prefer: ['changchun', 'liaoyuan', 'liaoyuan', 'jilin'],
  },
  {
    key: 'beef-cattle',
    category: 'specialty-farming',
    titles: ['{city}肉牛育肥场', '{city}{area}肉牛养殖', '{city}黄牛育肥合作社'],
    pitch: '采购架子牛进行育肥，利用玉米秸秆青贮降低饲料成本',
    tags: ['肉牛', '养殖', '秸秆饲料'],
    inv: [150, 500],
    monthly: 0.08,
    payback: [12, 30],
    jobs: [2, 6],
    risk: 'HIGH',
    risks: ['牛价波动', '疫病风险', '投资较大', '环保要求'],
    skills: ['肉牛饲养', '饲料配比', '疫病防治'],
    costs: [['架子牛', 55], ['牛舍建设', 20], ['青贮饲料', 15], ['防疫', 5], ['备用金', 5]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '吉林正推进“秸秆变肉”工程，秸秆青贮能大幅降低饲料成本',
    prefer: ['songyuan', 'baicheng', 'siping', 'yanbian'],
  },
  {
    key: 'mushroom-greenhouse',
    category: 'specialty-farming',
    titles: ['{city}香菇大棚种植', '{city}{area}食用菌大棚', '{city}平菇香菇种植'],
    pitch: '建设大棚种植香菇、平菇等食用菌，供应本地批发市场和商超',
    tags: ['食用菌', '香菇', '大棚', '种植'],
    inv: [30, 120],
    monthly: 0.1,
    payback: [10, 24],
    jobs: [2, 8],
    risk: 'MEDIUM',
    risks: ['技术要求高', '杂菌污染', '价格波动'],
    skills: ['食用菌栽培', '温湿度控制', '市场销售'],
    costs: [['大棚建设', 35], ['菌棒', 35], ['温控设备', 15], ['备用金', 15]],
    suits: ['RETURNEE', 'UNEMPLOYED', 'WOMEN'],
    tip: '东北冬季要做好大棚保温，可选择春秋两季出菇降低能耗',
  },
  {
    key: 'coarse-grain',
    category: 'specialty-farming',
    titles: ['{city}{grain}种植合作社', '{city}杂粮杂豆种植合作社', '{city}有机杂粮订单种植'],
    vars: { grain: ['绿豆', '小米', '燕麦', '红小豆', '谷子', '荞麦', '高粱'] },
    pitch: '组织农户订单种植绿豆、小米、燕麦等杂粮，统一品种、统一收购和加工',
    tags: ['杂粮', '种植', '合作社', '农产品'],
    inv: [30, 150],
    monthly: 0.06,
    payback: [12, 24],
    jobs: [3, 10],
    risk: 'LOW',
    risks: ['干旱等天气影响', '收购价格波动'],
    skills: ['农业种植', '合作社管理', '订单销售'],
    costs: [['土地流转', 40], ['种子和农资', 25], ['农机作业', 20], ['备用金', 15]],
    suits: ['RETURNEE', 'VETERAN', 'UNEMPLOYED'],
    tip: '西部地区光照充足、雨水偏少，选用抗旱品种并配套滴灌',
    prefer: ['baicheng', 'baicheng', 'songyuan', 'siping'],
  },
  {
    key: 'goose-farm',
    category: 'specialty-farming',
    titles: ['{city}散养大鹅', '{city}{area}林下大鹅养殖', '{city}生态大鹅养殖'],
    pitch: '利用林地或草场散养大鹅，销售活鹅、冻鹅和鹅蛋',
    tags: ['大鹅', '散养', '养殖'],
    inv: [15, 60],
    monthly: 0.1,
    payback: [6, 14],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['疫病风险', '冬季保温成本', '销售渠道不稳'],
    skills: ['家禽饲养', '防疫', '社群销售'],
    costs: [['鹅苗', 30], ['鹅舍与围栏', 30], ['饲料', 25], ['备用金', 15]],
    suits: ['RETURNEE', 'WOMEN', 'UNEMPLOYED'],
    tip: '铁锅炖大鹅在东北需求稳定，可与农家乐、饭店签订供货协议',
  },
  {
    key: 'greenhouse-strawberry',
    category: 'specialty-farming',
    titles: ['{city}温室草莓种植', '{city}{area}冬季草莓大棚', '{city}日光温室果蔬'],
    pitch: '建设日光温室种植草莓和反季节蔬菜，冬春季供应城区市场',
    tags: ['草莓', '大棚', '种植', '反季节'],
    inv: [50, 200],
    monthly: 0.08,
    payback: [18, 36],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['雪灾压棚', '技术要求高', '冬季保温成本'],
    skills: ['温室种植', '病虫害防治', '采摘营销'],
    costs: [['温室建设', 50], ['种苗', 20], ['保温和灌溉设备', 20], ['备用金', 10]],
    suits: ['RETURNEE', 'GRADUATE'],
    tip: '大雪天及时清扫棚面积雪，防止压塌温室',
    prefer: ['jiutai', 'changchun', 'siping', 'liaoyuan'],
  },
  {
    key: 'rice-crab',
    category: 'specialty-farming',
    titles: ['{city}稻田养蟹', '{city}{area}稻蟹共生种养', '{city}稻田养鸭生态大米'],
    pitch: '在稻田中套养河蟹或鸭子，生产生态大米和稻田蟹，提高亩均收益',
    tags: ['稻田蟹', '生态大米', '种养结合'],
    inv: [30, 120],
    monthly: 0.08,
    payback: [10, 20],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['水质管理难度大', '蟹苗成活率', '价格波动'],
    skills: ['水稻种植', '水产养殖', '品牌营销'],
    costs: [['稻田流转', 35], ['蟹苗或鸭苗', 25], ['防逃围网', 15], ['农资', 15], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '稻蟹共生要少用农药，申请绿色食品认证可提高大米售价',
    prefer: ['songyuan', 'baicheng', 'jilin', 'tonghua'],
  },
  // --- korean-food ---------------------------------------------------------------------------
  {
    key: 'kimchi-workshop',
    category: 'korean-food',
    titles: ['{city}朝鲜族辣白菜作坊', '{city}{area}泡菜加工坊', '{city}朝鲜族泡菜网店'],
    pitch: '按朝鲜族传统工艺腌制辣白菜、桔梗、萝卜块等泡菜，供应饭店和零售',
    tags: ['辣白菜', '朝鲜族', '泡菜', '特色食品'],
    inv: [20, 80],
    monthly: 0.15,
    payback: [6, 16],
    jobs: [2, 6],
    risk: 'LOW',
    risks: ['需要食品生产许可', '冷链储存', '口味标准化'],
    skills: ['泡菜腌制', '食品卫生管理', '渠道销售'],
    costs: [['腌制设备与发酵罐', 30], ['冷库', 25], ['作坊租赁', 20], ['首批原料', 15], ['备用金', 10]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '秋季白菜上市时集中腌制，既降低原料成本又保证全年供货',
  },
  {
    key: 'cold-noodles',
    category: 'korean-food',
    titles: ['{city}朝鲜族冷面馆', '{city}{area}冷面拌饭小馆', '{city}荞麦冷面外卖店'],
    pitch: '经营朝鲜族冷面、拌饭和小菜的小型餐馆，适合游客和上班族',
    tags: ['冷面', '朝鲜族', '拌饭', '餐饮'],
    inv: [30, 100],
    monthly: 0.2,
    payback: [8, 18],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['季节性强', '需要食品经营许可', '同类店铺多'],
    skills: ['冷面汤底调制', '厨房管理', '外卖平台运营'],
    costs: [['厨房设备', 30], ['店面租金及押金', 30], ['装修', 20], ['首批原料', 10], ['备用金', 10]],
    suits: ['WOMEN', 'RETURNEE', 'GRADUATE'],
    tip: '冬季增加汤饭、辣牛肉汤等热食，平衡冷面的季节性',
  },
  {
    key: 'rice-cake',
    category: 'korean-food',
    titles: ['{city}手工打糕店', '{city}{area}朝鲜族打糕坊', '{city}打糕米糕伴手礼'],
    pitch: '现场制作朝鲜族打糕和米糕，兼做伴手礼和婚庆节日订单',
    tags: ['打糕', '朝鲜族', '伴手礼', '糕点'],
    inv: [15, 50],
    monthly: 0.15,
    payback: [5, 14],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['保质期短', '需要食品经营许可', '节日订单集中'],
    skills: ['打糕制作', '包装设计', '社群营销'],
    costs: [['蒸制和打糕设备', 35], ['店面租金', 30], ['包装物料', 15], ['首批原料', 10], ['备用金', 10]],
    suits: ['WOMEN', 'UNEMPLOYED'],
    tip: '现场打糕有表演效果，适合开在民俗村和旅游街区吸引游客',
  },
  {
    key: 'rice-sausage',
    category: 'korean-food',
    titles: ['{city}朝鲜族米肠店', '{city}{area}米肠小吃店', '{city}米肠血肠加工坊'],
    pitch: '制作朝鲜族米肠、血肠，门店零售加饭店供货',
    tags: ['米肠', '朝鲜族', '小吃'],
    inv: [15, 60],
    monthly: 0.15,
    payback: [6, 14],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['需要食品经营许可', '原料新鲜度要求高', '冷链储存'],
    skills: ['米肠制作', '食品卫生管理', '成本核算'],
    costs: [['厨房设备', 30], ['店面租金', 30], ['冷柜', 15], ['首批原料', 15], ['备用金', 10]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '与本地饭店和烤肉店签订长期供货，门店主要做零售和外卖',
  },
  {
    key: 'charcoal-bbq',
    category: 'korean-food',
    titles: ['{city}朝鲜族炭火烤肉店', '{city}{area}炭火烤肉小馆', '{city}黄牛肉烤肉店'],
    pitch: '主打延边黄牛肉和炭火烤肉，搭配朝鲜族拌菜和冷面',
    tags: ['烤肉', '朝鲜族', '延边黄牛', '餐饮'],
    inv: [60, 200],
    monthly: 0.18,
    payback: [12, 24],
    jobs: [4, 10],
    risk: 'MEDIUM',
    risks: ['牛肉价格波动', '需要食品经营许可', '消防和排烟要求高'],
    skills: ['肉品处理', '厨房管理', '门店运营'],
    costs: [['装修与排烟', 30], ['店面租金及押金', 30], ['烤炉和厨房设备', 20], ['首批食材', 10], ['备用金', 10]],
    suits: ['RETURNEE', 'VETERAN'],
    tip: '与黄牛养殖场签订供货合同，保证肉源稳定，也可作为宣传卖点',
  },
  {
    key: 'rice-wine',
    category: 'korean-food',
    titles: ['{city}朝鲜族米酒坊', '{city}{area}米酒甜酒酿作坊', '{city}传统米酒饮品店'],
    pitch: '酿造朝鲜族传统米酒和甜酒酿，门店零售并向餐馆供货',
    tags: ['米酒', '朝鲜族', '酿造'],
    inv: [30, 100],
    monthly: 0.12,
    payback: [10, 22],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['需要食品生产许可', '发酵工艺不稳定', '酒类销售监管'],
    skills: ['酿造工艺', '食品安全管理', '品牌设计'],
    costs: [['发酵和灌装设备', 35], ['作坊租赁与改造', 25], ['首批原料', 15], ['包装设计', 15], ['备用金', 10]],
    suits: ['RETURNEE', 'WOMEN'],
    tip: '先办理食品生产许可再销售，包装上标明酒精度和生产日期',
  },
  {
    key: 'soybean-paste',
    category: 'korean-food',
    titles: ['{city}传统大酱坊', '{city}{area}朝鲜族大酱作坊', '{city}农家大酱辣酱加工'],
    pitch: '用本地黄豆按传统工艺制作大酱和辣椒酱，面向家庭和餐馆销售',
    tags: ['大酱', '朝鲜族', '酱料', '特色食品'],
    inv: [20, 80],
    monthly: 0.1,
    payback: [8, 20],
    jobs: [2, 5],
    risk: 'LOW',
    risks: ['发酵周期长', '需要食品生产许可', '口味地域性强'],
    skills: ['发酵工艺', '食品卫生管理', '网店运营'],
    costs: [['酱缸和发酵场地', 35], ['黄豆等原料', 25], ['灌装设备', 20], ['包装', 10], ['备用金', 10]],
    suits: ['WOMEN', 'RETURNEE', 'UNEMPLOYED'],
    tip: '大酱发酵需要一年左右，第一年可先代销合作社的成品积累客户',
  },
  // --- housekeeping --------------------------------------------------------------------------
  {
    key: 'home-cleaning',
    category: 'housekeeping',
    titles: ['{city}家庭保洁工作室', '{city}{area}家政保洁服务', '{city}新房开荒保洁'],
    pitch: '提供日常保洁、开荒保洁和深度清洁的家政服务工作室',
    tags: ['家政', '保洁', '上门服务'],
    inv: [10, 40],
    monthly: 0.3,
    payback: [4, 10],
    jobs: [3, 10],
    risk: 'LOW',
    risks: ['服务人员流动性大', '服务纠纷', '作业安全'],
    skills: ['保洁技能', '人员管理', '客户服务'],
    costs: [['清洁设备与耗材', 35], ['办公场地', 25], ['人员培训', 15], ['推广', 15], ['备用金', 10]],
    suits: ['WOMEN', 'UNEMPLOYED'],
    tip: '按面积和项目明码标价，每单做回访，口碑是家政最大的招牌',
  },
  {
    key: 'maternity-nanny',
    category: 'housekeeping',
    titles: ['{city}月嫂育婴师服务站', '{city}{area}母婴护理服务', '{city}月嫂培训与派遣'],
    pitch: '培训并派遣月嫂、育婴师，为家庭提供产后护理和婴幼儿照护',
    tags: ['月嫂', '育婴', '家政', '母婴'],
    inv: [15, 60],
    monthly: 0.25,
    payback: [6, 14],
    jobs: [5, 20],
    risk: 'LOW',
    risks: ['服务人员资质审核', '服务纠纷', '健康证管理'],
    skills: ['母婴护理', '培训组织', '客户沟通'],
    costs: [['办公场地', 30], ['培训教具', 20], ['人员培训费用', 25], ['推广', 15], ['备用金', 10]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '月嫂须持健康证和母婴护理相关职业技能证书，培训可申请补贴',
  },
  {
    key: 'appliance-cleaning',
    category: 'housekeeping',
    titles: ['{city}家电清洗上门服务', '{city}{area}油烟机空调清洗', '{city}家电清洗维修工作室'],
    pitch: '上门清洗油烟机、空调、洗衣机等家电，可延伸做小家电维修',
    tags: ['家电清洗', '上门服务', '家政'],
    inv: [10, 30],
    monthly: 0.2,
    payback: [3, 8],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['高空作业安全', '损坏家电纠纷'],
    skills: ['家电拆装清洗', '电工基础', '线上接单'],
    costs: [['清洗设备', 40], ['车辆或电动车', 25], ['推广', 15], ['备用金', 20]],
    suits: ['VETERAN', 'UNEMPLOYED', 'GRADUATE'],
    tip: '清洗前拍照记录家电状态，与客户确认后再拆装',
  },
  {
    key: 'laundry',
    category: 'housekeeping',
    titles: ['{city}社区干洗店', '{city}{area}洗衣洗鞋店', '{city}校园洗衣代收点'],
    pitch: '经营衣物干洗、洗鞋和皮具护理，社区收衣并由中央工厂清洗',
    tags: ['洗衣', '干洗', '社区店'],
    inv: [30, 120],
    monthly: 0.15,
    payback: [12, 24],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['衣物损坏赔偿', '环保要求', '设备投入较大'],
    skills: ['洗涤护理', '门店管理', '客户服务'],
    costs: [['洗涤设备', 45], ['店面租金及押金', 25], ['装修', 15], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '收衣时当面检查并登记衣物瑕疵，减少赔偿纠纷',
  },
  {
    key: 'handyman',
    category: 'housekeeping',
    titles: ['{city}水电维修便民服务', '{city}{area}社区便民维修', '{city}上门维修工作室'],
    pitch: '提供水电、门锁、管道疏通等上门维修服务，与物业合作接单',
    tags: ['维修', '便民服务', '上门服务'],
    inv: [8, 25],
    monthly: 0.2,
    payback: [3, 8],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['作业安全', '电工须持证上岗', '收费纠纷'],
    skills: ['水电维修', '电工操作证', '客户沟通'],
    costs: [['维修工具', 40], ['常用配件备货', 25], ['交通工具', 20], ['备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED'],
    tip: '冬季暖气漏水和水管冻裂报修集中，提前备好配件',
  },
  {
    key: 'home-organizing',
    category: 'housekeeping',
    titles: ['{city}整理收纳服务', '{city}{area}整理收纳工作室', '{city}搬家整理收纳'],
    pitch: '为家庭提供衣橱整理、搬家收纳和空间规划服务',
    tags: ['收纳', '家政', '上门服务'],
    inv: [10, 30],
    monthly: 0.2,
    payback: [4, 10],
    jobs: [1, 5],
    risk: 'LOW',
    risks: ['市场认知度低', '客单价波动'],
    skills: ['整理收纳', '空间规划', '短视频宣传'],
    costs: [['收纳用品样品', 30], ['培训认证', 25], ['推广', 30], ['备用金', 15]],
    suits: ['WOMEN', 'GRADUATE'],
    tip: '拍摄整理前后对比视频在本地平台发布，是最有效的获客方式',
  },
  {
    key: 'pet-care',
    category: 'housekeeping',
    titles: ['{city}上门喂养宠物服务', '{city}{area}宠物洗护小店', '{city}社区宠物寄养'],
    pitch: '提供上门喂猫遛狗、宠物洗护和节假日寄养服务',
    tags: ['宠物', '上门服务', '洗护'],
    inv: [10, 50],
    monthly: 0.2,
    payback: [5, 12],
    jobs: [1, 3],
    risk: 'MEDIUM',
    risks: ['宠物受伤纠纷', '防疫要求', '噪声扰民'],
    skills: ['宠物护理', '客户沟通', '社群运营'],
    costs: [['洗护设备', 35], ['店面或场地租金', 30], ['用品备货', 15], ['推广', 10], ['备用金', 10]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '接单前与主人签订服务协议，寄养宠物须查验免疫证明',
  },
  // --- elderly-childcare ---------------------------------------------------------------------
  {
    key: 'day-care-station',
    category: 'elderly-childcare',
    titles: ['{city}社区老年日间照料站', '{city}{area}老年日间照料中心', '{city}社区嵌入式养老驿站'],
    pitch: '为社区老人提供日间照料、助餐、康复和文娱活动',
    tags: ['养老', '日间照料', '社区'],
    inv: [80, 300],
    monthly: 0.1,
    payback: [24, 48],
    jobs: [4, 12],
    risk: 'MEDIUM',
    risks: ['老人安全责任重', '回本周期长', '消防验收要求高'],
    skills: ['养老护理', '机构管理', '政府项目申报'],
    costs: [['场地装修与适老化改造', 40], ['护理和康复设备', 25], ['消防设施', 10], ['人员培训', 10], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED', 'GRADUATE'],
    tip: '可申请社区居家养老服务补贴，与街道合作争取场地优惠',
  },
  {
    key: 'senior-canteen',
    category: 'elderly-childcare',
    titles: ['{city}老年助餐食堂', '{city}{area}社区长者食堂', '{city}老年人送餐服务'],
    pitch: '为社区老人提供平价午餐、晚餐和送餐上门服务',
    tags: ['助餐', '养老', '社区食堂'],
    inv: [40, 150],
    monthly: 0.18,
    payback: [18, 36],
    jobs: [3, 8],
    risk: 'MEDIUM',
    risks: ['需要食品经营许可', '利润薄', '食品安全责任重'],
    skills: ['大锅菜烹饪', '营养配餐', '成本核算'],
    costs: [['厨房设备', 35], ['场地装修', 30], ['送餐保温设备', 10], ['首批食材', 10], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED'],
    tip: '对外营业的同时承接社区助餐补贴订单，提高就餐人数',
  },
  {
    key: 'home-care',
    category: 'elderly-childcare',
    titles: ['{city}居家养老上门护理', '{city}{area}上门助浴助洁服务', '{city}失能老人居家照护'],
    pitch: '为居家老人提供助浴、助洁、陪诊和基础护理等上门服务',
    tags: ['居家养老', '护理', '上门服务'],
    inv: [15, 60],
    monthly: 0.25,
    payback: [8, 18],
    jobs: [3, 15],
    risk: 'MEDIUM',
    risks: ['护理风险', '护理员招聘难', '服务纠纷'],
    skills: ['养老护理员证', '护理技能', '客户沟通'],
    costs: [['护理用品和设备', 30], ['办公场地', 25], ['人员培训', 20], ['保险', 10], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '服务前做身体状况评估，服务过程拍照留档',
  },
  {
    key: 'infant-nursery',
    category: 'elderly-childcare',
    titles: ['{city}社区托育园', '{city}{area}婴幼儿托育中心', '{city}普惠托育小班'],
    pitch: '为3岁以下婴幼儿提供全日托、半日托和临时托服务',
    tags: ['托育', '婴幼儿', '社区'],
    inv: [100, 350],
    monthly: 0.12,
    payback: [24, 48],
    jobs: [4, 12],
    risk: 'HIGH',
    risks: ['安全责任重', '需要托育机构备案', '招生不稳定', '装修和消防投入大'],
    skills: ['婴幼儿照护', '机构管理', '家长沟通'],
    costs: [['场地装修与环保检测', 40], ['玩教具和生活用品', 20], ['消防和监控', 15], ['人员培训', 10], ['备用金', 15]],
    suits: ['WOMEN', 'GRADUATE'],
    tip: '装修后做室内空气检测，合格后再开园，保育人员须持育婴员证',
  },
  {
    key: 'after-school-care',
    category: 'elderly-childcare',
    titles: ['{city}小学生课后托管', '{city}{area}学生午托晚托', '{city}课后托管与作业辅导'],
    pitch: '为小学生提供放学接送、午餐午休、作业辅导和兴趣活动',
    tags: ['托管', '课后服务', '接送'],
    inv: [20, 80],
    monthly: 0.2,
    payback: [8, 18],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['学生安全责任', '食品安全', '不得违规开展学科培训'],
    skills: ['儿童看护', '作业辅导', '家长沟通'],
    costs: [['场地租金及押金', 35], ['装修与桌椅床铺', 25], ['厨房设备', 15], ['保险', 10], ['备用金', 15]],
    suits: ['WOMEN', 'GRADUATE', 'UNEMPLOYED'],
    tip: '选址在学校步行10分钟范围内，接送路线固定并有专人负责',
  },
  {
    key: 'rehab-aids',
    category: 'elderly-childcare',
    titles: ['{city}康复辅具租赁店', '{city}{area}助行器轮椅租售', '{city}适老化改造服务'],
    pitch: '租售轮椅、护理床、助行器等康复辅具，承接家庭适老化改造',
    tags: ['康复辅具', '租赁', '适老化'],
    inv: [30, 120],
    monthly: 0.1,
    payback: [10, 24],
    jobs: [2, 5],
    risk: 'LOW',
    risks: ['器具消毒管理', '库存占用资金'],
    skills: ['康复辅具知识', '上门安装', '客户服务'],
    costs: [['辅具采购', 50], ['店面租金', 20], ['消毒设备', 10], ['推广', 10], ['备用金', 10]],
    suits: ['VETERAN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '与医院康复科和社区卫生服务中心建立转介合作',
  },
  // --- community-retail ----------------------------------------------------------------------
  {
    key: 'convenience-store',
    category: 'community-retail',
    titles: ['{city}社区便利店', '{city}{area}24小时便利店', '{city}{area}社区便民超市'],
    pitch: '开在小区门口的小型便利店，经营日用品、零食、饮料和速食',
    tags: ['便利店', '社区店', '零售'],
    inv: [40, 120],
    monthly: 0.15,
    payback: [12, 24],
    jobs: [2, 4],
    risk: 'LOW',
    risks: ['连锁品牌竞争', '库存积压', '房租上涨'],
    skills: ['零售管理', '进销存管理', '社群运营'],
    costs: [['首批货品', 40], ['货架冷柜与收银设备', 25], ['店面租金及押金', 20], ['装修', 5], ['备用金', 10]],
    suits: ['UNEMPLOYED', 'VETERAN', 'WOMEN'],
    tip: '选址看小区入住率和出入口人流，500户以上的小区更稳妥',
  },
  {
    key: 'fresh-produce-store',
    category: 'community-retail',
    titles: ['{city}社区生鲜果蔬店', '{city}{area}果蔬生鲜店', '{city}社区平价菜店'],
    pitch: '经营蔬菜、水果、鲜肉和粮油的社区生鲜店，结合线上下单和配送',
    tags: ['生鲜', '果蔬', '社区店'],
    inv: [30, 100],
    monthly: 0.18,
    payback: [10, 20],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['生鲜损耗大', '价格波动', '社区团购平台竞争'],
    skills: ['生鲜采购', '损耗控制', '社群运营'],
    costs: [['冷柜和货架', 30], ['店面租金及押金', 30], ['首批货品', 20], ['装修', 10], ['备用金', 10]],
    suits: ['UNEMPLOYED', 'WOMEN', 'RETURNEE'],
    tip: '每天晚上打折清货，把损耗控制在销售额的5%以内',
  },
  {
    key: 'community-bakery',
    category: 'community-retail',
    titles: ['{city}社区烘焙坊', '{city}{area}现烤面包店', '{city}私房蛋糕工作室'],
    pitch: '现烤面包、蛋糕和中式糕点的社区烘焙店，兼做生日蛋糕定制',
    tags: ['烘焙', '面包', '蛋糕', '社区店'],
    inv: [40, 120],
    monthly: 0.18,
    payback: [12, 24],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['需要食品经营许可', '产品保质期短', '连锁品牌竞争'],
    skills: ['烘焙技术', '产品研发', '社群营销'],
    costs: [['烤箱和醒发设备', 35], ['店面租金及押金', 30], ['装修', 15], ['首批原料', 10], ['备用金', 10]],
    suits: ['WOMEN', 'GRADUATE'],
    tip: '生日蛋糕定制利润高，可通过小区群和小程序接单',
  },
  {
    key: 'flower-shop',
    category: 'community-retail',
    titles: ['{city}鲜花绿植小店', '{city}{area}社区花店', '{city}鲜花订阅配送'],
    pitch: '经营鲜花、绿植和花艺定制，承接节日和企业订单',
    tags: ['鲜花', '绿植', '花艺'],
    inv: [20, 60],
    monthly: 0.18,
    payback: [8, 18],
    jobs: [1, 3],
    risk: 'MEDIUM',
    risks: ['鲜花损耗大', '节日订单集中', '冬季运输保温'],
    skills: ['花艺设计', '线上接单', '库存管理'],
    costs: [['店面租金', 35], ['冷藏柜', 20], ['首批花材', 20], ['装修', 15], ['备用金', 10]],
    suits: ['WOMEN', 'GRADUATE'],
    tip: '东北冬季鲜花运输要做好保温，避免冻伤',
  },
  {
    key: 'parcel-station',
    category: 'community-retail',
    titles: ['{city}快递代收驿站', '{city}{area}社区快递驿站', '{city}村级快递服务站'],
    pitch: '代收代发快递并兼营便民零售，增加人流和附加收入',
    tags: ['快递', '驿站', '便民服务'],
    inv: [15, 50],
    monthly: 0.2,
    payback: [8, 18],
    jobs: [1, 3],
    risk: 'LOW',
    risks: ['派件费下调', '丢件纠纷', '场地不足'],
    skills: ['物流管理', '系统操作', '客户服务'],
    costs: [['货架和扫描设备', 30], ['场地租金', 35], ['加盟保证金', 15], ['备用金', 20]],
    suits: ['UNEMPLOYED', 'VETERAN', 'WOMEN'],
    tip: '同时代理多家快递品牌，搭配便民零售和团购自提提高收入',
  },
  {
    key: 'local-specialty-store',
    category: 'community-retail',
    titles: ['{city}{produce}特产店', '{city}土特产伴手礼店', '{city}{forest}特产专卖'],
    pitch: '在车站、景区和商圈销售本地土特产和伴手礼，线上线下同步销售',
    tags: ['特产', '伴手礼', '零售'],
    inv: [30, 100],
    monthly: 0.15,
    payback: [10, 20],
    jobs: [2, 4],
    risk: 'MEDIUM',
    risks: ['旅游客流波动', '产品质量把控', '库存积压'],
    skills: ['选品采购', '陈列销售', '网店运营'],
    costs: [['首批货品', 40], ['店面租金', 30], ['装修', 15], ['备用金', 15]],
    suits: ['RETURNEE', 'WOMEN', 'GRADUATE'],
    tip: '优先选择有地理标志和食品生产许可的产品，退换货标准提前公示',
  },
  {
    key: 'grain-oil-shop',
    category: 'community-retail',
    titles: ['{city}粮油副食店', '{city}{area}粮油调料店', '{city}杂粮大米直营店'],
    pitch: '经营大米、杂粮、豆油和调料，兼做餐馆和单位食堂配送',
    tags: ['粮油', '副食', '配送'],
    inv: [30, 100],
    monthly: 0.12,
    payback: [10, 20],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['库存防潮防虫', '价格透明利润薄'],
    skills: ['采购议价', '仓储管理', '配送管理'],
    costs: [['首批货品', 50], ['店面租金', 25], ['货架和称重设备', 10], ['备用金', 15]],
    suits: ['UNEMPLOYED', 'RETURNEE', 'VETERAN'],
    tip: '主打本地大米和杂粮直采，与餐馆签订月结配送协议',
  },
  // --- auto-services -------------------------------------------------------------------------
  {
    key: 'self-car-wash',
    category: 'auto-services',
    titles: ['{city}自助洗车站', '{city}{area}洗车美容店', '{city}社区精洗车店'],
    pitch: '经营自助洗车和人工精洗，冬季提供室内洗车和底盘除盐',
    tags: ['洗车', '汽车服务', '自助'],
    inv: [40, 150],
    monthly: 0.1,
    payback: [12, 24],
    jobs: [1, 4],
    risk: 'MEDIUM',
    risks: ['用水排污要求', '冬季结冰', '设备维护'],
    skills: ['设备维护', '门店管理', '会员营销'],
    costs: [['洗车设备', 45], ['场地租赁与改造', 30], ['排水和防冻设施', 10], ['备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '冬季融雪剂腐蚀底盘，主推底盘冲洗套餐',
  },
  {
    key: 'tire-repair',
    category: 'auto-services',
    titles: ['{city}轮胎快修店', '{city}{area}补胎换胎快修', '{city}汽车快修保养店'],
    pitch: '提供补胎、换胎、四轮定位和快速保养的社区快修店',
    tags: ['轮胎', '快修', '汽车服务'],
    inv: [30, 100],
    monthly: 0.12,
    payback: [10, 20],
    jobs: [2, 4],
    risk: 'LOW',
    risks: ['维修质量纠纷', '需要维修经营备案', '废油废件处理'],
    skills: ['汽车维修', '配件采购', '客户服务'],
    costs: [['扒胎机和平衡机', 35], ['店面租金', 25], ['轮胎配件备货', 25], ['备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED'],
    tip: '提供24小时道路救援补胎，冬天清晨亏气补胎需求多',
  },
  {
    key: 'car-detailing',
    category: 'auto-services',
    titles: ['{city}汽车美容贴膜店', '{city}{area}汽车美容工作室', '{city}汽车内饰清洗翻新'],
    pitch: '提供汽车贴膜、打蜡镀晶、内饰清洗等美容服务',
    tags: ['汽车美容', '贴膜', '汽车服务'],
    inv: [40, 150],
    monthly: 0.12,
    payback: [12, 24],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['技师流动性大', '施工质量纠纷', '同行价格战'],
    skills: ['贴膜技术', '汽车美容', '门店营销'],
    costs: [['施工设备', 30], ['店面租金及押金', 30], ['首批膜材和用品', 25], ['备用金', 15]],
    suits: ['VETERAN', 'GRADUATE'],
    tip: '与新车销售店合作承接新车贴膜，锁定稳定客源',
  },
  {
    key: 'ev-charging',
    category: 'auto-services',
    titles: ['{city}社区充电桩运营', '{city}{area}新能源汽车充电站', '{city}小区共享充电桩'],
    pitch: '在小区、停车场投资建设电动汽车充电桩，收取充电服务费',
    tags: ['充电桩', '新能源', '汽车服务'],
    inv: [100, 400],
    monthly: 0.04,
    payback: [24, 48],
    jobs: [1, 3],
    risk: 'HIGH',
    risks: ['电力增容审批', '冬季充电效率低', '车位协调难', '回本周期长'],
    skills: ['电力工程', '场地谈判', '设备运维'],
    costs: [['充电桩设备', 50], ['电力增容与施工', 30], ['场地租赁', 10], ['备用金', 10]],
    suits: ['GRADUATE', 'VETERAN'],
    tip: '先与物业和供电公司确认增容条件，再选择车流量大的场地',
  },
  {
    key: 'used-car-service',
    category: 'auto-services',
    titles: ['{city}二手车信息服务', '{city}二手车检测评估', '{city}{area}二手车经纪门店'],
    pitch: '为买卖双方提供二手车检测、信息发布和过户代办服务',
    tags: ['二手车', '汽车服务', '检测'],
    inv: [30, 120],
    monthly: 0.12,
    payback: [10, 24],
    jobs: [2, 5],
    risk: 'HIGH',
    risks: ['车况纠纷', '资金风险', '需要经营备案'],
    skills: ['车辆检测', '评估定价', '手续办理'],
    costs: [['检测设备', 30], ['场地租金', 35], ['推广', 20], ['备用金', 15]],
    suits: ['VETERAN', 'RETURNEE'],
    tip: '每台车出具检测报告，写明有无事故、泡水和火烧，避免纠纷',
  },
  {
    key: 'winter-tire',
    category: 'auto-services',
    titles: ['{city}冬季胎更换寄存', '{city}{area}雪地胎更换服务', '{city}轮胎寄存换季保养'],
    pitch: '每年入冬和开春为车主更换雪地胎，并提供轮胎寄存和换季保养',
    tags: ['雪地胎', '轮胎寄存', '汽车服务'],
    inv: [30, 120],
    monthly: 0.1,
    payback: [10, 22],
    jobs: [2, 5],
    risk: 'LOW',
    risks: ['季节性强', '仓储场地要求', '轮胎损坏纠纷'],
    skills: ['轮胎拆装', '仓储管理', '会员营销'],
    costs: [['扒胎平衡设备', 30], ['仓储货架与场地', 35], ['轮胎备货', 20], ['备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED'],
    tip: '东北冬季长达5个月，雪地胎更换和寄存是稳定的季节性业务',
  },
  {
    key: 'designated-driving',
    category: 'auto-services',
    titles: ['{city}酒后代驾服务', '{city}{area}代驾服务队', '{city}商务代驾与车辆托管'],
    pitch: '组建代驾团队，为饭店、酒店和车主提供酒后代驾和长途代驾',
    tags: ['代驾', '汽车服务', '出行'],
    inv: [10, 30],
    monthly: 0.2,
    payback: [3, 10],
    jobs: [5, 20],
    risk: 'MEDIUM',
    risks: ['交通事故责任', '夜间作业安全', '平台竞争'],
    skills: ['驾驶技能', '团队管理', '合作商拓展'],
    costs: [['保险', 30], ['电动折叠车等装备', 30], ['推广', 20], ['备用金', 20]],
    suits: ['VETERAN', 'UNEMPLOYED'],
    tip: '代驾司机须有三年以上驾龄，每单都购买代驾责任险',
  },
  // --- crafts --------------------------------------------------------------------------------
  {
    key: 'birch-bark-art',
    category: 'crafts',
    titles: ['{city}桦树皮画工作室', '{city}{area}桦树皮手工艺', '{city}桦树皮文创礼品'],
    pitch: '制作桦树皮画、桦皮器皿等东北特色手工艺品，面向游客和礼品市场',
    tags: ['桦树皮画', '非遗', '文创', '手工'],
    inv: [10, 40],
    monthly: 0.12,
    payback: [6, 16],
    jobs: [1, 5],
    risk: 'LOW',
    risks: ['原料采购需合规', '销售季节性', '手工产量有限'],
    skills: ['桦皮画技艺', '美术设计', '电商运营'],
    costs: [['原料和工具', 35], ['工作室租金', 30], ['产品包装', 15], ['推广', 10], ['备用金', 10]],
    suits: ['WOMEN', 'GRADUATE', 'UNEMPLOYED'],
    tip: '桦树皮应从合规渠道采购，不得私自剥皮破坏林木',
  },
  {
    key: 'wood-carving',
    category: 'crafts',
    titles: ['{city}木雕烙画工作室', '{city}{area}根雕木艺工坊', '{city}葫芦烙画文创'],
    pitch: '以木雕、烙画和根雕为主的手工艺工作室，承接定制和体验课',
    tags: ['木雕', '烙画', '文创', '手工'],
    inv: [10, 50],
    monthly: 0.1,
    payback: [6, 18],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['手工产量有限', '市场需求不稳定'],
    skills: ['木雕技艺', '烙画技艺', '网店运营'],
    costs: [['雕刻和烙画工具', 30], ['木料', 25], ['工作室租金', 25], ['推广', 10], ['备用金', 10]],
    suits: ['VETERAN', 'UNEMPLOYED', 'GRADUATE'],
    tip: '开设亲子体验课，把游客变成学员，提高复购',
  },
  {
    key: 'manchu-paper-cut',
    category: 'crafts',
    titles: ['{city}满族剪纸文创', '{city}{area}剪纸手工艺工作室', '{city}剪纸窗花年货定制'],
    pitch: '传承满族剪纸技艺，制作装饰画、窗花和文创周边，并开展体验课',
    tags: ['剪纸', '满族', '非遗', '文创'],
    inv: [8, 30],
    monthly: 0.1,
    payback: [4, 12],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['销售季节性', '产品同质化'],
    skills: ['剪纸技艺', '图案设计', '体验课教学'],
    costs: [['纸张和工具', 25], ['工作室租金', 30], ['装裱与包装', 20], ['推广', 10], ['备用金', 15]],
    suits: ['WOMEN', 'UNEMPLOYED'],
    tip: '春节前推出窗花和福字年货套装，是全年销售的高峰',
    prefer: ['jilin', 'siping', 'changchun'],
  },
  {
    key: 'ethnic-costume',
    category: 'crafts',
    titles: ['{city}朝鲜族服饰旅拍租赁', '{city}{area}民族服饰体验馆', '{city}民族服饰手工定制'],
    pitch: '出租和定制朝鲜族、满族传统服饰，提供民俗旅拍和化妆造型',
    tags: ['民族服饰', '旅拍', '文创'],
    inv: [20, 80],
    monthly: 0.15,
    payback: [8, 18],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['季节性强', '服装损耗', '同质化竞争'],
    skills: ['服装搭配', '化妆造型', '摄影'],
    costs: [['服装道具', 40], ['店面租金', 30], ['摄影设备', 15], ['备用金', 15]],
    suits: ['WOMEN', 'GRADUATE'],
    tip: '开在民俗村和景区附近，旺季提前开放线上预约',
    only: ['yanbian', 'changchun', 'jilin', 'changbaishan'],
    prefer: ['yanbian', 'yanbian'],
  },
  {
    key: 'pottery-studio',
    category: 'crafts',
    titles: ['{city}陶艺手作体验馆', '{city}{area}陶艺工作室', '{city}亲子陶艺手作'],
    pitch: '经营陶艺手作体验、课程和作品定制，适合亲子和年轻客群',
    tags: ['陶艺', '手作', '亲子', '文创'],
    inv: [30, 100],
    monthly: 0.15,
    payback: [10, 20],
    jobs: [2, 4],
    risk: 'MEDIUM',
    risks: ['窑炉用电和消防安全', '客流不稳定'],
    skills: ['陶艺技术', '课程设计', '社群运营'],
    costs: [['拉坯机和电窑', 35], ['店面租金及押金', 30], ['装修', 15], ['材料', 10], ['备用金', 10]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '团建、生日会和学校研学订单能填补工作日的空档',
  },
  {
    key: 'city-souvenir',
    category: 'crafts',
    titles: ['{city}城市文创伴手礼店', '{city}{scenic}文创礼品店', '{city}文创冰箱贴设计'],
    pitch: '以城市地标、冰雪和民俗元素设计冰箱贴、明信片等文创产品',
    tags: ['文创', '伴手礼', '设计'],
    inv: [20, 80],
    monthly: 0.15,
    payback: [8, 20],
    jobs: [1, 4],
    risk: 'MEDIUM',
    risks: ['设计被抄袭', '库存积压', '旅游客流波动'],
    skills: ['文创设计', '供应链管理', '网店运营'],
    costs: [['设计开发', 25], ['首批生产', 35], ['店面或摊位租金', 25], ['备用金', 15]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '小批量打样试销，销量好的款式再追加生产',
  },
  {
    key: 'hand-knitting',
    category: 'crafts',
    titles: ['{city}手工编织居家创业', '{city}{area}毛线编织工作室', '{city}草编柳编手工艺'],
    pitch: '组织妇女居家编织毛衣、玩偶、草编等手工制品，统一接单和销售',
    tags: ['编织', '手工', '居家创业'],
    inv: [8, 25],
    monthly: 0.1,
    payback: [3, 10],
    jobs: [3, 20],
    risk: 'LOW',
    risks: ['订单不稳定', '质量标准不一'],
    skills: ['编织技艺', '订单管理', '电商销售'],
    costs: [['原材料', 40], ['培训', 20], ['样品和拍摄', 20], ['备用金', 20]],
    suits: ['WOMEN', 'UNEMPLOYED'],
    tip: '统一培训和验收标准、按件计酬，适合带动农村妇女居家就业',
  },
  {
    key: 'songhua-stone',
    category: 'crafts',
    titles: ['{city}松花石文创工作室', '{city}松花砚雕刻工坊', '{city}{area}松花石摆件'],
    pitch: '以松花石雕刻砚台、茶盘和文创摆件，面向收藏和礼品市场',
    tags: ['松花石', '松花砚', '文创', '雕刻'],
    inv: [30, 120],
    monthly: 0.1,
    payback: [12, 30],
    jobs: [2, 6],
    risk: 'MEDIUM',
    risks: ['原石采购成本高', '市场小众', '雕刻技师难招'],
    skills: ['石雕技艺', '产品设计', '渠道销售'],
    costs: [['原石', 40], ['雕刻设备', 25], ['工作室租金', 20], ['备用金', 15]],
    suits: ['VETERAN', 'RETURNEE'],
    tip: '松花石主产于通化、白山一带，可依托本地石材企业供料',
    only: ['tonghua', 'baishan'],
  },
  // --- education-training --------------------------------------------------------------------
  {
    key: 'vocational-skills',
    category: 'education-training',
    titles: ['{city}电工焊工技能培训', '{city}{area}职业技能培训学校', '{city}叉车挖掘机操作培训'],
    pitch: '开展电工、焊工、叉车等职业技能培训，帮助学员考证就业',
    tags: ['技能培训', '职业培训', '考证'],
    inv: [50, 200],
    monthly: 0.12,
    payback: [12, 30],
    jobs: [3, 10],
    risk: 'MEDIUM',
    risks: ['需要办学许可', '实训安全', '生源不稳定'],
    skills: ['职业技能教学', '培训管理', '政府项目申报'],
    costs: [['实训设备', 40], ['场地租金及改造', 30], ['教材与师资', 15], ['备用金', 15]],
    suits: ['VETERAN', 'UNEMPLOYED', 'RETURNEE'],
    tip: '成为职业技能培训定点机构后，学员可享受培训补贴',
  },
  {
    key: 'ecommerce-training',
    category: 'education-training',
    titles: ['{city}电商直播培训班', '{city}{area}网店运营培训', '{city}农村电商实训基地'],
    pitch: '培训农民和返乡人员开网店、做直播，配套实操和货源对接',
    tags: ['电商', '培训', '网店', '直播'],
    inv: [20, 80],
    monthly: 0.15,
    payback: [6, 18],
    jobs: [2, 6],
    risk: 'LOW',
    risks: ['学员转化效果难保证', '平台规则变化快'],
    skills: ['电商运营', '直播培训', '课程设计'],
    costs: [['直播实训设备', 35], ['场地租金', 30], ['课程开发', 20], ['备用金', 15]],
    suits: ['GRADUATE', 'RETURNEE'],
    tip: '承接网络创业培训项目，培训后帮学员对接本地农产品货源',
    prefer: ['jiutai', 'songyuan', 'baicheng'],
  },
  {
    key: 'kids-art',
    category: 'education-training',
    titles: ['{city}少儿美术工作室', '{city}{area}少儿美术书法班', '{city}儿童创意美术馆'],
    pitch: '开设少儿美术、书法兴趣课程，组织作品展和考级',
    tags: ['美术', '少儿', '兴趣班'],
    inv: [20, 80],
    monthly: 0.2,
    payback: [8, 18],
    jobs: [2, 5],
    risk: 'LOW',
    risks: ['招生季节性', '场地消防要求', '预收费监管'],
    skills: ['美术教学', '课程设计', '家长沟通'],
    costs: [['场地租金及押金', 35], ['装修与桌椅', 30], ['画材教具', 15], ['招生推广', 10], ['备用金', 10]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '定期办学员作品展，家长转介绍是最主要的招生来源',
  },
  {
    key: 'kids-coding',
    category: 'education-training',
    titles: ['{city}少儿编程工作室', '{city}{area}机器人编程教室', '{city}青少年科技创客空间'],
    pitch: '开设图形化编程、机器人和科技竞赛课程的小型教室',
    tags: ['编程', '少儿', '科技'],
    inv: [30, 100],
    monthly: 0.18,
    payback: [10, 20],
    jobs: [2, 5],
    risk: 'MEDIUM',
    risks: ['师资难招', '招生竞争', '预收费监管'],
    skills: ['编程教学', '课程设计', '竞赛辅导'],
    costs: [['电脑与机器人套件', 40], ['场地租金', 30], ['装修', 15], ['备用金', 15]],
    suits: ['GRADUATE'],
    tip: '与学校科技社团合作，组织学生参加青少年科技竞赛',
  },
  {
    key: 'korean-language',
    category: 'education-training',
    titles: ['{city}韩语培训班', '{city}{area}韩语口语工作室', '{city}韩语考级辅导'],
    pitch: '为求职、留学和外贸人员提供韩语培训和考级辅导',
    tags: ['韩语', '语言培训', '考级'],
    inv: [20, 60],
    monthly: 0.2,
    payback: [8, 18],
    jobs: [2, 4],
    risk: 'LOW',
    risks: ['生源有限', '需要办学许可', '线上课程竞争'],
    skills: ['韩语教学', '课程设计', '招生'],
    costs: [['场地租金', 35], ['装修与教学设备', 30], ['教材', 10], ['推广', 15], ['备用金', 10]],
    suits: ['GRADUATE', 'WOMEN'],
    tip: '延边双语人才多，可同时开设线上课程面向全国招生',
    only: ['yanbian', 'changchun', 'jilin'],
    prefer: ['yanbian', 'yanbian'],
  },
  {
    key: 'senior-hobby',
    category: 'education-training',
    titles: ['{city}老年兴趣培训班', '{city}{area}老年智能手机课堂', '{city}中老年舞蹈声乐班'],
    pitch: '为中老年人开设智能手机、舞蹈、声乐和书画兴趣课程',
    tags: ['老年', '兴趣班', '培训'],
    inv: [10, 40],
    monthly: 0.2,
    payback: [6, 14],
    jobs: [1, 4],
    risk: 'LOW',
    risks: ['老人安全', '客单价低'],
    skills: ['课程组织', '才艺教学', '社区合作'],
    costs: [['场地租金', 40], ['音响和教学设备', 25], ['推广', 15], ['备用金', 20]],
    suits: ['WOMEN', 'RETURNEE', 'UNEMPLOYED'],
    tip: '与社区老年协会合作招生，组织汇报演出增强黏性',
  },
  {
    key: 'study-room',
    category: 'education-training',
    titles: ['{city}共享自习室', '{city}{area}考研考公自习室', '{city}付费自习空间'],
    pitch: '为考研、考公和备考人员提供安静的付费自习空间',
    tags: ['自习室', '考研', '考公'],
    inv: [40, 120],
    monthly: 0.15,
    payback: [12, 24],
    jobs: [1, 3],
    risk: 'MEDIUM',
    risks: ['客源季节性', '消防要求', '同类竞争'],
    skills: ['空间运营', '会员管理', '社群运营'],
    costs: [['装修与隔音', 40], ['桌椅和灯具', 25], ['场地租金及押金', 25], ['备用金', 10]],
    suits: ['GRADUATE'],
    tip: '开在高校和大型社区附近，按月卡、季卡销售',
  },
]

// ---------------------------------------------------------------------------------------------
// Policies that projects may link to
// ---------------------------------------------------------------------------------------------

interface PolicySeed {
  slug: string
  /** Short label for the link text. */
  label: string
  /** City the policy belongs to; null for province-wide policies. */
  city: CityCode | null
  /** Only for these categories. */
  categories?: readonly CategoryCode[]
  /** Only for projects suiting one of these groups. */
  suits?: readonly SuitableForCode[]
}

const POLICIES: readonly PolicySeed[] = [
  { slug: 'province-guaranteed-loan-rules', label: '全省创业担保贷款办理规则', city: null },
  { slug: 'province-startup-training-subsidy', label: '创业培训补贴', city: null },
  { slug: 'province-tax-relief-key-groups', label: '重点群体创业税收减免', city: null, suits: ['VETERAN', 'UNEMPLOYED', 'GRADUATE'] },
  { slug: 'province-one-stop-startup-service', label: '创业一条龙服务', city: null },
  {
    slug: 'province-incubation-base-recognition',
    label: '创业孵化基地认定',
    city: null,
    categories: ['crafts', 'education-training', 'agri-ecommerce'],
  },
  { slug: 'changchun-startup-guaranteed-loan', label: '长春市创业担保贷款', city: 'changchun' },
  { slug: 'changchun-college-graduate-startup-subsidy', label: '长春市高校毕业生创业补贴', city: 'changchun', suits: ['GRADUATE'] },
  { slug: 'jilin-incubation-base-rent-reduction', label: '吉林市孵化基地租金减免', city: 'jilin' },
  { slug: 'liaoyuan-returning-migrant-startup', label: '辽源市返乡创业扶持', city: 'liaoyuan', suits: ['RETURNEE'] },
  { slug: 'siping-syb-training-subsidy', label: '四平市SYB创业培训补贴', city: 'siping' },
  { slug: 'tonghua-startup-mentor-service', label: '通化市创业导师服务', city: 'tonghua' },
  { slug: 'baishan-veterans-startup-support', label: '白山市退役军人创业扶持', city: 'baishan', suits: ['VETERAN'] },
  {
    slug: 'songyuan-online-startup-training',
    label: '松原市网络创业培训',
    city: 'songyuan',
    categories: ['agri-ecommerce', 'education-training', 'community-retail', 'crafts'],
  },
  {
    slug: 'baicheng-home-based-business-premises',
    label: '白城市居家创业经营场所登记',
    city: 'baicheng',
    categories: ['agri-ecommerce', 'crafts', 'housekeeping', 'food-snacks', 'education-training'],
  },
  {
    slug: 'yanbian-speciality-industry-park-support',
    label: '延边州特色产业园区扶持',
    city: 'yanbian',
    categories: ['korean-food', 'ginseng-forest', 'specialty-farming', 'crafts', 'agri-ecommerce'],
  },
  {
    slug: 'changbaishan-eco-tourism-startup',
    label: '长白山生态旅游创业扶持',
    city: 'changbaishan',
    categories: ['rural-tourism', 'ice-snow-tourism', 'crafts', 'ginseng-forest'],
  },
  {
    slug: 'jiutai-rural-ecommerce-training',
    label: '九台区农村电商培训',
    city: 'jiutai',
    categories: ['agri-ecommerce', 'specialty-farming', 'rural-tourism', 'education-training'],
  },
]

/** Relative site pages a description may link to when it names no policy. */
const SITE_LINKS: readonly (readonly [path: string, label: string])[] = [
  ['/mentors', '预约创业导师'],
  ['/loans', '创业担保贷款服务'],
  ['/trainings', '创业培训课程'],
  ['/services', '创业一条龙服务'],
]

// ---------------------------------------------------------------------------------------------
// Labels and text fragments
// ---------------------------------------------------------------------------------------------

const SUITS_LABELS: Readonly<Record<SuitableForCode, string>> = {
  GRADUATE: '高校毕业生',
  RETURNEE: '返乡创业人员',
  VETERAN: '退役军人',
  UNEMPLOYED: '失业人员',
  WOMEN: '城乡妇女',
}

const SOURCE_LABELS: Readonly<Record<SourceTypeCode, string>> = {
  GOVERNMENT: '当地人社部门',
  ENTERPRISE: '合作企业',
  ASSOCIATION: '行业协会',
  UNIVERSITY: '高校创业园',
  INDIVIDUAL: '创业者个人',
}

const RISK_LABELS: Readonly<Record<RiskLevelCode, string>> = { LOW: '低', MEDIUM: '中', HIGH: '高' }

const RISK_ADVICE: Readonly<Record<RiskLevelCode, readonly string[]>> = {
  LOW: [
    '项目投资少、模式成熟，主要风险在选址和日常管理，建议小规模起步、边干边调整。',
    '整体风险较低，但仍需做好市场调研，开业前预留2到3个月的运营资金。',
  ],
  MEDIUM: [
    '建议先做市场调研并小规模试营业，预留3个月以上的运营资金。',
    '开业前可预约创业导师做一次风险评估，重点核算淡季的现金流。',
  ],
  HIGH: [
    '投资大、周期长，建议在导师指导下完成风险评估，分阶段投入，切勿借高息资金。',
    '项目对资金和技术要求较高，建议先到同类项目考察学习，再决定投资规模。',
  ],
}

const LOW_RISK_NOTES: readonly string[] = ['投资少、风险低、见效快', '模式成熟，经营风险较低', '门槛低，适合首次创业']

const STATUS_MIX: readonly (readonly [ProjectStatusCode, number])[] = [
  ['PUBLISHED', 75],
  ['PENDING', 8],
  ['DRAFT', 7],
  ['REJECTED', 5],
  ['ARCHIVED', 5],
]

const STATUS_BLOCK = STATUS_MIX.reduce((sum, [, n]) => sum + n, 0)

/**
 * Projects placed right after the first rotation, so that every seed's first 200 projects
 * contain what the search tests look for (奶茶 in 长春, 茶饮, 电商, 网店, 农家乐, 乡村旅游, 小型餐饮加盟).
 */
const FIXTURES: readonly (readonly [ideaKey: string, city: CityCode])[] = [
  ['milk-tea-kiosk', 'changchun'],
  ['fruit-tea-stall', 'changchun'],
  ['small-franchise', 'changchun'],
  ['farm-stay', 'jiutai'],
  ['milk-tea-kiosk', 'changchun'],
  ['village-tour-route', 'jilin'],
  ['grain-live-stream', 'baicheng'],
  ['mountain-goods-shop', 'baishan'],
  ['milk-tea-kiosk', 'changchun'],
  ['fruit-tea-stall', 'jilin'],
]

const DEFAULT_SEED = 20120601
const PROVINCE_WIDE_SHARE = 0.12
/** Share of titles that name a district even when the template does not. */
const AREA_TITLE_SHARE = 0.3
const RECOMMENDED_SHARE = 0.15
/** Titles are de-duplicated among the first projects only, so memory stays bounded. */
const TITLE_DEDUPE_WINDOW = 2000
/** Every city must appear among the first projects. */
const CITY_COVERAGE_WINDOW = 200

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

type Rng = () => number

/** mulberry32: small, fast, good enough for test data. */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes two integers into a well-spread 32-bit seed (murmur3 finaliser). */
function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9E3779B1) ^ (b >>> 0)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85EBCA6B)
  h = Math.imul(h ^ (h >>> 13), 0xC2B2AE35)
  return (h ^ (h >>> 16)) >>> 0
}

function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!
}

function weightedIndex(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0)
  let r = rng() * total
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!
    if (r < 0) return i
  }
  return weights.length - 1
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const tmp = out[i]!
    out[i] = out[j]!
    out[j] = tmp
  }
  return out
}

/** k distinct items, in their original order. */
function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const chosen = new Set(shuffled(rng, items.map((_, i) => i)).slice(0, k))
  return items.filter((_, i) => chosen.has(i))
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** 12345 → 12,345元 */
function yuan(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`
}

/** 35000 → 3.5万元 */
function wan(amount: number): string {
  return `${Math.round(amount / 1000) / 10}万元`
}

// ---------------------------------------------------------------------------------------------
// Precomputed lookups
// ---------------------------------------------------------------------------------------------

interface CityOptions {
  places: readonly PlaceSeed[]
  weights: readonly number[]
  provinceWide: boolean
}

/** Which places fit an idea, and how strongly. */
function cityOptionsFor(idea: IdeaSeed): CityOptions {
  const profile = CATEGORY_PROFILES[idea.category]
  const only = idea.only ?? profile.only
  const prefer = [...(idea.prefer ?? []), ...(profile.prefer ?? [])]
  const places = only ? PLACES.filter(p => p.code !== null && only.includes(p.code)) : PLACES
  const weights = places.map(p => p.weight * (1 + 3 * prefer.filter(code => code === p.code).length))
  return { places, weights, provinceWide: !only }
}

const CATEGORY_CODES: readonly CategoryCode[] = CATEGORY_TABLE.map(c => c.code)
const CATEGORY_WEIGHTS: readonly number[] = CATEGORY_CODES.map(code => CATEGORY_PROFILES[code].weight)
const IDEAS_BY_CATEGORY: ReadonlyMap<CategoryCode, readonly number[]> = new Map(
  CATEGORY_CODES.map(code => [code, IDEAS.flatMap((idea, i) => (idea.category === code ? [i] : []))]),
)
const CITY_OPTIONS: readonly CityOptions[] = IDEAS.map(cityOptionsFor)

/** Catches mistakes in the data tables when the module loads, not deep inside a benchmark run. */
function checkTables(): void {
  const placeCodes = PLACES.map(p => p.code)
  if (CITY_CODES.some(code => !placeCodes.includes(code)) || placeCodes.length !== CITY_CODES.length) {
    throw new Error('PLACES must list every city code exactly once')
  }
  for (const code of CATEGORY_CODES) {
    if ((IDEAS_BY_CATEGORY.get(code) ?? []).length < 6) throw new Error(`Category ${code} needs at least 6 ideas`)
  }
  for (const idea of IDEAS) {
    const shares = idea.costs.reduce((sum, [, share]) => sum + share, 0)
    if (shares !== 100) throw new Error(`Cost shares of ${idea.key} add up to ${shares}, not 100`)
    if (idea.tags.length < 2 || idea.suits.length < 1 || idea.risks.length < 1 || idea.skills.length < 1) {
      throw new Error(`Idea ${idea.key} needs 2 tags and at least one suits, risks and skills entry`)
    }
  }
}

checkTables()

function ideaIndexOf(key: string): number {
  const index = IDEAS.findIndex(idea => idea.key === key)
  if (index < 0) throw new Error(`Unknown idea ${key}`)
  return index
}

function placeOf(code: CityCode): PlaceSeed {
  const place = PLACES.find(p => p.code === code)
  if (!place) throw new Error(`Unknown city ${code}`)
  return place
}

// ---------------------------------------------------------------------------------------------
// Generator state (small and bounded)
// ---------------------------------------------------------------------------------------------

/** A project whose idea (and possibly place) is fixed in advance. */
interface ScheduledSlot {
  ideaIndex: number
  place?: PlaceSeed
}

interface GeneratorState {
  seed: number
  /** The first projects go through every idea once, one category after the other, then the fixtures. */
  schedule: readonly ScheduledSlot[]
  seenCities: Set<CityCode>
  seenTitles: Set<string>
  statusBlockIndex: number
  statusBlock: readonly ProjectStatusCode[]
}

function buildSchedule(seed: number): ScheduledSlot[] {
  const fixtures = FIXTURES.map(([key, city]) => ({ ideaIndex: ideaIndexOf(key), place: placeOf(city) }))
  return [...buildRotation(seed).map(ideaIndex => ({ ideaIndex })), ...fixtures]
}

function buildRotation(seed: number): number[] {
  const rng = mulberry32(mixSeed(seed, 0x0A11CE))
  const queues = shuffled(rng, CATEGORY_CODES).map(code => shuffled(rng, IDEAS_BY_CATEGORY.get(code) ?? []))
  const rotation: number[] = []
  for (let round = 0; queues.some(q => round < q.length); round++) {
    for (const queue of queues) {
      if (round < queue.length) rotation.push(queue[round]!)
    }
  }
  return rotation
}

/** A shuffled block with the exact status mix, so every block of 100 contains every status. */
function buildStatusBlock(seed: number, blockIndex: number): ProjectStatusCode[] {
  const rng = mulberry32(mixSeed(mixSeed(seed, blockIndex), 0x57A705))
  const block = STATUS_MIX.flatMap(([status, n]) => Array.from({ length: n }, () => status))
  return shuffled(rng, block)
}

function statusAt(state: GeneratorState, index: number): ProjectStatusCode {
  const blockIndex = Math.floor(index / STATUS_BLOCK)
  if (blockIndex !== state.statusBlockIndex) {
    state.statusBlock = buildStatusBlock(state.seed, blockIndex)
    state.statusBlockIndex = blockIndex
  }
  return state.statusBlock[index % STATUS_BLOCK]!
}

// ---------------------------------------------------------------------------------------------
// Building one project
// ---------------------------------------------------------------------------------------------

function pickIdeaIndex(state: GeneratorState, rng: Rng, index: number): number {
  const slot = state.schedule[index]
  if (slot) return slot.ideaIndex
  const category = CATEGORY_CODES[weightedIndex(rng, CATEGORY_WEIGHTS)]!
  return pick(rng, IDEAS_BY_CATEGORY.get(category) ?? [0])
}

function pickPlace(state: GeneratorState, rng: Rng, options: CityOptions, index: number): PlaceSeed {
  const fixed = state.schedule[index]?.place
  if (fixed) return fixed
  if (index < CITY_COVERAGE_WINDOW) {
    const unseen = options.places.flatMap((p, i) => (p.code !== null && !state.seenCities.has(p.code) ? [i] : []))
    if (unseen.length > 0) {
      const i = unseen[weightedIndex(rng, unseen.map(u => options.weights[u]!))]!
      return options.places[i]!
    }
  }
  if (options.provinceWide && rng() < PROVINCE_WIDE_SHARE) return PROVINCE
  return options.places[weightedIndex(rng, options.weights)]!
}

function placeList(place: PlaceSeed, name: string): readonly string[] {
  const lists: Readonly<Record<string, readonly string[]>> = {
    area: place.area,
    produce: place.produce,
    forest: place.forest,
    scenic: place.scenic,
    snow: place.snow,
  }
  const list = lists[name]
  if (!list) throw new Error(`Unknown title placeholder {${name}}`)
  return list.length > 0 ? list : placeList(PROVINCE, name)
}

function fillTemplate(rng: Rng, template: string, idea: IdeaSeed, place: PlaceSeed): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (name === 'city') return place.short
    return pick(rng, idea.vars?.[name] ?? placeList(place, name))
  })
}

/** Templates that already name a place below the city get no district. */
const PLACE_PLACEHOLDER = /\{(?:area|produce|forest|scenic|snow)\}/

function titleFits(title: string): boolean {
  return title.length >= 6 && title.length <= 24
}

function makeTitle(state: GeneratorState, rng: Rng, idea: IdeaSeed, place: PlaceSeed, index: number): string {
  // Province-wide projects read better without a district name.
  const plain = idea.titles.filter(t => !t.includes('{area}'))
  const templates = place.code === null && plain.length > 0 ? plain : idea.titles
  // Naming a district too gives more variety; later attempts always do, so repeats become rare.
  const spot = `{${CATEGORY_PROFILES[idea.category].spot ?? 'area'}}`
  const withArea = idea.titles.map(t => (PLACE_PLACEHOLDER.test(t) ? t : t.replace('{city}', `{city}${spot}`)))
  let title = ''
  for (let attempt = 0; attempt < 12; attempt++) {
    const pool = attempt >= 6 || rng() < AREA_TITLE_SHARE ? withArea : templates
    const candidate = fillTemplate(rng, pick(rng, pool), idea, place)
    if (!titleFits(candidate)) continue
    title = candidate
    if (index >= TITLE_DEDUPE_WINDOW || !state.seenTitles.has(candidate)) break
  }
  if (!title) title = fillTemplate(rng, templates[0]!, idea, place)
  if (index < TITLE_DEDUPE_WINDOW) state.seenTitles.add(title)
  return title
}

function makeTags(rng: Rng, idea: IdeaSeed): string[] {
  const [first, second, ...rest] = idea.tags
  const extra = sample(rng, rest, randInt(rng, 0, Math.min(3, rest.length)))
  return [first!, second!, ...extra]
}

function shiftRisk(rng: Rng, risk: RiskLevelCode): RiskLevelCode {
  const levels: readonly RiskLevelCode[] = ['LOW', 'MEDIUM', 'HIGH']
  const r = rng()
  const shift = r < 0.08 ? -1 : r > 0.92 ? 1 : 0
  return levels[clamp(levels.indexOf(risk) + shift, 0, 2)]!
}

function pickSourceType(rng: Rng, idea: IdeaSeed): SourceTypeCode {
  const base: Readonly<Record<SourceTypeCode, number>> = {
    GOVERNMENT: 20,
    ENTERPRISE: 30,
    ASSOCIATION: 15,
    UNIVERSITY: 10,
    INDIVIDUAL: 25,
  }
  const favourite = CATEGORY_PROFILES[idea.category].source
  const weights = SOURCE_TYPES.map(code => base[code] + (code === favourite ? 40 : 0))
  return SOURCE_TYPES[weightedIndex(rng, weights)]!
}

function policyFits(policy: PolicySeed, idea: IdeaSeed, place: PlaceSeed, suits: readonly SuitableForCode[]): boolean {
  if (policy.city !== null && policy.city !== place.code) return false
  if (policy.categories && !policy.categories.includes(idea.category)) return false
  if (policy.suits && !policy.suits.some(code => suits.includes(code))) return false
  return true
}

function pickPolicies(rng: Rng, idea: IdeaSeed, place: PlaceSeed, suits: readonly SuitableForCode[]): PolicySeed[] {
  const count = weightedIndex(rng, [15, 50, 35])
  const fitting = POLICIES.filter(p => policyFits(p, idea, place, suits))
  const local = shuffled(rng, fitting.filter(p => p.city !== null))
  const general = shuffled(rng, fitting.filter(p => p.city === null))
  // A city's own policy is the most useful link, so it comes first when there is one.
  return [...local.slice(0, 1), ...general].slice(0, count)
}

interface ProjectFacts {
  idea: IdeaSeed
  place: PlaceSeed
  title: string
  tags: readonly string[]
  investmentMin: number
  investmentMax: number
  monthlyCost: number
  paybackMonths: number
  expectedJobs: number
  riskLevel: RiskLevelCode
  riskFactors: readonly string[]
  requiredSkills: readonly string[]
  suitableFor: readonly SuitableForCode[]
  policies: readonly PolicySeed[]
  sourceType: SourceTypeCode
}

function suitsText(suits: readonly SuitableForCode[]): string {
  return suits.map(code => SUITS_LABELS[code]).join('、')
}

function riskNote(rng: Rng, facts: ProjectFacts): string {
  if (facts.riskLevel === 'LOW') return facts.paybackMonths <= 12 ? pick(rng, LOW_RISK_NOTES) : '经营风险较低，但回本需要一定时间'
  const factor = facts.riskFactors[0]!
  // Phrase licence requirements and "needs ..." factors so that the sentence still reads well.
  if (factor.startsWith('需要')) return `开业前须办好${factor.slice(2)}`
  if (factor.includes('需') || factor.includes('须')) return `要注意${factor}`
  return rng() < 0.5 ? `需注意${factor}` : `主要风险是${factor}`
}

function makeSummary(rng: Rng, facts: ProjectFacts): string {
  const note = riskNote(rng, facts)
  const suits = suitsText(facts.suitableFor)
  const { pitch } = facts.idea
  const candidates = [
    `${pitch}。适合${suits}，启动资金约${wan(facts.investmentMin)}，${note}。`,
    `${facts.title}：${pitch}，预计${facts.paybackMonths}个月回本。${note}，适合${suits}。`,
    `${pitch}，可带动${facts.expectedJobs}人就业。${note}，适合${suits}。`,
    `${pitch}。启动资金约${wan(facts.investmentMin)}，${note}，适合${suits}。`,
  ]
  const start = Math.floor(rng() * candidates.length)
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[(start + i) % candidates.length]!
    if (candidate.length >= 40 && candidate.length <= 120) return candidate
  }
  return `${pitch}，适合${suits}。`
}

/** Cost items whose amounts add up exactly to investmentMin. */
function costLines(facts: ProjectFacts): string[] {
  const items = facts.idea.costs
  let remaining = facts.investmentMin
  return items.map(([label, share], i) => {
    const amount = i === items.length - 1 ? remaining : roundTo((facts.investmentMin * share) / 100, 100)
    remaining -= amount
    return `- ${label}：${yuan(amount)}`
  })
}

function scaleSentence(facts: ProjectFacts): string {
  if (facts.investmentMin < 30_000) return '启动资金门槛低，适合个人或夫妻店起步。'
  if (facts.investmentMin < 100_000) return '投资规模适中，可先小规模起步，经营稳定后再逐步扩大。'
  return '投资规模较大，建议组建团队或以合作社、公司形式经营。'
}

function linkSentence(rng: Rng, facts: ProjectFacts): string {
  const policy = facts.policies[0]
  if (policy && rng() < 0.7) return `可申请的扶持政策见[${policy.label}](/policies/${policy.slug})。`
  if (rng() < 0.5) {
    const [path, label] = pick(rng, SITE_LINKS)
    return `开业前可通过[${label}](${path})获得帮助。`
  }
  return '可向当地人社部门咨询创业担保贷款和培训补贴。'
}

function makeDescription(rng: Rng, facts: ProjectFacts): string {
  const { idea, place } = facts
  const ops = [idea.tip, ...sample(rng, CATEGORY_PROFILES[idea.category].ops, 2)]
  const intro = `${idea.pitch}。${place.context}${scaleSentence(facts)}项目由${SOURCE_LABELS[facts.sourceType]}提供。`
  const totals = `启动资金合计约${wan(facts.investmentMin)}，总投资${wan(facts.investmentMin)}至${wan(facts.investmentMax)}；`
    + `月运营成本约${yuan(facts.monthlyCost)}，预计${facts.paybackMonths}个月回本，可带动${facts.expectedJobs}人就业。`
  return [
    '## 项目介绍',
    '',
    intro,
    '',
    '## 投资构成',
    '',
    ...costLines(facts),
    '',
    totals,
    '',
    '## 经营要点',
    '',
    ...ops.map((op, i) => `${i + 1}. ${op}。`),
    '',
    '## 风险提示',
    '',
    `风险等级：${RISK_LABELS[facts.riskLevel]}。`,
    '',
    ...facts.riskFactors.map(f => `- ${f}`),
    '',
    pick(rng, RISK_ADVICE[facts.riskLevel]),
    '',
    '## 适合人群',
    '',
    `适合${suitsText(facts.suitableFor)}。需要具备${facts.requiredSkills.join('、')}等能力，没有经验的可先参加创业培训。${linkSentence(rng, facts)}`,
  ].join('\n')
}

function makeRecommendation(rng: Rng, facts: ProjectFacts): string {
  const where = facts.place.code === null ? '全省多地' : facts.place.full
  const quick = facts.paybackMonths <= 12 && facts.investmentMin < 100_000
  const templates = [
    `启动资金约${wan(facts.investmentMin)}，经营模式成熟，入选本季度重点推介项目。`,
    `贴合${where}资源特点的${facts.tags[0]}项目，市场需求稳定，经专家评估予以推介。`,
    ...(quick ? [`投资少、见效快，预计${facts.paybackMonths}个月回本，专家评审认为适合首次创业者起步。`] : []),
    ...(facts.expectedJobs >= 3 ? [`${where}已有同类项目成功运营，可带动${facts.expectedJobs}人就业，推荐对接创业担保贷款。`] : []),
    ...(facts.riskLevel !== 'HIGH' ? [`风险可控、门槛较低，适合${SUITS_LABELS[facts.suitableFor[0]!]}，可配套创业导师跟踪指导。`] : []),
  ]
  const text = pick(rng, templates)
  return text.length >= 20 && text.length <= 60 ? text : templates[0]!
}

function makeDays(rng: Rng, status: ProjectStatusCode): { created: number, updated: number } {
  if (status === 'ARCHIVED') {
    const created = randInt(rng, 182, 400)
    return { created, updated: randInt(rng, 181, created) }
  }
  const created = randInt(rng, 1, 400)
  // Most projects were touched recently; square the draw to skew towards 0.
  const r = rng()
  return { created, updated: Math.min(created, Math.floor(r * r * (created + 1))) }
}

function buildProject(state: GeneratorState, index: number): GeneratedProject {
  const rng = mulberry32(mixSeed(state.seed, index))
  const ideaIndex = pickIdeaIndex(state, rng, index)
  const idea = IDEAS[ideaIndex]!
  const place = pickPlace(state, rng, CITY_OPTIONS[ideaIndex]!, index)
  if (place.code !== null && index < CITY_COVERAGE_WINDOW) state.seenCities.add(place.code)
  const status = statusAt(state, index)
  const title = makeTitle(state, rng, idea, place, index)

  const [invLo, invHi] = idea.inv
  const skew = rng() ** 1.6
  const investmentMin = Math.max(5000, roundTo((invLo + (invHi - invLo) * skew) * 1000, 1000))
  const investmentMax = Math.max(investmentMin, roundTo(investmentMin * (1.2 + 0.8 * rng()), 1000))
  const monthlyCost = Math.max(500, roundTo(investmentMin * idea.monthly * (0.8 + 0.4 * rng()), 100))
  const riskLevel = shiftRisk(rng, idea.risk)
  const riskBonus = riskLevel === 'HIGH' ? 4 : riskLevel === 'LOW' ? -2 : 0
  const paybackMonths = clamp(randInt(rng, idea.payback[0], idea.payback[1]) + riskBonus, 3, 48)
  const expectedJobs = clamp(randInt(rng, idea.jobs[0], idea.jobs[1]), 1, 30)
  const suitableFor = sample(rng, idea.suits, randInt(rng, 1, Math.min(3, idea.suits.length)))

  const facts: ProjectFacts = {
    idea,
    place,
    title,
    tags: makeTags(rng, idea),
    investmentMin,
    investmentMax,
    monthlyCost,
    paybackMonths,
    expectedJobs,
    riskLevel,
    riskFactors: sample(rng, idea.risks, randInt(rng, 1, Math.min(4, idea.risks.length))),
    requiredSkills: sample(rng, idea.skills, randInt(rng, 1, Math.min(4, idea.skills.length))),
    suitableFor,
    policies: pickPolicies(rng, idea, place, suitableFor),
    sourceType: pickSourceType(rng, idea),
  }
  const recommended = status === 'PUBLISHED' && rng() < RECOMMENDED_SHARE
  const days = makeDays(rng, status)

  return {
    slug: `p-${String(index + 1).padStart(6, '0')}-${idea.key}`,
    title,
    summary: makeSummary(rng, facts),
    description: makeDescription(rng, facts),
    categoryCode: idea.category,
    tags: [...facts.tags],
    cityCode: place.code,
    sourceType: facts.sourceType,
    investmentMin,
    investmentMax,
    monthlyCost,
    paybackMonths,
    expectedJobs,
    riskLevel,
    riskFactors: [...facts.riskFactors],
    requiredSkills: [...facts.requiredSkills],
    suitableFor: [...suitableFor],
    policySlugs: facts.policies.map(p => p.slug),
    status,
    recommended,
    recommendationText: recommended ? makeRecommendation(rng, facts) : null,
    createdDaysAgo: days.created,
    updatedDaysAgo: days.updated,
  }
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** Lazily yields `count` projects for `seed`; the same (count, seed) always yields the same sequence, and a longer sequence starts with the shorter one. */
export function* generateProjects(count: number, seed: number = DEFAULT_SEED): Generator<GeneratedProject> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`)
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  const state: GeneratorState = {
    seed: seed >>> 0,
    schedule: buildSchedule(seed >>> 0),
    seenCities: new Set(),
    seenTitles: new Set(),
    statusBlockIndex: -1,
    statusBlock: [],
  }
  for (let index = 0; index < count; index++) {
    yield buildProject(state, index)
  }
}
