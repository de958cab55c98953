import { describe, expect, it } from 'vitest';
import { cleanArticle, findMasthead, notHeadline, overlap } from '../../scripts/pipeline/03-clean.ts';
import { readLines } from '../../scripts/pipeline/clean/classify.ts';

const texts = (body: string) => cleanArticle(body, 0).paragraphs.map((p) => p.text);
const roleOf = (body: string, line: string) => cleanArticle(body, 0).removed.find((r) => r.text === line)?.role;

// Articles below are written for these tests (no outlet's text).
const agencyStory = [
  'Harbour strike ends after nine days of talks',
  '',
  'By Jane Doe',
  'March 3, 2025',
  '',
  'PORTSMOUTH (Reuters) - Dock workers voted on Sunday to end a nine-day strike that had left hundreds of containers stranded at the port, union officials said.',
  '',
  'The deal gives workers a pay rise of six percent this year and a further four percent next year, according to a statement from the port authority.',
  '',
  'Advertisement',
  '',
  '“This is a fair result for everyone who stood on the picket line,” the union’s regional secretary told reporters outside the gates.',
  '',
  'What happens next',
  '',
  'Shipping lines said it would take about a week to clear the backlog of vessels waiting outside the harbour.',
  '',
  'READ MORE: Ferry operator cancels winter timetable after fuel costs soar',
  '',
  'Share',
  'Facebook',
  'Twitter',
  'Email',
  '',
  '© 2025 Reuters. All rights reserved.',
].join('\n');

describe('cleanArticle: one article', () => {
  const out = cleanArticle(agencyStory, 0);

  it('finds the headline, byline and dateline', () => {
    expect(out.title).toBe('Harbour strike ends after nine days of talks');
    expect(out.titleLine).toBe(1);
    expect(out.byline).toBe('Jane Doe');
    expect(out.dateline).toBe('PORTSMOUTH (Reuters) -');
  });

  it('keeps the dateline paragraph’s words in the body, without the dateline', () => {
    expect(out.paragraphs[0]).toMatchObject({ id: 'p1', line: 6, role: 'body' });
    expect(out.paragraphs[0].text).toMatch(/^Dock workers voted on Sunday/);
  });

  it('keeps a subheading between paragraphs with its role', () => {
    expect(out.paragraphs.find((p) => p.text === 'What happens next')?.role).toBe('subheading');
  });

  it('removes furniture with its role and keeps every body sentence', () => {
    const roles = Object.fromEntries(out.removed.map((r) => [r.text, r.role]));
    expect(roles).toMatchObject({
      'Advertisement': 'advert',
      'READ MORE: Ferry operator cancels winter timetable after fuel costs soar': 'promo',
      'Share': 'share',
      '© 2025 Reuters. All rights reserved.': 'legal',
      'By Jane Doe': 'byline',
      'March 3, 2025': 'date-line',
    });
    expect(out.paragraphs.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Dock workers/),
      expect.stringMatching(/^The deal gives workers/),
      expect.stringMatching(/^“This is a fair result/),
      'What happens next',
      expect.stringMatching(/^Shipping lines said/),
    ]);
  });

  it('numbers lines in the file, after front matter', () => {
    const shifted = cleanArticle(agencyStory, 4);
    expect(shifted.titleLine).toBe(5);
    expect(shifted.paragraphs[0].line).toBe(10);
    expect(shifted.removed.find((r) => r.text === 'Advertisement')?.line).toBe(14);
  });
});

describe('cleanArticle: headline', () => {
  it('is null when the text starts with its lead paragraph', () => {
    const body = 'Relations between the two neighbours have worsened sharply this year, officials in both capitals said on Tuesday, as a dispute over fishing rights dragged on.\n\nThe foreign ministers are due to meet next month in Geneva.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBeNull();
    expect(out.findings.map((f) => f.rule)).toContain('no-title');
    expect(out.paragraphs).toHaveLength(2);
  });

  it('skips a date line and an advert above the headline', () => {
    const body = 'Advertisement\n\nMonday, May 6, 2024\n\nCity council approves new tram line\n\nThe council voted 31 to 12 on Monday to approve the long-delayed tram line across the river.';
    expect(cleanArticle(body, 0).title).toBe('City council approves new tram line');
  });

  it('drops a later copy of the headline as a repeat', () => {
    const body = 'Floods close mountain pass for third day\n\nWorld News\n\nFloods close mountain pass for third day\n\nHeavy rain closed the only road over the pass for a third day on Friday, stranding dozens of lorries on both sides.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('Floods close mountain pass for third day');
    expect(out.removed.map((r) => r.role)).toContain('repeat');
    expect(out.paragraphs.map((p) => p.text)).not.toContain('World News');
  });
});

