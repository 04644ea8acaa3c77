/** Word lists the rule-based recognizer keys on: titles, organisation and place heads, particles. */

const set = (s: string) => new Set(s.split('|'));

/** Words that introduce a person's name (`Interior Minister X`, `Dr X`); the name follows the last of them. */
export const TITLE_HEADS = set(
  'Minister|Ambassador|President|Representative|Envoy|Adviser|Advisor|Ombudsman|Attaché|Undersecretary|Vice-President|Premier|Chancellor|Secretary|Secretary-General|Dr|Dr.|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Sheikh|Emir|Sultan|Pope|Cardinal|Bishop|Archbishop|Rev|Rev.|Reverend|Imam|Rabbi|Father|General|Gen|Gen.|Lieutenant|Colonel|Col|Col.|Major|Maj|Captain|Capt|Admiral|Commander|Marshal|Sergeant|Brigadier|Governor|Senator|Sen|Sen.|Rep|Rep.|Congressman|Congresswoman|Mayor|Judge|Justice|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Chairperson|Chair|Chief|Director|Director-General|Commissioner|Inspector|Superintendent|Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Captain|Envoy|Counsellor|Councillor|Deputy|Speaker|Leader|CEO|Founder|Editor|Correspondent|Consul|Attorney|Prosecutor|Officer|Constable|Ayatollah|Mullah|Maulana|Mufti|Dalai|Crown',
);

/** Modifiers that may precede a title head inside the same capitalised run (`Prime Minister`, `Foreign Trade Minister`). */
export const TITLE_MODIFIERS = set(
  'Prime|Shadow|Deputy|Vice|Acting|Interim|Former|Foreign|Interior|Home|Defence|Defense|Finance|Trade|Foreign Trade|Health|Education|Energy|Justice|Economy|Labour|Labor|Agriculture|Information|Commerce|Planning|Transport|Culture|Tourism|Water|Environment|Climate|Chief|Senior|Junior|Permanent|Assistant|Associate|Executive|Managing|General|Lieutenant|Major|Attorney|Federal|Provincial|State|Regional|National|Supreme|High|Grand|First|Second|Third|Crown|Army|Police|Navy|Air|Opposition|Party|Club|Team|Caretaker|Special|Under|Minister|Secretary|Vice-Chancellor',
);

/** Last words that make a capitalised run an organisation (`… Council`, `… Party`). */
export const ORG_TAILS = set(
  'Ministry|Council|Organisation|Organization|Party|Portal|Commission|Committee|Network|Association|Institute|Institution|Centre|Center|Bank|Federation|Trust|Foundation|Fund|Securities|Pictures|Studios|Holdings|Group|Corporation|Corp|Corp.|Inc|Inc.|Ltd|Ltd.|LLC|PLC|plc|AG|SA|GmbH|Co|Co.|Company|Companies|Systems|Technologies|Technology|Manufacturing|Industries|Industry|Motors|Airlines|Airways|Shipping|Logistics|Terminals|Energy|Petroleum|Oil|Gas|Telecom|Media|News|Times|Post|Herald|Tribune|Gazette|Journal|Chronicle|Observer|Guardian|Telegraph|Express|Mail|Ledger|Sentinel|Courier|Monitor|Review|Standard|Daily|Weekly|Magazine|Press|Radio|Television|TV|Broadcasting|Agency|Office|Bureau|Directorate|Department|Authority|Board|Service|Services|Police|Army|Navy|Force|Forces|Brigade|Regiment|Battalion|Corps|Guard|Movement|Front|Alliance|Coalition|Union|League|Club|FC|United|City|Athletic|Rovers|Wanderers|University|College|School|Academy|Hospital|Clinic|Court|Tribunal|Parliament|Assembly|Senate|Congress|Cabinet|Government|Administration|Secretariat|Observatory|Laboratory|Laboratories|Labs|Society|Institute|Forum|Initiative|Programme|Program|Project|Consortium|Cooperative|Co-operative|Partnership|Partners|Capital|Management|Advisors|Advisers|Investments|Ventures|Exchange|Markets|Insurance|Finance|Financial|Pharma|Pharmaceuticals|Group|Brands|Foods|Retail|Stores|Solutions|Consulting|Research|Mosque|Temple|Tabernacle|Mission|Network|Watch',
);

/** First words that make a capitalised run an organisation (`Ministry of …`, `Radio Pakistan`, `Banco …`). */
export const ORG_LEADS = set(
  'Ministry|Department|Office|Bank|University|Council|Commission|Committee|Institute|Federation|Association|Society|Radio|Banco|Banque|Partido|Frente|Alianza|Movimiento|Unión|Union|Policlinico|Ospedale|Hôpital|Hospital|Universidad|Università|Université|Instituto|Istituto|Fundación|Fondazione|Agence|Agencia|Club|Real|Sporting|Ajax|Dynamo|Dinamo|Team|Tehreek|Tehreek-e|Jamaat|Jamaat-e|Jamiat|Lashkar|Harakat|Hizb|Congress|Parliament|Court|Board|Agency|Authority|Bureau|Directorate|Supreme|High|National|Royal|Federal|Central|State|Government|Armed|Air|Navy|Coast|Border',
);

