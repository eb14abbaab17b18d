/**
 * Hand-made name lists for the entity recogniser: countries, regions, major cities, demonyms,
 * well-known organisations and people. They cover names a 1996 Reuters corpus does not (today's
 * companies and leaders) and serve as features for the trained model. Types follow CoNLL-2003 practice: countries and cities
 * are places; the EU, UN and NATO are organisations; nationalities are `other` (CoNLL MISC).
 */

import { list } from './list.js';

export const COUNTRIES = list(`Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|
Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|
East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|
Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|
Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|
Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|
Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|
Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|
South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|
US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Puerto Rico`);

export const REGIONS = list(`Africa|Asia|Europe|North America|South America|Latin America|Antarctica|Oceania|Middle East|
Gulf|Persian Gulf|Balkans|Caribbean|Scandinavia|Siberia|Kashmir|Tibet|Xinjiang|Crimea|Donbas|Gaza|Gaza Strip|West Bank|
Kurdistan|Chechnya|Sahara|Sahel|Pacific|Atlantic|Mediterranean|Arctic|Silicon Valley|Wall Street|Midwest|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|
Ontario|Quebec|British Columbia|Alberta|Bavaria|Catalonia|Queensland|Victoria|New South Wales|Guangdong|Zhejiang|Sichuan|Hubei`);

export const CITIES = list(`Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Wuhan|Chengdu|Tianjin|Tokyo|Osaka|Seoul|Pyongyang|
Taipei|Manila|Jakarta|Bangkok|Hanoi|Kuala Lumpur|Delhi|New Delhi|Mumbai|Bangalore|Bengaluru|Kolkata|Chennai|Karachi|Lahore|
Islamabad|Kabul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Amman|Riyadh|Dubai|Abu Dhabi|Doha|Cairo|Istanbul|Ankara|
Moscow|St Petersburg|Kyiv|Kiev|Minsk|Warsaw|Prague|Vienna|Budapest|Bucharest|Sofia|Athens|Rome|Milan|Naples|Madrid|
Barcelona|Lisbon|Paris|Lyon|Marseille|Brussels|Amsterdam|The Hague|Berlin|Munich|Frankfurt|Hamburg|Zurich|Geneva|Bern|
Copenhagen|Stockholm|Oslo|Helsinki|Dublin|London|Manchester|Liverpool|Birmingham|Edinburgh|Glasgow|Cardiff|Belfast|
Washington|New York City|Los Angeles|Chicago|Houston|Boston|San Francisco|Seattle|Miami|Atlanta|Dallas|Detroit|
Philadelphia|Las Vegas|Denver|Toronto|Montreal|Vancouver|Ottawa|Mexico City|Havana|Bogota|Lima|Santiago|Buenos Aires|
Sao Paulo|São Paulo|Rio de Janeiro|Brasilia|Caracas|Lagos|Abuja|Nairobi|Johannesburg|Cape Town|Addis Ababa|Khartoum|
Sydney|Melbourne|Canberra|Auckland|Wellington|Singapore|Hong Kong|Macau|Davos|Brussels|Strasbourg|Luxembourg`);

/** Nationalities and other adjectives of place: CoNLL's MISC, our `other`. */
export const DEMONYMS = list(`American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Dutch|
Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|
Russian|Ukrainian|Belarusian|Serbian|Croatian|Bosnian|Albanian|Chinese|Japanese|Korean|North Korean|South Korean|Taiwanese|
Vietnamese|Thai|Indonesian|Malaysian|Filipino|Indian|Pakistani|Afghan|Iranian|Iraqi|Syrian|Lebanese|Israeli|Palestinian|
Jordanian|Saudi|Egyptian|Libyan|Tunisian|Algerian|Moroccan|Nigerian|Kenyan|Ethiopian|South African|Australian|
Canadian|Mexican|Brazilian|Argentine|Argentinian|Chilean|Colombian|Peruvian|Venezuelan|Cuban|European|Asian|African|
Arab|Western|Soviet|Muslim|Christian|Jewish|Catholic|Republican|Democrat|Democratic|Olympic|Olympics|Kurdish|Latino`);

