/**
 * Acronyms of things, not of organisations, people or places: written in capitals like a name,
 * they are none ("SUV", "IPO", "AI", "GDP"). The recogniser's spans of only these are dropped.
 */
export const THING_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'ai agi api app apps atm atms bbq cbd ceo ceos cfo cfos coo cto cpi cpu cpus dna dvd dvds ebitda esg ev evs ' +
    'faq gdp gmo gps gpu gpus hdmi hiv hr html http ict id ids iot ip ipo ipos iq it lcd led leds ' +
    'lng lgbt lgbtq mba mp mps mri mvp nft nfts ngo ngos pc pcs pdf phd pin pm pr q&a rna rsvp saas sms ' +
    'ssd suv suvs tv tvs ufo url usb vat vip vpn vr wifi wi-fi 4k 5g 4g 3d ' +
    // Computing's things: "16GB of RAM", "the UI", "the OS", "an LLM".
    'ram vram ui ux os npu npus llm llms oled hdd ssds gui sdk sdks bios fps hdr lte nfc qr rgb pcie ar xr ' +
    'gb tb mb ghz mhz mp3 mp4 gif jpeg png csv json xml css sql ocr crm seo roi kpi kpis b2b b2c diy ' +
    // Found on later pages: conditions, cars' kinds, a lab's and a programmer's things ("PTSD", "PHEVs", "R&D"; not "DOM", "BEV": "Dom Phillips", "Bev Priestman").
    'ptsd adhd ocd copd phev phevs mpg mpge r&d sdlc ci/cd tl;dr'
  )
    .split(' '),
);

/**
 * Nouns that say the name before them is a product, not a person or a place: "the Cassini
 * spacecraft", "a Sentra sedan", "the Magic Keyboard", "the Clipper probe". Singular only, and
 * no works ("the IRA film" is a film about the IRA) and no brands or services ("the Google
 * platform" is Google's).
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  (
    'spacecraft probe rover lander orbiter telescope satellite rocket capsule spaceplane ' +
    'sedan suv hatchback pickup coupe minivan wagon crossover ' +
    'smartphone handset laptop tablet console headset keyboard ' +
    'vaccine pill airliner drone helicopter warship submarine missile'
  ).split(' '),
);

/** A sum of money the tagger took for a name: "R50bn", "US$2.3m", "€40m" (not "G7" or "M2"). */
export const MONEY_NAME = /^(?:R|Rs\.?|US\$|C\$|A\$|HK\$|NZ\$|\$|€|£|¥)\d[\d.,]*\s*(?:bn|m|k|tn|mn|billion|million|trillion)?$/u;

/** Events and policies news names like organisations or places ("Brexit", "Watergate", "COP30"): `other`. */
export const EVENT_NAMES: ReadonlySet<string> = new Set(['brexit', 'watergate', 'obamacare', 'megxit', 'partygate', 'big bang']);
export const EVENT_NAME = /^COP\d{1,2}$/;

/**
 * Holidays and feast days are dates, not people, organisations or places ("Christmas Eve" had been
 * a person, "Hanukkah" a place), and so are their greetings ("Merry Christmas, Inter Miami fans"): `other`, as CoNLL-2003 tags them MISC and readers list none.
 */
export const HOLIDAY_NAME = /^(?:(?:Merry|Happy)\s+)?(?:Holidays|Christmas(?: Eve| Day)?|New Year(?:['’]s)?(?: Eve| Day)?|Lunar New Year|Chinese New Year|Easter(?: Sunday| Monday)?|Good Friday|Palm Sunday|Ash Wednesday|Thanksgiving(?: Day)?|Hanukkah|Chanukah|Ramadan|Eid(?: al-\p{L}+)?|Diwali|Holi|Halloween|Passover|Yom Kippur|Rosh Hashanah|Kwanzaa|Festivus|Juneteenth|Boxing Day|Black Friday|Cyber Monday|(?:Valentine|Mother|Father|St\.? Patrick|Presidents?|Veterans?)['’]?s? Day|(?:Memorial|Labou?r|Independence|Canada|Australia|Bastille|Martin Luther King(?: Jr\.?)?) Day)$/u;

/**
 * A name that ends in the word for a law, an agreement, an award or an event is that thing, not an
 * organisation or a place ("Hong Kong Human Rights and Democracy Act", "Good Friday Agreement",
 * "Pat Tillman Award for Service", "Los Angeles Auto Show", "ATP Finals"), or a programme, a plan
 * or a document ("Affordable Connectivity Program", "Labour Force Survey", "Autumn Statement"):
 * CoNLL-2003 tags these MISC, and a reader lists none of them (no name of the 91 real pages'
 * readers ends in one of these words). "Programme" is left out: the UN's programmes are bodies.
 */
export const EVENT_NAME_END = /\s(?:Act|Bill|Law|Clause|Agreement|Accords?|Treaty|Convention|Charter|Declaration|Protocol|Doctrine|Awards?|Prize|Honou?rs|Amendment|Festival|Auto Show|Finals|Championships?|Olympics|Games|Webinar|Induction|Expo|Marathon|Grand Prix|Tournament|Summit|Plan|Program|Survey|Guidance|Guide|Letter|Fact Sheet|Statement)(?:\s+(?:for|of|on)\s+\p{Lu}.*)?$/u;

/**
 * The words that end a law's or a document's name, when the name found stops just before them
 * ("National Labor Relations" Act, "Northern Ireland Troubles (Legacy and Reconciliation)" Act):
 * the name found is part of the law's.
 */
export const LAW_NAME_AFTER = /^\)?\s+(?:Act|Bill|Law|Clause|Amendment|Treaty|Accords?|Agreement|Plan|Program)\b/;

/** Words that stand where a name starts and are no part of it: "Former National Security Council official …", "Hey Twitter". */
export const NOT_NAME_OPENERS: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'late', 'hey', 'hi', 'dear', 'oh', 'thanks', 'meanwhile', 'today', 'yesterday']);