/** Last words that make a capitalised run a place (`Kariba Dam`, `Lusaka Province`). */
export const PLACE_TAILS = set(
  'River|Lake|Dam|Sea|Ocean|Gulf|Bay|Strait|Straits|Canal|Channel|Island|Islands|Isles|Peninsula|Mountains|Mountain|Mount|Hills|Hill|Valley|Plain|Plains|Plateau|Desert|Forest|Delta|Basin|Coast|Highlands|Lowlands|Province|Region|District|County|State|Territory|Governorate|Prefecture|Oblast|Municipality|Department|Canton|Borough|Parish|Village|Town|City|Capital|Corridor|Line|Border|Frontier|Pass|Road|Street|Avenue|Boulevard|Lane|Square|Bridge|Port|Harbour|Harbor|Airport|Park|Glacier|Falls|Springs|Reef|Cape|Heights|Quarter',
);

/** First words that make a capitalised run a place (`Lake Kariba`, `Mount Kenya`, `Avenida …`). */
export const PLACE_LEADS = set('Lake|Mount|Mt|Mt.|Cape|Gulf|Bay|Strait|Isle|Port|Fort|Avenida|Avenue|Calle|Rue|Via|Piazza|Plaza|Camp|Sierra|Río|Rio|Lago|Monte|Wadi|Jebel|Saint|St|St.|San|Santa|Santo|São|Sankt|Sainte|Porto|Puerto');

/** Lower-case particles allowed inside a name (`Ministry of Foreign Affairs`, `Marieke van Oosterwijk`). */
export const NAME_PARTICLES = set('of|for|de|del|della|degli|di|da|das|do|dos|du|des|la|le|les|el|al|al-|el-|van|von|der|den|ter|ten|y|e|bin|bint|ibn|binti|ul|ud|on|upon|am|an|auf');

/** Particles that may only join when the run already started as an organisation or place (`Ministry of Tourism and Sports`). */
export const ORG_CONJUNCTIONS = set('and|&');

/**
 * Capitalised words that are ordinary English at a sentence start or in a headline; a
 * run starting with one of them drops it (`The`, `According`, `Both`, `Last`).
 */
export const COMMON_WORDS = set(
  'A|An|The|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|There|Here|What|When|Where|Who|Whom|Whose|Which|Why|How|If|In|On|At|By|For|From|To|Of|With|Without|About|After|Before|During|Since|Until|While|As|But|And|Or|Nor|So|Yet|Also|Both|Either|Neither|Each|Every|All|Any|Some|Many|Much|Most|More|Few|Several|No|Not|None|Other|Another|Such|Last|Next|First|Second|Third|Final|Earlier|Later|Then|Now|Today|Yesterday|Tomorrow|Tonight|According|Meanwhile|However|Although|Though|Despite|Instead|Moreover|Furthermore|Nevertheless|Still|Even|Only|Just|Once|Over|Under|Between|Among|Against|Through|Across|Around|Into|Onto|Upon|Within|Outside|Inside|Near|Like|Unlike|Per|Via|Amid|Amidst|Following|Including|Ahead|Asked|Speaking|Sources|Officials|Critics|Analysts|Experts|Observers|Investors|Lawyers|Residents|Supporters|Families|Fans|Police|Authorities|Officers|Troops|Rescuers|Doctors|Patients|Workers|Voters|Members|Leaders|Ministers|Judges|Reporters|Journalists|Mr|Mrs|Ms|Dr|Prof|Sir|Whoever|Whatever|Nobody|Everyone|Everybody|Someone|Somebody|Anyone|Nothing|Everything|Something|Anything|Yes|Oh|Well|Please|Thanks|Thank|Let|Let’s|Let\'s|Published|Updated|Posted|Read|Share|Follow|Subscribe|Click|Watch|Listen|Photo|Picture|Image|Video|Credit|Caption|File|Source|Related|Advertisement|Comments|Leave|Reply|Email|Print|Home|Opinion|Analysis|Breaking|Live|Exclusive|Update|Editorial|Correction|Note|Mins|Min|Hours|Ago|Short|Url|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
);

/** Month and weekday names: never part of a name (dates are another recognizer's business). */
export const CALENDAR_WORDS = set(
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
);

