export * from './article.ts';
export * from './corpus.ts';
export * from './diagnostic.ts';
export * from './front-matter.ts';
export * from './quote.ts';
export * from './speaker.ts';
export * from './story.ts';
export * from './topic.ts';
