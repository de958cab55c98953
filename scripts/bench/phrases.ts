// Invented sentence material for the benchmark's articles: narrative sentences, quotations,
// headlines and boilerplate, assembled from parts so that a large collection rarely repeats itself.
import type { Rng } from './prng.ts';

/** A topic as the generator needs it: a slug and words that signal it. */
export interface TopicWords {
  slug: string;
  /** Signal words and phrases (a trailing `*` wildcard is dropped). */
  words: string[];
}

const ACTORS = ['Beijing', 'Washington', 'China', 'the United States', 'Taipei', 'Tokyo', 'Manila', 'the European Union', 'the Biden administration', 'Chinese officials', 'US lawmakers', 'diplomats from both sides', 'military commanders', 'trade negotiators'];
const VERBS = ['has stepped up pressure over', 'has warned against any change to the status quo on', 'is expected to raise', 'has repeatedly criticised the handling of', 'signalled a willingness to talk about', 'rejected fresh demands over', 'announced new measures related to', 'has sought to play down tensions over', 'held a fresh round of talks on', 'faces growing scrutiny over'];
const TIMES = ['on Wednesday', 'last week', 'earlier this month', 'in recent days', 'on Monday', 'this year', 'since the summer', 'over the weekend', 'in the past decade', 'late on Thursday'];
const TAILS = ['according to people familiar with the matter', 'amid a broader slide in relations', 'in a move seen as a test of the new administration', 'as both sides sought to limit the damage', 'despite calls for restraint from regional partners', 'ahead of a planned summit later in the year', 'a development closely watched by markets', 'raising fears of a wider confrontation', 'though details remained scarce', 'in a sign that the dispute is far from over'];
const OPENERS = ['Analysts said', 'Observers noted', 'Officials in the region believe', 'Some experts argue', 'Critics have long said', 'Supporters of the policy say', 'Diplomats privately acknowledge', 'Business groups have warned'];
const CLAIMS = ['the dispute could drag on for months', 'neither side wants an open conflict', 'the measures would hurt ordinary workers first', 'the talks were a modest step forward', 'the rhetoric had hardened considerably', 'domestic politics left little room for compromise', 'the region could not afford further escalation', 'trust between the two capitals remained low'];

const Q_OPEN = ['We will never accept', 'There is simply no room to back down on', 'Nobody should underestimate our resolve on', 'We have made our position very clear on', 'It is time to stop politicising', 'We urge the other side to respect the facts about', 'Our door remains open for dialogue on', 'We are deeply concerned about', 'The world is watching what happens over', 'We call for calm and restraint over', 'Let me be clear about', 'No country should interfere in'];
const Q_MIDDLE = ['and we will take all necessary measures', 'and any provocation will be met with a firm response', 'because the stakes for the region are very high', 'and that is why we keep the lines of communication open', 'as we have said many times before', 'and history will judge those who choose confrontation', 'which is a matter of principle for our people', 'and we expect concrete actions rather than words'];
const Q_END = ['to defend our sovereignty', 'to protect the interests of our workers', 'to keep the peace', 'so that the relationship does not spiral out of control', 'in the weeks ahead', 'without any preconditions', 'together with our partners', 'for the sake of future generations'];
const PARTIALS = ['a dangerous provocation', 'deeply irresponsible', 'never compromise', 'a serious violation of international law', 'a step in the right direction', 'completely unacceptable', 'a red line', 'radio silence', 'salami tactics', 'a new cold war', 'frank and constructive', 'bullying behaviour'];

/** One narrative sentence, sometimes naming a topic signal. */
export function narrativeSentence(rng: Rng, topic: TopicWords | null): string {
  const subject = topic && rng.chance(0.6) ? rng.pick(topic.words) : rng.pick(['the dispute', 'the latest measures', 'bilateral ties', 'the talks', 'the issue']);
  if (rng.chance(0.5)) return `${rng.pick(ACTORS).replace(/^./, (c) => c.toUpperCase())} ${rng.pick(VERBS)} ${subject} ${rng.pick(TIMES)}, ${rng.pick(TAILS)}.`;
  return `${rng.pick(OPENERS)} ${rng.pick(CLAIMS)}, ${rng.pick(TAILS)}, and ${subject} ${rng.chance(0.5) ? 'remained' : 'was likely to remain'} a sticking point.`;
}

