/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// A list of stories: headline, how many articles and outlets carried it, and when.
import type { StorySummary } from '../../store/port.ts';
import { ARTICLE_FORMS, arabicDate, countNoun, OUTLET_FORMS } from '../format.ts';
import { storyHref } from '../links.ts';

export function StoryList({ stories }: { stories: StorySummary[] }) {
  return (
    <ol class="stories">
      {stories.map((story) => (
        <li>
          <h3><a href={storyHref(story.id)}>{story.title}</a></h3>
          <p class="meta">
            {countNoun(story.size, ARTICLE_FORMS)} في {countNoun(story.sources.length, OUTLET_FORMS)}
            {' · '}<time datetime={story.lastSeen}>{arabicDate(story.lastSeen)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
