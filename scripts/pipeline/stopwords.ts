// English function words: they carry no event of their own, so a match or a shared phrase
// made only of them is no evidence that two texts report the same thing.

/** Function words (lower case, apostrophes dropped), for telling content words from glue. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can cannot could did do does doing down during each either even ever every few for from further had has have having he her ' +
    'here hers herself him himself his how i if in into is it its itself just last least less let like made make many may me might ' +
    'more most much must my myself near neither never next no nor not now of off often on once one only or other others our ours ' +
    'ourselves out over own per quite rather really same says said say shall she should since so some still such than that the their ' +
    'theirs them themselves then there these they this those though through thus time to too under until up upon us very was we were ' +
    'what when where whether which while who whom whose why will with within without would yet you your yours yourself yourselves ' +
    'dont doesnt didnt wont wouldnt cant couldnt shouldnt isnt arent wasnt werent hasnt havent hadnt im ive id youre weve theyre ' +
    'its thats theres whats lets mr mrs ms'
  ).split(' '),
);

/** True for a content word: not a function word and not a bare number. */
export function isContentWord(key: string): boolean {
  return key.length > 1 && !STOPWORDS.has(key) && !/^\d+$/.test(key);
}
