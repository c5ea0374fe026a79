// A six-paragraph article for the re-anchoring tests, as its text reaches the anchoring code
// (paragraphs joined by a line break, as an article body's textContent gives them). The second
// paragraph carries a typo ("acros") that a later release fixes; the fourth and fifth end with
// sentences of the same shape, as articles that report figures year by year do.
export const PARAGRAPHS = [
  'The ceasefire that ended the first war over Nagorno-Karabakh was agreed in Bishkek in May 1994 and took effect on 12 May. It was signed by the defence ministers of Armenia and Azerbaijan and by the commander of the Karabakh Armenian forces, with Russia as mediator.',
  'No peacekeeping force was deployed to hold it. Instead the two armies faced each other acros a line of contact that ran for about 180 kilometres, from the mountains of Kalbajar in the north to the plain near the Iranian border in the south.',
  "The OSCE Minsk Group, co-chaired by France, Russia and the United States, led the search for a settlement. Its proposals of 1997 and 1998, and the Basic Principles first presented in Madrid in 2007, all tried to trade the return of occupied districts for a vote on the region's final status.",
  'Incidents along the line were frequent. Snipers fired across the trenches, and each side accused the other of breaking the ceasefire; a small team of OSCE monitors could check only a few points of the line at a time. In one month of 2015 the monitors were told of some 3,000 shots fired across the line.',
  'In April 2016 four days of heavy fighting showed how fragile the arrangement had become. Azerbaijan retook some heights, and both sides lost soldiers and civilians before a new truce was agreed in Moscow. In one week of 2016 the monitors were told of about 4,000 shots fired across the line.',
  'The ceasefire of 1994 finally collapsed in September 2020, when a war of forty-four days ended with the trilateral statement of 10 November and the deployment of Russian peacekeepers.',
];

export const ARTICLE = PARAGRAPHS.join('\n');
