import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../../scripts/pipeline/clean/features.ts';
import { fold, furnitureRole, isCommentHeading, isLabelMenu, sameText } from '../../../scripts/pipeline/clean/patterns.ts';

const role = (line: string, title: string | null = null) => furnitureRole(lineFeatures(line), title);

describe('furnitureRole', () => {
  it.each([
    // adverts
    ['Advertisement', 'advert'],
    ['ADVERTISEMENT', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Sponsored content', 'advert'],
    // audio players and reading tools
    ['Select Voice', 'widget'],
    ['Choose your listening speed', 'widget'],
    ['Get through articles 3x faster', 'widget'],
    ['1.25x', 'widget'],
    ['250 WPM', 'widget'],
    ['Listen to this article', 'widget'],
    ['Reading Time:2 minutes', 'widget'],
    ['4 min read', 'widget'],
    ['Print this article', 'widget'],
    // comment forms
    ['Leave a Comment:', 'comments'],
    ['No comments available for this post.', 'comments'],
    ['Please enter your comment!', 'comments'],
    ['Please enter your name here', 'comments'],
    ['The reCAPTCHA verification period has expired. Please reload the page.', 'comments'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['14 Comments', 'comments'],
    // sign-up prompts
    ['› Subscribe', 'signup'],
    ['Sign up for our daily briefing newsletter', 'signup'],
    ['Already a subscriber? Log in', 'signup'],
    ['Get the latest headlines delivered to your inbox every morning', 'signup'],
    // promotions of other stories and related lists
    ['JUST IN: Flood warnings issued for three northern valleys', 'promo'],
    ['READ MORE: Ministers clash over harbour bridge budget', 'promo'],
    ['Related: Port strike enters its second week', 'promo'],
    ['More Articles', 'related'],
    ['More Washington Examiner', 'related'],
    ['More CNN Business', 'related'],
    ['You may also like', 'related'],
    ['Most read', 'related'],
    // share bars
    ['Share', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Share on WhatsApp', 'share'],
    ['1,204 shares', 'share'],
    // captions and credits
    ['The minister leaves the summit venue on Tuesday. Photo: Reuters', 'caption'],
    ['Harbour workers gather outside the gates. Illustration: Shutterstock', 'caption'],
    ['Rescue teams search the collapsed building (AFP via Getty Images)', 'caption'],
    ['Photo: AP', 'credit'],
    ['The company logo outside its offices in Berlin. Reuters', 'caption'],
    ['Commuters wait for a delayed train. Jane Lee/Getty', 'caption'],
    ['https://static.example.com/images/logo-500x250.png', 'other'],
    ['2 days ago', 'date-line'],
    ['jdoe77 says:', 'comments'],
    ['Maria Lopez on September 12, 2018 at 4:47 pm said:', 'comments'],
    ['34 responses to “Harbour strike ends”', 'comments'],
    ['3 hours ago at 07:52 am', 'comments'],
    ['Click to share on Twitter (Opens in new window)', 'share'],
    ['Show more sharing options', 'share'],
    ['Image copyright Getty Images', 'credit'],
    ['Image caption The singer has owned the rights to only one of her albums', 'caption'],
    ['Report', 'widget'],
    ['Reporting by Jane Doe and Omar Said; Editing by Lee Park', 'credit'],
    ['Additional reporting by Omar Said', 'credit'],
    ['Our Standards: The Example Trust Principles.', 'legal'],
    ['Save articles to read later and create your own reading list.', 'signup'],
    ['The minister shakes hands with his counterpart in Hanoi on Wednesday. The visit is his first. less', 'caption'],
    ['The minister shakes hands with his counterpart in Hanoi on Wednesday. The visit is... more', 'caption'],
    ['Sharing is caring!', 'share'],
    ['Edit Profile Sign Out', 'signup'],
    // source lines, trust blurbs, dates alone
    ['source: express.co.uk', 'source-line'],
    ['Source: Reuters', 'source-line'],
    ['Why you can trust SCMP', 'other'],
    ['Thursday, June 20, 2024', 'date-line'],
    ['Published: 5 August 2020 12:30 BST', 'date-line'],
    ['Updated 21 March 2023', 'date-line'],
    // navigation and legal footers
    ['Home', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Home > World > Asia', 'navigation'],
    ['© 2024 Reuters. All rights reserved.', 'legal'],
    ['We use cookies to improve your experience on our site.', 'legal'],
    ['Privacy Policy', 'legal'],
    ['About Us / Contact / Careers', 'legal'],
    // buttons and notices about the page itself
    ['Gift this article', 'widget'],
    ['Share full article', 'widget'],
    ['Please turn on JavaScript to use this feature', 'widget'],
    ['Show key events only', 'widget'],
    ['Enlarge this image', 'widget'],
    ['Listen to this article · 5:12 min', 'widget'],
    ['Save this story for later', 'widget'],
    ['Download the app to keep reading', 'widget'],
    ['Play video', 'widget'],
    // where the reporter filed from, calls for tips, print-edition notes
    ['Reporting from Lisbon', 'byline'],
    ['Got a news tip? Send it to our newsroom', 'signup'],
    ['Have a story idea? Email the desk', 'signup'],
    ['A version of this article appears in print on Page B3 of the weekend edition with the headline: Tram Vote Passes. Order Reprints | Today’s Paper | Subscribe', 'source-line'],
    // comment sections
    ['Comments 57', 'comments'],
    ['View Comments', 'comments'],
    ['Share what you think', 'comments'],
    ['The comments below have not been moderated.', 'comments'],
    ['By posting your comment you agree to our community rules.', 'comments'],
    ['Share or comment on this article:', 'share'],
    ['Great piece, the tram was long overdue! - Mo, Hull, United Kingdom, 3 hours ago', 'comments'],
    // sign-up blurbs: several sign-up words, or a call to action at the end
    ['The week’s best reads, in your inbox every Sunday. Enter your email address. Sign up', 'signup'],
    ['Get The Valley Briefing: the morning’s news before breakfast. Sign up now', 'signup'],
    // share prompts, app-download and messaging-channel prompts
    ['Share on social media', 'share'],
    ['Share via your networks', 'share'],
    ['Read the harbour news wherever you go! Download the Valley Courier app', 'signup'],
    ['Stay informed on the move. Get our free news app now.', 'signup'],
    ["Join the Courier's Telegram channel for breaking alerts and analysis.", 'signup'],
    ['Follow Lakeside Daily on WhatsApp Channels and stay up to date.', 'signup'],
    // captions closed by a photo credit in brackets
    ['Fishing boats moored in the harbour at dawn on Tuesday. (Photo by Maria Lindqvist)', 'caption'],
    ['Protesters march through the old town. (Image: City Council handout)', 'caption'],
    ['(Photo by Omar Said)', 'credit'],
    // offers of alerts on the page's topic
    ['Get alerts on Harbour politics when a new story is published', 'signup'],
    ['Receive email alerts about Climate policy', 'signup'],
  ])('%s -> %s', (line, expected) => {
    expect(role(line)).toBe(expected);
  });

  it.each([
    'The ministry said the talks would resume in the spring after a pause of several months.',
    '“We will not back down,” the spokesman told reporters on Monday.',
    'Voters must register by Friday, officials said.',
    'Their careers began in the same newsroom in the late 1990s.',
    'He posted a video: “We are ready to talk at any time.”',
    'China denies accusations of expansionism',
    'Harbour talks resume',
    'The photo agency said it had withdrawn the image after complaints from readers.',
    'The meeting started at 10:30 and ended before noon.',
    'Trump said:',
    'Exclusive: China plans new rules for overseas listings',
    'Analysis: Why the ceasefire may not hold',
    'The council said it would need more.',
    'The story was first reported by Reuters.',
    // headlines and sentences that start like page buttons
    'Share prices fell sharply as tariff fears spread this week',
    'Close the tram loophole, council told',
    'Photos of the flooded valley show the scale of the damage',
    'Key events in the harbour dispute',
    'Reporting from the front line is dangerous work, she said.',
    '“Sign up now,” the mayor told residents.',
    'Residents have until Friday to sign up, the council said.',
    'Users can download the app from Monday, the ministry said.',
    'Get updates on the storm from the coastguard every hour, officials urged residents.',
    'The firm said it would join a WhatsApp group of rival exporters to share prices.',
    'Share prices on social media stocks tumbled in Tokyo on Friday after the ruling',
    'The photo (taken by a drone) shows the flooded valley in detail, officials said.',
  ])('keeps article text: %s', (line) => {
    expect(role(line)).toBeNull();
  });

  it('marks a later line equal to the headline as a repeat', () => {
    expect(role('Port strike ends after nine days', 'Port Strike Ends After Nine Days')).toBe('repeat');
    expect(role('Port strike ends after nine days of talks', 'Port Strike Ends After Nine Days')).toBeNull();
  });
});

describe('isCommentHeading', () => {
  it.each([
    ['3 Comments', true],
    ['Leave a Reply', true],
    ['Join the conversation', true],
    ['Reply', false],
    ['Comments from the minister were reported widely in the press on Monday', false],
  ])('%s -> %s', (line, expected) => {
    expect(isCommentHeading(line)).toBe(expected);
  });
});

describe('isLabelMenu', () => {
  it.each([
    ['Home | World | Asia | Business', true],
    ['News > World > Asia', true],
    ['Politics / Economy', true],
    ['Home', false],
    ['China warns US over chips | World | Example News', false],
    ['Taiwan | Trade', false],
  ])('%s -> %s', (line, expected) => {
    expect(isLabelMenu(line)).toBe(expected);
  });
});

describe('sameText / fold', () => {
  it.each([
    ['Beijing will ‘never compromise’', "beijing will 'never compromise'", true],
    ['A  –  B', 'a - b', true],
    ['Talks resume', 'Talks resumed', false],
  ])('%s ~ %s = %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
    expect(fold(a) === fold(b)).toBe(same);
  });
});