describe('cleanArticle: headline on whole pages', () => {
  const prose = 'The county engineer told councillors on Tuesday that repairs to the old river bridge would take at least two more years.\n\nThe bridge has been closed to lorries since last spring.';

  it('prefers the line that shares the page title’s words over bylines, credits and share bars', () => {
    const page = `Bridge repairs delayed again - The Valley Courier\n\nHome\nNews\nSport\n\nBridge repairs delayed again as corrosion spreads\n\nShow more sharing options\nJane Lee, Associated Press\nNov 18, 2019 at 9:24 pm ET\n\n${prose}`;
    expect(cleanArticle(page, 0).title).toBe('Bridge repairs delayed again as corrosion spreads');
  });

  it('falls back to the page title’s headline part when nothing above the body reads as a headline', () => {
    const page = `Bridge repairs delayed again | The Valley Courier\n\nHome\nNews\nSport\n\nSharing is caring!\n\n${prose}`;
    expect(cleanArticle(page, 0).title).toBe('Bridge repairs delayed again');
  });
});

describe('cleanArticle: headline shapes', () => {
  it('takes a headline in capitals, not the breadcrumb above it', () => {
    const body = 'Home / World / Asia\n\nCHINA WARNS US OVER TAIWAN ARMS SALES\n\nBy Lin Wei | Published June 5, 2024\n\nBEIJING, June 5 (Xinhua) -- China on Wednesday urged the United States to stop selling weapons to Taiwan, a spokesperson said.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('CHINA WARNS US OVER TAIWAN ARMS SALES');
    expect(out.removed.find((r) => r.text === 'Home / World / Asia')?.role).toBe('navigation');
  });

  it('takes the headline under a menu of labels split by bars, not the menu read as "Headline | Site"', () => {
    const body = 'Home | World | Asia | Business\n\nWhat the new export rules mean for chipmakers\n\nBy Wang Hua\n\n2024-12-08\n\nTAIPEI (Reuters) - Chipmakers said on Monday that the new rules would add months to the approval of every shipment, a trade group said.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('What the new export rules mean for chipmakers');
    expect(out.removed.find((r) => r.text === 'Home | World | Asia | Business')?.role).toBe('navigation');
  });

  it('takes a question headline on the first line as the headline, not the lead', () => {
    const body = 'Can the ceasefire hold? What we know so far\n\nFighting eased overnight along the border after both sides agreed to a ceasefire brokered by regional mediators, officials said on Friday.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('Can the ceasefire hold? What we know so far');
    expect(out.paragraphs).toHaveLength(1);
  });
});

describe('cleanArticle: several writers between the headline and the lead', () => {
  const lead = 'The port authority said on Friday that night shipping through the strait would be suspended for a week while divers cleared debris from the channel.';
  it.each([
    ['capitals and a role', 'MARTA KOWALSKI and DEV A. RAO, Harbour Gazette staff writers'],
    ['where each filed from', 'Marta Kowalski-Berg in Gdansk and Dev Rao in Mumbai'],
    ['a middle initial, comma-joined', 'Marta Kowalski, Dev A. Rao'],
    ['two plain names under the headline', 'Marta Kowalski and Dev Rao'],
    ['three plain names under the headline', 'Marta Kowalski, Dev Rao and Lin Wei'],
  ])('takes the headline above them, not the names (%s)', (_name, names) => {
    const body = `World\nBusiness\n\nStrait shipping halted as divers clear wreck debris\n\n${names}\nJune 5, 2024\n\n${lead}`;
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('Strait shipping halted as divers clear wreck debris');
    expect(out.removed.find((r) => r.text === names)?.role).toBe('byline');
    expect(out.byline).not.toBeNull();
  });
});

describe('cleanArticle: a title-case headline that reads like a list of names', () => {
  it('stays the headline when only a section label stands above it', () => {
    const body = 'Harbour News\n\nPort Workers Strike and Ferries Stop\n\nJune 5, 2024\n\nThe port authority said on Friday that night shipping through the strait would be suspended for a week while divers cleared debris.';
    expect(cleanArticle(body, 0).title).toBe('Port Workers Strike and Ferries Stop');
  });
});

describe('cleanArticle: a title-case headline over a sentence-case deck', () => {
  it('takes the title-case line as the headline and the deck as the standfirst, even when the deck is shorter', () => {
    const body = 'Ministry of Transport\nNewsroom > Press Releases\n\nFOR IMMEDIATE RELEASE\n\nTransport Ministry Announces Major Overhaul of Regional Rail Safety Inspections\n\nNew rules double checks on older bridges\n\nLAKETON — Today, the Ministry of Transport announced new rules requiring twice-yearly inspections of every rail bridge older than fifty years.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('Transport Ministry Announces Major Overhaul of Regional Rail Safety Inspections');
    expect(out.standfirst).toEqual(['New rules double checks on older bridges']);
  });
});