export const ORGANIZATIONS = list(`European Union|EU|United Nations|UN|U.N.|NATO|Nato|WHO|World Health Organization|
World Bank|International Monetary Fund|IMF|World Trade Organization|WTO|OPEC|G7|G20|ASEAN|African Union|Red Cross|
Federal Reserve|Fed|European Central Bank|ECB|Bank of England|Bank of Japan|People's Bank of China|Congress|Senate|
House of Representatives|Parliament|Pentagon|White House|Kremlin|FBI|CIA|NSA|NASA|SEC|FDA|EPA|Supreme Court|
IRS|Internal Revenue Service|ICE|DHS|DOJ|FTC|FCC|FAA|FEMA|CDC|NIH|TSA|USDA|NOAA|NHS|HMRC|Ofcom|Ofgem|
European Commission|European Parliament|Communist Party|Labour|Conservatives|Tories|Democrats|Republicans|Hamas|Hezbollah|
Taliban|Islamic State|Reuters|Associated Press|AP|AFP|Bloomberg|BBC|CNN|Fox News|NBC|CBS|ABC|NPR|Al Jazeera|Xinhua|
The Wall Street Journal|Wall Street Journal|WSJ|Financial Times|FT|The Times|The New York Times|New York Times|
The Washington Post|Washington Post|The Guardian|Guardian|The Economist|Economist|Daily Mail|The Telegraph|Telegraph|
Forbes|Politico|Axios|Nikkei|South China Morning Post|Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|
WhatsApp|Twitter|X Corp|Tesla|SpaceX|Netflix|Nvidia|Intel|AMD|IBM|Oracle|Samsung|Sony|Toyota|Honda|Nissan|Volkswagen|BMW|
Mercedes-Benz|Ford|General Motors|GM|Boeing|Airbus|Uber|Lyft|Airbnb|OpenAI|Anthropic|TikTok|ByteDance|Alibaba|Alibaba Cloud|
Ant Group|Tencent|Huawei|Baidu|BYD|Didi|Didi Chuxing|Xiaomi|JD.com|Pinduoduo|Meituan|ZTE|SMIC|Lenovo|TSMC|Foxconn|
Goldman Sachs|JPMorgan|JPMorgan Chase|Morgan Stanley|Citigroup|Citi|HSBC|Barclays|Deutsche Bank|UBS|BlackRock|
Berkshire Hathaway|Walmart|Exxon|ExxonMobil|Chevron|Shell|BP|Saudi Aramco|Gazprom|Pfizer|Moderna|AstraZeneca|
Johnson & Johnson|Coca-Cola|PepsiCo|McDonald's|Starbucks|Disney|Warner Bros|Time Warner|Vodafone|Nokia|Ericsson|
Siemens|Renault|Fiat|Ferrari|Manchester United|Chelsea|Arsenal|Liverpool FC|Real Madrid|Barcelona FC|FIFA|UEFA|IOC`);

/**
 * Fashion, beauty and retail houses named for their founders, and bands named like people: a
 * shopping list's "Kate Spade", "Tory Burch" or "Estee Lauder" is the brand, and readers list it
 * as an organisation. The recogniser reads a name of two capitalised words as a person; a
 * listed one becomes the brand unless the article writes of the person (ner/index.ts
 * `brandsNamedForPeople`). Not the names the news writes of as people more often than as
 * labels (Victoria Beckham, Stella McCartney, Tom Ford, Karl Lagerfeld, Paul Smith, John Lewis).
 */
export const PERSON_NAMED_BRANDS = list(`Kate Spade|Michael Kors|Tory Burch|Calvin Klein|Tommy Hilfiger|Ralph Lauren|Vivienne Westwood|
Christian Dior|Yves Saint Laurent|Saint Laurent|Louis Vuitton|Giorgio Armani|Emporio Armani|Alexander McQueen|
Oscar de la Renta|Carolina Herrera|Vera Wang|Diane von Furstenberg|Jason Wu|Rebecca Minkoff|Estee Lauder|Estée Lauder|
Peter Thomas Roth|Eddie Bauer|Helly Hansen|Jimmy Choo|Manolo Blahnik|Christian Louboutin|Steve Madden|Sam Edelman|
Anne Klein|Donna Karan|Hugo Boss|Ted Baker|Jil Sander|Isabel Marant|Proenza Schouler|Rachel Comey|Sandy Liang|
Willy Chavarria|Pyer Moss|Marc Jacobs|Elie Saab|Zac Posen|Thom Browne|Jenny Packham|Reiss|
Dolce & Gabbana|Laura Mercier|Kiehl's|Burt's Bees|
Franco Sarto|Rebecca Taylor|Veronica Beard|Ulla Johnson|Jeffrey Campbell|Stuart Weitzman|Lorna Jane|Levi Strauss|
Krispy Kreme|Ben & Jerry's|Marks & Spencer|Harvey Nichols|Fisher-Price|Fisher Price|Merriam-Webster|
Ritz-Carlton|Ritz Carlton|Alfa Romeo|Aston Martin|Rolls-Royce|Linkin Park|Pink Floyd|Duran Duran|Limp Bizkit|Coal Chamber`);

