/**
 * Page chrome: the words of web UI that end up in pasted article text. Matching is on a line's
 * normalised form (lower case, punctuation and extra spaces removed). The general signals in
 * `src/parse/chrome.ts` (short line, no sentence shape, a UI verb first) catch most chrome; these
 * lists hold what those signals miss or what is worth naming.
 */

/** Whole lines that are always chrome. Collected from the seed article and the ScrapingHub pages. */
export const CHROME_LINES: ReadonlySet<string> = new Set([
  'loading', 'loading now', 'loading please wait', 'please wait',
  'post comment', 'post a comment', 'leave a comment', 'add a comment', 'comments', 'view comments',
  'show comments', 'hide comments', 'comment', 'reply', 'report', 'report abuse',
  'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'story continues below advertisement', 'article continues below advertisement', 'continue reading below',
  'share', 'share this', 'share this article', 'share this story', 'share this post', 'share on facebook',
  'share on twitter', 'share on linkedin', 'share via email', 'share article', 'tweet', 'email', 'print',
  'copy link', 'link copied', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit',
  'read more', 'read next', 'read full article', 'continue reading', 'show more', 'see more', 'load more',
  'related', 'related articles', 'related stories', 'related content', 'related posts', 'recommended',
  'recommended for you', 'you may also like', 'you might also like', 'more from', 'more stories', 'most popular',
  'most read', 'trending', 'trending now', 'top stories', 'editors picks', 'latest news', 'latest',
  'sign up', 'sign in', 'log in', 'login', 'register', 'subscribe', 'subscribe now', 'join now', 'follow us',
  'skip to content', 'skip to main content', 'skip to navigation', 'menu', 'search', 'close', 'open menu',
  'back to top', 'top', 'home', 'next', 'previous', 'next article', 'previous article',
  'accept', 'accept all', 'accept cookies', 'cookie settings', 'manage cookies',
  'watch', 'listen', 'play', 'listen to this article', 'watch video', 'image', 'photo', 'video', 'gallery',
  'enlarge this image', 'toggle caption', 'hide caption', 'expand', 'collapse',
  'click here', 'tap here', 'download the app', 'get the app',
  'all rights reserved', 'terms of use', 'privacy policy', 'contact us', 'about us',
]);

/**
 * Verbs of web UI. A short line (see `CHROME_MAX_WORDS`) without sentence punctuation that starts
 * with one of them is chrome: "Post Comment", "Loading Now", "Share on WhatsApp", "Sign up today".
 */
export const UI_VERBS: ReadonlySet<string> = new Set([
  'loading', 'load', 'post', 'comment', 'comments', 'share', 'subscribe', 'sign', 'log', 'follow', 'click',
  'tap', 'download', 'print', 'email', 'tweet', 'like', 'watch', 'listen', 'read', 'skip', 'view', 'show',
  'hide', 'reply', 'report', 'join', 'register', 'save', 'copy', 'bookmark', 'upvote', 'flag', 'scroll',
  'swipe', 'enlarge', 'toggle', 'expand', 'play', 'pause', 'mute', 'unmute', 'close', 'dismiss', 'accept',
]);

/** Longest line (in words) the UI-verb signal applies to: chrome labels are short. */
export const CHROME_MAX_WORDS = 4;

/**
 * Promotional prompts that may be written as sentences: newsletter and app plugs, "follow us" lines,
 * paywall notices. A line matching one of these and no longer than `PROMO_MAX_WORDS` is chrome.
 */
export const PROMO_PATTERNS: readonly RegExp[] = [
  /\b(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates|alerts|email)\b/i,
  /\b(?:newsletter|inbox)\b.*\b(?:sign up|subscribe|delivered|get)\b/i,
  /\bfollow us on\b/i,
  /\bdownload (?:our|the) app\b/i,
  /\b(?:already a subscriber|subscribe to continue|to continue reading|create a free account)\b/i,
  /\bthis (?:article|story|post) (?:contains|may contain) affiliate links\b/i,
  /\b(?:we use cookies|by continuing to use this site)\b/i,
];

export const PROMO_MAX_WORDS = 30;

/** Lines that appear this many times in one input (normalised) and are short are page furniture. */
export const REPEATED_LINE_MIN_COUNT = 2;
export const REPEATED_LINE_MAX_WORDS = 8;

/** Article metadata lines that are not body text: "Published 5 March 2024", "4 min read", "Updated 2 hours ago". */
export const METADATA_PATTERNS: readonly RegExp[] = [
  /^(?:published|updated|posted|last updated|first published|modified)\b[\s:]/i,
  /^\d+\s*(?:min|minute)s?\s+read$/i,
  /^(?:\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago)$/i,
  /^(?:image|photo|picture|video|illustration)\s*(?:credit)?\s*:\s*\S/i,
  /^(?:getty images|reuters|ap photo|afp|epa|shutterstock)(?:\s*[/|]\s*\S.*)?$/i,
];

export const METADATA_MAX_WORDS = 16;

/** Lines that point the reader elsewhere: "Read more: …", "See also: …", "RELATED: …". */
export const RELATED_PREFIX = /^(?:read more|read also|also read|see also|related|more|recommended|watch|listen|read next|more on this story)\s*[:|»›>]\s*\S/i;