describe('cleanArticle: a headline printed straight under the menu', () => {
  it('is found although the menu run reaches it', () => {
    const body = "Skip to content\nWorld\nChina\nLeader calls for 'peaceful reunification' in new year address\nBy Staff Writer\nPublished On 31 Dec 2023\nThe leader said in a new year address broadcast on state television that reunification was inevitable.\nThe island will hold elections on January 13.";
    const out = cleanArticle(body, 0);
    expect(out.title).toBe("Leader calls for 'peaceful reunification' in new year address");
    expect(out.byline).toBe('Staff Writer');
    expect(out.paragraphs).toHaveLength(2);
  });
});

describe('notHeadline / overlap', () => {
  it.each([
    ['Jane Lee, Associated Press', true],
    ['Reuters November 18, 2019 11:03 PM', true],
    ['Natasha Lee @natashalee', true],
    ['Filed to: innovation', true],
    ['Health Marijuana Cannabis Weed', true],
    ['40 Casey Mears 1 0 0 0 0', true],
    ['Bridge repairs delayed again as corrosion spreads', false],
    ['Pants on Fire!', false],
  ])('%s -> %s', (text, expected) => {
    expect(notHeadline(text)).toBe(expected);
  });

  it('measures shared words', () => {
    expect(overlap('Bridge repairs delayed again', 'Bridge repairs delayed again as corrosion spreads')).toBe(1);
    expect(overlap('Sharing is caring!', 'Bridge repairs delayed again')).toBe(0);
  });
});

describe('cleanArticle: standfirst', () => {
  const body = [
    'Envoy says door to talks is open',
    '',
    '  • The envoy says both sides must keep channels open to stop the dispute spiralling',
    '  • Sanctions on three officials are among the steps taken this month',
    '',
    'Reading Time: 3 minutes',
    'The envoy, speaking in the capital, said he was “ready for talks” at any time and would travel if invited.',
    '',
    'He added that the next few months would be decisive for relations between the two governments.',
  ].join('\n');
  const out = cleanArticle(body, 0);

  it('keeps summary bullets as standfirst paragraphs', () => {
    expect(out.standfirst).toEqual([
      'The envoy says both sides must keep channels open to stop the dispute spiralling',
      'Sanctions on three officials are among the steps taken this month',
    ]);
    expect(out.paragraphs.slice(0, 2).map((p) => p.role)).toEqual(['standfirst', 'standfirst']);
    expect(out.paragraphs[2]).toMatchObject({ role: 'body', line: 7 });
  });

  it('removes the reading-time line between standfirst and body', () => {
    expect(out.removed.find((r) => r.text === 'Reading Time: 3 minutes')?.role).toBe('widget');
  });
});

describe('cleanArticle: a summary line above the byline', () => {
  it('is the standfirst', () => {
    const body = 'Taiwan election – what you need to know\n\nVoters go to the polls on Saturday in a race that will shape relations with Beijing for years.\nBy Jane Doe\nJune 5, 2024\n\nTaiwan holds presidential and parliamentary elections on Saturday, with three candidates competing to succeed the president.';
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('Taiwan election – what you need to know');
    expect(out.standfirst).toEqual(['Voters go to the polls on Saturday in a race that will shape relations with Beijing for years.']);
    expect(out.paragraphs.map((p) => p.role)).toEqual(['standfirst', 'body']);
  });
});

describe('cleanArticle: in-article furniture', () => {
  const body = [
    'Rescue teams reach flooded villages',
    '',
    'Rescue teams reached three villages cut off by floodwater on Wednesday, the regional governor said, after two days of heavy rain across the valley.',
    'A rescue boat carries residents to dry ground. Photo: AFP',
    'A rescue boat carries residents to dry ground. Photo: AFP',
    'Advertisement',
    'The governor said more than 400 people had been moved to schools and sports halls on higher ground overnight.',
    '',
    'The governor said more than 400 people had been moved to schools and sports halls on higher ground overnight.',
    '',
    'JUST IN: Power cuts hit the north as storm moves east',
    '',
    'Forecasters expect the rain to ease by the weekend, but warned that rivers would stay high for several days.',
    '',
    'Select Voice',
    'Choose your listening speed',
    '1.25x',
    '250 WPM',
    'Slow',
    'Average',
    'Fast',
    '',
    'Leave a Comment:',
    'No comments available for this post.',
  ].join('\n');

  it('removes captions, ads, promotions, players and comment forms', () => {
    const out = cleanArticle(body, 0);
    const kept = out.paragraphs.map((p) => p.text).join('\n');
    for (const gone of ['Photo: AFP', 'Advertisement', 'JUST IN', 'Select Voice', '250 WPM', 'Leave a Comment', 'No comments']) expect(kept).not.toContain(gone);
    expect(roleOf(body, 'A rescue boat carries residents to dry ground. Photo: AFP')).toBe('caption');
    expect(roleOf(body, 'Choose your listening speed')).toBe('widget');
  });

  it('keeps a paragraph printed twice once', () => {
    const got = texts(body);
    expect(got.filter((t) => t.startsWith('The governor said more than 400'))).toHaveLength(1);
    expect(got).toHaveLength(3);
  });
});