/**
 * People the news names often, from the 1990s (so training on CoNLL learns what the list is
 * worth) to today, by full name and, where it is no common word or other name, by surname alone:
 * "Obama" in "the Obama administration" is a person, and so is every "Obama" after it.
 */
export const PEOPLE = list(`Bill Clinton|Hillary Clinton|Hillary Rodham Clinton|Boris Yeltsin|Yeltsin|Helmut Kohl|Kohl|
Jacques Chirac|Chirac|John Major|Tony Blair|Blair|Gordon Brown|Benjamin Netanyahu|Netanyahu|Yasser Arafat|Arafat|
Nelson Mandela|Mandela|Kofi Annan|Boutros Boutros-Ghali|Boutros-Ghali|Saddam Hussein|Saddam|Fidel Castro|Castro|
Raul Castro|Alberto Fujimori|Fujimori|Bob Dole|Newt Gingrich|Gingrich|Al Gore|Gore|Warren Christopher|
Madeleine Albright|Albright|Boris Johnson|Theresa May|David Cameron|Cameron|Rishi Sunak|Sunak|Keir Starmer|Starmer|
Liz Truss|Jeremy Corbyn|Corbyn|Nigel Farage|Farage|George W. Bush|George H.W. Bush|Jeb Bush|Dick Cheney|Cheney|
Barack Obama|Obama|Michelle Obama|Joe Biden|Biden|Kamala Harris|Donald Trump|Trump|Melania Trump|Ivanka Trump|
Donald Trump Jr.|Jared Kushner|Kushner|Mike Pence|Pence|JD Vance|J.D. Vance|Vance|Nancy Pelosi|Pelosi|Chuck Schumer|Schumer|
Mitch McConnell|McConnell|Paul Ryan|Kevin McCarthy|Mike Johnson|Bernie Sanders|Ted Cruz|Marco Rubio|Rubio|John Kasich|
Kasich|Ben Carson|Chris Christie|Christie|Carly Fiorina|Fiorina|Rand Paul|Lindsey Graham|John McCain|McCain|Mitt Romney|
Romney|Elizabeth Warren|Pete Buttigieg|Buttigieg|Alexandria Ocasio-Cortez|Ocasio-Cortez|Adam Schiff|Schiff|Devin Nunes|
Nunes|Ron DeSantis|DeSantis|Nikki Haley|Gavin Newsom|Newsom|Andrew Cuomo|Cuomo|Robert Mueller|Mueller|James Comey|
Comey|Merrick Garland|John Kerry|Kerry|Antony Blinken|Blinken|Mike Pompeo|Pompeo|Rex Tillerson|Tillerson|
Condoleezza Rice|Colin Powell|Donald Rumsfeld|Rumsfeld|Janet Yellen|Yellen|Jerome Powell|Ben Bernanke|Bernanke|
Alan Greenspan|Greenspan|Vladimir Putin|Putin|Dmitry Medvedev|Medvedev|Sergei Lavrov|Lavrov|Alexei Navalny|Navalny|
Volodymyr Zelensky|Zelensky|Zelenskyy|Petro Poroshenko|Poroshenko|Xi Jinping|Xi|Hu Jintao|Jiang Zemin|Li Keqiang|
Li Qiang|Deng Xiaoping|Kim Jong Un|Kim Jong-un|Kim Jong Il|Moon Jae-in|Yoon Suk Yeol|Shinzo Abe|Fumio Kishida|Kishida|
Narendra Modi|Modi|Rahul Gandhi|Imran Khan|Angela Merkel|Merkel|Olaf Scholz|Scholz|Friedrich Merz|Merz|
Emmanuel Macron|Macron|Nicolas Sarkozy|Sarkozy|Francois Hollande|François Hollande|Hollande|Marine Le Pen|
Silvio Berlusconi|Berlusconi|Giorgia Meloni|Meloni|Mario Draghi|Draghi|Pedro Sanchez|Pedro Sánchez|Recep Tayyip Erdogan|
Erdogan|Viktor Orban|Viktor Orbán|Orban|Orbán|Justin Trudeau|Trudeau|Mark Carney|Carney|Scott Morrison|
Anthony Albanese|Albanese|Jacinda Ardern|Ardern|Jair Bolsonaro|Bolsonaro|Luiz Inacio Lula da Silva|Lula|Javier Milei|Milei|
Nicolas Maduro|Nicolás Maduro|Maduro|Hugo Chavez|Hugo Chávez|Chavez|Chávez|Andres Manuel Lopez Obrador|
Claudia Sheinbaum|Sheinbaum|Bashar al-Assad|Assad|Mohammed bin Salman|Ali Khamenei|Khamenei|Hassan Rouhani|Rouhani|
Mahmoud Ahmadinejad|Ahmadinejad|Mahmoud Abbas|Abbas|Abdel Fattah el-Sisi|Sisi|Hosni Mubarak|Mubarak|Muammar Gaddafi|
Gaddafi|Osama bin Laden|bin Laden|Cyril Ramaphosa|Ramaphosa|Jacob Zuma|Zuma|Robert Mugabe|Mugabe|Paul Kagame|Kagame|
Ursula von der Leyen|von der Leyen|Antonio Guterres|António Guterres|Guterres|Ban Ki-moon|Jens Stoltenberg|Stoltenberg|
Christine Lagarde|Lagarde|Pope Francis|Pope Benedict|Pope Leo|Elon Musk|Musk|Jeff Bezos|Bezos|Mark Zuckerberg|Zuckerberg|
Bill Gates|Steve Jobs|Tim Cook|Sundar Pichai|Pichai|Satya Nadella|Nadella|Sam Altman|Altman|Jensen Huang|Warren Buffett|
Buffett|Jack Ma|Pony Ma|Ren Zhengfei|Masayoshi Son|Rupert Murdoch|Murdoch|George Soros|Soros|Michael Bloomberg|
Jamie Dimon|Dimon|Greta Thunberg|Thunberg|Julian Assange|Assange|Edward Snowden|Snowden`);