/** A paragraph of 2 to 5 narrative sentences. */
export function narrativeParagraph(rng: Rng, topic: TopicWords | null): string {
  const count = rng.int(2, 5);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(narrativeSentence(rng, topic));
  return out.join(' ');
}

const Q_SUBJECTS = ['We', 'Our government', 'The ministry', 'Our side', 'This administration', 'Our country', 'The people', 'My colleagues and I', 'Everyone here', 'Our allies', 'Both sides', 'The region'];
const Q_MODALS = ['will', 'must', 'cannot', 'should', 'will never', 'have to', 'are ready to', 'intend to', 'refuse to', 'hope to', 'need to', 'want to'];
const Q_VERBS = ['accept', 'ignore', 'tolerate', 'discuss', 'defend', 'protect', 'review', 'reconsider', 'support', 'oppose', 'condemn', 'welcome', 'study', 'address', 'resolve', 'monitor', 'challenge', 'respect', 'strengthen', 'limit'];
const Q_ADJECTIVES = ['unilateral', 'reckless', 'careful', 'new', 'current', 'so-called', 'unfair', 'legitimate', 'provocative', 'practical', 'joint', 'bilateral', 'regional', 'military', 'economic', 'lasting', 'peaceful', 'illegal', 'fair', 'open', 'urgent', 'unprecedented', 'serious', 'reasonable', 'hostile', 'constructive', 'deliberate', 'vague', 'outdated', 'historic', 'temporary', 'sweeping', 'narrow', 'strict', 'flexible', 'coordinated', 'independent', 'secret', 'public', 'costly'];
const Q_NOUNS = ['measures', 'arrangements', 'restrictions', 'proposals', 'demands', 'moves', 'claims', 'patrols', 'exercises', 'tariffs', 'talks', 'channels', 'commitments', 'guarantees', 'principles', 'rules', 'deals', 'investments', 'visits', 'statements', 'deployments', 'inspections', 'negotiations', 'agreements', 'actions', 'promises', 'initiatives', 'policies', 'partnerships', 'accusations', 'threats', 'concessions', 'contacts', 'mechanisms', 'consultations', 'procedures', 'safeguards', 'standards', 'reforms', 'exports', 'imports', 'supply chains', 'alliances', 'treaties', 'resolutions', 'reports', 'warnings', 'signals', 'decisions', 'plans'];
const Q_PREPOSITIONS = ['on', 'over', 'concerning', 'related to', 'around', 'involving'];
const Q_TAILS = ['this year', 'in the coming months', 'at any cost', 'without delay', 'for now', 'under any circumstances', 'step by step', 'as soon as possible', 'in good faith', 'once again', 'from now on', 'in the long run'];

/** A clause built from small slots with many choices, so that unrelated quotations rarely share a long run of words (as in real speech). */
function quoteClause(rng: Rng, subject: string): string {
  return `${rng.pick(Q_SUBJECTS)} ${rng.pick(Q_MODALS)} ${rng.pick(Q_VERBS)} ${rng.pick(Q_ADJECTIVES)} ${rng.pick(Q_NOUNS)} ${rng.pick(Q_PREPOSITIONS)} ${subject}`;
}