describe('cleanArticle: whole page', () => {
  const menu = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion'];
  const page = [
    'Bridge repairs to take two more years - The Valley Courier',
    '',
    'Skip to main content',
    ...menu,
    'Subscribe',
    'Sign in',
    '',
    'Local News',
    '',
    'Bridge repairs to take two more years',
    '',
    'By Omar Said',
    'Published: 12 February 2024 09:15 GMT',
    '',
    'Repairs to the old river bridge will take at least two more years, the county engineer told councillors on Tuesday, after inspectors found more corrosion than expected.',
    '',
    'The bridge has been closed to lorries since last spring, forcing a detour of almost twenty miles through the hills.',
    '',
    '“We cannot reopen it until every cable has been checked,” the engineer said.',
    '',
    'Related Articles',
    'Council tax to rise by four percent',
    'New bus route links villages to hospital',
    'School roof repairs finished early',
    '',
    '3 Comments',
    'I drive this detour every day and it is costing me a fortune in fuel, honestly it is a disgrace that nobody saw this coming years ago.',
    '',
    ...menu,
    'Privacy Policy',
    'Terms of Use',
    '© 2024 The Valley Courier',
  ].join('\n');
  const out = cleanArticle(page, 0);

  it('finds the article between menus, related links and comments', () => {
    expect(out.title).toBe('Bridge repairs to take two more years');
    expect(out.byline).toBe('Omar Said');
    expect(out.paragraphs.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Repairs to the old river bridge/),
      expect.stringMatching(/^The bridge has been closed/),
      '“We cannot reopen it until every cable has been checked,” the engineer said.',
    ]);
  });

  it('names navigation and related lists', () => {
    const roles = new Map(out.removed.map((r) => [r.text, r.role]));
    expect(roles.get('Politics')).toBe('navigation');
    expect(roles.get('Related Articles')).toBe('related');
    expect(roles.get('Subscribe')).toBe('signup');
  });
});

describe('cleanArticle: short paragraphs are article too', () => {
  const body = [
    'Minister rules out early election as coalition talks stall',
    '',
    'CANBERRA — The prime minister on Tuesday ruled out calling an early election, saying the government would govern "for the full term".',
    '',
    '“No.”',
    '',
    'That was the one-word answer she gave when asked whether she had considered going to the governor-general.',
    '',
    'Asked again, she said:',
    '',
    '“We were elected to do a job. We will do it.”',
    '',
    'Key points:',
    '- The coalition lost its majority after two MPs quit',
    '- Talks with independents resume on Thursday',
    '',
    'Q: Will you seek a formal agreement with the crossbench?',
    'A: We will talk to everyone who wants stable government.',
    '',
    'He added: “Call the election.”',
    '',
    'Opinion polls taken over the weekend show the two main parties level.',
  ].join('\n');

  it('keeps one-word quotes, lead-ins, bullet lists and Q&A lines', () => {
    const out = cleanArticle(body, 0);
    expect(out.removed.map((r) => r.role)).toEqual(['title']);
    expect(out.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['“No.”', 'Asked again, she said:', 'Key points:', '- Talks with independents resume on Thursday', 'A: We will talk to everyone who wants stable government.', 'He added: “Call the election.”']));
  });
});

