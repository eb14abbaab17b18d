/**
 * Page chrome: the words of web UI that end up in pasted article text. Matching is on a line's
 * normalised form (lower case, punctuation and extra spaces removed). The general signals in
 * `src/parse/chrome.ts` (short line, no sentence shape, a UI verb first) catch most chrome; these
 * lists hold what those signals miss or what is worth naming.
 */

/** Whole lines that are always chrome. Collected from the seed article and the ScrapingHub pages. */
export const CHROME_LINES: ReadonlySet<string> = new Set([
  'loading', 'loading now', 'loading please wait', 'please wait', 'table of contents', 'table of content', 'contents hide', 'table of contents hide',
  'post comment', 'post a comment', 'leave a comment', 'add a comment', 'comments', 'view comments',
  'show comments', 'hide comments', 'comment', 'reply', 'report', 'report abuse',
  'advertisement', 'advertising', 'ad', 'advert', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'story continues below advertisement', 'article continues below advertisement', 'continue reading below',
  'this slideshow requires javascript', 'like it pin it', 'comments are closed', 'comments are closed for this post', 'comments are closed for this article',
  'thanks for visiting', 'thanks for reading', 'thank you for reading', 'thank you for visiting', 'thanks for stopping by', 'thanks for stopping by today',
  'pin for later', 'pin it for later', 'pin this for later', 'pin me for later', 'pin this post', 'save for later',
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
  'click here', 'tap here', 'download the app', 'get the app', 'print this article', 'sharing is caring',
  'tags', 'let s be friends', 'prev next', 'text size', 'facebook activity', 'be first to contribute',
  'verifying your credentials', 'further reading', 'reset',
  'print this article share it with friends', 'share it with friends',
  // A deals box's buttons (Mashable): "Opens in a new window", "Get Deal", "Sign Me Up", "Be the first to know!".
  'opens in a new window', 'get deal', 'sign me up', 'be the first to know',
  'all rights reserved', 'terms of use', 'privacy policy', 'contact us', 'about us', 'breaking news',
  // A live blog's badge, its words run together when the page's markup holds them in two elements.
  'live', 'liveupdated', 'live updated', 'live updates',
  // Found on a second collection's pages (fifteenth round): ad slots, table and video hints,
  // a shopping box's labels, an embed's placeholder, a fact-checker's donation plug.
  'article continues below this ad', 'story continues below this ad', 'swipe to scroll horizontally',
  'article continues below', 'story continues below', 'more about',
  'jump to details', 'editors recommendations', 'buying options', 'shop similar look',
  'this content can also be viewed on the site it originates from',
  'please use chrome browser for a more accessible video player', 'stand up for the facts',
  // A paywall's notice for an archived story (the Boston Herald).
  'the article you requested has been archived',
  // A video player's key help (Bloomberg, 2014).
  'press spacebar to pause and continue press esc to stop',
  // Found on a later collection's pages: a rating widget, an empty archive, a contents box's label,
  // a comparison tool's buttons, an embed's label, a newsletter's footer.
  'rate this article', 'no posts', 'contents', 'your selections', 'get it now', 'embed', 'discussion about this post', 'ready for more',
  // A contents box's and an expander's labels (NCCIH's "More", BHF's "On this page", Thomson Reuters' "Jump to ↓").
  'more', 'on this page', 'jump to', 'jump to a section', 'jump to section', 'in this article',
  // "Advertisement" in the languages of the benchmark pages: es, pt, it, fr, de, id, ru.
  'publicidad', 'publicidade', 'pubblicità', 'publicité', 'anzeige', 'werbung', 'iklan', 'реклама',
]);

/**
 * Verbs of web UI. A short line (see `CHROME_MAX_WORDS`) without sentence punctuation that starts
 * with one of them is chrome: "Post Comment", "Loading Now", "Share on WhatsApp", "Sign up today".
 */
export const UI_VERBS: ReadonlySet<string> = new Set([
  'sharing',
  'loading', 'load', 'post', 'comment', 'comments', 'share', 'subscribe', 'sign', 'log', 'follow', 'click',
  'tap', 'download', 'print', 'email', 'tweet', 'like', 'watch', 'listen', 'read', 'skip', 'view', 'show',
  'hide', 'reply', 'report', 'join', 'register', 'save', 'copy', 'bookmark', 'upvote', 'flag', 'scroll',
  'swipe', 'enlarge', 'toggle', 'expand', 'play', 'pause', 'mute', 'unmute', 'close', 'dismiss', 'accept',
]);

/** Longest line (in words) the UI-verb signal applies to: chrome labels are short. */
export const CHROME_MAX_WORDS = 4;

/**
 * A sponsor's section heading in a newsletter or a blog post, by its label: "GitHub Actions
 * analytics - what's actually happening (Sponsored)", "Opik: Open-Source LLMOps Platform
 * (Sponsored)", "Sponsored: …", "Sponsored by: …", "A word from our sponsor", "Today's sponsor: …".
 * Not a story's heading about sponsors ("Sponsored stories blur the line", "Our sponsors walked
 * away", "Presented by the city, for now"). The heading and what runs under it, up to the next
 * heading of its rank within SPONSOR_MAX_BLOCKS blocks, are the sponsor's.
 */
export const SPONSOR_HEADING = /(?:[([]\s*(?:sponsored|sponsor|partner content|paid (?:post|partnership|content)|advertisement|ad)\s*[)\]]\s*$)|^(?:sponsored(?: by)?\s*:|(?:a )?(?:word|message) from (?:our|this week['’]s|today['’]s) sponsors?\s*[:.!]?\s*$|(?:today['’]s|this (?:week|issue|month)['’]s) sponsors?\s*(?::|$))/i;

/** The most blocks under a sponsor's heading that go with it: past that, the heading's rank closes no section the page sets. */
export const SPONSOR_MAX_BLOCKS = 8;

/**
 * A paywall's notice that the rest of this very piece is cut: Substack's "Continue reading this post
 * for free, courtesy of …", STAT's "To read the rest of this story subscribe to STAT+.", Every's
 * "Become a paid subscriber to Every to unlock this piece". Page chrome, and the parse warns of it.
 */
