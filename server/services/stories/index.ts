/** Success stories (创业典型): rules.ts for the lifecycle, access.ts for who stands how, view.ts for what leaves the server. */
export { createStory, updateStory, chooseFigures, submitStory, withdrawStory, reviewStory, featureStory } from './commands'
export { storySlug } from './slug'
export { getStory, listMyStories, storyQueue, publishedStoriesOf } from './queries'
