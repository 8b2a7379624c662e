/**
 * What the embed says while its timeline is not there yet, or cannot be: `{url}`, `{status}`, `{origin}` and
 * `{limit}` are filled in.
 */
export interface EmbedMessages {
  loading: string;
  loadFailed: string;
  unreachable: string;
  httpError: string;
  notJson: string;
  /** `src` is not an http(s) address (javascript:, data:, blob:, file:): refused before fetching. */
  schemeNotAllowed: string;
  /** `src` is on an origin the page does not allow (allowedOrigins): refused before fetching. */
  originNotAllowed: string;
  /** The answer is larger than MAX_DATASET_BYTES: reading stopped there. */
  tooLarge: string;
  noData: string;
  renderFailed: string;
  listInstead: string;
}

const en: EmbedMessages = {
  loading: 'Loading timeline…',
  loadFailed: 'The timeline could not be loaded.',
  unreachable: 'The address {url} could not be reached.',
  httpError: 'The address {url} answered with an error ({status}).',
  notJson: 'The address {url} did not return a dataset in JSON.',
  schemeNotAllowed: 'The address {url} is not a web address: only http and https addresses are fetched.',
  originNotAllowed: 'The address {url} is on {origin}, which this page does not allow datasets from.',
  tooLarge: 'The address {url} returned more than {limit}, the most a timeline reads.',
  noData: 'No dataset was given: set data-src (or src) to the address of its JSON.',
  renderFailed: 'The timeline could not be shown.',
  listInstead: 'The interactive graphic could not be shown; here are its events as a list.',
};