describe('cleanArticle: a list of other stories inside the article', () => {
  const body = [
    'Council delays vote on parking charges',
    '',
    'The council postponed a vote on new parking charges on Monday after hundreds of residents signed a petition against them.',
    '',
    'Councillors said the plan would return in the new year, once a consultation with shop owners in the town centre had finished.',
    '',
    'The charges would have doubled the cost of an hour’s parking in the busiest car parks, according to figures published by the council.',
    '',
    'Related stories',
    'Town centre shops report quiet summer',
    'Bus fares to rise in January',
    'New cycle lane opens on the ring road',
    '',
    'The council leader said she understood the anger but that the budget gap had to be closed somehow.',
    '',
    'A final decision is expected in February.',
  ].join('\n');

  it('drops the list and keeps the paragraphs after it', () => {
    const got = texts(body);
    expect(got).toContain('A final decision is expected in February.');
    expect(got).toContain('The council leader said she understood the anger but that the budget gap had to be closed somehow.');
    expect(got).not.toContain('Bus fares to rise in January');
  });
});

describe('cleanArticle: teasers of other stories after the article', () => {
  const article = [
    'Harbour tunnel to close for repairs',
    '',
    'The harbour tunnel will close for six weekends from March so that engineers can replace its ventilation fans, the transport authority said on Thursday.',
    '',
    'Drivers will be sent over the old bridge, which is expected to add up to twenty minutes to journeys at peak times.',
    '',
    'The authority said the work could not be done at night because the fans had to be lifted out by crane.',
  ];
  const teasers = [
    'Transport',
    'Harbour',
    'Roads',
    '',
    'Why are bus fares rising again?',
    'Operators blame fuel and wages, but passengers say the service has got worse, not better.',
    '',
    'New ferry route to the islands',
    'A daily service will start in May, the first in a decade to link the three largest islands.',
    '',
    'Cycle lane plan splits traders',
    'Shop owners on the high street say losing parking will cost them customers; cyclists disagree.',
  ];

  it('ends the article before a tag list and teaser pairs', () => {
    const got = texts([...article, '', ...teasers].join('\n'));
    expect(got).toHaveLength(3);
    expect(got.at(-1)).toMatch(/^The authority said the work/);
  });

  it('ends the article at "More <outlet>" over headline, author, date and blurb teasers that outweigh it', () => {
    const blurb = (topic: string) => `${topic} has divided the council for a year, and the vote next week is expected to be close, with several members still undecided and both sides promising to keep campaigning until the last moment.`;
    const examiner = [
      'Opinion', 'Transport', 'Harbour', '',
      'Share your thoughts with friends.', '',
      'More Harbour Examiner', '',
      ...['The ferry timetable', 'Cycle lanes on the high street', 'The new bus depot', 'Parking charges at the beach'].flatMap((topic, i) => [
        `Why ${topic.toLowerCase()} matters more than ever`, '', `Writer Number${i}`, `Wednesday November ${20 - i}, 2019`, blurb(topic), '',
      ]),
    ];
    const got = texts([...article, '', ...examiner].join('\n'));
    expect(got.at(-1)).toMatch(/^The authority said the work/);
    expect(got.join(' ')).not.toContain('divided the council');
  });

  it('keeps an explainer’s questions and answers', () => {
    const explainer = [...article, '', 'What changes for drivers?', 'They will use the bridge on six weekends.', '', 'When does it start?', 'On the first weekend of March, at 8pm on the Friday.', '', 'How long will it last?', 'The authority expects the work to end by mid-April.'];
    expect(texts(explainer.join('\n'))).toContain('The authority expects the work to end by mid-April.');
  });
});

describe('cleanArticle: a promoted headline under its label', () => {
  it('is removed, not kept as a subheading', () => {
    const body = 'Tram line approved\n\nThe council voted 31 to 12 on Monday to approve the long-delayed tram line across the river.\n\nREAD MORE\nBus fares to rise in January\n\nWork is due to start next spring, the council said in a statement after the vote.';
    const out = cleanArticle(body, 0);
    expect(out.paragraphs.map((p) => p.text)).not.toContain('Bus fares to rise in January');
    expect(['promo', 'navigation']).toContain(out.removed.find((r) => r.text === 'Bus fares to rise in January')?.role);
    expect(out.paragraphs.at(-1)?.text).toMatch(/^Work is due to start next spring/);
  });
});

describe('cleanArticle: a sign-up prompt between paragraphs', () => {
  it('is removed and the paragraphs after it kept', () => {
    const body = 'Tram line approved\n\nThe council voted 31 to 12 on Monday to approve the tram line.\n\nWork is due to start next spring, the council said.\n\nSign up for our free morning newsletter\n\nOpponents say the money should go to buses.\n\nThey plan to challenge the decision in court.';
    const got = texts(body);
    expect(got).toContain('They plan to challenge the decision in court.');
    expect(got).not.toContain('Sign up for our free morning newsletter');
  });
});