/** One sentence of quoted speech (no marks): mostly free clauses, sometimes a stock phrase of diplomatic speech, now and then a nested quotation in single marks. */
export function quoteSentence(rng: Rng, topic: TopicWords | null): string {
  const subject = () => (topic ? rng.pick(topic.words) : rng.pick(['these issues', 'our core interests', 'this question']));
  let s: string;
  if (rng.chance(0.05)) {
    s = `${rng.pick(Q_OPEN)} ${subject()}`;
    if (rng.chance(0.3)) s += `, ${rng.pick(Q_MIDDLE)}`;
  } else {
    s = quoteClause(rng, subject());
    if (rng.chance(0.5)) s += ` ${rng.pick(Q_TAILS)}`;
    if (rng.chance(0.4)) s += `, ${rng.pick(['and', 'but', 'while', 'because'])} ${quoteClause(rng, `${rng.pick(Q_ADJECTIVES)} ${rng.pick(Q_NOUNS)}`).replace(/^\w/, (c) => c.toLowerCase()).replace(/^i /, 'I ')}`;
  }
  if (rng.chance(0.1)) s += ` ${rng.pick(Q_END)}`;
  if (rng.chance(0.08)) s += rng.pick([`, and there should be no ‘${rng.pick(PARTIALS)}’`, ` – what some call ‘${rng.pick(PARTIALS)}’`, `, which is ‘${rng.pick(PARTIALS)}’ in all but name`]);
  return `${s}.`;
}

/** A short phrase for partial quotations inside reported speech. */
export function partialPhrase(rng: Rng): string {
  return rng.pick(PARTIALS);
}

const HEADLINES = [
  (a: string, b: string, t: string) => `${a} warns ${b} over ${t}`,
  (a: string, b: string, t: string) => `${a} will ‘never compromise’ on ${t}, official tells ${b}`,
  (a: string, b: string, t: string) => `${a} and ${b} trade barbs over ${t}`,
  (a: string, _b: string, t: string) => `What ${a}’s new stance on ${t} means`,
  (a: string, b: string, t: string) => `${a} hits back at ${b} as ${t} row deepens`,
  (a: string, b: string, t: string) => `Talks between ${a} and ${b} stall over ${t}`,
  (a: string, b: string, t: string) => `${a} issues latest THREAT to ${b} – 'We won't back down' on ${t}`,
  (_a: string, b: string, t: string) => `Explainer: why ${t} matters to ${b}`,
];

/** A headline about a topic. */
export function headline(rng: Rng, topic: TopicWords | null): string {
  const [a, b] = rng.shuffle(['China', 'US', 'Beijing', 'Washington', 'Taiwan', 'Japan', 'Philippines', 'EU']);
  const t = topic ? rng.pick(topic.words) : 'relations';
  const h = rng.pick(HEADLINES)(a, b, t);
  return h.charAt(0).toUpperCase() + h.slice(1);
}

const BOILERPLATE = [
  () => 'ADVERTISEMENT',
  () => 'Advertisement',
  () => 'Share this article',
  () => 'Share on Facebook Share on Twitter Share via Email',
  (rng: Rng, t: TopicWords | null) => `RELATED: ${headline(rng, t)}`,
  (rng: Rng, t: TopicWords | null) => `Read more: ${headline(rng, t)}`,
  (rng: Rng, t: TopicWords | null) => `JUST IN: ${headline(rng, t)}`,
  () => 'Sign up to our free newsletter for the latest world news',
  () => 'Subscribe now and get unlimited access to our journalism',
  (rng: Rng) => `A ${rng.pick(['Chinese', 'US', 'Taiwanese'])} navy vessel during exercises in ${rng.pick(['2021', '2022', '2023'])}. (Photo: ${rng.pick(['Reuters', 'AFP', 'AP'])})`,
  (rng: Rng) => `Image caption: Officials meet in ${rng.pick(['Beijing', 'Washington', 'Tokyo'])} (Getty Images)`,
  () => 'Click here to follow our live coverage',
  () => 'Leave a Comment:',
  () => 'No comments available for this post.',
  () => 'Watch the video above for more',
  () => 'We use cookies to improve your experience. Accept all',
];

/** A boilerplate line of the kinds news pages carry around the article (ads, share bars, related links, captions, prompts). */
export function boilerplateLine(rng: Rng, topic: TopicWords | null): string {
  return rng.pick(BOILERPLATE)(rng, topic);
}

/** Related-story list: a heading and a few headlines. */
export function relatedList(rng: Rng, topic: TopicWords | null): string[] {
  const out = [rng.pick(['Related stories', 'More on this story', 'You may also like', 'Most read'])];
  const n = rng.int(2, 4);
  for (let i = 0; i < n; i++) out.push(headline(rng, topic));
  return out;
}