// The languages of the built-in catalogues (src/i18n/locales), with their words for "timeline".
const byLanguage: Record<string, EmbedMessages> = {
  en,
  fr: {
    loading: 'Chargement de la chronologie…',
    loadFailed: 'La chronologie n’a pas pu être chargée.',
    unreachable: 'L’adresse {url} est injoignable.',
    httpError: 'L’adresse {url} a répondu par une erreur ({status}).',
    notJson: 'L’adresse {url} n’a pas renvoyé de données JSON.',
    schemeNotAllowed: 'L’adresse {url} n’est pas une adresse web : seules les adresses http et https sont chargées.',
    originNotAllowed: 'L’adresse {url} est sur {origin}, d’où cette page n’autorise pas le chargement de données.',
    tooLarge: 'L’adresse {url} a renvoyé plus de {limit}, le maximum que lit une chronologie.',
    noData: 'Aucune donnée fournie : indiquez dans data-src (ou src) l’adresse du fichier JSON.',
    renderFailed: 'La chronologie n’a pas pu être affichée.',
    listInstead: 'Le graphique interactif n’a pas pu être affiché ; voici ses événements sous forme de liste.',
  },
  es: {
    loading: 'Cargando la cronología…',
    loadFailed: 'No se pudo cargar la cronología.',
    unreachable: 'No se pudo acceder a la dirección {url}.',
    httpError: 'La dirección {url} respondió con un error ({status}).',
    notJson: 'La dirección {url} no devolvió datos en JSON.',
    schemeNotAllowed: 'La dirección {url} no es una dirección web: solo se cargan direcciones http y https.',
    originNotAllowed: 'La dirección {url} está en {origin}, desde donde esta página no admite datos.',
    tooLarge: 'La dirección {url} devolvió más de {limit}, el máximo que lee una cronología.',
    noData: 'No se indicaron datos: ponga en data-src (o src) la dirección del archivo JSON.',
    renderFailed: 'No se pudo mostrar la cronología.',
    listInstead: 'No se pudo mostrar el gráfico interactivo; estos son sus eventos en forma de lista.',
  },
  de: {
    loading: 'Zeitleiste wird geladen …',
    loadFailed: 'Die Zeitleiste konnte nicht geladen werden.',
    unreachable: 'Die Adresse {url} ist nicht erreichbar.',
    httpError: 'Die Adresse {url} hat mit einem Fehler geantwortet ({status}).',
    notJson: 'Die Adresse {url} hat keine JSON-Daten geliefert.',
    schemeNotAllowed: 'Die Adresse {url} ist keine Webadresse: Nur http- und https-Adressen werden geladen.',
    originNotAllowed: 'Die Adresse {url} liegt auf {origin}; von dort lässt diese Seite keine Daten zu.',
    tooLarge: 'Die Adresse {url} hat mehr als {limit} geliefert, mehr als eine Zeitleiste liest.',
    noData: 'Keine Daten angegeben: Tragen Sie in data-src (oder src) die Adresse der JSON-Datei ein.',
    renderFailed: 'Die Zeitleiste konnte nicht angezeigt werden.',
    listInstead: 'Die interaktive Grafik konnte nicht angezeigt werden; hier sind ihre Ereignisse als Liste.',
  },
  ar: {
    loading: 'جارٍ تحميل الخط الزمني…',
    loadFailed: 'تعذّر تحميل الخط الزمني.',
    unreachable: 'تعذّر الوصول إلى العنوان {url}.',
    httpError: 'ردّ العنوان {url} بخطأ ({status}).',
    notJson: 'لم يُرجع العنوان {url} بيانات بصيغة JSON.',
    schemeNotAllowed: 'العنوان {url} ليس عنوان ويب: لا تُحمَّل إلا عناوين http وhttps.',
    originNotAllowed: 'العنوان {url} على {origin}، ولا تسمح هذه الصفحة بتحميل البيانات منه.',
    tooLarge: 'أرجع العنوان {url} أكثر من {limit}، وهو أقصى ما يقرؤه الخط الزمني.',
    noData: 'لم تُحدَّد أي بيانات: ضع عنوان ملف JSON في data-src (أو src).',
    renderFailed: 'تعذّر عرض الخط الزمني.',
    listInstead: 'تعذّر عرض الرسم التفاعلي؛ هذه أحداثه في قائمة.',
  },
  fa: {
    loading: 'در حال بارگذاری خط زمانی…',
    loadFailed: 'خط زمانی بارگذاری نشد.',
    unreachable: 'دسترسی به نشانی {url} ممکن نشد.',
    httpError: 'نشانی {url} با خطا پاسخ داد ({status}).',
    notJson: 'نشانی {url} داده‌ای با قالب JSON برنگرداند.',
    schemeNotAllowed: 'نشانی {url} نشانی وب نیست: فقط نشانی‌های http و https بارگذاری می‌شوند.',
    originNotAllowed: 'نشانی {url} روی {origin} است و این صفحه بارگذاری داده از آن را مجاز نمی‌داند.',
    tooLarge: 'نشانی {url} بیش از {limit} داده برگرداند؛ این بیشترین اندازه‌ای است که خط زمانی می‌خواند.',
    noData: 'داده‌ای داده نشده است: نشانی پرونده JSON را در data-src (یا src) بنویسید.',
    renderFailed: 'نمایش خط زمانی ممکن نشد.',
    listInstead: 'نمایش نمودار تعاملی ممکن نشد؛ رویدادهای آن در قالب فهرست در ادامه آمده است.',
  },
  he: {
    loading: 'טוען את ציר הזמן…',
    loadFailed: 'לא ניתן היה לטעון את ציר הזמן.',
    unreachable: 'לא ניתן היה להגיע לכתובת {url}.',
    httpError: 'הכתובת {url} השיבה בשגיאה ({status}).',
    notJson: 'הכתובת {url} לא החזירה נתוני JSON.',
    schemeNotAllowed: 'הכתובת {url} אינה כתובת אינטרנט: נטענות רק כתובות http ו־https.',
    originNotAllowed: 'הכתובת {url} נמצאת ב־{origin}, שממנו הדף הזה אינו מתיר לטעון נתונים.',
    tooLarge: 'הכתובת {url} החזירה יותר מ־{limit}, המרב שציר הזמן קורא.',
    noData: 'לא סופקו נתונים: יש לציין ב־data-src (או src) את כתובת קובץ ה־JSON.',
    renderFailed: 'לא ניתן היה להציג את ציר הזמן.',
    listInstead: 'לא ניתן היה להציג את הגרפיקה האינטראקטיבית; אלה האירועים שלה כרשימה.',
  },
};

/** The embed's words for a locale, by its language; English when there are none. Never throws. */
export function embedMessagesFor(locale: string | undefined): EmbedMessages {
  try {
    // Intl.Locale canonicalises the language: the legacy "iw" is Hebrew.
    const language = new Intl.Locale(locale || 'en').language;
    return Object.prototype.hasOwnProperty.call(byLanguage, language) ? byLanguage[language]! : en;
  } catch {
    return en;
  }
}
