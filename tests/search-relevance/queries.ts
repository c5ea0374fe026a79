// What people type into the search box, and the item each query must bring into the top 3.
// Every expectation names the item a reader would want for that query in this library, chosen
// from the content, not from what the engine happens to return. Where two items are equally
// right, either one in the top 3 is enough.

export type RelevanceGroup =
  | 'name-en'
  | 'name-hy'
  | 'name-az'
  | 'name-ru'
  | 'spelling'
  | 'date'
  | 'person'
  | 'agreement'
  | 'topic'
  | 'event';

export const RELEVANCE_GROUPS: readonly RelevanceGroup[] = [
  'name-en',
  'name-hy',
  'name-az',
  'name-ru',
  'spelling',
  'date',
  'person',
  'agreement',
  'topic',
  'event',
];

export interface RelevanceCase {
  query: string;
  /** Item ids; at least one must be among the first three hits. */
  expect: string[];
  /** Why these are the right answers. */
  why: string;
  group: RelevanceGroup;
}

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // Place names in English, the form the library writes in.
  {
    query: 'Getashen',
    expect: ['event:1991-04-30-operation-ring'],
    why: 'Operation Ring deported the Armenian villagers of Getashen; no other item is about the village.',
    group: 'name-en',
  },
  {
    query: 'Shusha 1992',
    expect: ['event:1992-05-08-shusha-captured'],
    why: 'The capture of Shusha in May 1992 is what happened to the town that year.',
    group: 'name-en',
  },
  {
    query: 'Kalbajar',
    expect: ['event:1993-04-02-kalbajar', 'event:2020-11-25-kalbajar-returned'],
    why: 'The district was taken in April 1993 and handed back in November 2020; both events are about it.',
    group: 'name-en',
  },
  {
    query: 'Hadrut',
    expect: ['event:2020-10-09-hadrut-claim'],
    why: 'The only event set in Hadrut: Azerbaijan taking the town in October 2020.',
    group: 'name-en',
  },
  {
    query: 'Chardakhlu',
    expect: ['event:1987-09-chardakhlu'],
    why: 'The 1987 dispute in the Armenian village of Chardakhlu.',
    group: 'name-en',
  },

  // Armenian names, in Armenian script and in Latin transliteration.
  {
    query: 'Artsakh',
    expect: ['article:land-and-names', 'article:glossary'],
    why: 'Artsakh is the Armenian name of Nagorno-Karabakh; the overview of the land and its names and the glossary entry explain it.',
    group: 'name-hy',
  },
  {
    query: 'Berdzor corridor',
    expect: ['article:lachin-corridor'],
    why: 'Armenians call the Lachin corridor the Berdzor corridor, after the Armenian name of Lachin.',
    group: 'name-hy',
  },
  {
    query: 'Shushi',
    expect: ['event:1992-05-08-shusha-captured', 'event:2020-11-08-shusha'],
    why: 'Shushi is the Armenian form of Shusha; the town changed hands in May 1992 and November 2020.',
    group: 'name-hy',
  },
  {
    query: 'Շուշի',
    expect: ['event:1992-05-08-shusha-captured', 'event:2020-11-08-shusha'],
    why: 'Shushi in Armenian script: the two captures of the town.',
    group: 'name-hy',
  },
  {
    query: 'Ստեփանակերտ 2020',
    expect: ['event:2020-10-03-stepanakert-shelling'],
    why: 'Stepanakert in Armenian script with the year: the shelling of the city in the 2020 war.',
    group: 'name-hy',
  },
  {
    query: 'Karvachar',
    expect: ['event:1993-04-02-kalbajar', 'event:2020-11-25-kalbajar-returned'],
    why: 'Karvachar is the Armenian name of Kalbajar: taken in 1993, returned in 2020.',
    group: 'name-hy',
  },
  {
    query: 'Akna',
    expect: ['event:1993-07-23-aghdam', 'event:2020-11-20-aghdam-returned'],
    why: 'Akna is the Armenian name of Aghdam: taken in July 1993, returned in November 2020.',
    group: 'name-hy',
  },
  {
    query: 'Varanda',
    expect: ['event:1993-08-23-fuzuli', 'event:2020-10-17-fuzuli'],
    why: 'Varanda is the Armenian name of Fuzuli: taken in August 1993, retaken in October 2020.',
    group: 'name-hy',
  },
  {
    query: 'Mataghis',
    expect: ['event:2020-10-03-sugovushan'],
    why: 'Mataghis (Madagiz) is the village Azerbaijan took and renamed Sugovushan in October 2020.',
    group: 'name-hy',
  },

  // Azerbaijani names in the Azerbaijani alphabet.
  {
    query: 'Xankəndi shelling',
    expect: ['event:2020-10-03-stepanakert-shelling'],
    why: 'Xankəndi is the Azerbaijani name of Stepanakert; the event is titled with Stepanakert.',
    group: 'name-az',
  },
  {
    query: 'Şuşa 2020',
    expect: ['event:2020-11-08-shusha'],
    why: 'Şuşa is Shusha; in 2020 Azerbaijan took the town.',
    group: 'name-az',
  },
  {
    query: 'Laçın dəhlizi',
    expect: ['article:lachin-corridor'],
    why: 'Laçın dəhlizi is the Azerbaijani name of the Lachin corridor.',
    group: 'name-az',
  },
  {
    query: 'Kəlbəcər',
    expect: ['event:1993-04-02-kalbajar', 'event:2020-11-25-kalbajar-returned'],
    why: 'Kəlbəcər is Kalbajar: taken in 1993, returned in 2020.',
    group: 'name-az',
  },
  {
    query: 'Ağdam',
    expect: ['event:1993-07-23-aghdam', 'event:2020-11-20-aghdam-returned'],
    why: 'Ağdam is Aghdam: taken in 1993, returned in 2020.',
    group: 'name-az',
  },
  {
    query: 'Cəbrayıl',
    expect: ['event:1993-08-18-jabrayil', 'event:2020-10-04-jabrayil'],
    why: 'Cəbrayıl is Jabrayil: taken in August 1993, retaken in October 2020.',
    group: 'name-az',
  },
  {
    query: 'Füzuli',
    expect: ['event:1993-08-23-fuzuli', 'event:2020-10-17-fuzuli'],
    why: 'Füzuli is Fuzuli: taken in August 1993, retaken in October 2020.',
    group: 'name-az',
  },
  {
    query: 'Xocalı',
    expect: ['event:1992-02-26-khojaly'],
    why: 'Xocalı is Khojaly; the killings of February 1992 are the event about the town.',
    group: 'name-az',
  },
  {
    query: 'Naxçıvan',
    expect: ['event:1924-02-09-nakhchivan-assr', 'event:1989-12-31-nakhchivan-border'],
    why: 'Naxçıvan is Nakhchivan; the two events about the exclave itself.',
    group: 'name-az',
  },
  {
    query: 'Dağlıq Qarabağ',
    expect: ['article:land-and-names', 'article:glossary'],
    why: 'The Azerbaijani name of Nagorno-Karabakh: the overview of the land and its names, or the glossary.',
    group: 'name-az',
  },
  {
    query: 'Çaykənd',
    expect: ['event:1991-04-30-operation-ring'],
    why: 'Çaykənd is the Azerbaijani name of Getashen, whose villagers Operation Ring deported.',
    group: 'name-az',
  },

  // Russian names in Cyrillic.
  {
    query: 'Ходжалы',
    expect: ['event:1992-02-26-khojaly'],
    why: 'Khojaly in Russian.',
    group: 'name-ru',
  },
  {
    query: 'Сумгаит',
    expect: ['event:1988-02-27-sumgait'],
    why: 'Sumgait in Russian: the anti-Armenian violence of February 1988.',
    group: 'name-ru',
  },
  {
    query: 'Шуша',
    expect: ['event:1992-05-08-shusha-captured', 'event:2020-11-08-shusha'],
    why: 'Shusha in Russian: the two captures of the town.',
    group: 'name-ru',
  },
  {
    query: 'Лачинский коридор',
    expect: ['article:lachin-corridor'],
    why: 'The Lachin corridor in Russian.',
    group: 'name-ru',
  },
  {
    query: 'Кировабад',
    expect: ['event:1988-11-kirovabad-violence'],
    why: 'Kirovabad, the Soviet name of Ganja: the anti-Armenian violence of November 1988 there.',
    group: 'name-ru',
  },
  {
    query: 'Геташен',
    expect: ['event:1991-04-30-operation-ring'],
    why: 'Getashen in Russian: Operation Ring.',
    group: 'name-ru',
  },
  {
    query: 'Степанакерт 2020',
    expect: ['event:2020-10-03-stepanakert-shelling'],
    why: 'Stepanakert in Russian with the year: the shelling of the city in the 2020 war.',
    group: 'name-ru',
  },
  {
    query: 'Нахичевань',
    expect: ['event:1924-02-09-nakhchivan-assr', 'event:1989-12-31-nakhchivan-border'],
    why: 'Nakhchivan in Russian: the two events about the exclave itself.',
    group: 'name-ru',
  },
  {
    query: 'Кельбаджар',
    expect: ['event:1993-04-02-kalbajar', 'event:2020-11-25-kalbajar-returned'],
    why: 'Kalbajar in Russian: taken in 1993, returned in 2020.',
    group: 'name-ru',
  },

  // Transliterations that are in neither the gazetteer nor the text, but fold to a form that is.
  {
    query: 'Ilham Aliev',
    expect: [
      'event:2003-10-15-ilham-aliyev-elected',
      'event:2024-02-07-azerbaijan-presidential-election',
    ],
    why: 'Aliev for Aliyev: the elections of Ilham Aliyev as president.',
    group: 'spelling',
  },
  {
    query: 'Heydar Aliev',
    expect: ['event:1993-06-15-aliyev-takes-power', 'event:1993-10-03-aliyev-elected-president'],
    why: 'Aliev for Aliyev: Heydar Aliyev taking power and being elected in 1993.',
    group: 'spelling',
  },
  {
    query: 'Pashinian',
    expect: ['event:2018-05-08-pashinyan-elected', 'article:velvet-revolution-and-peace-process'],
    why: 'Pashinian for Pashinyan: his election as prime minister, or the article on the 2018 revolution he led.',
    group: 'spelling',
  },
  {
    query: 'Ter-Petrossian',
    expect: ['event:1998-02-03-ter-petrosyan-resigns', 'article:people-who-shaped-it'],
    why: 'Ter-Petrossian for Ter-Petrosyan: his resignation, or his profile among the leaders.',
    group: 'spelling',
  },
  {
    query: 'Elçibey',
    expect: ['event:1992-06-07-elchibey-elected'],
    why: 'The Turkish spelling of Elchibey: his election as president of Azerbaijan.',
    group: 'spelling',
  },
  {
    query: 'Ruben Vardanian',
    expect: ['event:2023-09-27-vardanyan-detained', 'event:2026-02-17-vardanyan-sentenced'],
    why: 'Vardanian for Vardanyan: his detention in 2023 and his sentence in 2026.',
    group: 'spelling',
  },
  {
    query: 'Cabrayil',
    expect: ['event:1993-08-18-jabrayil', 'event:2020-10-04-jabrayil'],
    why: 'Cəbrayıl typed without Azerbaijani letters: Jabrayil, taken in 1993 and 2020.',
    group: 'spelling',
  },
  {
    query: 'Qubadly',
    expect: ['event:1993-08-31-qubadli', 'event:2020-10-25-gubadli'],
    why: 'A mix of Qubadlı and Gubadly: the district taken in 1993 and retaken in 2020.',
    group: 'spelling',
  },
  {
    query: 'Naxchivan',
    expect: ['event:1924-02-09-nakhchivan-assr', 'event:1989-12-31-nakhchivan-border'],
    why: 'Naxçıvan with ç written ch: Nakhchivan.',
    group: 'spelling',
  },
  {
    query: 'Xocaly',
    expect: ['event:1992-02-26-khojaly'],
    why: 'Xocalı with a y for ı: Khojaly.',
    group: 'spelling',
  },

  // Dates as people write them.
  {
    query: 'September 2023',
    expect: ['event:2023-09-19-offensive', 'article:september-2023-offensive'],
    why: "Azerbaijan's offensive of 19–20 September 2023 and the account of that week.",
    group: 'date',
  },
  {
    query: '19 September 2023',
    expect: ['event:2023-09-19-offensive'],
    why: 'The day the offensive began.',
    group: 'date',
  },
  {
    query: '27 September 2020',
    expect: ['event:2020-09-27-war-begins'],
    why: 'The day the 2020 war began.',
    group: 'date',
  },
  {
    query: 'May 1994',
    expect: ['event:1994-05-12-ceasefire', 'article:bishkek-ceasefire-1994'],
    why: 'The ceasefire of May 1994 that ended the first war.',
    group: 'date',
  },
  {
    query: 'April 2016',
    expect: ['article:april-2016-war', 'event:2016-04-02-four-day-war'],
    why: 'The four-day war of April 2016.',
    group: 'date',
  },
  {
    query: '1988',
    expect: ['article:karabakh-movement-1988'],
    why: 'The year the conflict began; the Karabakh movement article tells the story of 1988.',
    group: 'date',
  },
  {
    query: 'February 1988',
    expect: ['event:1988-02-20-nkao-soviet-appeal', 'article:karabakh-movement-1988'],
    why: "The regional council's request of 20 February 1988 that started the conflict, and the article on the movement it set off.",
    group: 'date',
  },
  {
    query: 'November 2020',
    expect: ['event:2020-11-10-trilateral-statement', 'article:november-2020-statement'],
    why: 'The statement of 9–10 November 2020 that ended the war.',
    group: 'date',
  },
  {
    query: '12 December 2022',
    expect: ['event:2022-12-12-lachin-blockade'],
    why: 'The day protesters blocked the Lachin road.',
    group: 'date',
  },
  {
    query: '20 January 1990',
    expect: ['event:1990-01-20-black-january'],
    why: 'Black January: Soviet troops entered Baku in the night of 19–20 January 1990.',
    group: 'date',
  },
  {
    query: '2 September 1991',
    expect: ['event:1991-09-02-nkr-declaration'],
    why: 'The day the Nagorno-Karabakh Republic was proclaimed.',
    group: 'date',
  },
  {
    query: '1923',
    expect: ['event:1923-07-07-nkao-established', 'article:nkao-1923-1987'],
    why: 'The year the autonomous oblast was created.',
    group: 'date',
  },
  {
    query: '8 August 2025',
    expect: ['event:2025-08-08-washington-summit'],
    why: 'The Washington summit.',
    group: 'date',
  },

  // People.
  {
    query: 'Heydar Aliyev',
    expect: ['event:1993-06-15-aliyev-takes-power', 'event:1993-10-03-aliyev-elected-president'],
    why: 'How Heydar Aliyev came to power in 1993: taking over in June, elected in October.',
    group: 'person',
  },
  {
    query: 'Robert Kocharyan',
    expect: ['article:people-who-shaped-it'],
    why: 'Only the profiles of the leaders tell who Kocharyan was; the events name him in passing.',
    group: 'person',
  },
  {
    query: 'Serzh Sargsyan',
    expect: ['article:people-who-shaped-it'],
    why: 'His profile among the leaders; the events name him only as a participant.',
    group: 'person',
  },
  {
    query: 'Elchibey',
    expect: ['event:1992-06-07-elchibey-elected'],
    why: 'Abulfaz Elchibey elected president of Azerbaijan.',
    group: 'person',
  },
  {
    query: 'Mutalibov',
    expect: ['event:1992-03-06-mutalibov-resigns', 'event:1992-05-15-popular-front-takes-power'],
    why: 'Ayaz Mutalibov resigning in March 1992, and his brief return in May; both are about him.',
    group: 'person',
  },
  {
    query: 'Stepan Shahumyan',
    expect: ['event:1918-03-30-march-days-baku'],
    why: 'The Baku Soviet he led took the city in the March Days of 1918.',
    group: 'person',
  },
  {
    query: 'Stalin',
    expect: ['event:1921-07-05-kavburo-decision', 'article:first-republics-1918-1921'],
    why: 'The Caucasian Bureau decision of July 1921, taken with Stalin present, and the article on that period.',
    group: 'person',
  },
  {
    query: 'Ramil Safarov',
    expect: ['event:2012-08-31-safarov-pardon'],
    why: 'His pardon in 2012.',
    group: 'person',
  },
  {
    query: 'Narimanov',
    expect: ['event:1920-11-30-narimanov-declaration'],
    why: "Narimanov's declaration of 1920 on Zangezur, Nakhchivan and Karabakh.",
    group: 'person',
  },
  {
    query: 'Khrushchev',
    expect: ['event:1964-05-19-khrushchev-petition'],
    why: 'The Karabakh Armenians’ petition to Khrushchev.',
    group: 'person',
  },
  {
    query: 'Arayik Harutyunyan',
    expect: ['event:2023-08-31-harutyunyan-resigns', 'article:people-who-shaped-it'],
    why: 'His resignation as Karabakh Armenian leader in August 2023, or his profile among the leaders.',
    group: 'person',
  },

  // Agreements and statements.
  {
    query: 'Bishkek Protocol',
    expect: ['event:1994-05-05-bishkek-protocol', 'article:bishkek-ceasefire-1994'],
    why: 'The protocol itself, and the article on it and the May 1994 ceasefire.',
    group: 'agreement',
  },
  {
    query: 'trilateral statement',
    expect: ['event:2020-11-10-trilateral-statement', 'article:november-2020-statement'],
    why: 'The trilateral statement of 10 November 2020, and the article on its nine points.',
    group: 'agreement',
  },
  {
    query: 'Madrid Principles',
    expect: ['event:2007-11-29-madrid-principles'],
    why: 'The co-chairs presenting the Basic Principles, known as the Madrid Principles, in 2007.',
    group: 'agreement',
  },
  {
    query: 'Treaty of Kars',
    expect: ['event:1921-10-13-treaty-of-kars'],
    why: 'The treaty of 13 October 1921.',
    group: 'agreement',
  },
  {
    query: 'Alma-Ata Declaration',
    expect: ['event:2022-10-06-prague-statement'],
    why: 'In the Prague statement of October 2022 both sides based the border work on the 1991 Alma-Ata Declaration.',
    group: 'agreement',
  },
  {
    query: 'Washington agreement 2025',
    expect: ['event:2025-08-08-washington-summit', 'article:peace-treaty-and-washington-2025'],
    why: 'The Washington summit of August 2025, and the article on the treaty and that meeting.',
    group: 'agreement',
  },
  {
    query: 'peace treaty',
    expect: ['article:peace-treaty-and-washington-2025'],
    why: 'The article on the Armenia–Azerbaijan peace treaty.',
    group: 'agreement',
  },
  {
    query: 'Zurich protocols',
    expect: ['event:2009-10-10-zurich-protocols'],
    why: 'The Armenia–Turkey protocols signed in Zurich in 2009.',
    group: 'agreement',
  },
  {
    query: 'Treaty of Alexandropol',
    expect: ['event:1920-11-29-sovietisation-armenia'],
    why: 'The treaty is part of the event on Soviet rule in Armenia in 1920.',
    group: 'agreement',
  },
  {
    query: 'Resolution 822',
    expect: ['event:1993-04-30-unsc-822'],
    why: 'UN Security Council Resolution 822 of April 1993.',
    group: 'agreement',
  },

  // Topics.
  {
    query: 'exodus 2023',
    expect: ['article:exodus-and-refugees', 'event:2023-10-02-exodus-complete'],
    why: 'The departure of the Karabakh Armenians in September 2023.',
    group: 'topic',
  },
  {
    query: 'Lachin corridor blockade',
    expect: ['article:lachin-corridor', 'event:2022-12-12-lachin-blockade'],
    why: 'The article on the corridor and the blockade, and the day the road was blocked.',
    group: 'topic',
  },
  {
    query: 'Russian peacekeepers',
    expect: ['article:russian-peacekeepers'],
    why: 'The article on the Russian peacekeepers, 2020–2024.',
    group: 'topic',
  },
  {
    query: 'landmines',
    expect: ['article:landmines-and-demining'],
    why: 'The article on landmines and demining.',
    group: 'topic',
  },
  {
    query: 'missing persons',
    expect: ['article:missing-persons'],
    why: 'The article on the missing of the Karabakh wars.',
    group: 'topic',
  },
  {
    query: 'OSCE Minsk Group',
    expect: ['article:osce-minsk-group'],
    why: 'The article on the Minsk Group, 1992–2025.',
    group: 'topic',
  },
  {
    query: 'Sumgait pogrom',
    expect: ['event:1988-02-27-sumgait'],
    why: 'The anti-Armenian violence in Sumgait in February 1988.',
    group: 'topic',
  },
  {
    query: 'Khojaly massacre',
    expect: ['event:1992-02-26-khojaly'],
    why: 'The killings of civilians fleeing Khojaly in February 1992.',
    group: 'topic',
  },
  {
    query: 'refugees',
    expect: ['article:exodus-and-refugees', 'article:displaced-azerbaijanis'],
    why: 'The two articles on refugees: Karabakh Armenians in 2023, and displaced Azerbaijanis since 1988.',
    group: 'topic',
  },
  {
    query: 'cultural heritage',
    expect: ['article:cultural-heritage'],
    why: 'The article on cultural and religious heritage.',
    group: 'topic',
  },
  {
    query: 'prisoners of war',
    expect: ['article:prisoners-detainees-and-trials'],
    why: 'The article on prisoners, detainees and trials since 2020.',
    group: 'topic',
  },
  {
    query: 'International Court of Justice',
    expect: ['article:courts-and-cases'],
    why: 'The article on the cases at the ICJ and other courts; the events each cover one order.',
    group: 'topic',
  },
  {
    query: 'Black January',
    expect: ['event:1990-01-20-black-january'],
    why: 'Soviet troops entering Baku in January 1990.',
    group: 'topic',
  },
  {
    query: 'Zangezur corridor',
    expect: ['article:transport-links-and-corridors'],
    why: 'The article on the transport links and the "corridor" dispute.',
    group: 'topic',
  },
  {
    query: 'Julfa cemetery',
    expect: ['article:cultural-heritage'],
    why: 'The Julfa cemetery has its own section in the cultural heritage article.',
    group: 'topic',
  },
  {
    query: 'seven districts',
    expect: ['article:surrounding-districts'],
    why: 'The article on the seven districts around Nagorno-Karabakh.',
    group: 'topic',
  },
  {
    query: 'drones',
    expect: ['article:2020-war'],
    why: 'The 2020 war article has a section on drones, missiles and cluster munitions.',
    group: 'topic',
  },

  // Events described in a few keywords.
  {
    query: 'ceasefire 1994',
    expect: ['event:1994-05-12-ceasefire', 'article:bishkek-ceasefire-1994'],
    why: 'The ceasefire that took effect on 12 May 1994.',
    group: 'event',
  },
  {
    query: 'four-day war',
    expect: ['article:april-2016-war', 'event:2016-04-02-four-day-war'],
    why: 'The fighting of April 2016, known as the four-day war.',
    group: 'event',
  },
  {
    query: '2020 war',
    expect: ['article:2020-war'],
    why: 'The article on the 2020 war.',
    group: 'event',
  },
  {
    query: 'Ganja missile strike',
    expect: ['event:2020-10-11-ganja-strike', 'event:2020-10-17-ganja-missile-strike'],
    why: 'The two missile strikes on residential Ganja in October 2020.',
    group: 'event',
  },
  {
    query: 'parliament shooting 1999',
    expect: ['event:1999-10-27-parliament-shooting'],
    why: "The attack on Armenia's parliament in October 1999.",
    group: 'event',
  },
  {
    query: 'Aliyev flag Khankendi',
    expect: ['event:2023-10-15-aliyev-raises-flag'],
    why: "Aliyev raising Azerbaijan's flag in Stepanakert / Khankendi in October 2023.",
    group: 'event',
  },
  {
    query: 'Artsakh is Armenia',
    expect: ['event:2019-08-05-stepanakert-speech'],
    why: "Pashinyan's 2019 speech in Stepanakert.",
    group: 'event',
  },
  {
    query: 'helicopter shot down 2020',
    expect: ['event:2020-11-09-mi-24-downing'],
    why: 'The Russian Mi-24 shot down over Armenia on 9 November 2020.',
    group: 'event',
  },
  {
    query: 'Azerbaijan offensive 2023',
    expect: ['event:2023-09-19-offensive', 'article:september-2023-offensive'],
    why: 'The offensive of 19–20 September 2023.',
    group: 'event',
  },
];