/** Words that make the capitalised phrase they end into an organisation: "Alibaba Group", "Bank of China". */
const NOT_COMPANY_WORDS = new Set(['bank', 'federation', 'league', 'court', 'office', 'union', 'exchange', 'reserve', 'force', 'forces', 'army', 'navy', 'police', 'service', 'services', 'congress', 'senate', 'parliament', 'assembly', 'board', 'authority', 'trust', 'fund', 'times', 'post', 'news', 'herald', 'tribune', 'gazette', 'press', 'journal', 'club', 'fc', 'co', 'sa', 'nv']);
/** A company's legal form, written after its name ("Crown Equity Holdings, Inc."): a subset of ORG_SUFFIXES. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(list(`Inc|Inc.|Corp|Corp.|Co|Co.|Ltd|Ltd.|LLC|L.L.C.|LLP|LP|PLC|Plc|plc|AG|SA|S.A.|NV|N.V.|GmbH`));

export const ORG_SUFFIXES = new Set(list(`Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|LLC|LLP|PLC|Plc|plc|
AG|SA|S.A.|NV|N.V.|GmbH|Group|Holdings|Holding|Bank|Bancorp|University|College|Institute|Institution|Association|Agency|
Ministry|Department|Council|Committee|Commission|Party|Journal|Times|Post|News|Herald|Tribune|Gazette|Press|Airlines|
Airways|Motors|Technologies|Technology|Systems|Networks|Pharmaceuticals|Energy|Petroleum|Club|FC|Foundation|Fund|Trust|
Reserve|Court|Parliament|Congress|Senate|Assembly|Union|Organisation|Organization|Federation|League|Authority|Board|
Office|Service|Services|Police|Army|Navy|Force|Forces|Capital|Partners|Ventures|Industries|Exchange|Commission|Bureau`));

/** Common given names, for "Jane Doe" when no title precedes it. */
export const FIRST_NAMES = new Set(list(`Aaron|Adam|Adrian|Ahmed|Alan|Albert|Alex|Alexander|Alexandra|Alice|Alison|Amanda|
Amy|Andrea|Andrew|Andy|Angela|Ann|Anna|Anne|Anthony|Antonio|Barack|Barbara|Ben|Benjamin|Bernard|Bernie|Bill|Bob|Boris|
Brad|Brian|Bruce|Carl|Carlos|Caroline|Catherine|Charles|Charlie|Chris|Christian|Christina|Christine|Christopher|Claire|
Colin|Craig|Dan|Daniel|Darren|Dave|David|Deborah|Dennis|Diana|Donald|Douglas|Ed|Edward|Elizabeth|Elon|Emily|Emma|Emmanuel|
Eric|Frank|Fred|Gary|George|Gordon|Graham|Greg|Hannah|Harry|Helen|Henry|Hillary|Hugh|Ian|Jack|Jacob|James|Jane|Janet|
Jason|Jeff|Jennifer|Jeremy|Jessica|Jim|Joe|John|Jonathan|Joseph|Josh|Julia|Julie|Justin|Karen|Kate|Katherine|Keir|Keith|
Kevin|Kim|Laura|Lee|Linda|Lisa|Louis|Lucy|Maria|Marie|Mark|Martin|Mary|Matt|Matthew|Michael|Michelle|Mike|Mohammed|
Muhammad|Nancy|Narendra|Nathan|Neil|Nick|Nicholas|Nicola|Nigel|Olaf|Oliver|Pam|Patricia|Patrick|Paul|Peter|Philip|
Rachel|Richard|Rishi|Rob|Robert|Roger|Ron|Rupert|Ruth|Ryan|Sam|Samuel|Sarah|Scott|Sean|Sergei|Simon|Sophie|Stephen|
Steve|Steven|Stuart|Sue|Susan|Thomas|Tim|Timothy|Tom|Tony|Vladimir|Warren|William|Xi|Yuri|Zhang|Li|Wang|Jack|Jeff|
Sundar|Satya|Tim|Mark|Sheryl|Jensen|Masayoshi|Lei|Pony|Robin|Jerome|Janet|Christine|Ursula|Angela|Olaf|Viktor|Recep|
Volodymyr|Joe|Kamala|Nikki|Ron|Gavin|Liz|Theresa|Jacinda|Justin|Shinzo|Fumio|Moon|Yoon|Lula|Javier|Jair`));