describe('cleanArticle: a lead paragraph above in-article furniture', () => {
  it('is kept with the rest of the article', () => {
    const body = [
      'Tram line approved',
      '',
      'The council voted 31 to 12 on Monday to approve the tram line.',
      '',
      'Related coverage',
      'Share',
      'Advertisement',
      '',
      'Work is due to start next spring, the council said in a statement after the vote, and the first trams should run within three years of that.',
      '',
      'Opponents say the cost, put at 400 million, would be better spent on buses and on repairing the roads that the city already has.',
    ].join('\n');
    expect(cleanArticle(body, 0).paragraphs[0]).toMatchObject({ text: 'The council voted 31 to 12 on Monday to approve the tram line.', role: 'body' });
  });
});

describe('cleanArticle: hard-wrapped text', () => {
  it('keeps each wrapped paragraph whole, at its first line', () => {
    const body = 'Port workers end strike after pay deal\n\nDock workers voted on Sunday to end a nine-day strike that had left\nhundreds of containers stranded, union officials said on the quayside.\n\nShipping lines said it would take about a week to clear the backlog of\nvessels waiting outside the harbour, and warned of delays this month.';
    const out = cleanArticle(body, 0);
    expect(out.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [3, 'Dock workers voted on Sunday to end a nine-day strike that had left hundreds of containers stranded, union officials said on the quayside.'],
      [6, 'Shipping lines said it would take about a week to clear the backlog of vessels waiting outside the harbour, and warned of delays this month.'],
    ]);
  });
});

describe('cleanArticle: comment threads', () => {
  const body = [
    'Council delays vote on parking charges',
    '',
    'The council postponed a vote on new parking charges on Monday after hundreds of residents signed a petition against them.',
    '',
    'Councillors will return to the plan in the new year, the council leader said.',
    '',
    'jdoe77 says:',
    'This is the third time they have delayed it and every time the charges go up by another pound, which is ridiculous for a town this size.',
    '',
    'Maria Lopez on December 2, 2024 at 4:47 pm said:',
    'I agree completely and I think the whole council should be replaced at the next election, because none of them listen to the people who live here.',
  ].join('\n');

  it('ends the article at the first signed comment', () => {
    const out = cleanArticle(body, 0);
    expect(out.paragraphs.map((p) => p.text)).toEqual([expect.stringMatching(/^The council postponed/), expect.stringMatching(/^Councillors will return/)]);
    expect(out.removed.find((r) => r.text === 'jdoe77 says:')?.role).toBe('comments');
  });
});

