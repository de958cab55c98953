// Keyword patterns of page furniture that recur across the web (not one outlet's strings).
// Each returns the LineRole of a line that is not article. Patterns only ever see the first
// 300 characters of a line and contain no nested quantifiers, so they stay linear.
import type { LineRole } from '../../../src/schemas/index.ts';
import { dateLabel, isDateOnlyLine } from '../metadata/dates.ts';
import type { LineFeatures } from './features.ts';

// Leading arrows, bullets and icons that menus and buttons put before their words.
const LEAD = /^[\s›»>|•·▪●◦‣∙*+#→←↑↓▶►▸◂◀✓✔✕✖×]+/u;

const ADVERT = /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|paid (?:content|post|partner)|promoted(?: content| stories)?|partner content|story continues below(?: this)?(?: advertisement| ad)?|article continues below(?: advertisement| ad)?|continue reading below|scroll (?:down )?to continue(?: with content)?|ad feedback|report this ad|skip (?:this )?ad)\s*[.:]?$/i;

const WIDGET = /^(?:select voice|choose your listening speed|get through articles \d+x faster|listen(?: to)?(?: this| the)? (?:article|story)|listen now|audio (?:is )?(?:not )?available.*|\d(?:\.\d+)?x|\d+ wpm|slow|average|fast|normal|play|pause|mute|unmute|text size|font size|a a a|print(?: this)?(?: article| page| story)?|zoom|toggle (?:caption|navigation|menu)|reading time\s*:?\s*\d+.*|read(?:ing)? time\s*:?\s*\d+.*|\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?)\.?\s*(?:read|reading|listen)|(?:\d+:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d+:)?\d{1,2}:\d{2})?|(?:load|show|view|see) more|loading(?:\.\.\.|…)?|close|open|back to top|top|expand|collapse|watch(?: now| video| live)?|video|gallery|view gallery|\d+ photos?|photos?|image \d+ of \d+|\d+ of \d+|next|previous|prev|next (?:article|story|page|post)|previous (?:article|story|page|post)|go to page.*|page \d+(?: of \d+)?)\s*[.:]?$/i;

const COMMENTS = /^(?:comments?\s+\d+|share what you think|the comments below (?:have|has) (?:not )?been moderated.*|comments are moderated.*|by posting (?:your |a )?comments?\b.*|leave a (?:comment|reply)|no comments(?: available)?(?: for this post| yet)?|post a comment|add a comment|write a comment|add your comment|\d+\s+(?:comments?|replies|responses)|comments?(?:\s*\(\d+\))?|view comments|show comments|hide comments|comments are closed.*|be the first to comment.*|join the (?:conversation|discussion|debate).*|please enter your (?:comment|name|email).*|your email address will not be published.*|required fields are marked.*|notify me of .*|save my name.*|(?:log|sign) in to (?:comment|reply).*|reply|the recaptcha verification period has expired.*|this site uses akismet.*|comment policy.*|discussion|what do you think\??|have your say)\s*[.!:]?$/i;

