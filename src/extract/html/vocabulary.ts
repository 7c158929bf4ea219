// Class/id vocabulary for telling page furniture from article text (STYLE.md rule 8: heuristic
// vocabulary is data). Words are matched against the words of a class or id, split on
// `-`, `_`, spaces and camelCase humps, so `post-footer`, `postFooter` and `footer` all match
// `footer`, while `advertiser-story` does not match `ad`.

/** Containers that are furniture whatever their size: drop them with everything inside. */
export const BOILERPLATE_CONTAINER_WORDS = [
  'comment', 'comments', 'commentlist', 'disqus', 'respond', 'replies', 'reply',
  'share', 'sharing', 'sharer', 'shares', 'social', 'socials', 'sociable', 'addthis', 'sharedaddy', 'shariff',
  'related', 'relatedposts', 'recommended', 'recommendations', 'outbrain', 'taboola', 'trending', 'popular', 'mostread', 'most',
  'sidebar', 'aside', 'footer', 'foot', 'colophon',
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip',
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'signup', 'login',
  'popup', 'modal', 'overlay', 'lightbox', 'banner', 'ad', 'advert', 'adverts', 'advertisement', 'adsense', 'sponsor', 'sponsored', 'promo',
  'masthead', 'toolbar', 'rating', 'ratings', 'vote', 'bio', 'biography', 'authorbox', 'aboutauthor', 'authorbio', 'authorinfo', 'authordescription', 'tagcloud', 'totop', 'backtotop', 'scrolltop', 'gotop',
  'sronly', 'offscreen', 'nocontent', 'noprint',
];

/** Furniture words for reader discussion: comments can hold much prose, so size never protects them. */
export const COMMENT_WORDS = ['comment', 'comments', 'commentlist', 'disqus', 'respond', 'replies', 'reply', 'kommentare', 'discussion'];

/** Small elements that carry metadata, not text: dropped from the body when short. */
export const BOILERPLATE_SMALL_WORDS = [
  'meta', 'byline', 'author', 'authors', 'date', 'time', 'timestamp', 'published', 'updated', 'dateline',
  'tags', 'tag', 'keywords', 'category', 'categories', 'caption', 'credit', 'credits', 'copyright',
  'avatar', 'profile', 'follow', 'postmeta', 'entrymeta',
];

/** Words that mark the article itself: they protect an element from the two lists above and raise its score. */
export const CONTENT_WORDS = [
  'article', 'articlebody', 'content', 'entry', 'entrycontent', 'post', 'postbody', 'postcontent', 'story', 'storybody',
  'body', 'text', 'main', 'blog', 'hentry', 'news', 'detail', 'details', 'artikel', 'inhalt', 'beitrag', 'page', 'prose',
];

/** A class name with one word of each list names the article body itself (`entry-content`, `article__body`, `story-text`). */
export const ARTICLE_WORDS = ['article', 'entry', 'post', 'story', 'artikel', 'beitrag', 'news', 'blog', 'single', 'main'];
export const BODY_WORDS = ['content', 'body', 'text', 'inhalt', 'copy', 'prose', 'entry'];

/** Class prefixes that describe a layout state (`has-sidebar`), not what the element is. */
export const LAYOUT_STATE_PREFIXES = ['has', 'with', 'no', 'is', 'show', 'enable', 'disable', 'without', 'hide'];

/** Class suffixes that describe a state (`comments-open`), not what the element is. */
export const LAYOUT_STATE_SUFFIXES = ['open', 'closed', 'active', 'enabled', 'disabled', 'visible', 'on', 'off'];

/** Tags that are furniture by definition. */
export const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'dialog', 'input', 'label']);

/** Tags kept as their own display block. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'figure', 'figcaption', 'address', 'hr', 'br', 'center', 'details', 'summary', 'form', 'fieldset', 'body', 'html', '#root',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