describe('cleanArticle: input that must not hang', () => {
  it('reads a 1 MB single line quickly', () => {
    const line = 'The committee met again on Thursday and said the review would continue. '.repeat(14000);
    const t0 = performance.now();
    const out = cleanArticle(line, 0);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out.paragraphs).toHaveLength(1);
  });

  it('reads 100,000 lines quickly', { timeout: 20000 }, () => {
    const lines: string[] = [];
    for (let i = 0; i < 100000; i++) lines.push(i % 3 === 0 ? `Menu item ${i % 50}` : i % 3 === 1 ? '' : `Paragraph ${i} says the council will meet again next week to discuss the budget.`);
    const t0 = performance.now();
    cleanArticle(lines.join('\n'), 0);
    // Linear work takes about a second; a quadratic step would take minutes. The bound leaves room for a busy machine.
    expect(performance.now() - t0).toBeLessThan(15000);
  });

  it.each([
    ['repeated copyright marks', '© 2024 '.repeat(300)],
    ['comma runs', 'Aa, '.repeat(500)],
    ['initials', 'A. '.repeat(700)],
    ['byline starts', 'by '.repeat(700)],
    ['dates without years', 'June 5 '.repeat(300)],
    ['dashes', '- '.repeat(1000)],
    ['comment verbs', 'says '.repeat(400)],
  ])('handles a line of %s without backtracking', (_name, line) => {
    const body = `Headline here\n\n${line}\n\n${line}:\nThe minister said the talks would resume.\n${line} said:`;
    const t0 = performance.now();
    cleanArticle(body, 0);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('returns a no-body warning for empty text', () => {
    expect(cleanArticle('\n\n   \n', 0).findings.map((f) => f.rule)).toEqual(['no-body']);
  });
});

// Pages below are written for these tests: a masthead, a menu and page buttons around an invented story.
const ferryLead = 'The regional ferry operator cancelled its winter timetable on Monday after fuel costs rose for a fourth month, leaving island residents with two sailings a week.';
const ferryMore = 'Councillors on the islands said the cuts would cut off hospital visits and school trips, and asked the transport minister to step in.';
const ferryEnd = '“We were told nothing until the timetable went up on the website,” said Ailsa Grant, who runs the shop on the larger island.';

describe('cleanArticle: the headline among page furniture', () => {
  it.each([
    ['a masthead above its menu', `The Valley Courier\nNews | Transport | Islands\nSearch\n\nFerry operator scraps winter timetable as fuel costs climb\n\nBy Jane Doe\n\n${ferryLead}\n\n${ferryMore}`],
    ['page buttons between headline and lead', `Skip to content\nVALLEYWIRE\nSign In\nSubscribe\n\nFerry operator scraps winter timetable as fuel costs climb\n\nBy Jane Doe\nSave\nShare\nGift this article\n\n${ferryLead}\n\n${ferryMore}`],
    ['a JavaScript notice and a key-events toggle', `Islands live\nFerry operator scraps winter timetable as fuel costs climb\n\nKey events\nShow key events only\nPlease turn on JavaScript to use this feature\n\n${ferryLead}\n\n${ferryMore}`],
    ['the place the reporter filed from', `Skip to content\nVALLEYWIRE\nSign In\nSubscribe\n\nFerry operator scraps winter timetable as fuel costs climb\n\nBy Jane Doe\nReporting from Stornoway\n\n${ferryLead}\n\n${ferryMore}`],
    ['a long site name the footer repeats', `Islands Transport Authority of the Northern Isles and Coast\nHome | Timetables | Notices\n\nFerry operator scraps winter timetable as fuel costs climb\n\n${ferryLead}\n\n${ferryMore}\n\nCopyright © Islands Transport Authority of the Northern Isles and Coast`],
  ])('skips %s', (_name, body) => {
    expect(cleanArticle(body, 0).title).toBe('Ferry operator scraps winter timetable as fuel costs climb');
  });

  it('takes the headline, not the standfirst under it, below a masthead and a section bar', () => {
    const body = `THE ISLAND COURIER\nNews | Transport | Islands\n\nFerry operator scraps winter timetable\n\nResidents say the cuts leave them 'stranded for weeks at a time'\n\nBy Jane Doe, Transport Correspondent\n\n${ferryLead}\n\n${ferryMore}`;
    const out = cleanArticle(body, 0);
    expect(out.title).toBe('Ferry operator scraps winter timetable');
    expect(out.standfirst).toEqual(["Residents say the cuts leave them 'stranded for weeks at a time'"]);
    expect(out.masthead).toBe('THE ISLAND COURIER');
  });

  it('keeps the nearer line when the upper one is a section kicker in capitals', () => {
    const body = `Island Ferry Crisis Latest\n\nFerry operator scraps winter timetable as fuel costs climb for a fourth month\n\nBy Jane Doe\n\n${ferryLead}\n\n${ferryMore}`;
    expect(cleanArticle(body, 0).title).toBe('Ferry operator scraps winter timetable as fuel costs climb for a fourth month');
  });

  it('keeps the nearer line when the upper one is a listed headline of a menu', () => {
    const body = `Most Read\nBridge repairs run two years late\nCouncil approves tram line\n\nFerry Operator Scraps Winter Timetable as Fuel Costs Climb\n\nBy Jane Doe\n\n${ferryLead}\n\n${ferryMore}`;
    expect(cleanArticle(body, 0).title).toBe('Ferry Operator Scraps Winter Timetable as Fuel Costs Climb');
  });

  it('takes the first line as the headline when it is not a masthead', () => {
    const body = `Ferry operator scraps winter timetable as fuel costs climb\n\nDecember 4, 2023 5:00 AM ET\n\nHeard on the Island Hour\n\nBy Jane Doe\n\nEnlarge this image\n\n${ferryLead}\n\n${ferryMore}`;
    expect(cleanArticle(body, 0).title).toBe('Ferry operator scraps winter timetable as fuel costs climb');
  });
});

describe('findMasthead', () => {
  const linesOf = (body: string) => readLines(body.split('\n'), null);
  it.each([
    ['The Valley Courier\nNews | Transport | Islands\n\nFerry operator scraps winter timetable', 0],
    ['Skip to content\nVALLEYWIRE\nSign In\nSubscribe\n\nFerry operator scraps winter timetable', 1],
    ['Ferry operator scraps winter timetable\nNews | Transport | Islands', null],
    ['Ferry Timetable Scrapped\n\nBy Jane Doe\n\n' + ferryLead, null],
  ])('%#', (body, index) => {
    expect(findMasthead(linesOf(body))).toBe(index);
  });
});

describe('cleanArticle: lists of other stories and notes around the article', () => {
  it('removes a related block mid-article and keeps the paragraphs after it', () => {
    const body = `Ferry operator scraps winter timetable\n\n${ferryLead}\n\n${ferryMore}\n\nRELATED COVERAGE\nBridge repairs run two years late\nCouncil approves tram line after decade of argument\n\n${ferryEnd}\n\nThe operator said a summer timetable would be published in March, and that it hoped to restore some sailings before then.\n\n“Nobody wants fewer boats,” a spokesman said.`;
    const out = cleanArticle(body, 0);
    expect(out.paragraphs.map((p) => p.text)).toEqual([ferryLead, ferryMore, ferryEnd, expect.stringMatching(/^The operator said/), '“Nobody wants fewer boats,” a spokesman said.']);
    expect(out.removed.filter((r) => r.role === 'promo' || r.role === 'related' || r.role === 'navigation').map((r) => r.text)).toEqual(['RELATED COVERAGE', 'Bridge repairs run two years late', 'Council approves tram line after decade of argument']);
  });

  it.each([
    ['a bulleted trending list mid-article', `Ferry operator scraps winter timetable\n\n${ferryLead}\n\nTRENDING STORIES\n- Storm brings down power lines across the glen\n- School board votes to keep village school open\n\n${ferryMore}\n\n${ferryEnd}`, ['Storm brings down power lines', 'School board votes']],
    ['a numbered most-read list at the foot', `Ferry operator scraps winter timetable\n\n${ferryLead}\n\n${ferryMore}\n\n${ferryEnd}\n\nAdvertisement\n\nMOST READ\n1. Storm brings down power lines across the glen\n2. What the new fares mean for island families`, ['Storm brings down', 'What the new fares']],
    ['a question headline under “More on this story”', `Ferry operator scraps winter timetable\n\n${ferryLead}\n\n${ferryMore}\n\n${ferryEnd}\n\nMore on this story\nWhat do the islands want from the operator?\nPublished 2 days ago`, ['What do the islands want']],
  ])('removes %s', (_name, body, promos) => {
    const out = cleanArticle(body, 0);
    for (const p of promos) expect(out.paragraphs.some((q) => q.text.includes(p))).toBe(false);
    expect(out.paragraphs.map((p) => p.text)).toEqual([ferryLead, ferryMore, ferryEnd]);
  });

  it('still ends the article at a related heading followed by teaser blurbs that quote nobody', () => {
    const teasers = ['Bridge repairs run two years late', 'Engineers found more corrosion than expected in the steel under the old span.', 'Council approves tram line', 'The line will link the station with the hospital by the end of the decade.', 'Island school to stay open', 'Parents won a two-year reprieve for the smallest school in the county.'];
    const body = `Ferry operator scraps winter timetable\n\n${ferryLead}\n\n${ferryMore}\n\n${ferryEnd}\n\nMore from the Island Courier\n\n${teasers.join('\n\n')}`;
    expect(texts(body)).toEqual([ferryLead, ferryMore, ferryEnd]);
  });

  it('removes a note about the writer under the last paragraph', () => {
    const body = `Ferry operator scraps winter timetable\n\nBy Jane Doe\n\n${ferryLead}\n\n${ferryMore}\n\n${ferryEnd}\n\nJane Doe is a staff writer at the Island Courier. Twitter: @janedoe`;
    const out = cleanArticle(body, 0);
    expect(out.paragraphs.map((p) => p.text)).toEqual([ferryLead, ferryMore, ferryEnd]);
    expect(roleOf(body, 'Jane Doe is a staff writer at the Island Courier. Twitter: @janedoe')).toBe('byline');
  });

  it('removes a comment section with signed reader comments', () => {
    const body = `Ferry operator scraps winter timetable\n\n${ferryLead}\n\n${ferryMore}\n\n${ferryEnd}\n\nShare or comment on this article:\n\nComments 12\n\nShare what you think\n\nThe comments below have not been moderated.\n\nAbout time someone stood up to the operator! - Morag, Oban, United Kingdom, 2 hours ago\n\nWho pays for the extra boats? Not the islanders. - Iain, Glasgow, 3 hours ago\n\nBy posting your comment you agree to our house rules.`;
    expect(texts(body)).toEqual([ferryLead, ferryMore, ferryEnd]);
  });

  it('removes tip calls, print-edition notes and sign-up blurbs at the foot', () => {
    const body = `Ferry operator scraps winter timetable\n\n${ferryLead}\n\n${ferryMore}\n\n${ferryEnd}\n\nHave a confidential tip for our reporters? Get in touch\n\nA version of this article appears in print on Page 7 of the Island edition with the headline: Ferries Cut. Order Reprints | Today’s Paper | Subscribe\n\nThe week’s island news, in your inbox every Friday. Enter your email address. Sign Up`;
    expect(texts(body)).toEqual([ferryLead, ferryMore, ferryEnd]);
  });
});