/**
 * Given names that are a woman's (and, with "Mr."/"Mrs."/"Ms." before a name, the honorific) tell
 * "she" from "he" when a pronoun speaker is resolved. Names common to both, and names not listed,
 * leave the person's gender unknown, so either pronoun may refer to them.
 */
export const FEMALE_FIRST_NAMES = new Set(list(`Abigail|Alexandra|Alice|Alison|Amanda|Amy|Andrea|Angela|Ann|Anna|Anne|Annalena|
Ashley|Ava|Barbara|Betsy|Beverly|Brittany|Carly|Carol|Caroline|Catherine|Chelsea|Cheryl|Christina|Christine|Claire|
Condoleezza|Cynthia|Deborah|Debbie|Denise|Diana|Diane|Dianne|Donna|Doris|Dorothy|Elena|Elizabeth|Emily|Emma|Erin|Evelyn|
Frances|Giorgia|Gloria|Grace|Greta|Hannah|Heather|Heidi|Helen|Hilary|Hillary|Holly|Huma|Isabella|Ivanka|Jacinda|Jane|
Janet|Janice|Jean|Jennifer|Jessica|Joanne|Joni|Joyce|Judith|Judy|Julia|Julie|Kamala|Karen|Kate|Katherine|Kathleen|Katie|
Kellyanne|Kimberly|Kirsten|Kristalina|Laura|Lauren|Linda|Lisa|Liz|Lucy|Madeleine|Margaret|Maria|Marie|Marilyn|Marine|
Marsha|Martha|Mary|Maxine|Megan|Megyn|Melania|Melanie|Melissa|Mette|Mia|Michele|Michelle|Monica|Nancy|Natalie|Ngozi|Nicola|
Nicole|Nikki|Olivia|Pam|Patricia|Rachel|Rebecca|Rose|Ruth|Samantha|Sandra|Sanna|Sarah|Shannon|Sheryl|Shirley|Sonia|Sophia|
Sophie|Stephanie|Sue|Susan|Tammy|Teresa|Theresa|Tina|Tulsi|Ursula|Victoria|Virginia`));