const SIGNUP = /^(?:please )?(?:subscribe|sign up|sign in|signin|log ?in|register|create (?:a |an )?(?:free )?account|get (?:our|the|your) (?:free |daily |weekly |latest |best )*(?:newsletter|updates|news)|join (?:us|now|today|our)|already (?:a subscriber|a member|have an account|registered)|unlock|start (?:your )?(?:free )?trial|try (?:it )?free|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism|donate|follow us|download (?:the|our) app|get the app|enter your email|your email|email address|newsletter|subscribe to .*|sign up (?:for|to) .*|we'?ll send you .*|thanks? for (?:signing up|subscribing).*|invalid email.*|by (?:signing up|subscribing|clicking).*|you (?:can|may) unsubscribe.*|already have an account.*|(?:subscribe|subscription)s? (?:now|today|from .*)|\W*subscribe\W*)\s*[.!:]?$/i;
const SIGNUP_WORDS = /\b(?:newsletter|subscribe|subscription|sign up|unsubscribe|inbox|subscriber)\b/i;

const PROMO_PREFIX = /^(?:just in|read more|read also|also read|read next|related|related (?:article|story|news|content|coverage|reading|posts?|stories|articles)|see also|more|more on this|more on|more from|watch|watch now|trending|must read|don'?t miss|recommended|editor'?s picks?|top stories|most read|most popular|popular|up next|what to read next|you may also like|you might also like|you may like|further reading|click here|related topics|topics|tags|filed under|categories|category|explore more|more stories|more articles|more news|other news)\s*[:|»›>]+\s*\S/i;
/** "More Washington Examiner", "More CNN Business": an outlet's name after "More", the heading of its other stories. */
const MORE_FROM_OUTLET = /^More (?:[\p{Lu}\d][\p{L}\d'’&.-]*\s?){1,4}$/u;
const RELATED_HEAD = /^(?:related(?: articles?| stories| news| content| coverage| reading| posts?| links?| topics)?|see also|more (?:from|on|in|stories|articles|news|like this|to explore|to read|videos?|coverage)(?: [\p{L}\d '’&.-]{1,40})?|more articles|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading)?|read (?:more|next)|up next|what to read next|further reading|most (?:read|popular|viewed|shared|commented)|popular (?:now|stories|articles|posts)|trending(?: now| stories)?|top stories|latest(?: news| stories| articles| posts| videos)?|editor'?s (?:picks?|choice)|don'?t miss|must read.*|recent posts|recent articles|other stories|around the web|from (?:our|the) (?:partners|web)|(?:sponsored|promoted) (?:stories|links|content)|in case you missed it|also on .*|tags?|topics?|filed under|categories|related topics|explore|more)\s*[.:]?$/iu;

const SHARE_WORD = '(?:share this:|share:|share|shares|shared|tweet|email|e-mail|mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|flipboard|pocket|messenger|tumblr|sms|copy|copy link|copy url|copied|link copied|comment|comments|save|bookmark|gift|gift article|share article|share story|share this|share on|share via|share this article|share this story|share this page|share page|instagram|youtube|rss|vk|weibo|wechat|line|threads|bluesky|mastodon|google\\+?)';
const SHARE = new RegExp(`^(?:${SHARE_WORD}[\\s,|/·•:]*){1,12}$`, 'i');
const SHARE_PHRASE = /^(?:show (?:more )?sharing options|share or comment on this (?:article|story|post)|sharing is caring!?|share (?:this|the) (?:article|story|post|page)(?: with (?:a friend|friends|your friends))?|share (?:it )?with (?:a friend|friends|your friends)|share all sharing options.*|share (?:on|via|to) (?:social (?:media|networks?)|your (?:social )?networks?)|spread the word|pin it|share your thoughts.*)\s*[.!:]?$/i;
const ACCOUNT = /^(?:(?:edit profile|sign out|log out|logout|my account|my profile|sign in|log in|login|register|subscribe|profile|settings|dashboard|account)\s*[|/·•]?\s*){1,6}$/i;
const SHARE_COUNT = /^(?:\d[\d,.]*k?\s*)?(?:shares?|views?|likes?|comments?|reads?)(?:\s*\d[\d,.]*k?)?$/i;

const CAPTION_TAIL = /(?:^|[\s.(\[|/–—-])(?:Photos?|PHOTOS?|Photograph|Photography|Image|IMAGE|Images|Picture|Pic|Illustration|ILLUSTRATION|Graphic|Video|Footage|Credit|CREDIT|Credits|File photo|File Photo|Photo credit|Photo Credit|Image credit|Image Credit|Source|SOURCE)\s*(?:by)?\s*[:=]\s*[^:!?"“”]{2,60}\)?$/u;
const CREDIT_TAIL = /(?:\((?:[\p{L}'’. ]{0,30}\/)?\s*(?:getty images|shutterstock|afp|ap|reuters|epa|xinhua|alamy|pa|bloomberg|istock|ap photo|reuters photo)[^()]{0,40}\)|(?:\/|via|©)\s*(?:getty images|getty|shutterstock|afp|ap photo|reuters|epa(?:-efe)?|alamy|pa wire|pa images|istock(?:photo)?|bloomberg|xinhua|anadolu agency|sipa|rex features|ap)\b[^.]{0,30})\s*\.?$/iu;
const TRAILING_AGENCY = /[.!?]["”’]?\s+(?:Reuters|AP|AFP|Getty Images|Getty|Shutterstock|EPA|Bloomberg|Xinhua|Alamy|PA|AP Photo|Reuters\/[\p{L} .-]{2,30}|[\p{L} .-]{2,30}\/(?:Getty(?: Images)?|Reuters|AP|AFP|Shutterstock|EPA|Bloomberg))$/u;
// "(Photo by Jane Doe)", "(Image: Ministry handout)": a photo credit in brackets closes a caption.
const PHOTO_PAREN = /\((?:photos?|image|picture|pic|video|illustration|graphic|file photo|photograph)\s*(?:by\s|:|credit:?\s)\s*[^()]{2,60}\)\s*\.?$/i;
// Prompts to install the outlet's app or join its messaging channel, wherever they sit in the line.
const APP_PROMPT = /\b(?:download|get|install|try) (?:the|our) (?:free )?(?:[\p{L}\d&'’ -]{1,30} )?app\b(?: (?:now|today|for free|here))?\s*[.!]?$/iu;
const CHANNEL_PROMPT = /\b(?:join|follow|subscribe to)\b[^.!?]{0,40}\b(?:whatsapp|telegram|signal|viber|wechat|discord|line)\s+(?:channel|group|community|account)s?\b/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const CAPTION_LEAD = /^(?:image|media|photo|video|picture)\s+(?:copyright|caption|credit|source)\b/i;
const COMMENT_HEAD = /^(?:\d+\s+)?(?:comments?|responses|replies|reader comments)(?:\s*\(\d+\)|\s+\d+)?\s*:?$|^(?:leave a (?:comment|reply)|post a comment|add a comment|write a comment|join the (?:conversation|discussion|debate)|comments are closed|show comments|view comments|have your say|what do you think)/i;

/** True when a line heads a comment section ("3 Comments", "Leave a Reply"), not just a button in one. */
export function isCommentHeading(text: string): boolean {
  return text.length <= 80 && COMMENT_HEAD.test(text);
}
const BRACKET_CREDIT = /^\[(?:photo|image|사진|사진제공|자료)\s*[=:][^\]]{1,80}\]$/iu;

// Buttons and notices that speak to the reader about the page itself: an imperative on one of the
// page's own objects ("Gift this article", "Please turn on JavaScript to use this feature", "Show key events only").
const PAGE_OBJECT = String.raw`(?:article|articles|story|stories|page|post|feature|author|writer|topic|link|url|comments?|javascript|cookies|notifications?|alerts|app|newsletter|key events|events|gallery|slideshow|transcript|video|audio|podcast|episode|reading list|bookmarks?|full (?:article|story|text|coverage)|images?|photos?|pictures?|caption)`;
const UI_VERB = String.raw`(?:enlarge|expand|zoom(?: in(?: on)?)?|toggle|gift|share|save|print|e-?mail|send|listen(?: to)?|follow|unfollow|turn on|turn off|enable|allow|disable|download|bookmark|copy|show|hide|view|open|close|tap|click|swipe|scroll|play|add|remove|translate|switch to|sign in to|log in to)`;
const UI_IMPERATIVE = new RegExp(String.raw`^(?:please\s+)?${UI_VERB}\s+(?:(?:this|the|our|full|all|more|your|a|an|to|on|in|off)\s+){0,3}${PAGE_OBJECT}(?:\s+[^\s,;.!?"“”]+){0,5}$|^(?:gift|share|save|print|follow|bookmark) this$`, 'i');
// "Get alerts on Trade when a new story is published": an offer of notifications about the page's topic.
const ALERT_OFFER = /^(?:get|receive|turn on|sign up for|set up) (?:email |push |news |breaking )?(?:alerts|notifications|updates) (?:on|about|for|when)\b/i;
const UI_NOTICE = /^(?:javascript is (?:disabled|required|not (?:enabled|available))|(?:your|this) browser (?:does not|doesn'?t) support|this (?:feature|content|video|page) (?:is not available|requires|needs))\b|^(?:learn more|key events|live feed)$/i;
// Calls for tips, print-edition notes and reprint links: about the outlet, not the story.
const TIP = /^(?:(?:have|got) an? (?:confidential |news |story )?(?:tip|story idea)\b|(?:send|share) (?:us )?(?:a |your )?(?:confidential )?(?:news )?tips?\b|tips\?)/i;
const PRINT_NOTE = /^(?:a version of this (?:article|story|report|column) (?:appears|appeared|was published) in print\b|this (?:article|story) (?:appears|appeared) in (?:the )?(?:print|\p{L}+ \d{1,2}) (?:edition|issue)\b|order reprints\b)/iu;
// "Reporting from Shanghai": where the reporter filed from, printed under the byline.
const FILED_FROM = /^(?:[Rr]eporting|[Rr]eported|[Ff]iled|[Ww]ritten) from\s+\p{Lu}[\p{L} ,.'’-]{1,60}$/u;
// A prompt that ends in its call to action ("… delivered before breakfast. Sign up now").
const SIGNUP_END = /(?:^|[.!?:]\s+)(?:sign up|subscribe|register|join)(?: now| today| here| for free)?\s*[.!]?$/i;
const REPORTED = /\b(?:said|says|told|tells|added|urged|according to)\b/i;
const SIGNUP_SIGNAL = /\b(?:newsletters?|inbox|sign up|subscribe|unsubscribe|email address|alerts)\b/gi;

const SOURCE_LINE = /^(?:(?:source|sources|via)\s*[:\-–]|originally published (?:at|on|in|by)|this (?:article|story) (?:was |first |originally )*(?:published|appeared) (?:on|in|at|by)|first published (?:on|in|at|by)|republished (?:from|with)|read the original(?: article)?)\s*[:\-–]?\s*\S/i;
const TRUST = /^why you can trust\b/i;

const LEGAL = /(?:all rights reserved|©|\(c\)\s*\d{4}|copyright\s*(?:\(c\)|©)?\s*\d{4}|^copyright\b|privacy (?:policy|notice|statement|settings|centre|center)|terms (?:of (?:use|service|sale)|and conditions|& conditions)|cookie(?:s)? (?:policy|settings|preferences|notice|statement)|we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|manage (?:cookies|consent|preferences)|your privacy choices|do not sell(?: or share)? my|ad ?choices|cookie consent|by (?:continuing|using this (?:site|website))|gdpr|accessibility statement|corrections policy|editorial (?:standards|guidelines|policy)|ethics (?:policy|statement))/i;
const LEGAL_LINKS = /^(?:(?:contact(?: us)?|about(?: us)?|site ?map|work (?:with|for) us|careers|jobs|advertise(?: with us)?|help|faq|press|imprint|impressum|feedback|licensing|syndication|rss|rss feeds?|newsletters?|terms|privacy|cookies|accessibility|tip us|code of conduct|staff|masthead|our team|partners|store)\s*[/|·•,]?\s*){1,12}$/i;

const NAV = /^(?:home|homepage|menu|main menu|search|search for|skip to (?:main )?content|skip to navigation|skip navigation|jump to.*|toggle navigation|navigation|sections|all sections|browse|open menu|close menu|back|sign out|my account|account|profile|settings|notifications|edition|change edition|language|english|español|français|deutsch|more|news|world|politics|business|sport|sports|opinion|culture|lifestyle|tech|technology|science|health|entertainment|travel|video|videos|podcasts?|weather|local|national|international|us|uk|europe|asia|africa|americas|middle east|australia|china|india|economy|markets|money|arts|style|food|books|music|film|movies|tv|television|life|education|environment|climate|media|crime|law|columnists?|editorials?|letters|obituaries|puzzles|games|crosswords?|horoscopes?|newsletters?|magazine|events|shop|deals|jobs|classifieds|real estate|autos|cars|photos|galleries|live|latest|trending|top stories|today|tech & science)\s*[▾▼⌄▸›»]?$/i;
const BREADCRUMB = /^[\p{L}\p{N}][\p{L}\p{N} &'’.-]{0,30}(?:\s*[>›»/|]\s*[\p{L}\p{N}][\p{L}\p{N} &'’.-]{0,30}){1,8}$/u;

/** True for a line of two or more section labels split by bars, arrows or slashes ("Home | World | Asia | Business",
 * "News > World"): a site's menu or breadcrumb, which has the shape of a page title "Headline | Site" but no headline. */
export function isLabelMenu(text: string): boolean {
  const items = text.split(/\s*[|>›»/•·]\s*/).filter(Boolean);
  return items.length >= 2 && items.every((item) => NAV.test(item));
}

// Comment threads: "jdoe says:", "Jane on May 2, 2019 at 4:47 pm said:", "34 responses to “…”".
const COMMENT_SIGNATURE = /^(?:\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago at \d{1,2}[:.]\d{2}.{0,10}|\S{2,40} (?:says|wrote):|.{2,60}\b(?:at|@) \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:says|said|wrote|writes):?|\d+ (?:responses|replies|comments|thoughts) (?:to|on) .{0,200}|.{0,40}\b\d+ comments? feed.{0,60}|(?:\d+ )?comments? (?:for|on) this (?:entry|post|article).{0,40}|.{2,400}?\s[-–—]\s\p{L}[\p{L} .'’-]{0,30}(?:,\s*\p{L}[\p{L} .'’-]{0,30}){0,3},\s*(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)$/iu;

const COMMENT_HINT = /(?:says|said|wrote|writes):?$|,\s*(?:\d+|an?)\s+\p{L}+\s+ago$|\bago at\b|^\d+ (?:responses|replies|comments?|thoughts)\b|\bcomments? (?:feed|for this|on this)/iu;

/** True when a line opens or signs a reader comment (a comment thread follows). */
export function isCommentSignature(text: string): boolean {
  return text.length <= 500 && COMMENT_HINT.test(text) && COMMENT_SIGNATURE.test(text);
}

const LEGAL_WORDS = ['©', '(c)', 'rights', 'copyright', 'privacy', 'terms', 'cookie', 'consent', 'gdpr', 'choices', 'do not sell', 'continuing', 'using this', 'accessibility', 'policy', 'standards', 'guidelines', 'statement'];

/** Any of LEGAL_WORDS, as one pattern: one pass over the line instead of one per word. */
const LEGAL_WORD = new RegExp(LEGAL_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Cheap test before the legal pattern: most lines contain none of its words. */
function hasLegalWord(t: string): boolean {
  return LEGAL_WORD.test(t.toLowerCase());
}

/** Strips leading arrows and bullets that buttons and menus carry. */
export function stripLead(text: string): string {
  return text.replace(LEAD, '');
}

/** The role of a line that general web furniture patterns recognise, or null. */
export function furnitureRole(f: LineFeatures, title: string | null): LineRole | null {
  const head = f.text.length > 300 ? f.text.slice(0, 300) : f.text;
  const t = stripLead(head).trim();
  if (!t) return 'other';
  const long = f.words > 40;
  if (f.words <= 60 && PRINT_NOTE.test(t)) return 'source-line';
  if (!long) {
    if (f.words <= 25 && TIP.test(t)) return 'signup';
    if (FILED_FROM.test(t) && f.words <= 8) return 'byline';
    if (ADVERT.test(t)) return 'advert';
    if (WIDGET.test(t)) return 'widget';
    if (COMMENTS.test(t) || isCommentSignature(t)) return 'comments';
    if (/^click (?:here )?to (?:share|email|print|tweet|pin)\b/i.test(t)) return 'share';
    if (TRUST.test(t)) return 'other';
    if (SHARE.test(t) || SHARE_COUNT.test(t) || SHARE_PHRASE.test(t)) return 'share';
    if (f.words <= 10 && (UI_IMPERATIVE.test(t) || UI_NOTICE.test(t))) return 'widget';
    if (f.words <= 16 && !f.sentenceBreaks && !t.includes(',') && !REPORTED.test(t) && ALERT_OFFER.test(t)) return 'signup';
    if (ACCOUNT.test(t)) return 'signup';
    if (PROMO_PREFIX.test(t) && !f.sentenceBreaks) return 'promo';
    if (RELATED_HEAD.test(t) || MORE_FROM_OUTLET.test(t)) return 'related';
    if (SIGNUP.test(t)) return 'signup';
    // Sign-up blurbs: a short line with a sign-up word, two or more sign-up words, or a blurb ending in its
    // call to action; never a reported sentence ("Sign up now," the mayor told residents).
    const reported = REPORTED.test(t);
    if (f.words <= 14 && SIGNUP_WORDS.test(t) && !reported) return 'signup';
    if (!reported && (SIGNUP_END.test(t) || (t.match(SIGNUP_SIGNAL)?.length ?? 0) >= 2)) return 'signup';
    if (SOURCE_LINE.test(t) && f.words <= 12) return 'source-line';
    if (BRACKET_CREDIT.test(t)) return 'credit';
    if (CAPTION_LEAD.test(t)) return f.words <= 5 ? 'credit' : 'caption';
    // Agency sign-offs: "Reporting by …; Editing by …", "Compiled by …".
    if (/^(?:(?:additional )?reporting|writing|editing|compiled|produced|translated|graphics?) by\b/i.test(t)) return 'credit';
    if (/^(?:our standards\b|save (?:articles?|stories|this (?:article|story)) (?:to read later|for later)|create your own reading list)/i.test(t)) return /^our/i.test(t) ? 'legal' : 'signup';
    // Gallery captions carry their expand/collapse toggle ("… less", "…... more").
    if (/(?:[.!?]\s+less|(?:\.\.\.|…)\s*more)$/.test(t)) return 'caption';
    if (/^report(?: this)?(?: comment| post| tweet)?$/i.test(t)) return 'widget';
    if (URL_ONLY.test(t)) return 'other';
    if (/^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b[^.!?]{0,30}$/i.test(t)) return 'date-line';
    if (f.words <= 30 && !reported && (APP_PROMPT.test(t) || CHANNEL_PROMPT.test(t))) return 'signup';
    if (f.chars <= 300 && PHOTO_PAREN.test(t)) return f.words <= 6 ? 'credit' : 'caption';
    if (f.chars <= 300 && TRAILING_AGENCY.test(t)) return 'caption';
    if (f.chars <= 300 && (CAPTION_TAIL.test(t) || CREDIT_TAIL.test(t))) return f.words <= 6 ? 'credit' : 'caption';
    if (isDateOnlyLine(t) || (dateLabel(t) && f.words <= 14)) return 'date-line';
    if (f.words <= 20 && LEGAL_LINKS.test(t)) return 'legal';
    if (f.words <= 6 && NAV.test(t)) return 'navigation';
    if (f.words <= 12 && !f.endsSentence && BREADCRUMB.test(t) && /[>›»/|]/.test(t) && !/\s[-–—]\s/.test(t)) return 'navigation';
  }
  if (f.words <= 60 && hasLegalWord(t) && LEGAL.test(t) && !(f.words > 20 && f.stopRatio > 0.3 && !/©|all rights reserved|cookie/i.test(t))) return 'legal';
  if (title && f.chars <= 300 && sameText(t, title)) return 'repeat';
  return null;
}

/** Compares two lines ignoring case, spacing and quotation-mark style. */
export function sameText(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

const FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '`': "'", '´': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '«': '"', '»': '"', '\u2013': '-', '\u2014': '-' };

/** Case- and punctuation-folded form of a line, for repetition checks. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u201a\u201b`´\u201c\u201d\u201e«»\u2013\u2014]|\s{2,}|\t|\n/g, (c) => FOLD[c] ?? ' ').trim();
}
