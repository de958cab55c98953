import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../scripts/pipeline/05-quotes.ts';
import { attributeQuotes, plausibleSpeakerName } from '../../scripts/pipeline/06-attribute.ts';
import { openingSubject } from '../../scripts/pipeline/attribute/cues.ts';
import type { Paragraph } from '../../src/schemas/index.ts';

const paras = (texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text, line: i * 2 + 1, role: 'body' }));

/** [quote text, speaker name] for every direct or partial quotation of the paragraphs. */
function said(...texts: string[]): Array<[string, string | null]> {
  const ps = paras(texts);
  const a = attributeQuotes(ps, findQuotes(ps).quotes);
  return a.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.mention === null ? null : a.mentions[q.mention].name]);
}
const speakerOf = (text: string, ...texts: string[]) => said(...texts).find(([t]) => t === text)?.[1];

describe('attributeQuotes: reporting cues', () => {
  it.each([
    ['verb after, inverted', ['“The next few months will be critical,” said Foreign Minister Ana Ruiz.'], 'The next few months will be critical,', 'Ana Ruiz'],
    ['name then verb after the quote; the full name given later becomes the name', ['“We are ready to talk,” Ruiz told reporters in Madrid.', 'Ana Ruiz is Spain’s foreign minister.'], 'We are ready to talk,', 'Ana Ruiz'],
    ['colon after the verb', ['Prime Minister Kenji Sato said on Monday: “We will defend our waters.”'], 'We will defend our waters.', 'Kenji Sato'],
    ['name and colon', ['Kenji Sato, Japan’s prime minister, spoke to reporters.', 'Sato: “We will defend our waters.”'], 'We will defend our waters.', 'Kenji Sato'],
    ['according to', ['According to Defence Minister Li Wei, the drills were “routine and lawful”.'], 'routine and lawful', 'Li Wei'],
    ['was quoted as saying', ['Tokyo “must stop its provocations,” Vice Minister Ma Lian was quoted as saying by Xinhua.'], 'must stop its provocations,', 'Ma Lian'],
    ['an outlet quoting a person', ['Foreign Minister Qin Gang met his US counterpart on Sunday.', '“Relations are at their lowest point,” state television quoted him as saying.'], 'Relations are at their lowest point,', 'Qin Gang'],
    ['partial quote in reported speech', ['Vice Foreign Minister Le Yucheng said Beijing would not “give an inch” on core interests.'], 'give an inch', 'Le Yucheng'],
    ['a coordinated verb takes the sentence subject', ['Senator Mark Ellery did not name the company, but added that “the risks are real”.'], 'the risks are real', 'Mark Ellery'],
    ['a participle takes the body the sentence opens with, not a person named after it', ['The Russian embassy in Oslo hit back, accusing Ms Berg of “open hostility”.'], 'open hostility', 'Russian embassy'],
    ['a participle takes the main clause subject', ['The Chinese delegation stressed its position, declaring that Beijing would “never compromise”.'], 'never compromise', 'Chinese delegation'],
    ['the nearer of two speakers in one sentence', ['Beijing claimed the balloon was for weather research but Washington insisted it had collected “sensitive information.”'], 'sensitive information.', 'Washington'],
    ['a relative clause between subject and verb', ['A senior army official, who spoke on condition of anonymity, said troops would leave “within days”.'], 'within days', 'Senior army official'],
    ['an appositive between subject and verb', ['Henrik Vos, the EU trade commissioner, said the bloc would act “firmly”.'], 'firmly', 'Henrik Vos'],
    ['a long appositive role after the name', ['“We saw the need to accelerate,” Steve Clarke, deputy associate administrator for exploration in the agency’s science directorate, said on Monday.'], 'We saw the need to accelerate,', 'Steve Clarke'],
    ['an unnamed source after the verb', ['“He is not entitled to immunity,” said one legal expert, as reported by a newspaper.'], 'He is not entitled to immunity,', 'Legal expert'],
    ['a speech noun with its speaker', ['The embassy rejected accusations by Senator Rick Monroe that Beijing was “cheating” on trade.'], 'cheating', 'Rick Monroe'],
    ['an author of a report', ['“Markets are pricing in a recovery,” said a report from Kotak Institutional Equities.'], 'Markets are pricing in a recovery,', 'Kotak Institutional Equities'],
    ['the author of a statement that says', ['Senator Rick Monroe stayed silent.', 'His office later issued a statement saying the senator “stands by every word.”'], 'stands by every word.', 'Rick Monroe’s office'],
    ['a participial phrase between subject and verb', ['A senior administration official, briefing reporters on condition of anonymity, said the call was “not about breakthroughs”.'], 'not about breakthroughs', 'Senior administration official'],
    ['a plural group', ['Both sides described the talks as “candid and constructive”.'], 'candid and constructive', 'Both sides'],
    ['not the agency in the dateline', ['WASHINGTON, April 2 (Reuters) - Officials in both capitals called the talks “useful” on Tuesday.'], 'useful', 'Officials in both capitals'],
    ['an office in the title', ['Assistant Secretary for Export Enforcement Carl Whitmore told reporters: “This is about national security.”'], 'This is about national security.', 'Carl Whitmore'],
    ['a parenthetical after the name', ['Sen. James Morgan (R-Ohio), who is no relation to the trade official, said the administration had "caught up."'], 'caught up.', 'James Morgan'],
    ['"it" after a reporting verb is what is reported on', ['The National Assembly approved the budget, and economists said it signalled “restraint, not retreat.”'], 'restraint, not retreat.', 'Economists'],
    ['an owner pronoun reports for the outer speaker', ['FBI Director Christopher Wray said his agency had concluded that the pandemic "most likely" began in a laboratory.'], 'most likely', 'Christopher Wray'],
    ['a description qualified by another institution', ['"The vote is a local matter," said spokesperson Chen Binhua of the Taiwan Affairs Office.', 'Separately, a spokesperson for the Chinese Foreign Ministry said on Sunday that the island is part of China.', '"Our stance has not changed," the Foreign Ministry spokesperson said.'], 'Our stance has not changed,', 'Spokesperson for the Chinese Foreign Ministry'],
    ['a modified description is a new speaker, not the last one', ['President Xi Jinping spoke at the summit.', 'China’s foreign ministry spokeswoman called the remark “extremely wrong”.'], 'extremely wrong', 'China’s foreign ministry spokeswoman'],
    ['an acronym that spells a function word, after the quote', ['Untreated pneumonic plague is "always fatal", says WHO.'], 'always fatal', 'WHO'],
    ['an acronym that spells a function word, before the verb', ['The vaccine is "safe and effective", the WHO said.'], 'safe and effective', 'WHO'],
    ['a preposition does not open the subject', ['The testimony of four officials, including a career Army officer who described the call as “improper.”'], 'improper.', 'Career Army officer'],
    ['a company suffix after the appositive is not the subject', ['Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Alarm management continues to be a high focus.”'], 'Alarm management continues to be a high focus.', 'Steve Menet'],
    ['a place abbreviation after the appositive is not the subject', ['“Water is hard to find,” study author Lucas Paganini, a scientist at American University in Washington, D.C., said in a statement.'], 'Water is hard to find,', 'Lucas Paganini'],
    ['a surname with particles, alone, is the person named in full before', ['European Commission President Ursula von der Leyen arrived in Beijing on Monday.', '“We want fair trade,” von der Leyen told reporters.'], 'We want fair trade,', 'Ursula von der Leyen'],
    ['a capitalised surname with particles, alone', ['James Van Der Beek has been eliminated from the show.', '“We lost the baby,” Van Der Beek said.'], 'We lost the baby,', 'James Van Der Beek'],
    ['a name in full with particles', ['“It is over,” said Charles de Gaulle.'], 'It is over,', 'Charles de Gaulle'],
    ['"the production company" is the last business named, a production company', ['Shares of Fox News rose.', 'However, Dick Clark Productions denied that it had settled with the label.', '“At no time did we agree to this,” the production company said in a separate statement.'], 'At no time did we agree to this,', 'Dick Clark Productions'],
    ['an everyday person noun: an insider', ['"Scooter is frustrated because his name is being dragged in the mud," an insider told the outlet on Monday.'], 'Scooter is frustrated because his name is being dragged in the mud,', 'Insider'],
    ['an everyday person noun introduces someone new, not the last person named', ['In an interview with the FBI, Michael Webb confessed to the kidnapping.', 'The victim’s mother testified, describing her daughter as “brave, strong, and smart.”'], 'brave, strong, and smart.', 'Victim’s mother'],
    ['"the staff member" who recalls is not who "he" is', ['Patrick W. Carlineo Jr., 55, called the offices of Rep. Ilhan Omar.', 'During the call, he called Omar a “terrorist,” the prosecutor’s office said. Omar is one of the first two Muslim women elected to Congress.', 'The staff member who reported the call recalled that he said, "I’ll put a bullet in her skull," the U.S. attorney’s office said.'], 'I’ll put a bullet in her skull,', 'Patrick W. Carlineo Jr'],
    ['"Dr." tells no gender: "he" is the doctor', ['Dr. Owen Dempsey took a look.', '"Do not panic," he said.'], 'Do not panic,', 'Owen Dempsey'],
    ['a hospital is a body, not the person "he" means', ['Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in the UK, took a look.', 'That being said, "people with feather pillows shouldn’t panic," he said.'], 'people with feather pillows shouldn’t panic,', 'Owen Dempsey'],
    ['a report with no owner keeps its whole name', ['A man was diagnosed with "feather-duvet lung," according to a new case report.'], 'feather-duvet lung,', 'New case report'],
    ['a report owned by a body is the body’s', ['The ministry issued a report on Monday.', 'The drills were "routine", the ministry’s report said.'], 'routine', 'Ministry'],
    ['an appositive holding a list of its own', ['“We have developed an approach that minimizes mission complexity,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement.'], 'We have developed an approach that minimizes mission complexity,', 'Jim Chilton'],
    ['an appositive naming two places', ['"Water is hard to find," study lead author Lucas Paganini, a planetary scientist at NASA’s Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.'], 'Water is hard to find,', 'Lucas Paganini'],
    ['the Chinese surname He before a given name is a name, not a pronoun', ['He Yadong, a spokesman for the Commerce Ministry, said the tariffs were “unacceptable”.'], 'unacceptable', 'He Yadong'],
    ['the surname He after the quote', ['Donald Trump spoke on Monday.', '“Without rolling back some of the tariffs, what is the incentive?” He Jianxiong, the former executive director for China at the International Monetary Fund, said.'], 'Without rolling back some of the tariffs, what is the incentive?', 'He Jianxiong'],
    ['a bare title is not the last speaker when the text gave them another role', ['Chinese leader Xi Jinping met Trump on Thursday.', 'The spokesman said: "China firmly opposes this."'], 'China firmly opposes this.', 'Spokesman'],
    ['a speaker after two quotes', ['Talks made progress “on a number of fronts,” with a “desire to reduce tensions,” a senior State Department official told reporters.'], 'desire to reduce tensions,', 'Senior State Department official'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: an institution named before the person, with no title between', () => {
  it.each([
    ['a university', ['“We intend to monitor the deployments,” Professor of international relations at Georgetown University Nancy Carter said.'], 'We intend to monitor the deployments,', 'Nancy Carter'],
    ['an institute', ['“Both sides must keep talking,” Senior fellow at the Lowy Institute Paul Young said.'], 'Both sides must keep talking,', 'Paul Young'],
    ['a name ending in "Studies"', ['“The region cannot afford this,” Analyst at the Center for Strategic and International Studies Jose Green said.'], 'The region cannot afford this,', 'Jose Green'],
    ['a middle initial', ['“Tariffs will hurt farmers,” Georgetown University Karen R. Jones said.'], 'Tariffs will hurt farmers,', 'Karen R. Jones'],
    ['a bank whose name ends in two names stays whole', ['“Rates will fall,” said Bank of America Merrill Lynch.'], 'Rates will fall,', 'Bank of America Merrill Lynch'],
    ['a college named after its city stays whole', ['“The data are clear,” University College London said in a statement.'], 'The data are clear,', 'University College London'],
    ['a ministry and its spokesperson by title', ['“We oppose this,” Foreign Ministry spokesperson Mao Ning said.'], 'We oppose this,', 'Mao Ning'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: pronouns and descriptions', () => {
  it.each([
    ['he after a named subject', ['Foreign Minister Qin Gang met Antony Blinken on Sunday.', '“We hope the American side will be rational,” he added.'], 'We hope the American side will be rational,', 'Qin Gang'],
    ['she with a known gender', ['Press secretary Dana Whitfield spoke to reporters. Ms. Whitfield was asked about Chinese leader Xi Jinping this year.', 'She said: “Nothing is scheduled.”'], 'Nothing is scheduled.', 'Dana Whitfield'],
    ['the minister', ['China’s Vice Foreign Minister Le Yucheng gave an interview.', '“Dialogue must resume,” said the minister.'], 'Dialogue must resume,', 'Le Yucheng'],
    ['the Chinese diplomat', ['Wang Yi, China’s top diplomat, met Blinken.', '“A choice must be made,” the Chinese diplomat said.'], 'A choice must be made,', 'Wang Yi'],
    ['the department', ['The US Treasury Department announced sanctions on Friday.', 'The department said the officials were responsible for “suppression of freedom”.'], 'suppression of freedom', 'US Treasury Department'],
    ['the official, after an unnamed official', ['Progress came “on a number of fronts,” a senior State Department official told reporters.', '“Profound differences” remained, the official added.'], 'Profound differences', 'Senior State Department official'],
    ['a one-letter misspelling of a name', ['Vice Foreign Minister Le Yucheng spoke on Wednesday.', '“How can any problem get resolved without discussions?” said Li.'], 'How can any problem get resolved without discussions?', 'Le Yucheng'],
    ['a given name used as a surname', ['Blinken met China’s top diplomat Wang Yi in Beijing.', 'Yi said: “We must reverse the downward trend.”'], 'We must reverse the downward trend.', 'Wang Yi'],
    ['a spokesman named later', ['A defence ministry spokesman on Thursday called the criticism “groundless”.', 'The spokesman, Senior Colonel Wu Qian, spoke at a news conference.'], 'groundless', 'Wu Qian'],
    ['they after a group', ['The Chinese representatives urged the US to refrain from what they deemed “provocative actions”.'], 'provocative actions', 'Chinese representatives'],
    ['a body named by place and noun', ['China’s foreign ministry did not respond at first.', 'Later the ministry said the sides reached “a positive consensus”.'], 'a positive consensus', 'China’s foreign ministry'],
    ['the outlet’s name is a body', ['In a commentary, the People’s Daily wrote that Japan was “playing with fire”.'], 'playing with fire', 'People’s Daily'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: quotations without a cue of their own', () => {
  it('continues a quotation over several paragraphs with the same speaker', () => {
    expect(said('Le said on Wednesday: “There is no room for us to back down.', '“If we give up an inch, they will ask for a mile.', '“We blamed nobody.”')).toEqual([
      ['There is no room for us to back down.', 'Le'],
      ['If we give up an inch, they will ask for a mile.', 'Le'],
      ['We blamed nobody.', 'Le'],
    ]);
  });

  it('attributes the first paragraph of a running quotation from the cue at its end', () => {
    expect(said('"Jimmy Lai has spent his life standing up for free expression.', '"His prosecution is an attempt to silence him," State Department spokesperson Matthew Miller said in a statement.')).toEqual([
      ['Jimmy Lai has spent his life standing up for free expression.', 'Matthew Miller'],
      ['His prosecution is an attempt to silence him,', 'Matthew Miller'],
    ]);
  });

  it('tells two people with one surname apart by honorific and pronoun', () => {
    const out = said(
      'Deputy Trade Representative Rachel Morgan testified on Tuesday.',
      'Sen. James Morgan (R-Ohio), who is no relation, said he had been pushing for higher duties.',
      '“We are looking at every option,” Ms. Morgan said.',
      'Mr. Morgan said Ohio workers had “heard promises like that before.”',
    );
    expect(out).toEqual([
      ['We are looking at every option,', 'Rachel Morgan'],
      ['heard promises like that before.', 'James Morgan'],
    ]);
  });

  it('keeps the speaker of words a transcript answer quotes', () => {
    expect(speakerOf('does not support', 'Spokesperson Mao Ning took questions.', 'Mao Ning: We noted that President Biden said the U.S. “does not support” independence.', 'QUESTION: More?', 'Mao Ning: No.')).toBe('Biden');
  });

  it('gives a quotation paragraph the speaker of the statement just before it', () => {
    expect(speakerOf('We must stay focused.', 'Le Yucheng did not mention the election, but added that “the next months will be critical”.', '“We must stay focused.”')).toBe('Le Yucheng');
  });

  it('gives a second quotation in a paragraph the speaker of the first', () => {
    expect(said('“China is willing to keep trade open,” the readout quoted Vice Minister Sun Jiahao as saying. “Protectionism serves no one.”')).toEqual([
      ['China is willing to keep trade open,', 'Sun Jiahao'],
      ['Protectionism serves no one.', 'Sun Jiahao'],
    ]);
  });

  it('attributes a summary bullet’s quote from the body that repeats it', () => {
    expect(speakerOf('We will not be bullied,', '“We will not be bullied,” he tells lawmakers', 'Taiwan’s Premier Lin Cheng-yi pledged more spending.', '“We will not be bullied, and we will not provoke,” Lin told lawmakers.')).toBe('Lin Cheng-yi');
  });

  it('reads transcript answers as the labelled speaker’s words', () => {
    expect(said('Spokesperson Nora Quist held the briefing.', 'MS. QUIST: Good afternoon.', 'QUESTION: Any news?', 'MS. QUIST: Not today.')).toEqual([
      ['Good afternoon.', 'Nora Quist'],
      ['Not today.', 'Nora Quist'],
    ]);
  });
});

describe('attributeQuotes: mentions and indirect speech', () => {
  it('keeps the fullest name, every spelling and the roles as written', () => {
    const ps = paras(['China’s vice-foreign minister, Le Yucheng, spoke.', '“We will talk,” said Le.', '“Any time,” said Li.']);
    const a = attributeQuotes(ps, findQuotes(ps).quotes);
    expect(a.mentions).toHaveLength(1);
    expect(a.mentions[0].name).toBe('Le Yucheng');
    expect(a.mentions[0].spellings).toEqual(expect.arrayContaining(['Le Yucheng', 'Le', 'Li']));
    expect(a.mentions[0].roles).toContain('China’s vice-foreign minister');
  });

  it('extracts X said that … as indirect speech', () => {
    const ps = paras(['Le said that the differences should be handled with a rational attitude.']);
    const a = attributeQuotes(ps, findQuotes(ps).quotes);
    expect(a.quotes.map((q) => [q.kind, q.text, a.mentions[q.mention!].name])).toEqual([['indirect', 'the differences should be handled with a rational attitude', 'Le']]);
  });

  it.each([
    ['a passive verb', 'Officials said the military could yet be called in to end the “unrest”, a decision many would deplore as “a step too far”.', 'a step too far'],
    ['a capitalised noun that looks like a verb', 'Trump has since said a deal would be signed in the United States “farm country”.', 'farm country'],
  ])('does not take %s as a cue', (_name, text, quote) => {
    expect(speakerOf(quote, text)).not.toMatch(/military|United/);
  });

  it('does not make a speaker of a first-person phrase', () => {
    expect(speakerOf('an open face sandwich is the best choice.', 'That’s why I always tell my clients: “an open face sandwich is the best choice.”')).toBeNull();
  });

  it('leaves a quotation with nobody to attribute it to without a speaker', () => {
    expect(said('“This is a dangerous moment,” reads a banner on the bridge.')).toEqual([['This is a dangerous moment,', null]]);
  });
});

describe('attributeQuotes: US party-state tags and honorific abbreviations', () => {
  it.each([
    ['a tag after the name, verb after', ['“We cannot keep waiting on the yards,” Sen. Harold J. Pemberton, R-Ark., said on Tuesday.'], 'We cannot keep waiting on the yards,', 'Harold J. Pemberton'],
    ['an inverted verb, title abbreviation and tag', ['“The deal is dead,” said Rep. Maria Ostrowski, D-Ill., one of the bill’s authors. “It died in committee.”'], 'It died in committee.', 'Maria Ostrowski'],
    ['a tag and a role before a colon', ['Rep. Lena Vogt, R-Mich., chairwoman of the oversight panel, wrote on X: “Nobody should sell them these chips.”'], 'Nobody should sell them these chips.', 'Lena Vogt'],
    ['a tag and a who-clause, then an adverb', ['Rep. Carl Duarte, D-Texas, who sat in on the briefing, said afterward that it had been “grim.”'], 'grim.', 'Carl Duarte'],
    ['a tag in parentheses', ['Sen. Olivia Marsh (D-N.H.) said the plan was “a good start.”'], 'a good start.', 'Olivia Marsh'],
    ['a postal-code tag', ['“Nobody is above the rules,” said Rep. Tomas Reyes, R-TX, after the vote.'], 'Nobody is above the rules,', 'Tomas Reyes'],
    ['an ambassador abbreviation', ['“Our door is open,” said Amb. Ruth Kellerman, who leads the mission.'], 'Our door is open,', 'Ruth Kellerman'],
    ['a general’s abbreviation', ['“The drills were routine,” said Lt. Gen. Paul Okafor.'], 'The drills were routine,', 'Paul Okafor'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });

  it.each(['Opponents', 'Critics', 'Supporters', 'Residents'])('reads %s opening a sentence as a group of people, not an institution', (noun) => {
    const ps = paras([`${noun} say the rule is “a solution in search of a problem.”`]);
    const a = attributeQuotes(ps, findQuotes(ps).quotes);
    expect(a.mentions.map((m) => [m.name, m.kind])).toEqual([[noun, 'unnamed']]);
  });

  it('does not keep a party tag as a spelling or a speaker', () => {
    const ps = paras(['“Time is short,” Sen. Harold J. Pemberton, R-Ark., told reporters.']);
    const a = attributeQuotes(ps, findQuotes(ps).quotes);
    expect(a.mentions.map((m) => m.name)).toEqual(['Harold J. Pemberton']);
    expect(a.mentions[0].spellings.join(' ')).not.toMatch(/R-Ark/);
  });
});

describe('attributeQuotes: descriptions pointing back to a named person', () => {
  it.each([
    ['state and party from the tag', ['Under questioning from Sen. Ann Kirby, R-Alaska, the admiral said the contract had been signed.', 'Kirby was not satisfied. “Repairs are fine,” the Alaska Republican said.'], 'Repairs are fine,', 'Ann Kirby'],
    ['a title before the name and a description after it', ['Rep. Nora Quillen, a South Carolina Republican, toured the plant with Gov. Abe Lutz.', '“It is a disgrace,” the South Carolina Republican said.'], 'It is a disgrace,', 'Nora Quillen'],
    ['a description closing the sentence after the name', ['“It is a gift,” said Representative Dora Vance, a Nevada Democrat.', 'Senator Jo Ellis said she disagreed.', '“Fine,” the Nevada Democrat said.'], 'Fine,', 'Dora Vance'],
    ['the party alone', ['Rep. Luis Ortega, D-Calif., toured the port.', '“It is a mess,” the Democrat said.'], 'It is a mess,', 'Luis Ortega'],
    ['the senator', ['Sen. Ann Kirby, R-Alaska, chaired the session with Adm. Victor Hale.', '“We need hulls,” the senator said.'], 'We need hulls,', 'Ann Kirby'],
    ['the congressman', ['Rep. Luis Ortega, D-Calif., and Gen. Ada Brandt met on Friday.', '“It went well,” the congressman said.'], 'It went well,', 'Luis Ortega'],
    ['an age', ['The soybean farmer Gustav Lindqvist, 72, has grown them for fifty years. His neighbour Ida Berg joined him.', '“Nobody asked us,” the 72-year-old said.'], 'Nobody asked us,', 'Gustav Lindqvist'],
    ['an age with a noun', ['Chief executive Mara Oyelaran, 58, spoke to investors after analyst Tim Bose.', 'The 58-year-old executive said demand was “holding up.”'], 'holding up.', 'Mara Oyelaran'],
    ['the company after a firm named as a subject', ['Halvorsen Robotics said it would cut output.', 'The company said the rules were “unworkable.”'], 'unworkable.', 'Halvorsen Robotics'],
    ['the company after a one-word firm', ['Arbex said it expects a charge of $2 billion after the ruling.', 'The company said it would “comply with every rule.”'], 'comply with every rule.', 'Arbex'],
    ['the chipmaker', ['Korvane Semiconductor said orders fell. Analyst Rui Sato said demand was “soft.”', 'The chipmaker said the new rules were “unworkable.”'], 'unworkable.', 'Korvane Semiconductor'],
    ['the tech giant with a nationality', ['Tanyu Technologies said sales rose. Rivals were silent.', 'The Chinese tech giant said the curbs were “unfair.”'], 'unfair.', 'Tanyu Technologies'],
    ['the company is no place or group before it', ['The future of Quillo in the United States is unclear. Critics say its owner is too close to Beijing.', 'The company has called the ban “a gift to its rivals.”'], 'a gift to its rivals.', 'Company'],
    ['the command', ['The ship turned back, according to a statement from US Southern Command.', '“The vessel acted unsafely,” the command said. “We will keep sailing.”'], 'We will keep sailing.', 'US Southern Command'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: honorifics after the verb and titles before the name', () => {
  it.each([
    ['an honorific and an age after said', ['For years, Li Weiming planned to study in Boston. Then came a letter from the U.S. embassy saying his file needed “further review.”', '“I followed every rule,” said Mr. Li, 26, who was admitted to a program in Ohio. “Nobody explains anything.”'], 'Nobody explains anything.', 'Li Weiming'],
    ['a doctor with a middle initial and non-ASCII letters', ['University leaders warn of lost talent.', '“This is a slow divorce,” said Dr. Åsa K. Lindström, who studies migration at Uppsala University. “It will last.”'], 'It will last.', 'Åsa K. Lindström'],
    ['an ambassador to a country', ['Meanwhile, Russian Ambassador to South Africa Ilya Morozov urged Pretoria not to “choose camps.”'], 'choose camps.', 'Ilya Morozov'],
    ['a minister of a portfolio', ['Minister of Foreign Affairs Nadia Haddad warned of “grave consequences.”'], 'grave consequences.', 'Nadia Haddad'],
    ['a governor of a state', ['Governor of Lagos State Tunde Bakare said the curfew was “temporary.”'], 'temporary.', 'Tunde Bakare'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: an institution’s quotations continue', () => {
  it('gives the second quotation of a paragraph the institution of the first, not a person named later', () => {
    const texts = ['The frigate slowed, according to a statement from US Pacific Fleet.', '“The destroyer acted in an unsafe manner,” the fleet said. “We will continue to sail wherever the law allows.”', 'Adm. Lorna Keyes, the fleet’s commander, said: “We will.”'];
    expect(speakerOf('We will continue to sail wherever the law allows.', ...texts)).toBe('US Pacific Fleet');
  });

  it('does not take a short quotation that a longer one contains as its twin', () => {
    const texts = ['“The ship behaved recklessly,” the navy said. “We will keep flying and sailing as the law allows.”', 'Adm. Lorna Keyes later spoke. “We will,” she said.'];
    expect(speakerOf('We will keep flying and sailing as the law allows.', ...texts)).not.toBe('Lorna Keyes');
  });
});

describe('attributeQuotes: "according to" and anonymous sources', () => {
  it.each([
    ['a named subject’s words a clause before “according to officials”', ['The Commerce Department quietly moved the firm to its “entity list,” while two other agencies objected, according to officials.'], 'entity list,', 'Commerce Department'],
    ['words right before “according to” are the source’s', ['The ministry considers the plan “dead on arrival,” according to officials.'], 'dead on arrival,', 'Officials'],
    ['people familiar with the matter', ['Beijing has “no interest” in a summit, according to people familiar with the matter.'], 'no interest', 'People familiar with the matter'],
    ['a person familiar with the talks as a subject', ['The envoy was “furious,” a person familiar with the talks said.'], 'furious,', 'A person familiar with the talks'],
    ['sources close to the talks as a subject', ['The envoy was “livid,” sources close to the talks said.'], 'livid,', 'Sources close to the talks'],
    ['people briefed on a plan after the verb', ['“No deal yet,” said two people briefed on the plan.'], 'No deal yet,', 'Two people briefed on the plan'],
    ['people with knowledge after the verb', ['“It is off,” said people with knowledge of the talks, who asked not to be named.'], 'It is off,', 'People with knowledge of the talks'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('plausibleSpeakerName', () => {
  it.each([
    ['US to reduce its military', false],
    ['officials who spoke', false],
    ['the ministry that said', false],
    ['Le Yucheng', true],
    ['Senior State Department official', true],
    ['Ministry of National Defense', true],
    ['Chinese delegation', true],
  ])('%s -> %s', (name, expected) => {
    expect(plausibleSpeakerName(name)).toBe(expected);
  });
});

describe('attributeQuotes: reported speech', () => {
  it('credits no indirect statement to a phrase misread as a name', () => {
    const paragraphs: Paragraph[] = [
      { id: 'p1', line: 1, role: 'body', text: 'The ministry also urged the US to reduce its military presence near the islands, while ending support for provocations.' },
      { id: 'p2', line: 3, role: 'body', text: 'The statement emphasized that the United States should gain a full understanding of the root causes of maritime incidents.' },
    ];
    const { quotes, mentions } = attributeQuotes(paragraphs, findQuotes(paragraphs).quotes);
    const names = quotes.filter((q) => q.kind === 'indirect' && q.mention !== null).map((q) => mentions[q.mention!].name);
    expect(names.filter((n) => !plausibleSpeakerName(n))).toEqual([]);
  });
});

describe('attributeQuotes: held-out lessons (abbreviations, institution names, possessive roles, appositions, "it")', () => {
  it.each([
    ['an abbreviation with inner full stops does not cut the name after the verb', ['“The rules are narrow and firm,” said U.S. Trade Representative Marcia K. Lindgren.'], 'The rules are narrow and firm,', 'Marcia K. Lindgren'],
    ['U.K. inside a title before the name', ['“We will review every licence,” said U.K. Business Secretary Alan P. Hurst.'], 'We will review every licence,', 'Alan P. Hurst'],
    ['E.U. inside a title after the verb', ['“We stand ready to respond,” said E.U. Trade Commissioner Maros V. Kalnins.'], 'We stand ready to respond,', 'Maros V. Kalnins'],
    ['U.N. inside a title before the verb', ['U.N. envoy Sofia Marquez said the ceasefire was “fragile but holding”.'], 'fragile but holding', 'Sofia Marquez'],
    ['"and" inside an institution after "for"', ['“Cases are rising in three regions,” the Centers for Disease Control and Prevention said on Friday.'], 'Cases are rising in three regions,', 'Centers for Disease Control and Prevention'],
    ['"and" inside an institution after "of"', ['The Department of Health and Human Services said the new rule would “save rural hospitals”.'], 'save rural hospitals', 'Department of Health and Human Services'],
    ['a listed institution name with a comma and "and"', ['The Ministry of Economy, Trade and Industry said the export curbs were “narrow and temporary”.'], 'narrow and temporary', 'Ministry of Economy, Trade and Industry'],
    ['"it said" means the body that last spoke, not the last body mentioned', ['The foreign ministry said in a statement on Friday that the expulsion was unjustified.', 'Last week, the United States forced the country to close its Consulate General in Lagos, it said, adding that the move “broke every norm of diplomacy.”'], 'broke every norm of diplomacy.', 'Foreign ministry'],
    ['"it said" with no body that spoke takes the last body named', ['Orbital Mining Corp opened a new pit in Chile on Monday.', 'It said the project would “change the industry.”'], 'change the industry.', 'Orbital Mining Corp'],
    ['a person in apposition to a description with an institution, then "and said"', ['Jonas Vik, a shipping analyst, said the route was “risky”.', 'A senior U.N. Development Programme official, Amara T. Diallo, toured the port in May and said later that the delays were “entirely man-made.”'], 'entirely man-made.', 'Amara T. Diallo'],
    ['"U.S." ends a sentence when an article or pronoun follows', ['Lea Brandt, a trade lawyer, said the deal was “thin”.', 'The tariffs drew protests in the U.S. The Brazilian Finance Ministry said the duties were “a breach of the accord.”'], 'a breach of the accord.', 'Brazilian Finance Ministry'],
    ['"Mrs" marks a woman, so a later "she" finds her', ['Governor Anna Reyes opened the session.', '“The budget is balanced,” Mrs Reyes said.', 'Senator Paul Okafor disagreed with the plan.', 'She said the cuts would “protect the schools”.'], 'protect the schools', 'Anna Reyes'],
    ['a place’s leader in a summary bullet is the person the article names with a head-of-government title', ['• The reforms will “end the gridlock”, Macau’s leader says', 'Chief Executive Helena Sousa unveiled the reforms on Monday.', '“We have listened,” Mrs Sousa said.', 'She said the reforms would “end the gridlock” within a year.'], 'end the gridlock', 'Helena Sousa'],
    ['"and" inside a name ending in an institution word', ['The Food and Drug Administration said the new test was “accurate enough for home use”.'], 'accurate enough for home use', 'Food and Drug Administration'],
    ['"and" inside a name ending in an institution word, after the verb', ['“Disclosure rules apply to everyone,” said the Securities and Exchange Commission.'], 'Disclosure rules apply to everyone,', 'Securities and Exchange Commission'],
    ['a senator and a leader of a chamber stay two people', ['Sen. Ann Kirby and Senate Majority Leader Carl Boone said the bill was “dead on arrival”.'], 'dead on arrival', 'Carl Boone'],
    ['a place’s president is the person introduced as President', ['President Maria Solano opened the summit.', 'Talks stalled, Costa Verde’s president said, calling them “a waste of time”.'], 'a waste of time', 'Maria Solano'],
    ['two people joined by "and" are not one institution', ['Secretary of State Lena Hart and Minister Wang Jun said the talks were “candid”.'], 'candid', 'Wang Jun'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: roles between names, roles with an object, institutions with prepositions', () => {
  it.each([
    ['a team, then a role, then the holder', ['“There’s a lot of things we did well in there,” Oklahoma City coach Billy Donovan said.'], 'There’s a lot of things we did well in there,', 'Billy Donovan'],
    ['a company, then a role, then the holder', ['Fortress will leave with a payout that New Media investor Leon Cooperman blasted on an investor conference call as “morally wrong.”'], 'morally wrong.', 'Leon Cooperman'],
    ['a list of names inside an appositive with no closing comma', ['“This is mainly due to the change in wind direction from north-westerly to south-easterly,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.'], 'This is mainly due to the change in wind direction from north-westerly to south-easterly,', 'Kurinji Selvaraj'],
    ['"for" inside an institution’s name', ['As we’ve noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that, using standard economic methods, "the full incidence of the tariff falls on domestic consumers."'], 'the full incidence of the tariff falls on domestic consumers.', 'Centre for Economic Policy Research'],
    ['"on" inside an institution’s name', ['The Council on Foreign Relations said the tariffs were "a tax paid by American consumers and firms".'], 'a tax paid by American consumers and firms', 'Council on Foreign Relations'],
    ['a role’s object is not the speaker', ['China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs and warned that the Chinese government “will not sit on our hands”.'], 'will not sit on our hands', 'China’s ambassador to Britain'],
    ['a role with an object points back to the person named with it', ['China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end Hong Kong unrest.', 'China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs and warned that the Chinese government “will not sit on our hands”.'], 'will not sit on our hands', 'Liu Xiaming'],
    ['a chamber, then "Speaker", then the name', ['"It is a sad day," House Speaker Mike Johnson, R-La., said.'], 'It is a sad day,', 'Mike Johnson'],
    ['a hyphenated title before the name', ['"We must end this war," U.N. Secretary-General Antonio Guterres said.'], 'We must end this war,', 'Antonio Guterres'],
    ['a chamber, then "Whip", then the name', ['Senate Minority Whip Dick Durbin said the bill was "dead on arrival".'], 'dead on arrival', 'Dick Durbin'],
    ['a body named before "statement" by a common noun owns it', ['A Chinese coast guard statement accused the Philippine vessels of "deliberately" ramming its ships.'], 'deliberately', 'Chinese coast guard'],
    ['the person a role is to is not the speaker', ['“It was a mistake,” a senior adviser to President Trump said.'], 'It was a mistake,', 'Senior adviser to President Trump'],
    ['a name before a description with no closing comma, after an opening phrase', ['In a statement, Joseph Anderson, a former US ambassador to China said: “Our government will monitor bilateral statements.”'], 'Our government will monitor bilateral statements.', 'Joseph Anderson'],
    ['a speaker named after "said" when a paraphrase ends in a comma', ['"The overall impact is now over $4 billion per month in extra tariffs on a wide range of goods," said Daniel Anthony, vice president of the Trade Partnership.', 'Computers and electronic devices have seen impacts, too, said Mary E. Lovely, a Syracuse University economist. "About 36% of imports from China to the U.S. are computers and electronic devices," she said.'], 'About 36% of imports from China to the U.S. are computers and electronic devices,', 'Mary E. Lovely'],
    ['a speaker named after "said" when a quotation and a paraphrase end in a comma', ['Two people briefed on the talks said the deal was close.', '"The president wants the option of having a bigger deal with China. Bigger than just the little deal" announced in October, said Derek Scissors, a China scholar with the American Enterprise Institute in Washington.'], 'The president wants the option of having a bigger deal with China. Bigger than just the little deal', 'Derek Scissors'],
    ['the one told after a comma is not the speaker', ['"Stadia has been built from the ground up to be a cloud platform," Jack Buser, director for games at Google, tells The Hollywood Reporter.'], 'Stadia has been built from the ground up to be a cloud platform,', 'Jack Buser'],
    ['a relative clause with a preposition in it, then the verb', ['Customs and Border Protection, part of Homeland Security, did not accept the offer. A spokesperson who did not wish to be named because of agency policy said in a statement that the agency never has administered vaccines.', '"As a law enforcement agency, operating a vaccine program is not feasible," the spokesperson said.'], 'As a law enforcement agency, operating a vaccine program is not feasible,', 'Spokesperson'],
    ['a name opening the sentence before a description with no closing comma', ['Yan Huaxin, the Chinese ambassador to the United States noted that the visit had been planned for months, calling it “routine”.'], 'routine', 'Yan Huaxin'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });
});

describe('attributeQuotes: what is not a name', () => {
  it('does not take a name inside a clause for the person a description after it speaks of', () => {
    expect(speakerOf('candid', 'Xi met Biden, the president said, calling the talks “candid”.')).not.toBe('Biden');
  });

  it.each([
    ['a list of names is no one subject', 'In the meantime, Pepsi, Coca-Cola, Costco and the recreational vehicle-maker Winnebago are among retailers that said', ''],
    ['a sentence adverb and its comma are read past', 'However, the group raised alarm at the terms of the deal, and said', 'However the group'],
  ])('openingSubject: %s', (_name, sentence, subject) => {
    expect(openingSubject(sentence, 0, sentence.lastIndexOf(' said'))).toBe(subject);
  });

  it.each(['Observers', 'Analysts', 'Critics'])('reads %s before "noted" as a group of people, not a person', (noun) => {
    const ps = paras([`${noun} noted the measures would hurt ordinary workers first, calling them “a blunt tool”.`]);
    const a = attributeQuotes(ps, findQuotes(ps).quotes);
    expect(a.mentions.map((m) => [m.name, m.kind])).toEqual([[noun, 'unnamed']]);
  });
});

describe('attributeQuotes: a given name tells which people a pronoun cannot mean', () => {
  it.each([
    ['"she" is not the man who spoke last', ['Karen Green met Thomas Allen on Monday.', '“We call for calm,” Allen said.', '“The people intend to review the plan,” she said.'], 'The people intend to review the plan,', 'Karen Green'],
    ['"she" is not a senator named Josh', ['Commerce Secretary Gina Raimondo and Trade Representative Katherine Tai testified on Tuesday.', '“The rules are narrow,” Raimondo said.', 'Senator Josh Hawley pressed them.', '“We will not back down,” she said.'], 'We will not back down,', 'Gina Raimondo'],
    ['"He" is not a woman named Janet (here it is He Lifeng, named by surname)', ['Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Beijing on Saturday.', '"We have a responsibility to manage our differences," Yellen said.', 'He told her China hoped the U.S. would "take concrete actions".'], 'take concrete actions', 'He Lifeng'],
  ])('%s', (_name, texts, quote, speaker) => {
    expect(speakerOf(quote, ...texts)).toBe(speaker);
  });

  it('gives no person a head start for a gender told only by the given name', () => {
    // Qin Gang's gender is unknown, Antony Blinken's only suggested: "he" is still the subject who spoke last.
    expect(speakerOf('serious consequences', 'Secretary of State Antony Blinken met Foreign Minister Qin Gang.', 'Qin Gang said the balloon had strayed.', 'He warned of “serious consequences”.')).toBe('Qin Gang');
  });
});