/** Given names shared by women and men: no gender from these. */
export const UNISEX_FIRST_NAMES = new Set(list(`Alex|Chris|Kim|Lee|Robin|Sam|Jordan|Taylor|Jamie|Pat|Terry|Leslie|Dana|Jean|Li|Wang|Zhang|
Moon|Yoon|Lei|Pony|Ashley|Kelly|Casey|Morgan|Shannon`));

/**
 * Nouns that describe an organisation right before its name: "oil firm Yukos", "gas giant
 * Gazprom", "investment company Baikal". A name after one is an organisation wherever the article
 * mentions it (a rule over the trained model, which reads a bare unknown subject as a person).
 */
export const ORG_DESCRIPTORS = new Set(list(`firm|company|companies|group|giant|maker|manufacturer|carrier|airline|bank|lender|insurer|
retailer|conglomerate|startup|start-up|operator|broker|brokerage|agency|producer|supplier|developer|publisher|
broadcaster|newspaper|network|chain|utility|automaker|carmaker|chipmaker|miner|refiner|exchange|fund|unit|subsidiary|
rival|competitor|outfit|club|team|party|union|charity|ministry|regulator|watchdog|institute|university|platform|app`));

/**
 * The last words of an institution whose name goes on with "for", "of" or "on" and another name
 * ("Washington Institute for Near East Policy", "Centre for EU-Asia Studies"), lower-cased.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['institute', 'institution', 'center', 'centre', 'council', 'foundation', 'office', 'department', 'ministry', 'commission', 'committee', 'agency', 'bureau', 'school', 'college', 'university', 'academy', 'society', 'association', 'coalition', 'alliance', 'project', 'program', 'programme', 'fund', 'organisation', 'organization']);

/**
 * Stock market indexes, which a markets report names like companies ("the S&P 500 fell", "Japan's
 * Nikkei 225"): the stems that an index's number follows, lower-cased, and the words an index's
 * own name ends in. An index is no organisation (src/nlp/ner/index.ts, marketIndexes).
 */
export const INDEX_STEMS: ReadonlySet<string> = new Set(['s&p', 'ftse', 'nikkei', 'stoxx', 'euro stoxx', 'cac', 'dax', 'kospi', 'nifty', 'asx', 'russell', 'sensex', 'topix', 'msci']);
export const INDEX_NAME_END = /\s(?:Index|Composite|Industrial Average|Average)$/;
/** …or the words that follow a name the model cut short ("Shanghai" + " Composite"). */
export const INDEX_NAME_AFTER = /^\s+(?:Composite|Index|Industrial Average)\b/;

/** A Reuters instrument code ("XAU=", "EUR=", "CLc1", "LCOc1"): no name. */
export const INSTRUMENT_CODE = /^[A-Z0-9]{2,}=[A-Z]*$|^[A-Z]{2,5}c\d$/;

/** Planets, moons and other bodies a science story names, lower-cased (places in an article about space: src/nlp/ner/index.ts). */
export const CELESTIAL_BODIES = new Set(
  list(`mercury|venus|earth|mars|jupiter|saturn|uranus|neptune|pluto|ceres|moon|the moon|titan|europa|ganymede|callisto|io|enceladus|
triton|phobos|deimos|charon|sun|the sun|solar system|the solar system|milky way|the milky way|andromeda|kuiper belt|asteroid belt|bennu|
ryugu|vesta|eris|makemake|haumea|sedna|proxima centauri|alpha centauri`),
);
/** Words that say an article is about space. */
export const SPACE_CONTEXT = /\b(?:planet|planetary|moons?|orbit(?:s|ing|er)?|spacecraft|space probe|telescope|astronom\w*|NASA|ESA|solar system|lunar|space agency|flyby)\b/;

/**
 * Last words that make a name an organisation (lower-cased): ORG_SUFFIXES' words and the kinds of
 * business a name ends in. Not "bank" (the West Bank), "federation" (the Russian Federation) or
 * "league" (the American League, an event to CoNLL-2003), nor the words of places and bodies
 * that are as often places ("court", "office", "union", "exchange").
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  ...[...ORG_SUFFIXES].map((w) => w.toLowerCase()).filter((w) => !NOT_COMPANY_WORDS.has(w)),
  ...list(`therapeutics|biosciences|robotics|labs|laboratories|software|solutions|aerospace|interactive|studios|entertainment|
media|brands|foods|kitchens|insurance|securities|investments|logistics|telecom|communications`),
]);