export const PAYWALL_CUT = /^(?:continue reading this (?:post|article|story) for free\b|to read the rest of this (?:post|article|story),? (?:please )?subscribe\b|become a paid subscriber to [\p{L}\d.' -]{1,40} to unlock this (?:piece|post|article|story)\b)/iu;

/**
 * Promotional prompts that may be written as sentences: newsletter and app plugs, "follow us" lines,
 * paywall notices. A line matching one of these and no longer than `PROMO_MAX_WORDS` is chrome.
 */
export const PROMO_PATTERNS: readonly RegExp[] = [
  // An e-mailed newsletter's lines about itself: "Is this email not displaying correctly? View it in your browser.",
  // "If you are opening this essay in your email inbox, I recommend to click on the title …" (Delphi Zero),
  // "If you like the content that I share on this list, please share these posts …" (a Substack's plea).
  /^[\p{Extended_Pictographic}\s]*(?:is this (?:e-?mail|newsletter|message) not displaying (?:correctly|properly)\b|if you(?: are|['’]re) (?:opening|reading|viewing) this (?:essay|post|e-?mail|newsletter|issue) in your (?:e-?mail )?inbox\b|if you (?:like|enjoy|enjoyed|value) (?:the content|this (?:post|newsletter|content|list))\b[^.!?]{0,80}\bplease (?:share|forward)\b)/iu,
  // A reader-upload widget's and a social widget's lines (USA Today, CBS Local): "Sign in now to share your story.",
  // "Add Videos or PhotosBe first to contribute", 'Click "Add to Timeline" to publish what you read to Facebook'.
  /^sign in (?:now )?(?:to (?:share|comment|continue|read|view|see|save|access|post|join|reply)\b|with (?:facebook|google|twitter|apple|e-?mail|linkedin))[^.!?]{0,60}[.!]?$|^add (?:videos?|photos?)\b.{0,30}\bcontribute\b|\bsee what your friends (?:have )?read\b|^(?:click|use) ["“]?(?:add to timeline|remove)\b/i,
  // A members' block shown to a reader who is not logged in (WordPress.com's premium content): "Subscribe to get access",
  // "Read more of this content when you subscribe today.", "Members watch AD-FREE here".
  // (And a poll's thanks: "✅ Thank you for completing the survey!")
  /^(?:subscribe to get access|read more of this content when you subscribe(?: today)?\.?|members (?:watch|read|listen) (?:ad-free|without ads) here)$|^[\p{Extended_Pictographic}\s]*thank(?:s| you) for (?:completing|taking|filling (?:in|out)) (?:the|our|this) (?:survey|poll|questionnaire)[.!]*$/iu,
  // A comment box's help under its form (DigitalOcean): "This textbox defaults to using Markdown to format your answer.",
  // "You can type !ref in this text area to quickly search our full set of tutorials …".
  /^this (?:text ?box|text area|text field|field|editor|comment box) (?:defaults to|supports|accepts) (?:using )?(?:markdown|html|rich text|plain text)(?: (?:to format|for) (?:your|the) (?:answer|comment|reply|text|post|question))?[.!]?$|^you can (?:type|use) !\w+ in this (?:text ?area|text ?box|field|editor)\b/i,
  // A media player's label: "Watch the full video on the Science Fiction channel", "Listen to the audio podcast here".
  /^(?:watch|listen to) (?:the )?(?:full )?(?:video|audio|podcast|episode)(?: (?:version|podcast|episode))?(?: (?:here|below|above)| on (?:the |our )?[\p{L}' -]{1,40}(?:channel|page))?[.:!]?$/iu,
  // A player's notice: "To view this content, Javascript must be enabled and Adobe Flash Player must be installed."
  /\bjavascript must be enabled\b|\bflash player must be installed\b/i,
  // "Questions? Comments? Email us at", "More from Bing and MSN Lifestyle Site Search: Get additional content on …".
  /^["“]?questions\?\s+comments\?\s+(?:e-?mail|write|contact|send)\b|^more from [\p{L}&' ]{2,40} site search:/iu,
  // "Smart is sexy - get our newsletter:", "Treat yourself …! Enter for a chance to win $1500 …".
  /\bget our (?:free |daily |weekly )?newsletters?\b/i,
  /(?:^|[.!?]\s+)enter (?:now )?for (?:a|your) chance to win\b/i,
  // A series' note under each of its posts: "Welcome to The Kitchn's Best of 2014 roundup!".
  /^(?:→\s*)?welcome to [\p{L}'’ ]{2,60}\bbest of \d{4}\b/iu,
  /\b(?:sign up|subscribe)\b.*\b(?:newsletters?|inbox|updates|alerts|e-?mail)\b/i,
  // A call for readers' projects: "Have a remodel or a DIY project to share with us? Submit it here!" (The Kitchn).
  /^have an? [^?]{0,80}\bto share with us\?\s*(?:submit|send|tell|share)\b/i,
  // A call for readers' pictures: "Are you in the grips of the wintry storm …? Please share your videos, pictures and stories at iReport." (CNN).
  /(?:^|[?!.]\s+)(?:please\s+)?(?:share|send)\s+(?:us\s+)?your\s+(?:(?:photos?|pictures?|videos?|stories|images)(?:,\s*|\s+and\s+|\s+or\s+)?){1,4}\s*(?:at|with|on|via|to)\s+\S+\.?$/i,
  // "Sign up to our free breaking news emails"
  // "On Leadership, by Tony Blair, is out now (Cornerstone, £25)": a book's plug with its publisher and price.
  /\b(?:is|are) (?:out|available|published) now\b[^.]*\(\p{Lu}[\p{L}&'’. -]*,\s*[£$€]\s?\d[\d.,]*\)\.?$/iu,
  // A call to follow the writer elsewhere: "Want more DIY home decor projects? Follow me on Pinterest to see what I'm pinning …".
  /^(?:want|looking for|need|love) (?:more|even more)\b[^?]{0,80}\?\s*(?:follow|join|subscribe to|sign up for|check out)\s+(?:me|us|our)\b(?![^]*\b(?:said|says|told|tells|wrote)\b)/i,
  // A call to follow the writer on the networks: "*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for more luxury travel inspiration ***".
  /^[*\s]*follow (?:me|us) on (?:instagram|youtube|x|twitter|facebook|pinterest|tiktok|threads|linkedin|bluesky)\b[^.!?]{0,120}[.!]?[*\s]*$/i,
  // "If you like these woodwork projects, pin this image and save it for later.".
  // (Or "If you found this travel guide useful, pin it using the Pinterest image below for later.")
  /^(?:if you (?:like|love|liked|loved|enjoyed) [^,]{1,80},\s*)?pin (?:this|the) (?:image|photo|picture|post|pin|graphic)\b[^.!?]{0,40}\b(?:save|for later|pinterest)\b|^if you (?:like|love|liked|loved|enjoyed|found) [^,]{1,80},\s*(?:please\s+)?pin it\b[^.!?]{0,60}\b(?:save|for later|pinterest)\b/i,
  // A pointer back to the site's own hub: "Done learning about Wine Regions? Return to the Wine 101 page.".
  /\?\s*(?:return|go back|head back|get back) to (?:the|our) [^.!?]{1,40} page\.?$/i,
  // A course provider's close: "Check out our course offerings, course financing opportunities, and testimonials from alumni today!".
  // (Or the reader's next step: "Ready to find your certificate program? Explore all of Stanford Online's certificate programs today!")
  /^(?:(?:ready|want|looking) to [^?]{1,60}\?\s*)?(?:check out|explore|browse|discover) (?:our|all of|all our)\b[^.!?]{0,120}\btoday!$/i,
  // A discount code for the reader: "Get $10 off your first order with code: TryHFLM." (not when reported: "…, the company said").
  /(?:^|[.?!:]\s+)(?:get|save|take|enjoy) (?:an? (?:extra )?)?(?:[$£€]\s?\d+|\d+\s?%)\s+off\b[^.!?]{0,60}\b(?:with|using|use) (?:the |our |promo |discount |coupon )?code\b(?![^]*\b(?:said|says|told)\b)/i,
  // "Click here to read the probable cause affidavit", "Interested in more newsletters? Browse here.": a link's label.
  /^click here (?:to (?:read|see|view|watch|listen to)|for (?:the|more|our))\b[^.!?]*[.!]?$/i,
  /\bnewsletters?\b.{0,40}\b(?:browse|sign up|subscribe|find out more) here\b/i,
  // "Are protests breaking out in your area? Get in touch at webnews@reachplc.com": a call for readers' tips.
  /\?\s*get in touch (?:at|with us|via|on)\b[^.!?]*@/i,
  // "Scroll down to see how to identify the rare bucks worth thousands": a pointer to the page's own video or gallery.
  /^scroll down (?:to|for)\b[^.!?]*$/i,
  // A question to the reader answered by the site's own tool: "Want a personalized estimate? Try our Home
  // Renovation Cost Calculator.", "Ready to Plan Your Renovation? Use Our Free Home Renovation Cost Calculator".
  /^(?:want|need|ready|looking|curious)\b[^?]{0,80}\?\s*(?:try|use|get|request|book|start|find)\s+(?:our|a|your)\b[^.!?]{0,80}\b(?:calculator|quote|estimate|tool|demo|consultation|trial|agent)s?\b[^.!?]{0,40}[.!]?$/i,
  // An image viewer's hint: "Scroll through the whole page to download all images before printing."
  /^scroll through the (?:whole|entire) page to (?:download|load)\b[^.!?]*[.!]?$/i,
  // A pointer to the site's review of an item: "Read our full review here."
  /^read (?:our|the) (?:full )?review(?: here)?[.!]?$/i,
  // A republisher's note: "This article is republished from The Conversation under a Creative Commons license. Read the original article."
  /^this (?:article|story|piece|post) (?:is|was|has been) republished from\b[^.!?]*[.!]?(?:\s+read the original(?: article)?[.!]?)?$/i,
  // An app's plug: "Download and subscribe to the brand new Start TODAY app for more workout plans and tips."
  // (Not a service's advice: "Download the FEMA app to get real-time weather alerts …".)
  /^download (?:and subscribe to (?:the|our)|our) (?:\S+ ){0,5}app\b[^.!?]{0,80}[.!]?$/i,
  /^(?:sign up|subscribe)\b.{0,20}\b(?:our|free)\b.{0,40}\be-?mails\b/i,
  // "I would like to be emailed about offers, events and updates from The Independent. Read our privacy policy"
  /^i would like to (?:be e-?mailed|receive)\b.*\b(?:offers|updates|newsletters?)\b/i,
  // "This is a breaking news story - more to follow", "Special offer for Gear readers: Get WIRED for just $5 ($25 off)."
  /^this is a breaking news? story\b.{0,40}\bmore (?:to follow|soon)\b/i,
  /^special offer\b.{0,60}\bget\b.{0,40}\bfor (?:just|only)\s*[$£€]\d/i,
  // "Be sure to read through our other outdoor guides, including …"
  /^be sure to (?:read|check out|see)\b.{0,30}\bour other\b/i,
  // A newsletter banner's line: "Stay informed with our latest updates.", "Stay up to date with our newsletter".
  /^stay (?:informed|up[- ]to[- ]date|in the loop|updated|connected)\b.{0,40}\b(?:our|the) (?:latest|newsletter|updates|news)\b[^.!?]{0,30}[.!]?$/i,
  // (Not the writer's own: "a small subset of the newsletters I subscribe to".)
  /\b(?:newsletters?|inbox)\b.*(?<!\b(?:I|we|they|she|he) )\b(?:sign up|subscribe|delivered|get)\b/i,
  // "Get daily Canada news delivered to your inbox so you'll never miss the day's top stories."
  // "Get all the latest news, reviews and exclusives, direct to your inbox."
  /\bdelivered (?:straight |right |directly )?to your inbox\b|^(?:get|sign up|subscribe)\b.*\b(?:straight|right|direct(?:ly)?) to your inbox\b/i,
  // An alerts box's prompt: "Enter you email address and zip code to set up customized email alerts."
  /^(?:enter|type|submit|provide) (?:your|you) e-?mail(?: address)?\b.*\b(?:alerts?|newsletters?|updates|notifications)\b/i,
  /\bfollow us on\b/i,
  // "Do you have info to share with HuffPost reporters? Here’s how."
  /^do you have (?:info|information|a tip|a news tip|a story)\b.{0,40}\bshare with\b.{0,60}\?(?:\s*here['’]s how\.?)?$/i,
  // "You can email Paul Serran here, and read more of Paul Serran's articles here."
  // (Only the author box's shape: "You can contact Citizens Advice here, or call …" is the article's.)
  /^you can (?:email|e-mail|contact|reach) [\p{L}.'’ -]{2,60} here,? and read more\b|\bread more of [\p{L}.'’ -]{2,60}['’]s? (?:articles|stories|work) here\b/iu,
  // A live blog's instructions: "THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.", "Refresh for the latest".
  /^this is a live blog\b|\bscroll down for (?:the )?(?:latest|live|more|all)\b.*\bupdates?\b|^refresh (?:this page )?for (?:the )?latest\b/i,
  // "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram."
  /^follow (?:the )?[\p{L}.'’ ]{2,60} on (?:facebook|twitter|instagram|x|linkedin|youtube|threads|bluesky|tiktok|whatsapp|telegram|google news)\b/iu,
  // "What about you? Share your thoughts on … in the comments below."
  /\b(?:share your (?:thoughts|views)|let us know|tell us)\b.{0,80}\bin the comments(?: section)?(?: below)?\b/i,
  // A newsletter box's other lines: "Get our weekly California Inc. newsletter", "I agree that … can send me the … newsletter",
  // "Please check the opt-in box …", "Thanks for signing up!", "Keep an eye on your inbox …", "There was an error processing your subscription.",
  // "No spam, we promise. You can unsubscribe at any time …", "See All Newsletters".
  /^get our (?:[\w.&-]+ ){0,4}newsletters?\b|\bcan send me\b.*\bnewsletters?\b|\bopt-in box\b|^thanks for signing up\b|\bkeep an eye on your inbox\b|\berror processing your subscription\b|\bunsubscribe at any time\b|^see all newsletters$/i,
  // A page's legal footer and form notice: "Terms of Service Privacy Notice © …", "This site is protected by recaptcha Privacy Policy | Terms of Service".
  /\bterms of (?:service|use)\b.{0,40}\bprivacy (?:policy|notice)\b|\bprivacy (?:policy|notice)\b.{0,40}\bterms of (?:service|use)\b|\bprotected by recaptcha\b/i,
  // A magazine's or a forum's plug: "Subscribe to our sister title …", "Join our Space Forums to keep talking space …".
  /\bsubscribe to our (?:sister )?(?:title|magazine|podcast)\b|^join our [\w ]{0,30}forums?\b/i,
  // "The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think …"
  /\bletters to the editor\b.*\b(?:hear what you think|email us|here are some tips)\b/i,
  // A section plug that closes an article: "For more Culture, Media, Education, Opinion and channel coverage, visit foxnews.com/media".
  /^for (?:more|the latest)\b.{0,100}\b(?:coverage|news|stories|updates|articles|content)\b[^.!?]{0,40}?,?\s*(?:visit|go to|head (?:over )?to|click|check out)\b/i,
  /\bdownload (?:our|the) app\b/i,
  // A news box's calls to the reader (AP's "What to know about the 2024 Election"): "Follow live updates from the campaign
  // trail from the AP.", "Are you …? Tell us why you're supporting her …", "… dating to 1848. Learn more."
  /^(?:[^:?.]{1,40}:\s*)?follow (?:our |the )?live (?:updates|coverage|blog)\b|^(?:[^:?.]{1,40}:\s*)?are you\b[^?]{0,120}\?\s*tell us (?:why|how|about|if|whether)\b|^(?:[^:?.]{1,40}:\s*)?(?:the )?[\p{L}’'. ]{2,40} is the most trusted source\b.*[.!]\s*learn more[.!]?$/iu,
  // A sponsor's plug with its promo code: "New to Versa? … Deposit RM100 and get a RM10 bonus with the code VERSAMM10".
  /^(?=.*\b(?:bonus|discount|off|save|deposit|free|offer|voucher|cashback|sign up)\b)(?=.*\b(?:with|use|using|enter|apply) (?:the |our |promo |discount |coupon |referral )*code:? (?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}\b)/,
  /\b(?:already a subscriber|subscribe to continue|to continue reading|create a free account|save this (?:article|story) by registering|sign[- ]in if you have an account)\b/i,
  /\bthis (?:article|story|post) (?:contains|may contain) affiliate (?:(?:and\/or|and|or) referral )?links\b/i,
  // Magazine and membership plugs: "… delivered through your letterbox every month. 12 issues for £11.99.", "If you enjoyed this article, … Join …".
  /\bdelivered (?:to|through) your (?:letterbox|door|doorstep)\b|\b\d+ issues for\b/i,
  /^if you enjoyed this (?:article|story|post)\b.*\b(?:join|subscribe|support|become a member)\b/i,
  /\b(?:we use cookies|by continuing to use this site)\b/i,
  // A call for readers' stories: "Do you have a story to tell? Email: jane.roe@example.com".
  /^(?:do you have|have you got|got) (?:a|an) (?:story|news tip|tip|experience)\b[^.!?]{0,40}\?\s*(?:e-?mail|contact|get in touch|send|write)\b/i,
  // A newsroom's appeal for money: "Our only agenda is to publish the truth so you can be an informed participant in
  // democracy. We need your help.", "Support independent journalism: donate today." (not a quoted appeal of the police).
  /^(?=[^"“”]*\b(?:truth|journalism|reporting|newsroom|democracy|informed|independent|agenda|facts?)\b)[^"“”]*\bwe need your (?:help|support)[.!]?$|^(?:please )?(?:support|donate to|give to) (?:our|us|independent|nonprofit|non-profit|local|fact-based|trusted) (?:\w+ ){0,2}(?:journalism|reporting|newsroom|fact-checking)\b[^"“”]{0,80}\bdonat/i,
  // A site's licence line: "This website and all documents on it are licensed under a Creative Commons … License."
  /^this (?:website|site|blog|page|work)\b.*\blicen[cs]ed under\b/i,
  // A republishing note and a writer's contact line: "Republish our articles for free, online or in print …",
  // "Contact staff writer Jill Barshay at 212-678-3595 …".
  /^republish (?:our|this) (?:articles?|stor(?:y|ies))\b|^contact (?:staff writer|reporter|the (?:author|writer|reporter))\b/i,
  // A broadcaster's copyright line: "Copyright © 2023 NPR. All rights reserved. Visit our website terms of use …".
  /^(?:copyright\s*)?©\s*\d{4}\b.{0,60}\ball rights reserved\b/i,
  // A paywall's lines: "This article is exclusive to STAT+ subscribers", "Unlock this article — plus in-depth
  // analysis …", "Already have an account? Log in", "To read the rest of this story subscribe to STAT+."
  /\bthis (?:article|story) is (?:exclusive|only available) to\b.{0,30}\bsubscribers\b|^unlock this (?:article|story)\b|^already have an account\?|^to read the rest of (?:this|the) (?:story|article)\b/i,
  PAYWALL_CUT,
  // A shop's plug under a books list: "To browse all of the Guardian’s best books of 2025, visit guardianbookshop.com. Delivery charges may apply."
  /^to (?:browse|buy|order|shop)\b[^.]{0,80}\b(?:books?|cop(?:y|ies))\b[^.]{0,40}\bvisit \S+\.(?:com|co\.uk|org)\b|^delivery charges may apply\b/i,
  // A reader-service box: "Fill out the form below or email your questions …", "A message from John Furrier, co-founder of SiliconANGLE:".
  /^fill out the form below\b|^a message from\b[^.!?]{0,80}:$/i,
  // A page builder's placeholder: "Blank Space (small) (text and background only visible when logged in)".
  /\bonly visible when logged in\b/i,
  // A deals box's text sign-up ("Get editor selected deals texted right to your phone!", "Msg and data rates may apply."),
  // a reading list's button ("Add to Goodreads To-Read List →"), a comment form's consent ("By posting a comment, you consent …"),
  // a blog's donation line ("Support CNX Software! Donate via cryptocurrencies …").
  // An appeal's sign-off, left when the appeal itself went as a plug: "Thank you. Liz Willen Editor in chief".
  /^(?:thank you|thanks)[.,!]?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*,?\s+(?:editor|publisher|executive director|ceo|founder|president)\b[\p{L} ,&-]{0,30}$/iu,
  // A health system's service plug that closes its articles: "UCLA Health provides comprehensive care … You can find a provider near you or call 1-800-UCLA-MD1 or 310-825-2631."
  // (Only the reader's own search "near you": "Patients who need to find a doctor … should call …, the hospital said" is news.)
  /\bfind an? (?:provider|doctor|physician|specialist|clinic|location) near you\b[^.!?]{0,40}\bcall\s+\(?\d/i,
  /\btexted (?:right )?to your phone\b|\bmsg (?:&|and) data rates may apply\b|^add to goodreads\b|^by (?:posting|submitting) (?:a|your) comment\b|^support [\p{L}\d .'’-]{2,40}! donate\b/iu,
];

export const PROMO_MAX_WORDS = 30;

/**
 * An "Add to Calendar" button's data printed as text, however long: the event's start and end as
 * machine times, its time zone, then its title, description and place again ("Add to Calendar
 * 2023-01-10 10:30:00 2023-01-10 11:00:00 America/Chicago Build A Reader Storytime …").
 */
export const CALENDAR_DATA = /^(?:add to (?:my )?calendar\s+)?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\s+\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\s+(?:\p{Lu}[\p{L}_-]+\/[\p{L}_/-]+|UTC|GMT)(?:\s|$)/iu;

/**
 * A newsroom's appeal or notice under its stories, which may run to a few sentences (`AFFILIATE_MAX_WORDS`):
 * "Since you made it to the bottom of this article, we have a small favor to ask.", "… Thanks to
 * NewsMatch, every dollar you give will be doubled …", "If you believe stories like the one you just
 * finished matter, please consider pitching in …", "If you're enjoying this article, consider
 * supporting our award-winning journalism by subscribing. By purchasing a subscription …",
 * "Support our mission to keep content open and free …"; a broadcaster's transcript notice ("Accuracy and
 * availability of NPR transcripts may vary. …"); a story's production credit ("This story about tutoring
 * effectiveness was written by Jill Barshay and produced by The Hechinger Report, …").
 */
export const READER_APPEAL =
  /\btranscripts? (?:text )?may (?:vary|be revised)\b|^this (?:story|article) (?:about|on)\b.{0,100}\bwas (?:written|reported) by\b.{0,60}\band (?:produced|published) by\b|\bwe have a small favou?r to ask\b|\bevery dollar you (?:give|donate) will be (?:doubled|matched)\b|\bplease consider pitching in\b|\bif you['’]re enjoying this (?:article|story)\b|\bconsider supporting our\b.{0,40}\b(?:journalism|reporting|work)\b|^support our mission\b|\bconsider(?:ed)? (?:signing up for|joining|supporting me on) my patreon\b|^want to advertise (?:in|on|with) [^.?!]{1,60}\?[\s\p{Extended_Pictographic}]*$/iu;

/**
 * A shopping page's affiliate disclosure, in the publisher's own voice: "This article contains
 * affiliate links. The products … have been selected independently by journalists … We may earn
 * a commission when you click a link …", "We independently select everything we recommend. Buying
 * through us may earn us a commission …", "We independently selected these deals and products
 * because we love them" (E! Online; not "We independently tested the water and found …"), "We
 * hope you love our recommendations! Some may have been sent as samples, but all were
 * independently selected by our editors. … may collect a share of sales … from the links on this
 * page", "The products discussed here were independently chosen by our editors. GameSpot may get a
 * share of the revenue if you buy anything featured on our site.", "eWEEK content and product
 * recommendations are editorially independent. We may make money when you click on links to our
 * partners.", Amazon's "As an Amazon affiliate, I earn from qualifying purchases." Such a paragraph runs longer than other plugs, so it has its own limit
 * (`AFFILIATE_MAX_WORDS`); it must speak as "we" or "us", or of the links on this page ("Postmedia
 * may earn an affiliate commission from purchases made through links on this page"), so an
 * article's sentence about affiliate marketing ("Bloggers may earn a commission …") stays.
 */
export const AFFILIATE_DISCLOSURE =
  /\b(?:contains?|may contain|includes?) affiliate links\b|\b(?:may|might|could|will) (?:earn|receive|make) (?:us )?(?:a |an )?(?:small |affiliate )?commission\b|\bearns? us (?:a |an )?(?:small |affiliate )?commission\b|\bwe independently (?:select|review|choose|research|curate|test|pick)\b|\bwe independently selected (?:these|the|all|every|each)\b[^.]{0,60}\b(?:deals?|products?|items?|picks?|recommendations?)\b|\b(?:selected independently|independently selected) by (?:our )?(?:journalists|editors|writers)\b|\bmay (?:collect|earn|receive) a (?:small )?share of sales\b[^.]{0,80}\blinks\b|\b(?:independently|editorially) (?:chosen|selected) by our (?:editors|journalists|writers)\b|\b(?:product )?recommendations (?:are|is) editorially independent\b|\bmay (?:get|collect|earn|receive) a (?:small )?share of (?:the )?revenue if you buy\b|\bwe may make money when you click\b|\b(?:by )?using (?:the|my|our|these) affiliate links\b|\bit costs you nothing (?:extra|more)\b[^.]{0,40}\bsupport\b|\bearns? (?:a (?:small )?commission )?from qualifying purchases\b/i;
/** A site's disclosure of what its advertisers pay it: "Advertiser Disclosure", "… credit card companies from which we may receive financial compensation …". */
export const ADVERTISER_DISCLOSURE = /\badvertiser disclosure\b|\b(?:we|this site) may (?:receive|be) (?:financial )?compensat|\bfrom which we may receive (?:financial )?compensation\b/i;
// (Or a one-writer site's "I": the Coffee Chronicler's "If you decide to purchase a product through a link on the site, I may earn a commission …".)
export const AFFILIATE_VOICE = /\b(?:we|us|our|I)\b|\b(?:links|purchases)\b[^.]{0,30}\bon this (?:page|site)\b|\bsupports? this (?:website|site|blog)\b/i;
export const AFFILIATE_MAX_WORDS = 80;

/** Lines that appear this many times in one input (normalised) and are short are page furniture. */
export const REPEATED_LINE_MIN_COUNT = 2;
export const REPEATED_LINE_MAX_WORDS = 8;

/**
 * A title that names the file, not the article: a filing's exhibit label ("EX-99.1", "Exhibit
 * 99.1", which SEC press releases carry as <title> and as their first line) or an editor's
 * default ("Untitled Document").
 */
export const PLACEHOLDER_TITLE = /^(?:ex(?:hibit)?[\s.-]*\d{1,3}(?:\.\d{1,3})?[a-z]?|untitled(?:\s+(?:document|page))?|new\s+document|document\s*\d*)$/i;

/** Article metadata lines that are not body text: "Published 5 March 2024", "4 min read", "Updated 2 hours ago". */
export const METADATA_PATTERNS: readonly RegExp[] = [
  PLACEHOLDER_TITLE,
  // A health site's review note: "Written or reviewed by a board-certified physician. See About.com's Medical Review Board."
  /^(?:written (?:or|and) )?(?:medically )?reviewed by (?:a )?board-certified\b/i,
  /^(?:published|updated|posted|last updated|first published|modified)\b[\s:]/i,
  /^\d+\s*(?:min|minute)s?\s+read$/i,
  /^(?:\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago)$/i,
  /^(?:(?:photo\s+)?(?:image|photo|picture|video|illustration|foto|фото|bild|imagen|immagine))s?\s*(?:credits?)?\s*:\s*\S/iu,
  // A contact block's lines: "Fax:1 602 827 2469", "Phone: (602) 496-0700", "Email: press@example.org".
  /^(?:tel|telephone|phone|fax|e-?mail)\s*:\s*[+(\d\w][\w\s().+@-]{0,40}$/i,
  // A chart's source under it, a name or two: "Source: World Bank", "Sources: OECD, IMF." (not a sentence: "Source: the ministry said …").
  // (Names only: "Sources: Lakers agree to trade for Hornets guard" is a headline, "Source: The team has not …" a sentence.)
  /^\(?(?:[Ss]ources?|[Dd]ata)\s*:\s*\p{Lu}[\p{L}\p{N}&.'’\/-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{N}&.'’\/-]*|of|and|the|for|on|in|&|\d{4})){0,8}\.?\)?$/u,
  /^(?:getty images|reuters|ap photo|afp|epa|shutterstock)(?:\s*[/|]\s*\S.*)?$/i,
  // A picture credit: "Photos courtesy of SKIMS, Kate Spade, UGG", "E! illustration/ Photos Courtesy of …" (E! Online).
  // (A sentence is no credit: "New images courtesy of NASA's telescope show a galaxy forming.")
  /^(?!.*[.!?]["”’)]?$)(?:(?:\S{1,12}\s+)?(?:illustration|photo\s+illustration|design)\s*\/\s*)?(?:photos?|photographs?|images?|illustrations?|videos?)\s+courtesy\s+of\s+\S/i,
  // A gallery's counter and label: "Image 1 of 9", "Photo 3 / 12", "Caption"; a list's counter set apart from its number (Treehugger's "of 15").
  /^(?:image|photo|picture|slide)\s+\d+\s*(?:of|\/)\s*\/?\s*\d*$|^caption$|^of \d{1,3}$/i,
  // A post's filing line: "Filed under: Syi'ah |", "Tags: …".
  /^(?:filed under|tags?|topics|categories|posted in)\s*:\s*\S/i,
  // A date line in Portuguese or Spanish: "segunda-feira, 22 de janeiro de 2018 às 0:13", "martes, 5 de marzo de 2019".
  /^(?:(?:(?:segunda|terça|terca|quarta|quinta|sexta)-feira|sábado|sabado|domingo|lunes|martes|miércoles|miercoles|jueves|viernes)\s*,?\s*)?\d{1,2} de [a-zçáéíóú]+ (?:de|del) \d{4}(?:\s*(?:às|as|a las|,|-)\s*\d{1,2}[:h]\d{2})?\s*$/iu,
  // A post's date and filing line: "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde".
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*[-–|]\s*(?:publicado|posted|published|publié|pubblicato|veröffentlicht)\b/i,
  // A wire's tagline under a story: "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports".
  /^more ap [\w ]{2,30}:\s*https?:\/\/\S+/i,
  // A writer's contact line: only addresses and handles ("jane.roe@chron.com twitter.com/janeroe").
  // (Items hold no separator character, so a line splits into them one way only: no backtracking blow-up.)
  /^(?:[^\s@,|•·]+@[^\s@,|•·.]+(?:\.[^\s@,|•·.]+)*\.\w+|@\w+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[^\s,|•·]+)(?:[\s,|•·]+(?:[^\s@,|•·]+@[^\s@,|•·.]+(?:\.[^\s@,|•·.]+)*\.\w+|@\w+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[^\s,|•·]+))*[\s,|•·]*$/i,
  // A line that is only a date (and time, and the reading time): "Nov. 18, 2019 7:04 pm ET", "18 November 2019", "2019-11-18 09:30",
  // "June 11, 2025 5 min", "11 June 2025 · 5 min read".
  // (A year may be cut to two digits: "14 January '15, 11:57pm", The Next Web.)
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4}|['’]\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:\d{4}|['’]\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s*(?:at|,|-|–|—|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?(?:\s*[·|•,–—-]?\s*\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?)?\s*$/i,
  // …or the time first: "17:41 JST, October 13, 2024" (The Japan News), "9:30 am ET | 18 November 2019".
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*(?:,|-|–|—|\|)?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\s*$/i,
  // A wire page's dateline with its time stamp, printed apart from the story: "SURABAYA,
  // Indonesia/JAKARTA Tue Dec 30, 2014 11:44pm GMT" (Reuters, 2014).
  /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} .'’-]*)?(?:\/\p{Lu}[\p{Lu} .'’-]+)*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,2}:\d{2}\s*[ap]m(?:\s+[A-Z]{2,4})?)?$/u,
  // A copyright line under a story: "Copyright © 2023 The Washington Times, LLC.", "© 2024 Reuters".
  // (Or the sign first: "© Copyright 2025 LifeLearn Inc. Used and/or modified with permission under license.")
  /^(?:copyright\s*(?:©|\(c\))?|©(?:\s*copyright)?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)\b/i,
  // A researcher's identifier under a writer's bio: "ORCID: 0009-0002-0156-9795".
  /^orcid\s*(?:id)?\s*:?\s*(?:https?:\/\/orcid\.org\/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i,
  // …or one that names the owner first: "The-CNN-Wire ™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved."
  /(?:©|\(c\)|copyright)\s*\d{4}\b.*\ball rights reserved\.?$/i,
  // A dateline under a story: "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET".
  /^(?:[\p{L}.&'’-]+\s+){0,3}(?:\([\p{L} .,'’-]{1,30}\)\s+)?(?:first published|last updated)\s*:?\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b/iu,
  // A byline's words whose names a script fills in, left empty: "By", ", and", "Edited by" (Affordable Colleges Online).
  /^(?:(?:written|edited|reviewed|fact[- ]?checked|medically reviewed|reported|posted|compiled|updated)\s+)?by\s*:?$|^[,&]\s*(?:and\b)?\s*[,&]?$/i,
  // A widget's credit: "Powered by SmartAsset.com".
  /^powered by\s+\S+(?:\s+\S+){0,2}$/i,
  // A transcript's editor's note: "There may be small errors in this transcript.", "This transcript may contain errors."
  /^(?:there (?:may|might|could) be (?:some |small |minor )?(?:errors|typos|mistakes) in this transcript|this transcript (?:may|might) (?:contain|have|include) (?:some |small |minor )?(?:errors|typos|mistakes))\.?$/i,
];

export const METADATA_MAX_WORDS = 16;

/** Relative entry times of a live blog ("30m ago", "2h ago"): this many in one line make it the key-events list. */
export const ENTRY_AGO = /\b\d{1,3}\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?)\s+ago\b/gi;
export const KEY_EVENTS_MIN = 3;
/** A line that is only when something was written: "From 49m ago", "Updated 2 hours ago" (a bare "2h ago" is a live blog's entry time). */
export const RELATIVE_TIME = /^(?:from|updated|posted|published)\s+\d{1,3}\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago$/i;
/**
 * A live blog's entry stamp: how long ago, the clock time and the author ("21 mins ago11:48 Jon
 * King"); or the time run together with the author or a "KEY EVENT" label, two elements of the
 * page without a space between them ("21:00Antony Clements-Thrower", "20:42KEY EVENT").
 */
export const CLOCK_AUTHOR_GLUED = /^\d{1,2}:\d{2}(?:KEY EVENTS?|\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;
export const AGO_CLOCK_AUTHOR = /^\d{1,3}\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[Bb]y\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$/u;

/** A calendar date: "Nov. 20, 2019", "20 November 2019", "2019-11-20", "11/20/2019". */
export const HAS_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i;

/** What a timestamp line is made of besides its dates and times ("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", and a share button's word: "Dec 11, 2025 Share"). */
export const STAMP_WORDS = /\b(?:updated|published|posted|last|first|modified|on|at|share|print|save|comments?|am|pm|a\.m|p\.m|et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|bst|utc|cet|cest|ist)\b\.?/gi;
/** Dates and times inside such a line. */
export const STAMP_DATES = /\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*\d{4}|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[:.]\d{2}(?::\d{2})?)/gi;

/** Lines that point the reader elsewhere: "Read more: …", "See also: …", "RELATED: …". */
export const RELATED_PREFIX = /^(?:read more|read also|also read|see also|related(?: (?:posts?|articles?|stories|story|reading|content))?|more|recommended|watch|listen|read next|more on this story|more on (?:this|the) topic)\s*[:|»›>]\s*\S/i;

/** A section's link label: "More Business News", "More Stories", "Other WRAL Top Stories", "More from Politics", "Most read in Football", "Trending in Sport". */
export const MORE_LABEL = /^other (?:[\w&-]+ ){0,2}top stories$|^more (?:(?:from|on|in) )?(?:[\w&-]+ ){0,2}(?:news|stories|videos|articles|coverage|headlines)$|^more from [\w&-]+(?: [\w&-]+){0,2}$|^(?:most (?:read|popular|viewed|shared)|trending)(?: (?:stories|articles|now|today))?(?: (?:in|on) [\w&-]+(?: [\w&-]+)?)?$/i;

/** Comments, reviews and "add a comment" in Russian, Ukrainian, Polish, Dutch and Turkish. */
const OTHER_COMMENT_LABELS = [
  'комментарии', 'отзывы', 'добавить (?:отзыв|комментарий)', 'оставить (?:отзыв|комментарий)', 'коментарі', 'відгуки',
  'komentarze', 'dodaj komentarz', 'reacties', 'plaats een reactie', 'yorumlar', 'yorum yap',
].join('|');

/** "Read also" in the same languages: a box that may sit inside an article. */
export const OTHER_READ_ALSO = ['читайте также', 'смотрите также', 'читайте також', 'zobacz (?:też|także)', 'czytaj (?:też|także)', 'lees ook'].join('|');

/** Related reading in the same languages. */
const OTHER_RELATED_LABELS = [OTHER_READ_ALSO, 'похожие (?:статьи|записи|новости)', 'схожі (?:статті|новини)', 'podobne artykuły', 'gerelateerde artikelen', 'ilgili haberler'].join('|');

/**
 * Lines that open the parts of a page after (or around) an article: related stories, comments,
 * post navigation, tags, copyright. In pasted page text they cut the page into parts.
 */
export const SECTION_BREAKS: readonly RegExp[] = [
  /^(?:related|more (?:stories|news|from|on|in|like this|to read|top stories|in)|(?:our )?latest (?:stories|news|videos|articles|posts)|latest$|recommended|you (?:may|might) (?:also )?like|read (?:next|more|also|these next)|trending|most (?:popular|read|viewed|shared)|popular (?:stories|posts|now)|top stories|editors?['’]? picks|around the web|from the web|sponsored|promoted (?:stories|content)|what (?:others|readers) are reading)\b/i,
  /^(?:\d+\s+)?(?:comments?|responses?|replies)\b|^(?:leave|post|add|write) a (?:comment|reply|response)\b|^join the (?:conversation|discussion)\b|^(?:blog )?comments powered by\b|^show comments\b|^(?:tell us|let us know) what you think\b|^as you comment\b/i,
  /^(?:previous|next|older|newer) (?:post|article|story|entry)\b|^(?:tags?|topics|filed under|categories|posted in)\s*:?/i,
  /^(?:about the author|author bio|explore further|citation\s*:|this (?:document|article|material) (?:is subject to|may not be)|copyright\b|©|all rights reserved)/i,
  // The same breaks in other languages: es, pt, it, fr, de, id; ru, uk, pl, nl, tr (\b knows no Cyrillic letters: a lookahead ends the word).
  /^(?:noticias relacionadas|te puede interesar|comentarios|deja un comentario|leia também|veja também|você pode gostar|notícias relacionadas|comentários|deixe (?:um|seu) comentário|leggi anche|articoli correlati|commenti|lascia un commento|à lire aussi|lire aussi|articles similaires|commentaires|laisser un commentaire|mehr zum thema|auch interessant|das könnte sie auch interessieren|kommentare|baca juga|artikel terkait|komentar|tinggalkan balasan)\b/iu,
  new RegExp(`^(?:${OTHER_COMMENT_LABELS}|${OTHER_RELATED_LABELS})(?!\\p{L})`, 'iu'),
];

/** Labels of a box of the site's other stories, in the languages the pages come in. */
const OTHER_STORIES_LABELS = String.raw`(?:like this\?\s*)?you (?:may|might) (?:also )?(?:like|be interested in)(?: the following (?:articles|stories|posts|reports|trackers|guides|reads))?|also in (?:the )?news|te puede interesar|você pode gostar|das könnte sie auch interessieren`;

/**
 * Labels that come after an article, not before or inside it: its comments, "you may also like",
 * the author's bio. Whole lines only ("12 Comments", "Leave a reply"): "Comments from the minister
 * were brief." and "Responses from the opposition" are article text. ("Related stories" and "Read
 * more" boxes sit inside articles; "Trending" and "Top stories" head pages.)
 */
export const AFTER_ARTICLE_LABEL = new RegExp(
  String.raw`^(?:(?:\d+\s+)?(?:comments?|responses|replies)(?:\s*\(\d+\))?|\d+\s+response|response\s*\(\d+\)|(?:leave|post|add|write) a (?:comment|reply|response)(?: cancel reply)?|a version of this (?:article|story) appears in print on|join the (?:conversation|discussion)|(?:tell us|let us know) what you think|show comments|${OTHER_STORIES_LABELS}|about the authors?|author bio|more (?:by|from) (?:this|the) (?:author|writer)|comentarios|deja un comentario|comentários|deixe (?:um|seu) comentário|commenti|lascia un commento|commentaires|laisser un commentaire|kommentare|komentar|tinggalkan balasan|${OTHER_COMMENT_LABELS})\s*[:.…]*$`,
  'iu',
);

/**
 * The labels above of a box of the site's other stories ("You might like"): the one kind a page
 * also sets between two parts of its story, which goes on after it.
 */
export const OTHER_STORIES_LABEL = new RegExp(String.raw`^(?:${OTHER_STORIES_LABELS})\s*[:.…]*$`, 'iu');

/** Labels of what follows an article in a page scrape (a web clipper's Markdown): the above, and related stories. Whole lines only. */
export const SCRAPE_END_LABEL = new RegExp(
  String.raw`^(?:related(?: (?:stories|articles|posts|content|coverage|news|reading|links))?|more (?:stories|news|articles)|recommended(?: for you| stories| reading)?|read (?:next|more)|(?:previous|next) (?:post|article|story)|${OTHER_RELATED_LABELS})\s*[:.…]*$`,
  'iu',
);

/** A section break is a short line: longer lines that start alike are prose. */
export const SECTION_BREAK_MAX_WORDS = 8;

/**
 * A reader comment's header: "Jane on September 12, 2018 at 4:47 pm said:", "Bob says:" — a date
 * or time in it, or a name of up to three words. A line of the article that introduces a quotation
 * ("Speaking after the talks, the prime minister said:") has neither and is prose.
 */
export const COMMENT_HEADER = /^(?:.{0,80}\d.{0,80}|\S+(?:\s+\S+){0,2})\s+(?:said|says|wrote|writes|replied)\s*:$/i;

/** Where someone stands in a photo: ", left,", ", second from right and", ", second left,". */
export const POSITION_IN_PHOTO = /,\s(?:left|right|center|centre|top|bottom|above|below|(?:second|third|fourth) (?:from )?(?:left|right)|front|back)(?:,|\s+(?:and|with|to)\b)/i;

/** A photo's credit line on its own: "Photo: AFP", "Photograph: Reuters". */
export const PHOTO_CREDIT_LINE = /^(?:photos?|photographs?|images?|pictures?)\s*:\s*\S(?:\s*\S+){0,5}$/i;

/**
 * Photo captions and gallery furniture in pasted text: "Mark Esper, left, and …", "1of4 …",
 * "Credit: ESA", "In this Dec. 12 file photo, …", "(pictured)".
 */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /^\d+\s*of\s*\d+\b/i,
  // (Not a quantity: a recipe's "1/2 cup 2% milk", "1/4 pound celery root", its unit in lower
  // case; a gallery's "3/12 Miles Sanders runs …" stays a counter.)
  /^\d+\s*\/\s*\d+\b(?!\s*(?:cups?|c\.|teaspoons?|tsp\.?|tablespoons?|tbsp\.?|pounds?|lbs?\.?|ounces?|oz\.?|inch(?:es)?|in\.|cm|mm|m|g|kg|ml|l|liters?|litres?|quarts?|pints?|gallons?|sticks?|cloves?|miles?|kilometers?|kilometres?|feet|foot|ft\.?|yards?|hours?|minutes?|seconds?|percent|teaspoonful|pinch|dash|bunch|jar|package|packages)\b)/,
  POSITION_IN_PHOTO,
  /\((?:left|right|above|below|centre|center|pictured|top|bottom|inset|file)\)/i,
  /\b(?:file photo|photo credit|image credit|getty images|shutterstock|ap photo)\b|\b(?:photograph|photo|image|credit):(?!\s*$)|^(?:photographs|photos|images|pictures|picture|credits)\s*:|^(?:image|photo|picture)s?\s+(?:source|credit)s?\s*:[^.!?]{1,60}$/i,
  // "See more photos in the gallery, images by Tanveer Badal".
  // (Only a line that is no sentence: "The show features photographs by Dorothea Lange." stays.)
  /\b(?:images|photos|photographs|pictures|photography) (?:by|courtesy of) \p{Lu}[^.!?]*$/u,
  // A caption that closes on its credit after its sentence: "… top pick for EVs. Image by John Goreham"
  // (not a heading, "Photos by Dorothea Lange that defined an era").
  /[.!?]["”’]?\s+(?:Images?|Photos?|Photographs?|Pictures?) (?:by|courtesy of) \p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u,
  // "…, installation views, photos © Inexhibit, 2018", "Image © NASA".
  /\b(?:photos?|photographs?|images?|pictures?)\s*(?:©|\(c\))/i,
  // A picture's line that closes on its agency alone, no sentence before it: "Relatives of passengers console each other (Getty)",
  // "… in Surabaya, Indonesia (EPA)" (not a wire story's last sentence: "… is expected to last six weeks. (AP)").
  /(?<![.!?]["”’]?\s*)\((?:AP|AFP|EPA|PA|Getty(?:\s+Images)?|Reuters|Alamy|Rex(?:\/Shutterstock)?|Bloomberg|Xinhua)\)\s*$/,
];

/**
 * A wire photo's caption, whatever its length (galleries print it twice): "In this Sunday, Nov. 10,
 * 2019, photograph, …", "… (AP Photo/David Zalubowski)"; a caption that ends on its credit ("Prince
 * Harry picked up an ESPY award (Image: Getty)").
 */
export const WIRE_CAPTION =
  /\((?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic|[Cc]redit)s?\s*:\s*[^()]{1,60}\)\s*$|^In this (?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? )?\d{4},? )?(?:file )?(?:photo|photograph|image)(?:,| (?:taken|released|provided|made|shot|dated|from)\b)|\((?:AP|AFP|Reuters|EPA)(?: Photo)?\s*\/[^)]{2,60}\)\s*$/;

/**
 * A dated picture credited to an agency alone, as fact-checkers print AP's captions ("President
 * Bill Clinton chats with Ethel Kennedy …, June 6, 1993, at the Arlington National Cemetery.
 * (AP)"): the credit closes it, and the picture's date stands between commas, as AP dates a
 * photo (not "The trial begins on March 4, 2024, in federal court …. (AP)"). At most
 * CAPTION_MAX_WORDS words.
 */
export const AGENCY_CREDIT_END = /\((?:AP|AFP|Reuters|EPA|Getty Images)\)\s*$/;
export const PHOTO_DATE = /(?<!\bon), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4},/;

/** Captions are at most this long; a longer block that matches a caption pattern is a paragraph. */
export const CAPTION_MAX_WORDS = 45;

/**
 * Pasted-text article finding (src/parse/region.ts): how each block counts toward the densest
 * prose run. Measured on pasted-dev (bench:extract): the F1 surface over lineCost 1–6 and
 * chromeCost 4–16 is flat (0.892–0.902), so these are round values, not a tuned optimum.
 */
export const REGION = {
  /** A prose block adds its size (words; CJK characters count a third each). */
  proseMinWords: 6,
  /** A line this long counts as prose without a sentence ending, if it has punctuation in it. */
  longLineWords: 25,
  /** A list item that ends like a sentence and has this many words counts as prose. */
  proseItemMinWords: 3,
  /** A bulleted item of a few words in sentence case ("Highest upfront cost") is an article's point: up to this many words. */
  phraseItemMaxWords: 8,
  /** A non-prose line (menu item, label, date) costs this much plus this much per word. */
  lineCost: 3,
  lineCostPerWord: 0.5,
  /** A numbered list item that is not a sentence adds a little: menus are bulleted, numbered items are content. */
  numberedItemValue: 1,
  /** Chrome lines and bulleted items that are not sentences cost more. */
  chromeCost: 8,
  /** A section break ("Related stories", "Comments", "Previous post") ends a part of the page. */
  breakCost: 400,
  /** Text with less furniture than this (summed costs) and no section break is a clean article, kept whole. */
  pageFurniture: 60,
  /** The article is the earliest prose run worth at least this share of the best run (comments and teasers come after it). */
  firstShare: 0.5,
  /** A run after comments or "you may also like" began counts this share of its value in that comparison. */
  afterArticleShare: 0.5,
} as const;

/** class or id words that mark captions, credits, share bars, related links, promos and a file's download box (Substack's "file-embed", WordPress's "wp-block-file") inside an article. */
export const JUNK_CLASS = /(?:^|[\s_-])(?:file-embed|wp-block-file|caption|credit|share|sharing|social|related|newsletter|subscribe|promo|advert|ad|ads|sponsor|byline|author-bio|tags|tag-list|breadcrumbs?|comments?|signup|sign-up|read-more|readmore|recommend\w*|offers|access-offers|logged-in|logged-out|login|outbrain|taboola|hidden|visually-hidden|sr-only)(?:$|[\s_-])/i;

/**
 * Section labels a page puts before or after its headline in <title> and og:title ("Opinion |
 * …", "… | Editorial", "Live: …" excepted): not part of the headline.
 */
export const TITLE_LABELS: ReadonlySet<string> = new Set([
  'opinion', 'editorial', 'editorials', 'comment', 'commentary', 'column', 'analysis', 'review', 'reviews', 'news',
  'world news', 'business', 'sport', 'sports', 'politics', 'technology', 'tech', 'science', 'health', 'culture',
  'entertainment', 'lifestyle', 'travel', 'blog', 'the blog', 'features', 'feature', 'letters', 'obituaries',
]);

/**
 * What an article's closing lines say about its author or its making, not its story: a short bio
 * ("Phil Helsel is a reporter for NBC News."), how to reach them, where their work appeared,
 * contribution credits ("Contributing: Kristine Phillips"), tip and forum calls. Only a run of
 * such lines at the very end of the article is left out (as metadata), at most TAIL_MAX_BLOCKS.
 */
export const AUTHOR_TAIL_PATTERNS: readonly RegExp[] = [
  /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Jj]ournalist|[Ee]ditor|[Cc]olumnist|[Pp]roducer|[Cc]ontributor|[Aa]uthor|[Ii]ntern|[Ff]reelancer)\b/u,
  /\b(?:may|can) be reached at\b|\b(?:contact|email|e-mail) (?:him|her|them) at\b|\bfollow (?:him|her|them) on\b/i,
  // An author box's line under the name: "Executive Editor at Digit. Technology journalist since Jan 2008, … View Full Profile".
  /^(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Jj]ournalist|[Ee]ditor|[Cc]olumnist|[Pp]roducer|[Cc]ontributor)\s+(?:at|for|with)\s+\p{Lu}.{0,400}\bview (?:full )?profile\s*$/iu,
  // Bloomberg's: "To contact the reporter on this story: Steve Matthews in Atlanta at …", "To contact the editors responsible for this story: …".
  /^[Tt]o contact the (?:reporters?|writers?|authors?|editors?)\b[^:]{0,60}:\s*\p{Lu}/u,
  /\b(?:his|her|their) (?:work|writing|reporting) (?:has )?(?:previously |also )?appeared in\b/i,
  /^\(?(?:contributing|additional reporting|reporting by|editing by|written by|with reporting (?:by|from)|with files from)\s*:?\s+\p{Lu}/iu,
  // A writer's sign-off: "-- Bryan Denson" closing The Oregonian's stories.
  // (Two hyphens only: "— Martin Luther King" after a quotation is its speaker.)
  /^--\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u,
  // A syndicator's credit: "This story was provided by SpaceNews, dedicated to covering …".
  // (A name and a description of it, no sentence of the story: "This report was provided by Pentagon auditors to the House …" stays.)
  /^[Tt]his (?:story|article) was (?:provided|supplied|contributed) by\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}(?:,[^.]*)?\.?$/u,
  // A roundup's compiler: "-- Compiled by Vickie Kavanagh" (The Oregonian's business notes).
  /^(?:--|[—–])?\s*[Cc]ompiled by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?$/u,
  /\b(?:send (?:us )?(?:news )?tips|have a (?:story idea|news tip))\b/i,
  // Where the story ran first, and who else reported it: "This article originally appeared on The
  // Atlantic.", "This article was reprinted on Wired.com.", "Heba Habib contributed to this report."
  // "This story will appear in the Dec. 16, 2023, issue of Billboard."
  /^this (?:article|story|post|piece) (?:was |will )?(?:originally |first |also )?(?:appeared|appears|appear|published|reprinted|ran)\b.{0,80}$/i,
  /\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\.?$/i,
  /^join our\b.*\b(?:forums?|community|discussion)\b/i,
  // Who writes a paper's editorials: "The Sun Sentinel Editorial Board consists of Editorial Page Editor …".
  /^the [\p{L}\s.'’-]{0,60}\beditorial board (?:consists of|is composed of|is made up of|includes|members are)\b/iu,
  // A science wire's closing notice: "Citation: <title> (2019, November 18) retrieved 20 November 2019 from https://…", "This document is subject to copyright. …".
  /^citation:\s.{5,400}\bretrieved\b.{3,60}\bfrom https?:\/\/\S+$/i,
  /^this (?:document|article|material) is subject to copyright\b/i,
  // …and the paper it reports and who sent the story: "More information: Mingrui Wu et al, Biomimetic, knittable aerogel
  // fiber …, Science (2023). DOI: 10.1126/science.adj8013", "Journal information: Science", "Provided by Zhejiang University".
  /^(?:more information:\s*)?\p{Lu}[\p{L}.'’ -]{1,60}\bet al\.?,?\s.{5,300}\bdoi:?\s*10\.\d{3,}\/\S+$|^journal information:\s|^provided by\s+\p{Lu}/iu,
  // A membership plug that closes an opinion site's articles: "If you enjoyed this article, we have a proposition for you: Join …".
  /^if you enjoyed this (?:article|story|post)\b.*\b(?:join|subscribe|support|become a member)\b/i,
  // A comment policy: "Comentários com textos ininteligíveis … não serão aprovados pelo moderador."
  /\b(?:comentários|comentarios|comments)\b.{0,160}\b(?:moderador|moderator|moderated|moderação|moderación)\b/i,
  // A comment box's notice: "To post a comment, log into your chosen social network … Your comments are subject to our Terms of Service …".
  // (A comment box's own words: not "To leave a comment on the plans, residents must register on the council's website".)
  /^to (?:post|leave|add|write) a comment\b.{0,80}\b(?:log ?in(?:to)?|sign ?in|register)\b.{0,80}\b(?:comments? below|social network)\b|^your comments are subject to\b/i,
];
export const AUTHOR_TAIL_MAX_WORDS = 60;

/**
 * A wire story's credits in brackets, which run past AUTHOR_TAIL_MAX_WORDS: "(Additional reporting
 * by … in JAKARTA, … in PARIS …; Writing by …; Editing by …)", up to WIRE_CREDITS_MAX_WORDS words.
 */
export const WIRE_CREDITS = /^\((?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting) by\s+\p{Lu}[^()]*\)$/u;
export const WIRE_CREDITS_MAX_WORDS = 150;

/**
 * A magazine's production credits under a cover story: "Art & Design Director: Emily Zirimis",
 * "Copy Editors: Dawn Rebecky, Leslie Lipton", "Photo Retouching: Jinx Studios", under "Video
 * Credits" or "Editorial Credits:". A role (STAFF_CREDIT_ROLE), a colon, then names only
 * (STAFF_CREDIT_NAMES). A closing run of at least STAFF_CREDITS_MIN such lines is left out as
 * metadata when a credits label heads part of it, or when every role in it names a craft of making
 * a shoot (STAFF_CREDIT_CRAFT). A team's "General manager: …" or a campaign's "Finance director:
 * …" is neither, and a match report's "Arsenal: Raya, White, Saliba" names no role.
 */
export const STAFF_CREDIT_ROLE = /^(?:[\p{L}'’&/-]+[ ,]+){0,5}[\p{L}'’&/-]+$/u;
/** Crafts of making a shoot or a page: a role that names one is a credit without a label. */
export const STAFF_CREDIT_CRAFT = /\b(?:photographer|photography|photo|stylist|styling|retouching|makeup|make-up|hair|grooming|manicurist|videographer|gaffer|producer|editors?|casting|lighting|set design|art director|creative director|design director)\b/i;
/** The names after a credit's colon: one to four capitalised words each (each matched one way only), separated by commas. */
export const STAFF_CREDIT_NAMES = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})*$/u;
/** A label over production credits: "Video Credits", "Editorial Credits:". */
export const STAFF_CREDITS_LABEL = /^(?:\p{L}+ ){0,2}credits ?:?$/iu;
export const STAFF_CREDITS_MIN = 3;

/**
 * The site's legal notices under an article, however long: a wire copyright line ("Copyright 2024
 * Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten,
 * or redistributed."), an affiliate-link and terms notice ("If you purchase a product … through a
 * link on our site, we may receive compensation. By using this site, you consent to our User
 * Agreement …"), an image disclaimer ("Disclaimer: … No rights or credit claimed for any images …").
 * Left out, like the author's tail, only in the closing run of blocks.
 */
/** A site's footer: "© 2014 Condé Nast. All rights reserved Use of this Site constitutes acceptance of our User Agreement …". */
export const SITE_FOOTER = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b(?:\s*[–-]\s*\d{4}\b)?.{0,100}\ball rights reserved\b|\buse of this (?:site|website) constitutes acceptance\b/i;
/**
 * One sentence of a footer's trademark notices: "iPhone is a trademark of Apple Inc., registered in the U.S. and other
 * countries." A paragraph all of whose sentences are such notices (TRADEMARK_SENTENCE_BREAK) is footer, on a page whose
 * every block is footer (an error page).
 */
export const TRADEMARK_NOTICE = /^(?:the )?[\p{L}\d®™&.' -]{1,60} (?:is|are) (?:a )?(?:registered )?(?:trademarks?|service marks?)(?: owned by| of)\b[^!?]{0,120}\.$/iu;
/** Where one notice ends and the next begins: a stop, a space and a capital (not "the U.S. and"). */
export const TRADEMARK_SENTENCE_BREAK = /(?<=\.)\s+(?=\p{Lu})/u;

export const LEGAL_NOTICE_PATTERNS: readonly RegExp[] = [
  /\bthis material may not be published,? broadcast,? rewritten,? or redistributed\b/i,
  /\bwe may (?:receive|earn|get) (?:a )?(?:compensation|commission|a share)\b/i,
  /^by using this (?:site|website)\b/i,
  // A link's exit notice: "By proceeding, please note you will be leaving Citadel’s website. This linked site is not operated …".
  // (Not a story quoting one: "The fake notice reads: "You are now leaving …," police said.")
  /^(?![^]*(?:\b(?:said|says|told|reads?|according to)\b|["“”]))[^]*?(?:\byou (?:will be|are (?:about to be|now)|['’]re (?:about to be|now)) leaving\b.{0,60}\b(?:site|website)\b|\bthis (?:linked |external |third[- ]party )?(?:site|website) is not (?:operated|owned|controlled|monitored|maintained)\b)/i,
  SITE_FOOTER,
  // A gossip site's image disclaimer: "Disclaimer: All rights reserved for writing and editorial content. No rights or
  // credit claimed for any images … If you own rights to any of the images …, please contact us … and they will be promptly removed."
  /^disclaimer\s*:|\bno rights or credit claimed\b|\bif you own (?:the )?(?:rights|copyright) to (?:any of )?(?:the|these|this) (?:images?|photos?|pictures?)\b/i,
  // A blog's disclaimer of its writers' views: "The views expressed by the authors of this blog are their own …" (APNIC),
  // "Note: The views expressed on Mises.org are not necessarily those of the Mises Institute."
  // (Not a sentence of the story that reports it: "The views expressed by residents … do not necessarily reflect the town …, Mayor Ellen Cho said".)
  /^(?!.*\b(?:said|says|told|according to)\b)(?:note\s*:\s*)?(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in|on|by|here)\b.{0,120}?\b(?:(?:are|is) (?:solely )?(?:(?:their|his|her|the authors?['’]?s?|the writers?['’]?s?) own|not necessarily)|do(?:es)? not necessarily (?:reflect|represent))/i,
];
export const TAIL_MAX_BLOCKS = 8;

/**
 * The author's bio box a page prints under its article (its markup names no bio class): from a
 * line that is the author's name alone, or a paragraph opening on it and one of these verbs
 * ("Meredith Dietz is Lifehacker’s Senior Finance Writer. She earned …"), to the end, when that
 * run is within the last AUTHOR_BIO_MAX_BLOCKS blocks and AUTHOR_BIO_MAX_WORDS words.
 */
export const AUTHOR_BIO_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'writes', 'covers', 'joined', 'lives', 'reports', 'studied', 'holds']);
/** A title a bio sets after the author's name, between commas: ", Editor, Running Reviews,". */
export const AUTHOR_TITLE_AFTER = /^,\s+\p{Lu}[^,.;:]{0,40}(?:,\s+\p{Lu}[^,.;:]{0,40})?,\s+/u;
export const AUTHOR_BIO_MAX_BLOCKS = 6;
export const AUTHOR_BIO_MAX_WORDS = 250;

/** Text a link carries for screen readers only (its style, which hid it, is gone after extraction): ", opens new tab". */
export const SCREEN_READER_TEXT = /^\s*,?\s*\(?(?:opens|open|opening) (?:in )?(?:a )?new (?:tab|window)\)?\s*$/i;

/**
 * A footnote (Wikipedia's "^ " back-link) or a reference: authors, then a year in parentheses
 * ("Burleson, D. (2005).", "Mistry, Dinshaw; Wolpert, Stanley (2006)."), or a book with its ISBN.
 */
// (Or a medical journal's entry, Vancouver style: "Anheyer D, Leach MJ, Klose P, et al. … 2017;166(11):799-807.", "… 2011 May 25;94(1):247-53.")
export const REFERENCE_ITEM = /^(?:\^\s|\p{Lu}[\p{L}'’-]+,\s[^()]{1,80}?\((?:\d{4}[a-z]?|n\.d\.)\)[.,:])|\bISBN[\s:]+(?:97[89][\s-]?)?\d|\b(?:19|20)\d{2}(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\d+(?:\(\d+\))?:e?\d+/u;
/** A list is a list of references when this share of its items read so. */
export const REFERENCE_SHARE = 0.6;

/** A date a fact-check's list of its sources cites: "Dec. 14, 2023", "accessed Dec. 18, 2023", "June 30, 2023 via CNBC". */
export const CITED_DATE = /,\s+(?:(?:accessed|archived|retrieved|updated|published|last updated)(?:\s+as\s+of)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}(?:\s+via\s+[^,.]+)?\.?$/;
/** How such a list opens an entry: "Interview with …", "Email exchange with …". */
export const CITED_INTERVIEW = /^(?:(?:e-?mail|phone|telephone|text|in-person)\s+)?(?:interview|exchange|correspondence|statement)s?\s+(?:with|from)\s/i;
/** Fewest entries that make a run of citation lines a list of sources. */
export const SOURCE_LIST_MIN = 4;
/** Longest citation line, in words. */
export const CITATION_MAX_WORDS = 40;
/** Longest undated entry between two dated ones that goes with them ("Robert F. Kennedy Jr.'s Instagram account"). */
export const SOURCE_GAP_MAX_WORDS = 12;

/** Wikipedia's sister-project boxes: "Wikiquote has quotations related to ISRO." */
export const SISTER_PROJECT = /^wiki(?:quote|versity|source|books|news|voyage|data|species|media commons)\s+has\b/i;

/** A static site's template call left in a Markdown source: "{{< img src="api-pillars" >}}". */
export const TEMPLATE_CALL = /^\s*\{\{[<%].*[%>]\}\}\s*$/;

/**
 * The label of a box of the article's key points: CNBC's "Key Points", CNN's "Story Highlights",
 * Meta's "Takeaways", Daily Maverick's "Summary", The Weather Channel's "At a Glance", FreightWaves'
 * "Key Takeaways".
 */
export const KEY_POINTS_LABEL = /^(?:key (?:points|takeaways|facts|findings)|(?:story )?highlights|takeaways|in brief|at a glance|summary|the gist|tl;?dr|in short|what you need to know)\s*:?$/i;