/** Nouns that, after `, a/an/the …`, say the preceding name is an organisation (`X, a Guayaquil brokerage`). */
export const ORG_APPOSITIVES = set(
  'company|firm|group|brokerage|bank|lender|insurer|newspaper|broadcaster|agency|party|charity|organisation|organization|union|association|federation|club|team|university|hospital|clinic|think-tank|thinktank|institute|body|regulator|watchdog|authority|ministry|carrier|airline|operator|manufacturer|maker|producer|chipmaker|supplier|retailer|developer|startup|start-up|conglomerate|consortium|fund|investor|network|coalition|movement|militia|faction|outlet|publisher|platform|exchange|subsidiary|unit|division|studio|label|council|committee|court|monitor|nonprofit|non-profit|ngo|NGO|contractor|shipper|shipping|terminal|port',
);

/** Nouns that, after `, a/an/the …`, say the preceding name is a person (`X, a former governor`). */
export const PERSON_APPOSITIVES = set(
  'spokesperson|spokesman|spokeswoman|minister|official|officer|director|chief|head|president|chairman|chairwoman|governor|mayor|senator|lawmaker|legislator|MP|deputy|ambassador|diplomat|envoy|analyst|economist|researcher|scientist|microbiologist|professor|lecturer|doctor|nurse|surgeon|lawyer|attorney|judge|prosecutor|activist|campaigner|candidate|leader|member|fellow|resident|farmer|worker|teacher|student|journalist|reporter|editor|writer|author|actor|actress|singer|player|striker|coach|manager|captain|founder|owner|executive|investor|entrepreneur|commander|general|colonel|soldier|veteran|survivor|witness|victim|mother|father|son|daughter|wife|husband|brother|sister|widow|grandmother|grandfather|councillor|secretary|adviser|advisor|consultant|engineer|pilot|driver|guard|trader|banker|broker|strategist|historian|expert|specialist|vice-president|ceo|cfo|chair',
);

/** Verbs of saying after a name mark a person (`… Cevallos said`). */
export const SPEECH_VERBS = set('said|says|told|added|stated|noted|warned|argued|insisted|explained|wrote|tweeted|claimed|asked|replied|urged|acknowledged|admitted|announced|confirmed|denied|stressed|recalled|believes|thinks');

/** Words before a single unknown capitalised word that suggest a place (`in Siavonga`, `near Wana`). */
/** Lower-case nouns after a name that make it a place (`Pichincha province`, `Vorukh enclave`), or before `of` (`village of X`). */
export const PLACE_NOUNS = set('province|region|district|state|county|city|town|village|villages|hamlet|enclave|exclave|river|valley|border|port|airport|capital|municipality|canton|department|governorate|prefecture|oblast|island|islands|peninsula|coast|lake|mountains|suburb|neighbourhood|neighborhood|area|settlement|camp|township|commune|residents|inhabitants|citizens|outskirts|suburbs|streets|mayor|governor');

export const PLACE_PREPOSITIONS = set('in|at|near|outside|from|to|into|across|towards|toward|around|via|through|between|inside|reached|visited|north|south|east|west|northern|southern|eastern|western|central');

/** Last words that make a capitalised run a named event, agreement or initiative (`… Treaty`, `… Conference`). */
export const MISC_TAILS = set(
  'Treaty|Conference|Summit|Agreement|Accord|Accords|Act|Bill|Convention|Protocol|Declaration|Charter|Games|Olympics|Paralympics|Cup|Championship|Championships|Open|Grand Prix|War|Festival|Awards|Award|Prize|Expo|Week|Day|Initiative|Plan|Strategy|Doctrine|Revolution|Crisis|Pact|Deal|Operation|Rally|Marathon|Tournament|Series|Trophy|Index|Report|Budget|Census|Election|Elections|Referendum|Pandemic|Scandal|Massacre|Uprising|Spring',
);

/** Upper-case abbreviations that are not names (units, currencies, common terms). */
export const NON_ENTITY_ACRONYMS = set(
  'CEO|CFO|COO|CTO|GDP|GNP|CPI|GMT|BST|UTC|EST|PST|AM|PM|MP|MPs|MEP|TV|AI|IT|PC|OK|ID|DNA|RNA|HIV|AIDS|COVID|SARS|CCTV|SUV|VAT|IPO|ICU|PhD|MA|BA|MBA|FAQ|PR|HQ|UFO|NGO|NGOs|USD|EUR|GBP|JPY|CNY|RMB|PKR|INR|THB|AUD|CAD|CHF|SEK|NOK|DKK|RUB|TRY|ZAR|NGN|KES|EGP|SAR|AED|BRL|MXN|ARS|KRW|IDR|MYR|PHP|VND|BDT|LKR|NPR|AFN|IRR|KM|KG|MW|GW|KW|MB|GB|TB|CD|DVD|SMS|URL|VIP|LGBT|LGBTQ|ATM|API|CPU|GPU|LNG|LPG|EV|EVs|PDF|USB|GPS|IQ|ASAP|RIP|PS|NB|AD|BC|BCE|CE|KO|VS|VAR|NFT|OS|UV|WMD|IED|IEDs|RPG|AK|AKA|FY|YoY|QoQ|NB|II|III|IV|VI|VII|VIII|IX|XI|XII',
);
