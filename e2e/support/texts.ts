/**
 * What a reader sees in each edition, written out here (not imported from the app's catalogues)
 * so that a changed or missing translation fails a test.
 */
export type Lang = 'ru' | 'ky';

export const LANGS: readonly Lang[] = ['ru', 'ky'];

export const TEXT = {
  ru: {
    siteName: 'Новости Кыргызстана',
    autonym: 'Русский',
    skipToContent: 'Перейти к основному содержанию',
    languageSwitch: 'Язык сайта',
    latestHeading: 'Последние новости',
    latestPage1: 'Последние новости, страница 1',
    latestPage2: 'Последние новости, страница 2',
    newerStories: 'Более новые',
    olderStories: 'Более ранние',
    sendNewsHeading: 'Сообщи свою новость',
    sendNewsPrefill: 'Здравствуйте! Хочу сообщить новость:',
    back: 'Назад',
    toTop: 'Наверх',
    notFoundTitle: 'Страница не найдена',
    toFrontPage: 'Перейти на главную',
    loading: 'Загрузка…',
    errorTitle: 'Не удалось загрузить',
    errorNetwork: 'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.',
    errorTimeout: 'Сервер слишком долго не отвечает. Попробуйте ещё раз.',
    errorServer: 'На сервере произошла ошибка. Попробуйте ещё раз чуть позже.',
    errorInvalid:
      'Данные пришли в неожиданном виде, поэтому мы их не показываем. Попробуйте позже.',
    retry: 'Попробовать ещё раз',
    onlyInRussian: 'Эта новость доступна только на русском языке.',
    rubricNav: 'Рубрики',
    frontPageLink: 'Главная',
    politics: 'Политика',
    economy: 'Экономика',
    society: 'Общество',
    world: 'В мире',
    culture: 'Культура',
    sport: 'Спорт',
    societyPage1: 'Общество, страница 1',
    societyPage2: 'Общество, страница 2',
    rubricEmpty: 'В этой рубрике пока нет новостей. Загляните чуть позже.',
    related: 'Читайте также',
    themeLegend: 'Тема оформления',
    themeLight: 'Светлая',
    themeDark: 'Тёмная',
    themeSystem: 'Как в системе',
    textSize: 'Размер текста',
    textSmaller: 'Уменьшить текст',
    textLarger: 'Увеличить текст',
    shareHeading: 'Поделиться новостью',
    shareTelegram: 'Поделиться в Telegram',
    shareWhatsApp: 'Поделиться в WhatsApp',
    shareNative: 'Поделиться',
    copyLink: 'Скопировать ссылку',
    linkCopied: 'Ссылка скопирована.',
    articleEndLabel: 'В конце новости',
  },
  ky: {
    siteName: 'Кыргызстан жаңылыктары',
    autonym: 'Кыргызча',
    skipToContent: 'Негизги мазмунга өтүү',
    languageSwitch: 'Сайттын тили',
    latestHeading: 'Акыркы жаңылыктар',
    latestPage2: 'Акыркы жаңылыктар, 2-бет',
    newerStories: 'Жаңыраактары',
    olderStories: 'Мурункулары',
    sendNewsHeading: 'Жаңылыгыңды бизге жибер',
    sendNewsPrefill: 'Саламатсызбы! Жаңылык билдиргим келет:',
    back: 'Артка',
    toTop: 'Өйдө',
    notFoundTitle: 'Барак табылган жок',
    toFrontPage: 'Башкы бетке өтүү',
    loading: 'Жүктөлүүдө…',
    errorTitle: 'Жүктөө мүмкүн болгон жок',
    errorNetwork: 'Сервер менен байланыш жок. Интернетке туташууну текшерип, кайра аракет кылыңыз.',
    errorTimeout: 'Сервер өтө узак жооп бербей жатат. Кайра аракет кылыңыз.',
    errorServer: 'Серверде ката кетти. Бир аздан кийин кайра аракет кылыңыз.',
    errorInvalid:
      'Маалымат күтүлбөгөн түрдө келди, ошондуктан аны көрсөтпөйбүз. Кийинчерээк кайталаңыз.',
    retry: 'Кайра аракет кылуу',
    onlyInRussian: 'Бул жаңылык орус тилинде гана жеткиликтүү.',
    rubricNav: 'Рубрикалар',
    frontPageLink: 'Башкы бет',
    politics: 'Саясат',
    economy: 'Экономика',
    society: 'Коом',
    world: 'Дүйнө',
    culture: 'Маданият',
    sport: 'Спорт',
    societyPage2: 'Коом, 2-бет',
    rubricEmpty: 'Азырынча бул рубрикада жаңылык жок. Бир аздан кийин кайра кириңиз.',
    related: 'Дагы окуңуз',
    themeLegend: 'Сайттын түсү',
    themeLight: 'Жарык',
    themeDark: 'Караңгы',
    themeSystem: 'Системадагыдай',
    textSize: 'Тексттин өлчөмү',
    textSmaller: 'Текстти кичирейтүү',
    textLarger: 'Текстти чоңойтуу',
    shareHeading: 'Жаңылык менен бөлүшүү',
    shareTelegram: 'Telegram аркылуу бөлүшүү',
    shareWhatsApp: 'WhatsApp аркылуу бөлүшүү',
    shareNative: 'Бөлүшүү',
    copyLink: 'Шилтемени көчүрүү',
    linkCopied: 'Шилтеме көчүрүлдү.',
    articleEndLabel: 'Жаңылыктын аягында',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The rubrics in the order the navigation lists them, after the front page. */
export const RUBRICS = ['politics', 'economy', 'society', 'world', 'culture', 'sport'] as const;

/** Where the site is published, as configured in site.config.json. */
export const SITE_ORIGIN = 'https://news.example.kg';

/** The newsroom's tip lines as configured in site.config.json. */
export const TELEGRAM_HREF = 'https://t.me/example_newsroom';
export const WHATSAPP_NUMBER = '996000000000';
