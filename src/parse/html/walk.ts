import { MAX_LIST_DEPTH, type TextBuilder } from '../builder.js';
import { JUNK_CLASS, SCREEN_READER_TEXT } from '../../data/chrome.js';
import { endsSentence, wordCount } from '../shape.js';

/** The parts of a DOM node the walker reads (linkedom's nodes have them). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
  parentNode?: DomNode | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never article text: scripts, media, forms, and photo captions. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT',
  'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'PICTURE', 'IMG', 'SOURCE', 'MAP', 'FIGCAPTION', 'FIGURE', 'HEAD', 'LINK', 'META',
]);
/** Page furniture, skipped when walking a whole page (the extractor has already removed it from an article). */
const PAGE_FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER']);
const INLINE = new Set([
  'A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'SUB', 'SUP', 'TIME', 'ABBR', 'CITE', 'Q', 'MARK', 'CODE',
  'FONT', 'LABEL', 'DFN', 'KBD', 'SAMP', 'VAR', 'BDI', 'BDO', 'DATA', 'INS', 'DEL', 'WBR', 'BIG', 'TT', 'STRIKE',
]);
/** Share of a block's characters inside links above which a short block is a list of links. */
const LINK_DENSITY = 0.5;
const LINK_BLOCK_MAX_WORDS = 40;
/** The longest writer's line whose name is a link ("by Kelly Phillips Badal"). */
const BYLINE_LINK_MAX_WORDS = 6;
/** The longest headline of another page, all one link, that ends in a question mark. */
const LINKED_HEADLINE_MAX_WORDS = 16;

interface Inline {
  text: string;
  linked: number;
  /** A reference mark was left out just now: the space before it goes when a stop follows ("for adoption <sup>[2]</sup>."). */
  afterMark?: boolean;
  /** A list item's nesting under the items of the lists around its own. */
  depth?: number;
}


export interface WalkOptions {
  /** Walking a whole page (no extractor): skip nav, header, footer and aside as well. */
  page: boolean;
  /** The texts of the page's photo captions and credits, read before the extractor (which drops their class names when it rewrites a <div> as a <p>). */
  captions?: ReadonlySet<string>;
}

/** The class the HTML reader gives a pull quote that rewords a paragraph of the article, for the walk to leave it out. */
export const REWORDED_PULL_QUOTE = 'newsbrief-reworded-pull-quote';

/** A caption's or a credit's element: <figcaption>, or a class or id that says so ("caption-text", "credit", a newspaper's "cutline"). */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|figcaption|cutline|feature-image-description|featured-image-description)(?:$|[\s_-])/i;
/** …or a camel-cased one: CNN's "galleryCaption001", the Daily Mail's "imageCaption" (not "nocaption", nor Time Out's "_titleNoCredit_1doy9_237"). */
const CAMEL_CAPTION_CLASS = /\p{Ll}(?<!No)(?:Caption|Credit)(?:$|[\s\d_-])/u;

/** The texts of a page's small caption and credit elements, squashed, to know them again after extraction. */
export function captionTexts(root: DomNode): Set<string> {
  const out = new Set<string>();
  // The texts of the page's paragraphs outside any caption: one the page prints both as a
  // picture's caption and as a paragraph of the story is the story's (Bloomberg's "Nevada, Arizona
  // and Florida are among those furthest …" under the photo and in the text).
  const paragraphs = new Set<string>();
  // How many captions have been found so far.
  let found = 0;
  // Whether the page sets its subheadings as headings (two or more): then a short plain paragraph
  // by a picture is its caption, not a subheading set as a paragraph ("<p><img></p><p>What happens next</p>").
  const headed = descendants(root, SUBHEADINGS, SUBHEADINGS_MIN).length >= SUBHEADINGS_MIN;
  const visit = (node: DomNode, depth: number, inCaption = false): void => {
    // (Markup nested deeper than any figure is none: a broken page nests thousands of divs.)
    if (depth > CAPTION_MAX_DEPTH) return;
    // The last element before this one that holds text or an image: an image alone there makes
    // an all-italic paragraph after it the image's caption ("<p><em>… installation views, photos © …</em></p>").
    let before: DomNode | null = null;
    const children = Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT);
    // A small block that holds an image and its <figcaption> outside a <figure> is one: its other
    // text is the picture's caption too (Hearst's "<img><div><p>Izzy and AJ dippin’ it low …</p></div><figcaption>Laura Murray</figcaption>").
    // The text stands between the image and the <figcaption>, in a block no sectioning element.
    const figcaptionAt = children.findIndex((c) => tagOf(c) === 'FIGCAPTION');
    const imageAt = children.findIndex(imageOnly);
    const figure = figcaptionAt !== -1 && imageAt !== -1 && imageAt < figcaptionAt && !SECTIONING.has(tagOf(node)) && squashed(node.textContent ?? '').split(' ').length <= JUNK_MAX_WORDS;
    // An image's alt text repeated beside it is its caption (CNN's "<img alt="Police officers adjust …"><cite>Police officers adjust …</cite>").
    // (Or the alt text of an image in a small box beside it: LifeBuzz's "<h3>Exhausted Sylvie had
    // been in the frigid water …</h3>" over a box of share buttons, that image and its credit.)
    // (Only in a box that holds little besides: a listicle's "<h2>Praia da Marinha</h2>" over its
    // photo of the beach, in the article's own flow, is the item's subheading.)
    // (Looked for only beside a heading: measuring every box's text would walk the page once per level.)
    const smallBox = children.some((c) => /^H[1-6]$/.test(tagOf(c))) && squashed(node.textContent ?? '').split(' ').length <= CAPTION_BOX_MAX_WORDS;
    const alts = new Set(children.filter((c) => imageOnly(c) || (smallBox && descendants(c, IMAGES, 1).length > 0 && squashed(c.textContent ?? '').split(' ').length <= IMAGE_BOX_MAX_WORDS)).flatMap((c) => altTexts(c)));
    // How many more label lines after an image may still be its caption and credit.
    let labels = 0;
    for (const [at, child] of children.entries()) {
      const cls = markedAs(child);
      const text = squashed(child.textContent ?? '');
      // (the Evening Standard's "<div><picture/></div><div>Former Prime Minister Tony Blair</div><div>ES</div>", its classes generated)
      // (A paragraph so set only right under a picture that is no icon: Mintlify's "<p><img></p><p>Stripe
      // documentation API reference</p>", not an icon's label "Guides and tutorials", nor a field "Community: 442 000 users".)
      const label = labels > 0 && labelLine(child, text) && (tagOf(child) !== 'P' || (headed && before !== null && imageOnly(before) && !iconImage(before) && !/[:：。！？]/u.test(text) && text !== text.toUpperCase()));
      // (A line set in <sup> alone in its block, or right after a video player's box, is the player's
      // title or a credit: The Telegraph's "<div class='videoPlayer'>…</div><sup>Files reveal Thatcher warned …</sup>".)
      const superscript = tagOf(child) === 'SUP' && text !== '' && (text === squashed(node.textContent ?? '') || /video|player/i.test(at > 0 ? (children[at - 1]!.getAttribute?.('class') ?? '') : ''));
      // (A short centred line right above a picture is its title: Bread Dad's "<p class="has-text-align-center">
      // <strong>2 lb White Bread made with my Zojirushi</strong></p>" over the loaf's photo.)
      const titled = headed && tagOf(child) === 'P' && CENTRED.test(`${child.getAttribute?.('class') ?? ''} ${child.getAttribute?.('style') ?? ''}`) && text !== '' && text.split(' ').length <= LABEL_MAX_WORDS && /[\p{L}\p{N})]$/u.test(text) && children[at + 1] !== undefined && imageOnly(children[at + 1]!) && !iconImage(children[at + 1]!);
      const caption = label || superscript || titled || (figure && at > imageAt && at < figcaptionAt) || tagOf(child) === 'FIGCAPTION' || (cls.trim() !== '' && (CAPTION_CLASS.test(cls) || CAMEL_CAPTION_CLASS.test(cls))) || (before !== null && imageOnly(before) && (italicOnly(child, text) || italicAfterImage(child, text))) || (text !== '' && alts.has(text));
      if (caption) {
        if (text !== '' && text.split(' ').length <= JUNK_MAX_WORDS) {
          out.add(text);
          // …and each paragraph in it: Reuters' div.rolloverCaption holds "<p>1 of 4. Authorities monitor …</p><p>Credit: …</p>".
          for (const p of descendants(child, PARAGRAPHS)) out.add(squashed(p.textContent ?? ''));
        }
      }
      const image = text === '' && imageOnly(child);
      labels = image ? IMAGE_LABELS : label ? labels - 1 : text !== '' ? 0 : labels;
      if (text !== '' || image) before = child;
      if (caption) found++;
      const captioned = inCaption || caption || tagOf(child) === 'FIGURE';
      const earlier = found;
      visit(child, depth + 1, captioned);
      // (Not a paragraph that holds the caption: "<p><img><br><em>Bryan Kohberger enters …</em></p>".)
      if (!captioned && tagOf(child) === 'P' && text !== '' && found === earlier) paragraphs.add(text);
    }
  };
  visit(root, 0);
  for (const text of paragraphs) out.delete(text);
  return out;
}

const squashed = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * What an element's markup says it is: its class and id. A subheading's id is its own text made an
 * anchor ("the-earned-income-tax-credit", "h-4-…-for-social-media") and names no caption or widget.
 */
function markedAs(node: DomNode): string {
  const id = /^H[1-6]$/.test(tagOf(node)) ? '' : (node.getAttribute?.('id') ?? '');
  return `${node.getAttribute?.('class') ?? ''} ${id}`;
}

/** Elements that hold an article's parts, never one picture's: a figure block is none of them. */
const SECTIONING: ReadonlySet<string> = new Set(['SECTION', 'ARTICLE', 'MAIN', 'BODY']);

/** An element that shows an image and no text. */
function imageOnly(node: DomNode): boolean {
  if (squashed(node.textContent ?? '') !== '') return false;
  if (tagOf(node) === 'IMG' || tagOf(node) === 'PICTURE') return true;
  return Array.from(node.childNodes).some((c) => c.nodeType === ELEMENT && imageOnly(c));
}


/** Subheadings a page sets as such, and how many make it one that does. */
const SUBHEADINGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4']);
const SUBHEADINGS_MIN = 2;

/** A paragraph's class or style that centres it. */
const CENTRED = /(?:^|\s)has-text-align-center(?:$|\s)|text-align:\s*center/i;

/** An image that is an icon: its class or source says so, or it is drawn (an SVG). */
function iconImage(node: DomNode): boolean {
  return (tagOf(node) === 'IMG' ? [node] : descendants(node, IMAGES)).some((img) => /icon|\.svg(?:[?#]|$)/i.test(`${img.getAttribute?.('class') ?? ''} ${img.getAttribute?.('src') ?? ''}`));
}

/** The alt texts of every image inside an element, squashed. */
function altTexts(node: DomNode): string[] {
  return (tagOf(node) === 'IMG' ? [node] : descendants(node, IMAGES)).map((img) => squashed(img.getAttribute?.('alt') ?? '')).filter((x) => x !== '');
}

const IMAGES: ReadonlySet<string> = new Set(['IMG']);

/** The most words a box beside a caption may hold with its image (a credit, a button's label). */
const IMAGE_BOX_MAX_WORDS = 12;
/** The most words the box that holds both the caption and the image may hold. */
const CAPTION_BOX_MAX_WORDS = 40;

/** How deep in the page captions are looked for. */
const CAPTION_MAX_DEPTH = 400;

/** How many label lines right after an image are its caption and credit. */
const IMAGE_LABELS = 2;
/** The longest such line. */
const LABEL_MAX_WORDS = 12;

/**
 * A div or span that holds a short line of text and no block: no sentence's end, no byline; under an
 * image, its caption ("Former Prime Minister Tony Blair") or credit ("ES", "Getty Images").
 */
function labelLine(node: DomNode, text: string): boolean {
  if (!/^(?:DIV|SPAN|P)$/.test(tagOf(node)) || text === '' || text.split(' ').length > LABEL_MAX_WORDS || /[.!?:]["”’)]?$/.test(text) || /^by\s/i.test(text)) return false;
  // (Not a subheading set in bold or so named: "<span class="strong">Borewell Horror: …</span>", "<div><strong>Why the mill matters</strong></div>".)
  if (/strong|bold|head|title/i.test(node.getAttribute?.('class') ?? '')) return false;
  const elements = Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT || squashed(c.textContent ?? '') !== '');
  if (elements.length === 1 && /^(?:STRONG|B|H[1-6])$/.test(tagOf(elements[0]!))) return false;
  return !Array.from(node.childNodes).some((c) => c.nodeType === ELEMENT && BLOCKS.has(tagOf(c)));
}

/** Elements that make a box more than a line of text. */
const BLOCKS: ReadonlySet<string> = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'BLOCKQUOTE', 'PRE']);

/** An italic line right after an image in the same paragraph: "<p><img><br><em>Bryan Kohberger enters Idaho courtroom</em></p>". */
function italicAfterImage(node: DomNode, text: string): boolean {
  return /^(?:EM|I)$/.test(tagOf(node)) && text !== '' && text.split(' ').length <= CAPTION_MAX_ITALIC_WORDS && !addressesReader(text);
}

/**
 * Whether an italic line asks the reader or speaks to them, as an article's opening does, which a
 * photo's caption never does: OSU's "If you’re teaching online for the first time …, you might ask
 * yourself: What’s different about teaching online?" under its header image.
 */
function addressesReader(text: string): boolean {
  return /\?["”’)]?\s*$/.test(text) || /\b(?:you|your|you['’](?:re|ve|ll|d))\b/i.test(text);
}

/** A short paragraph whose whole text is set in italics. */
function italicOnly(node: DomNode, text: string): boolean {
  if (tagOf(node) !== 'P' || text === '' || text.split(' ').length > CAPTION_MAX_ITALIC_WORDS || addressesReader(text)) return false;
  const elements = Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT || squashed(c.textContent ?? '') !== '');
  return elements.length === 1 && (tagOf(elements[0]!) === 'EM' || tagOf(elements[0]!) === 'I');
}

/** An italic line under an image is a caption up to this many words. */
const CAPTION_MAX_ITALIC_WORDS = 30;

const tagOf = (n: DomNode): string => n.nodeName.toUpperCase();

/** A junk class name only condemns a small element: a container of the article can carry one too. */
const JUNK_MAX_WORDS = 60;

function junk(node: DomNode): boolean {
  const cls = markedAs(node);
  if (cls.trim() === '') return false;
  // A WordPress post's footer ("This entry was posted on … and is filed under …", the writer's note above it), however long.
  if (/(?:^|\s)postmetadata(?:\s|$)/i.test(cls)) return true;
  if (!JUNK_CLASS.test(cls)) return false;
  return (node.textContent ?? '').trim().split(/\s+/).length <= JUNK_MAX_WORDS;
}

/** A reference mark or an edit link inside the text: Wikipedia's "[3]", "[a]", "[citation needed]" and "[edit]". */
const MARKER_TEXT = /^\s*\[(?:\d{1,4}|[a-z]|note \d+|citation needed|edit|update)\]\s*$/i;

function marker(node: DomNode, tag: string): boolean {
  if (tag !== 'SUP' && tag !== 'SPAN' && tag !== 'A') return false;
  const cls = node.getAttribute?.('class') ?? '';
  return /(?:^|\s)mw-editsection(?:\s|$)/.test(cls) || MARKER_TEXT.test(node.textContent ?? '') || (tag === 'A' && permalink(node)) || (tag === 'SPAN' && SCREEN_READER_TEXT.test(node.textContent ?? '')) || ((tag === 'A' || tag === 'SUP') && footnoteMark(node, tag, cls));
}

/**
 * A subheading's permalink: a link to a place on the page whose text is a glyph ("#", "¶", "§",
 * "🔗") or the address itself (A List Apart's "<a class="subhead-anchor" href="#section2">#section2</a>").
 */
function permalink(node: DomNode): boolean {
  const href = node.getAttribute?.('href') ?? '';
  const text = (node.textContent ?? '').trim();
  if (!href.startsWith('#') || !(/^[#¶§🔗]$/u.test(text) || text === href)) return false;
  // (Inside a heading only: "the bridge at <a href="#1">#1</a> on the state list" is the text's.)
  for (let at = node.parentNode as DomNode | null, level = 0; at && level < PERMALINK_LEVELS; at = at.parentNode as DomNode | null, level++) if (/^H[1-6]$/.test(tagOf(at))) return true;
  return false;
}

/** How many elements up from a permalink its heading is looked for. */
const PERMALINK_LEVELS = 3;

/**
 * A footnote's number linked to its note, or set as one: Substack's "<a class="footnote-anchor"
 * href="…#footnote-1-…">1</a>" ("a preference1 for owls"), the CFPB's "<a href="…#1"><sup>1</sup></a>",
 * WordPress's "<sup class="fn"><a href="#…">2</a></sup>" ("in 2018.2 This decrease …"): a number
 * set as a superscript and linked to a place on the page, or one whose class or link says it is a
 * note's. A number linked in running text ("see Table <a href="#table-2">2</a>", "District <a>5</a>")
 * or a bare superscript ("m<sup>2</sup>") stays.
 */
function footnoteMark(node: DomNode, tag: string, cls: string): boolean {
  if (!/^\s*\d{1,3}\s*$/.test(node.textContent ?? '')) return false;
  if (/(?:^|\s)(?:footnote-(?:anchor|ref)|fn|footnote)(?:\s|$)/i.test(cls)) return true;
  const child = (want: string): DomNode | null => Array.from(node.childNodes).find((c) => c.nodeType === ELEMENT && tagOf(c) === want) ?? null;
  const link = tag === 'A' ? node : child('A');
  const href = link?.getAttribute?.('href') ?? '';
  if (/#(?:fn|footnote|note|cite_note|ref)[\w:.-]*$/i.test(href)) return true;
  // (a superscript and a link to a place on the page, one inside the other)
  return /#[\w:.-]+$/.test(href) && (tag === 'SUP' || child('SUP') !== null);
}


/** A link, or a paragraph that holds only a link (how the extractor leaves a link it split a paragraph around). */
function linkOnly(node: DomNode): boolean {
  const tag = tagOf(node);
  if (tag === 'A') return true;
  // (Or an inline element around the link alone: Move.org's "<p>We </p><u><a>analyzed</a></u><p> 75+ …</p>".)
  if (tag !== 'P' && !INLINE.has(tag)) return false;
  const elements = Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT || (c.textContent ?? '').trim() !== '');
  return elements.length === 1 && elements[0]!.nodeType === ELEMENT && tagOf(elements[0]!) === 'A';
}

/** The index of the next sibling element after index `at`, past whitespace, or -1. */
function nextElement(siblings: DomNode[], at: number): number {
  for (let k = at + 1; k < siblings.length; k++) {
    const n = siblings[k]!;
    if (n.nodeType === ELEMENT) return k;
    if (n.nodeType === TEXT && (n.textContent ?? '').trim() !== '') return -1;
  }
  return -1;
}

/** Below this depth the walker reads a subtree as flat text, so no page can exhaust the stack. */
const MAX_WALK_DEPTH = 200;

/** Text of a subtree without recursion (for trees nested past MAX_WALK_DEPTH). */
function flatText(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT) parts.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT && !SKIP.has(tagOf(n))) {
      const children = Array.from(n.childNodes);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      parts.push(' ');
    }
  }
  return parts.join('');
}

/** Visible text of an inline run, and how much of it is inside links. */
function inline(node: DomNode, inLink: boolean, out: Inline, options: WalkOptions, depth = 0): void {
  if (depth > MAX_WALK_DEPTH) {
    out.text += flatText(node);
    return;
  }
  const children = Array.from(node.childNodes);
  let closing = false;
  for (const [k, child] of children.entries()) {
    // "[<a>Trippy Tales: The History of 8 Hallucinogens</a>]": a link alone in square brackets is a
    // promo for another story (Live Science, Space.com), brackets and all.
    if (bracketedLink(children, k)) {
      out.text = out.text.replace(/\[\s*$/, '');
      closing = true;
      continue;
    }
    // "<a><strong>(RELATED: Forget ISIS, China And Immigrants; …)</strong></a>": a link to another
    // story labelled so in its own parentheses, ending its paragraph (The Daily Caller).
    if (tagOf(child) === 'A' && RELATED_LINK.test((child.textContent ?? '').trim()) && children.slice(k + 1).every((c) => (c.textContent ?? '').trim() === '')) continue;
    const rest: DomNode = closing ? { nodeType: TEXT, nodeName: '#text', childNodes: [], textContent: (child.textContent ?? '').replace(/^\s*\]/, '') } : child;
    closing = false;
    inlineChild(rest, inLink, out, options, depth);
  }
}

/** A promo link's text in parentheses: "(RELATED: …)", "(READ MORE: …)", "(SEE ALSO: …)". */
const RELATED_LINK = /^\((?:related|read more|read also|see also|more|also read|watch)\s*:\s*\S[^()]*\)$/i;

/** The link at `k` stands alone in square brackets at the end of its paragraph: "[" ends the text before it, "]" is all that follows. */
function bracketedLink(children: DomNode[], k: number): boolean {
  const [before, link, after] = [children[k - 1], children[k]!, children[k + 1]];
  // (At the paragraph's end, a title of three words or more: not an editor's "[John Smith]" inside a quotation.)
  return tagOf(link) === 'A' && before?.nodeType === TEXT && after?.nodeType === TEXT && /\[\s*$/.test(before.textContent ?? '') && /^\s*\]\s*$/.test(after.textContent ?? '') && children.slice(k + 2).every((c) => (c.textContent ?? '').trim() === '') && (link.textContent ?? '').trim().split(/\s+/).length >= 3;
}

/**
 * A reference mark typed into the text after a stop or a comma: the Nutrition Source's "… a chronic
 * disease. [5]", "[1-3]", "[4,5]" (set as links or superscripts, they are markers: `marker`); not a
 * player's seed after a name, "Jannik Sinner [1] beat …", nor code's "arr[0]".
 */
const MARK = String.raw`\s*\[\d{1,3}(?:\s*[-–,]\s*\d{1,3}){0,6}\](?=\s|$|[.,;:)])`;
/** What a reference mark follows: a stop, a comma, a closing mark. */
const BEFORE_MARK = String.raw`[.!?,;:”")]`;
const CITATION_MARK = new RegExp(`(?<=${BEFORE_MARK})${MARK}`, 'gu');
const LEADING_CITATION_MARK = new RegExp(`^${MARK}`, 'u');
const ENDS_BEFORE_MARK = new RegExp(`${BEFORE_MARK}$`, 'u');

/** A text node's text without its reference marks, `before` the text written ahead of it (a mark may open the node: "<q>…patterns.</q> [4] A score …"). */
function withoutCitationMarks(text: string, before: string): string {
  const t = text.replace(CITATION_MARK, '');
  const lead = LEADING_CITATION_MARK.exec(t);
  return lead && ENDS_BEFORE_MARK.test(before) ? t.slice(lead[0].length) : t;
}

/**
 * A code block's text without the buttons a page sets in it: the Rust playground's "<pre><a
 * class="run">Run</a><code>…" read "Run#[no_mangle]".
 */
function programTextOf(pre: DomNode): string {
  return Array.from(pre.childNodes)
    .filter((c) => !(c.nodeType === ELEMENT && /^(?:A|BUTTON)$/.test(tagOf(c)) && CODE_BUTTON.test((c.textContent ?? '').trim())))
    .map(withLineBreaks)
    .join('');
}

/**
 * A node's text with each <br> a line break (a program's lines broken by them), and each paragraph
 * on lines of its own (the extractor turns a "<br><br>" into one). Read without recursion, as
 * flatText is: a page may nest thousands of elements.
 */
function withLineBreaks(node: DomNode): string {
  const parts: string[] = [];
  const stack: Array<DomNode | string> = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') parts.push(n);
    else if (n.nodeType !== ELEMENT) parts.push(n.textContent ?? '');
    else if (tagOf(n) === 'BR') parts.push('\n');
    else {
      const block = tagOf(n) === 'P' || tagOf(n) === 'DIV';
      if (block) stack.push('\n');
      const children = Array.from(n.childNodes);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      if (block) stack.push('\n');
    }
  }
  return parts.join('');
}

/** A setting's name in a component printed as text: an attribute, or an image's field. */
const SETTING_NAME = /^(?:class|href|rel|target|value|id|style|src|alt|image (?:alt|size|position|credit|caption|link))$/i;
/** How many settings make a box a component's, and the share of its boxes they are. */
const SETTINGS_MIN = 2;

/**
 * Whether a box holds a component's settings as text: at least SETTINGS_MIN of its boxes, and half
 * of them, are a name (SETTING_NAME) and a value, each a box of its own.
 */
function componentSettings(node: DomNode): boolean {
  const boxes = Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT);
  const settings = boxes.filter((c) => {
    const parts = Array.from(c.childNodes).filter((x) => x.nodeType === ELEMENT);
    return tagOf(c) === 'DIV' && parts.length === 2 && SETTING_NAME.test((parts[0]!.textContent ?? '').trim());
  }).length;
  return settings >= SETTINGS_MIN && settings * 2 >= boxes.length;
}

/** A code block's button: "Run", "Copy", "Copy code", "Edit", "Play", "Try it". */
const CODE_BUTTON = /^(?:run|copy(?: code)?|copied!?|edit|play|try it|open in playground)$/i;

/** Text added to a run: after a reference mark left out, a stop closes up to the word before it. */
function append(out: Inline, t: string): void {
  if (out.afterMark && /^[.,;:!?)]/.test(t)) out.text = out.text.replace(/[ \t]+$/, '');
  out.afterMark = false;
  out.text += t;
}

/** One child of an inline run, added to it. */
function inlineChild(child: DomNode, inLink: boolean, out: Inline, options: WalkOptions, depth: number): void {
  if (child.nodeType === TEXT) {
    const t = withoutCitationMarks(child.textContent ?? '', out.text);
    append(out, t);
    if (inLink) out.linked += t.trim().length;
  } else if (child.nodeType === ELEMENT) {
    const tag = tagOf(child);
    if (marker(child, tag)) {
      out.afterMark = true;
      return;
    }
    if (SKIP.has(tag) || (options.page && PAGE_FURNITURE.has(tag)) || inlineCaption(child)) return;
    if (tag === 'BR') out.text += '\n';
    else {
      // (An element HTML does not know is inline, as browsers show it: the Boston Herald's
      // "<person>Annie Lee Cooper</person>, a 54-year-old" keeps its comma against the name.)
      const apart = !INLINE.has(tag) && KNOWN_TAGS.has(tag);
      if (apart) out.text += ' ';
      inline(child, inLink || tag === 'A', out, options, depth + 1);
      if (apart) out.text += ' ';
    }
  }
}

/** The elements HTML defines that are not inline (INLINE): anything else a page invents ("<person>", "<location>") reads inline. */
const KNOWN_TAGS: ReadonlySet<string> = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER COL COLGROUP DD DETAILS DIALOG DIR DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
);

/**
 * A photo's caption or credit set inside a paragraph, beside its image, known by its class: Business Insider's
 * "<p><span><img><span class="source">Shamil Zhumatov/REUTERS</span><span class='caption'>A
 * Sukhoi Su-24 …</span></span>The UK may be forced …</p>" (it had run "REUTERSA Sukhoi …
 * rangeThe UK" into the lede).
 */
function inlineCaption(node: DomNode): boolean {
  // (The class first: most elements have none, and the image is looked for only beside a caption's.)
  const cls = markedAs(node);
  if (!CAPTION_CLASS.test(cls) && !CAMEL_CAPTION_CLASS.test(cls) && !CREDIT_SOURCE_CLASS.test(cls)) return false;
  const parent = node.parentNode;
  return !!parent && Array.from(parent.childNodes).some((c) => c.nodeType === ELEMENT && imageOnly(c));
}

/** A photo's credit box as Business Insider names it ("<span class="source">Shamil Zhumatov/REUTERS</span>"), beside its image only. */
const CREDIT_SOURCE_CLASS = /(?:^|[\s_-])source(?:$|[\s_-])/i;

/** Words from which a heading that repeats a picture's caption is that caption (LifeBuzz's "Exhausted Sylvie had been in the frigid water …"). */
const CAPTION_HEADING_MIN_WORDS = 6;
/** Words from which a subheading that ends a sentence is a paragraph of prose set in heading type (no headline of ours runs past 25). */
const PROSE_HEADING_MIN_WORDS = 30;

/** The longest run-in heading, in words, and the level it is written at (under the page's h2 sections). */
const RUN_IN_HEADING_MAX_WORDS = 16;
const RUN_IN_HEADING_LEVEL = 3;

/**
 * A paragraph that opens with a bold line and a line break ("<p><strong>Feb. 8: Montgomery 'most
 * likely' will sign by next week</strong><br>The free agent market …"): a live blog's entry
 * heading or a subheading run into its paragraph. Its heading and the rest, or null. The bold
 * line is no sentence (no closing stop or colon) and the rest is a paragraph of its own.
 */
function runInHeading(p: DomNode, options: WalkOptions): [string, Inline, string | null] | null {
  const all = Array.from(p.childNodes);
  const [bold, br] = all.filter((c) => c.nodeType === ELEMENT || (c.nodeType === TEXT && squashed(c.textContent ?? '') !== ''));
  if (!bold || !br || bold.nodeType !== ELEMENT || !/^(?:STRONG|B)$/.test(tagOf(bold)) || br.nodeType !== ELEMENT || tagOf(br) !== 'BR') return null;
  const head = squashed(inlineOf(bold, options).text);
  const words = head.split(' ').length;
  // (Not a byline, a dateline or an interview's label: "By Jane Roe", "LONDON (Reuters)", "Q".)
  if (!head || words > RUN_IN_HEADING_MAX_WORDS || /[.!?:…]["'”’)]*$/u.test(head) || /^by\s/i.test(head) || /^[\p{Lu}\s.,'’-]+\([^)]*\)\s*[-–—]?$/u.test(head) || head.length <= 2) return null;
  const after = all.slice(all.indexOf(br) + 1);
  // (A line in italics under the heading is the item's credit: the Guardian's "<em>Alex Foster
  // (Grove</em><em>)</em><br/>" between a book's title and its review.)
  const nextBreak = after.findIndex((c) => c.nodeType === ELEMENT && tagOf(c) === 'BR');
  const credit = nextBreak > 0 && after.slice(0, nextBreak).every((c) => (c.nodeType === TEXT && squashed(c.textContent ?? '') === '') || (c.nodeType === ELEMENT && /^(?:EM|I)$/.test(tagOf(c)))) ? squashed(inlineOfNodes(after.slice(0, nextBreak), options).text) : '';
  // (A credit names its publisher in brackets: "Alex Foster (Grove)"; an italic sub-deck, "Growth forecasts were raised sharply", stays the text's.)
  const creditLine = credit !== '' && credit.split(' ').length <= RUN_IN_CREDIT_MAX_WORDS && !endsSentence(credit) && /\([^)]+\)$/.test(credit);
  const rest = inlineOfNodes(creditLine ? after.slice(nextBreak + 1) : after, options);
  // (Nor one whose rest goes on with a word in lower case, not a brand's "iPhone": HRSA's stat box "<strong>1 in 4 adults</strong><br><strong>ages 20 to 64</strong><br>currently has cavities." is one sentence set in lines.)
  return endsSentence(rest.text.trim()) && !/^\p{Ll}+(?:\s|$)/u.test(rest.text.trim()) ? [head, rest, creditLine ? credit : null] : null;
}

/** Words an italic credit line under a run-in heading may have ("Jacek Dukaj, translated by Ursula Phillips (Head of Zeus)"). */
const RUN_IN_CREDIT_MAX_WORDS = 12;

/** Sibling nodes' visible text, read as one inline run. */
function inlineOfNodes(nodes: DomNode[], options: WalkOptions): Inline {
  const run: Inline = { text: '', linked: 0 };
  for (const c of nodes) inlineChild(c, false, run, options, 0);
  return run;
}

/**
 * A paragraph set wholly in bold, a few words that an ellipsis runs on into the next such
 * subheading: CNN's "<p><strong>Planes, trains ...</strong></p>" and, further down, "... and
 * automobiles". (A bold line that ends a sentence is no heading by its shape; this one is.)
 */
function ellipsisHeading(node: DomNode): boolean {
  const children = Array.from(node.childNodes);
  if (children.length === 0 || !children.every(allBold)) return false;
  const text = squashed(node.textContent ?? '');
  return /^(?:(?:\.{3}|…)\s*\S[^.!?]*|\S[^.!?]*?\s*(?:\.{3}|…))$/u.test(text) && text.split(' ').length <= ELLIPSIS_HEADING_MAX_WORDS;
}

const ELLIPSIS_HEADING_MAX_WORDS = 8;

/** An element set wholly in bold: <strong>, <b>, or a link or span whose text is all in them. */
function allBold(node: DomNode): boolean {
  if (node.nodeType === TEXT) return squashed(node.textContent ?? '') === '';
  if (node.nodeType !== ELEMENT) return true;
  if (/^(?:STRONG|B)$/.test(tagOf(node))) return true;
  return /^(?:A|SPAN|EM|I)$/.test(tagOf(node)) && squashed(node.textContent ?? '') !== '' && Array.from(node.childNodes).every(allBold);
}

/**
 * A paragraph that opens with a question in bold and a line break, the answer after it (New York
 * magazine's interviews: "<p><strong>We spoke almost a year ago … Do you think …?</strong><br>I was
 * joking around …</p>"): the question and the answer, each a paragraph of its own, or null.
 */
function runInQuestion(p: DomNode, options: WalkOptions): [string, Inline] | null {
  const all = Array.from(p.childNodes);
  const br = all.findIndex((c) => c.nodeType === ELEMENT && tagOf(c) === 'BR');
  if (br <= 0 || !all.slice(0, br).every(allBold)) return null;
  const asked = squashed(inlineOfNodes(all.slice(0, br), options).text);
  const rest = inlineOfNodes(all.slice(br + 1), options);
  return /\?["'”’)\]]*$/u.test(asked) && endsSentence(rest.text.trim()) ? [asked, rest] : null;
}

/** An element's visible text, read as one inline run. */
function inlineOf(node: DomNode, options: WalkOptions): Inline {
  const i: Inline = { text: '', linked: 0 };
  inline(node, false, i, options);
  i.text = withoutEmptyBrackets(i.text);
  return i;
}

/** Brackets that held only reference marks, left empty once the marks went: JMIR's "students [<a>1</a>-<a>3</a>]" read "students [-]" (a space before them: not code's "String[]"). */
const EMPTY_BRACKETS = /\s\[[\s,;–-]*\](?!\()/g;
const withoutEmptyBrackets = (text: string): string => (text.includes('[') ? text.replace(EMPTY_BRACKETS, '') : text);

/** Mostly links, short, and not written as a sentence: "Read: …", "Tags: …", a row of links. */
/** An aside in parentheses with this many words, and at most this share of its letters linked, is the article's. */
const PARENTHESIS_ASIDE_MIN_WORDS = 10;
const PARENTHESIS_ASIDE_MAX_LINKED = 0.75;

/** The largest linked share, and the fewest words, of a question the writer asks with a link in it. */
const OWN_QUESTION_LINKED = 0.6;
const OWN_QUESTION_MIN_WORDS = 4;

function linkList(i: Inline): boolean {
  const text = i.text.trim();
  const length = text.replace(/\s+/g, '').length;
  const words = text.split(/\s+/).length;
  if (length === 0 || i.linked / length < LINK_DENSITY || words > LINK_BLOCK_MAX_WORDS) return false;
  // "Kiran Desai, <a>The Loneliness of Sonia and Sunny</a><br/>Arundhati Roy, <a>Mother Mary …</a>":
  // lines that each name a writer before the linked title are the article's list of books.
  // (Not a source list's citations, each dated: "The New Yorker, <a>The alternative facts of RFK Jr.</a>, July 7, 2023".)
  if (i.linked < length && text.split('\n').filter((line) => line.trim() !== '').every((line) => CREDITED_TITLE.test(line.trim()) && !/,\s[^,]*\d\W*$/.test(line.trim()))) return false;
  // "<a>The Black Friday campaign</a> offers:": a line with words of its own besides the link, ending
  // on a colon, introduces what follows.
  if (/:\s*$/.test(text) && i.linked < length) return false;
  // "(The broader creator economy is a <a>$250 billion market headed toward $480 billion by 2027</a>,
  // according to Goldman Sachs)": an aside in parentheses, words of its own around its link.
  if (/^\(.*\)$/s.test(text) && words >= PARENTHESIS_ASIDE_MIN_WORDS && i.linked <= PARENTHESIS_ASIDE_MAX_LINKED * length) return false;
  // "Financial Times reported:" (the paper's name a link): a line that introduces a quotation is the article's.
  if (INTRODUCES_QUOTE.test(text)) return false;
  // "by <a>Kelly Phillips Badal</a>": the writer's line, the name a link to their site.
  if (/^by\s+\p{Lu}/iu.test(text) && words <= BYLINE_LINK_MAX_WORDS) return false;
  // "Product: Clinique Acne Solutions Powder Makeup" (the product a link): a field of the article's own.
  if (FIELD_LABEL.test(text)) return false;
  // (A question of the writer's with a link inside it, its own words nearly half of it: "So what does
  // <a>conversational AI</a> offers?".)
  if (/\?["'”’)]*$/u.test(text) && i.linked <= OWN_QUESTION_LINKED * length && words >= OWN_QUESTION_MIN_WORDS) return false;
  // A question that is all one link is another page's headline: YouBeauty's "Could Resveratrol Be the Secret to Clearer Skin?".
  if (i.linked >= length && /\?["'”’)]*$/u.test(text) && words <= LINKED_HEADLINE_MAX_WORDS) return true;
  // So is one link set in parentheses as a paragraph of its own, with a stop at most: National
  // Geographic's "(<a>Scientists identify one fitness habit that may matter most for longevity</a>.)".
  // (Not an aside of the writer's, however linked: a figure, a label's note or the story itself, "(The
  // city's traffic study found the bridge carries 40,000 cars a day.)", "(Disclosure: …)".)
  if (/^\(.*\)$/s.test(text) && i.linked >= length - PARENTHESISED_LINK_MARKS && words <= LINKED_HEADLINE_MAX_WORDS && !/\d|:|\bthis (?:story|article|piece)\b/i.test(text)) return true;
  // (Nor a sentence or two of prose with a link in them: Glamour's opening "Oh, RiRi. <a>You truly are an icon.</a>".)
  // (Nor a sentence that says where a thing is, an address its link's words: LMSYS's "The source
  // code is available at <a>https://github.com/…</a>." — not "Follow our coverage on <a>https://…</a>.")
  return !(/[.!?]["'”’)]*$/u.test(text) && (words >= 8 || (words >= 5 && /[.!?]["'”’)]*\s+\p{Lu}/u.test(text)) || /\b(?:is|are)\s+(?:now\s+)?(?:available|published|posted|hosted)\s+(?:at|on|from|via)\s+https?:\/\/\S+[.!]$/.test(text)));
}

/** The marks around a paragraph that is one link in parentheses: "(", a stop, ")". */
const PARENTHESISED_LINK_MARKS = 3;

/** The share of an item's letters a link may hold for the item to be a sentence of the article's own. */
const PROSE_ITEM_MAX_LINKED = 0.9;
/** The fewest words of such an item. */
const PROSE_ITEM_MIN_WORDS = 4;

/** A label a related link opens with: "Read more:", "See also:", "Related:". */
const LINK_LABEL = /^(?:(?:read|see|watch|listen|also|more|related|recommended|source|via|next|previous|up next)\b|[^:]*\b(?:reading|stories|articles|posts|links?)$)/i;
/** A label of the post's own data or of the site's accounts: "Author:", "Tags:", "Location:", "Twitter:". */
const DATA_LABEL = /^(?:authors?|by|written by|categor(?:y|ies)|tags?|topics?|filed under|posted in|section|location|date|published|updated|twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|pinterest|bluesky|mastodon|e-?mail|phone|share|follow(?: us)?)$/i;

/**
 * A list of facts, each item a label of its own and a linked value: a hotel brand's "Official
 * website: <a>Park Hyatt</a>", "Flagship hotel: <a>Park Hyatt New York</a>, USA" — the article's
 * text, however many links it holds (two thirds of the top items so, their labels not linked and
 * different, not a related link's "Read more:", nor a box of the post's data).
 */
function factItems(items: Inline[]): boolean {
  const top = items.filter((i) => !i.depth && i.text.trim() !== '');
  if (top.length < 2) return false;
  // (Not a box of the post's data or the site's accounts: "Author: <a>…</a>", "Tags: <a>…</a>", "Twitter: <a>@…</a>".)
  if (top.some((i) => DATA_LABEL.test(/^([^:\n]{1,40}):/u.exec(i.text.trim())?.[1]?.trim() ?? ''))) return false;
  const labels = top.flatMap((i) => {
    const text = i.text.trim();
    const label = /^([^:\n]{2,40}):\s+\S/u.exec(text)?.[1];
    return label !== undefined && !LINK_LABEL.test(label.trim()) && i.linked <= text.replace(/\s+/g, '').length - label.replace(/\s+/g, '').length ? [label.trim().toLowerCase()] : [];
  });
  return labels.length * 3 >= top.length * 2 && new Set(labels).size * 3 >= top.length * 2;
}

/**
 * A list whose items are all sentences, each with words besides its link ("<a>Biomedical
 * engineering</a> returned to No. 1."): the article's own list, whatever share of it is linked.
 */
function proseItems(items: Inline[]): boolean {
  return items.length > 0 && items.every((i) => {
    const text = i.text.trim();
    const length = text.replace(/\s+/g, '').length;
    return /[.!?]["'”’)]*$/u.test(text) && text.split(/\s+/).length >= PROSE_ITEM_MIN_WORDS && i.linked < length * PROSE_ITEM_MAX_LINKED;
  });
}

/** A link to a place on its own page: "#section-2", "…#anchor-086f57", or one the page scrolls to (class "scrollLink"); not "…/other-story#ref=rel". */
function ownAnchor(a: DomNode): boolean {
  const href = a.getAttribute?.('href') ?? '';
  return href.startsWith('#') || /#(?:anchor|section|heading|toc|h)[-_]?\w*$/i.test(href) || /(?:^|\s)\S*(?:scroll|anchor|jump)\S*(?:\s|$)/i.test(a.getAttribute?.('class') ?? '');
}

/**
 * A heading made of parts in elements of their own with no space between them (The Quietus's
 * "<a>Danny Brown</a><em>Stardust</em><span>Warp</span>": artist, record, label), which the
 * page's style sets apart: each part after the first that starts with a capital, the part before
 * it ending in a letter. Such a heading's copy with a space before those parts, or the heading.
 */
function spacedParts(heading: DomNode): DomNode {
  const glued = (leaves: DomNode[]): number[] =>
    leaves.flatMap((x, k) => (k > 0 && /^\p{Lu}/u.test(x.textContent ?? '') && /\p{L}$/u.test(leaves[k - 1]!.textContent ?? '') ? [k] : []));
  if (glued(textLeaves(heading)).length === 0) return heading;
  const copy = (heading as unknown as { cloneNode(deep: boolean): DomNode }).cloneNode(true);
  const leaves = textLeaves(copy);
  for (const k of glued(leaves)) (leaves[k] as unknown as { textContent: string }).textContent = ` ${leaves[k]!.textContent}`;
  return copy;
}

/** A node's text nodes that hold text, in order. */
function textLeaves(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  const visit = (n: DomNode): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === TEXT && (c.textContent ?? '') !== '') out.push(c);
      else if (c.nodeType === ELEMENT) visit(c);
    }
  };
  visit(node);
  return out;
}

/** A writer's name, a comma and a title: "Kiran Desai, The Loneliness of Sonia and Sunny". */
const CREDITED_TITLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+\S/u;

/** A field's label before a linked value: what a review or a listing gives, not a link to another page. */
const FIELD_LABEL = /^(?:product|brand|price|venue|address|location|website|designer|maker|manufacturer|publisher|developer|platform)\s*:\s*\S/i;

/** A class that marks a program's text: SyntaxHighlighter's "brush: php", "language-js", "prettyprint". */
const CODE_CLASS = /(?:^|[\s:;_-])(?:brush|code|lang|language|highlight|prettyprint|syntax|sourcecode|mermaid|plantuml|graphviz)(?:$|[\s:;_-])/i;
/** The marks programs are written with (not the brackets, dollars and colons prose has: "(NYSE: ACME) … $610 million"). */
const CODE_MARKS = /[{};=<>\[\]]/g;
/** The share of a <pre>'s characters that are such marks, from which it is a program's text. */
const CODE_MARK_SHARE = 0.03;

/**
 * Whether a <pre> holds a program's text (kept line by line as code, read for no sentences): its
 * class or its box's (Pygments' "<div class="highlight"><pre>" around two shell commands) or a
 * <code> inside says so (or a diagram's source: "<pre class="mermaid">flowchart TB …"), or its
 * lines are dense with a program's marks. A <pre> of verse or of a letter stays a paragraph.
 */
function programText(pre: DomNode): boolean {
  if (CODE_CLASS.test(pre.getAttribute?.('class') ?? '') || CODE_CLASS.test(pre.parentNode?.getAttribute?.('class') ?? '') || descendants(pre, CODE_ELEMENTS, 1).length > 0) return true;
  const text = pre.textContent ?? '';
  // (Its lines may be broken by <br>, XDA's script: "#!/usr/bin/env python3<br><br>import subprocess<br>…".)
  if ((text.includes('\n') || descendants(pre, LINE_BREAKS, 1).length > 0) && (text.match(CODE_MARKS) ?? []).length >= CODE_MARK_SHARE * text.length) return true;
  // Or a run of shell commands, few of whose characters are a program's marks: jefftk's
  // "rsync -t -l -r -c ps:jtk/ www-jefftk-com/ --delete-after" lines (half its lines or more a
  // command in lower case with an option).
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 2 && lines.filter((l) => SHELL_LINE.test(l)).length * 2 >= lines.length;
}

/** A shell command's line: an optional prompt, a command in lower case, then an option ("-t", "--delete-after"). */
const SHELL_LINE = /^\s*(?:[$#>]\s+)?[a-z][\w.-]*\s+(?:\S+\s+){0,6}?--?[A-Za-z]/;

const CODE_ELEMENTS: ReadonlySet<string> = new Set(['CODE']);
const LINE_BREAKS: ReadonlySet<string> = new Set(['BR', 'P', 'DIV']);

/** A line that ends by introducing what a source said. */
const INTRODUCES_QUOTE = /\b(?:reported|reports|said|says|wrote|writes|tweeted|posted|added|noted|explained|stated|announced|told \w+)\s*:$/i;

/**
 * Walks a DOM subtree and writes its blocks: headings keep their level, lists stay lists (nested
 * ones flattened), block quotes become quote blocks, and runs of inline text inside containers
 * become paragraphs. Photo captions and figures are skipped; elements whose class marks them as
 * share bars, related links or promos, and short blocks that are mostly links, are written but
 * marked to be dropped, so the brief reports them with their offsets.
 */
export function walk(root: DomNode, out: TextBuilder, options: WalkOptions, quote = false, depth = 0): void {
  if (depth > MAX_WALK_DEPTH) {
    out.block(quote ? 'quote' : 'paragraph', flatText(root));
    return;
  }
  let run: Inline = { text: '', linked: 0 };
  // (Whether the run is a paragraph the extractor split around a link, opened and not yet closed.)
  let opened = false;
  const flush = (): void => {
    // (A loose run of text that is a caption read before extraction, as a paragraph's would be.)
    if (run.text.trim()) out.block(quote ? 'quote' : 'paragraph', run.text, 0, true, options.captions?.has(squashed(run.text)) ? 'caption' : linkList(run) ? 'related-links' : undefined);
    run = { text: '', linked: 0 };
    opened = false;
  };
  const children = Array.from(root.childNodes);
  for (const [at, child] of children.entries()) {
    if (child.nodeType === TEXT) {
      append(run, child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const tag = tagOf(child);
    // A figure that holds a post the writer embeds (WordPress's "<figure class="wp-block-embed-twitter">
    // <blockquote class="twitter-tweet">…") is that post, quoted: its figure is no picture.
    // So is a figure that holds a table (WordPress's "<figure class="wp-block-table"><table>…"): a
    // ranking's or a comparison's data, not a picture.
    if (tag === 'FIGURE' && (descendants(child, BLOCKQUOTES).some((b) => EMBEDDED_POST_CLASS.test(b.getAttribute?.('class') ?? '')) || descendants(child, TABLES, 1).length > 0)) {
      flush();
      walk(child, out, options, quote, depth + 1);
      continue;
    }
    if (SKIP.has(tag) || (options.page && PAGE_FURNITURE.has(tag))) continue;
    // A component's settings printed as text, a name and a value in a box each: REVOLT's
    // "class / btn-primary / value / Get Tickets / href / … / target / _blank", "Image Size /
    // landscape-medium": page chrome, reported as such.
    if (tag === 'DIV' && componentSettings(child)) {
      flush();
      out.block('paragraph', flatText(child), 0, true, 'chrome');
      continue;
    }
    // A paragraph or an inline element that holds paragraphs is a container: Reuters' <span
    // id="articleText"><p>…</p><p>…</p></span>, which the extractor wraps in a <p>, had been one paragraph.
    // (Not a link: one around blocks is a teaser's or a product's card, read as one line of links.)
    if ((tag === 'P' || (INLINE.has(tag) && tag !== 'A')) && holdsParagraphs(child) && !junk(child)) {
      flush();
      walk(child, out, options, quote, depth + 1);
      continue;
    }
    // The extractor splits a paragraph around an inline link ("<p>The </p><a>report</a><p> by
    // …</p>", the link sometimes in a <p> of its own): an unfinished piece before the link, the
    // link, and a lower-case piece after it are one paragraph.
    if (tag === 'P' && !quote) {
      const i = inlineOf(child, options);
      const nextAt = nextElement(children, at);
      const next = nextAt === -1 ? null : children[nextAt]!;
      const afterAt = nextAt === -1 ? -1 : nextElement(children, nextAt);
      const after = afterAt === -1 ? null : children[afterAt]!;
      const unfinished = (t: string): boolean => t.trim() !== '' && !endsSentence(t) && !/[:：]\s*$/u.test(t);
      const lower = (t: string): boolean => /^\s*[\p{Ll},;)\-–—]/u.test(t);
      // (What goes on after the link may open with a figure: "We [analyzed] 75+ long-distance movers".)
      const figureAfter = (t: string): boolean => /^\s+\p{N}/u.test(t);
      const opens = run.text.trim() === '' && unfinished(i.text) && next !== null && linkOnly(next) && after !== null && tagOf(after) === 'P' && (lower(inlineOf(after, options).text) || figureAfter(inlineOf(after, options).text));
      const link = unfinished(run.text) && linkOnly(child);
      const closes: boolean = !link && unfinished(run.text) && (lower(i.text) || (opened && figureAfter(i.text)));
      if (opens || link || closes) {
        run.text += i.text;
        run.linked += i.linked;
        // (A paragraph that closes is flushed, which clears the flag.)
        if (opens) opened = true;
        if (closes) flush();
        continue;
      }
    }
    // A heading wrapped in a link to its own place on the page (NBC's "<a href="…#anchor-086f57"><h2>How I
    // picked …</h2></a>") is the article's heading, no link to other reading.
    if (tag === 'A' && ownAnchor(child) && Array.from(child.childNodes).some((c) => /^H[1-6]$/.test(tagOf(c)))) {
      flush();
      walk(child, out, options, quote, depth + 1);
      continue;
    }
    if (INLINE.has(tag) || tag === 'BR') {
      if (marker(child, tag)) {
        run.afterMark = true;
        continue;
      }
      if (tag === 'BR') run.text += '\n';
      else inline(child, tag === 'A', run, options);
      continue;
    }
    flush();
    const marked = junk(child) ? 'chrome' : undefined;
    const runIn = tag === 'P' && !marked && !quote ? runInHeading(child, options) : null;
    const asked = tag === 'P' && !marked && !quote && !runIn ? runInQuestion(child, options) : null;
    const table = tag === 'TABLE' && !marked ? dataTable(child, options) : null;
    if (/^H[1-6]$/.test(tag)) {
      const i = inlineOf(spacedParts(child), options);
      // A subheading that is a whole paragraph of prose is one: Scottish Construction Now sets its
      // lede in "<h3><p>New research from … shows … in time for Christmas.</p></h3>".
      const prose = tag !== 'H1' && wordCount(i.text) >= PROSE_HEADING_MIN_WORDS && endsSentence(i.text);
      // (A heading the page's markup shows is a picture's caption is one: LifeBuzz's <h3> over each photo.)
      if (prose) out.block('paragraph', i.text, 0, true, marked);
      // (Not a short one, a name: PCMag's "<h2>Logitech Lift</h2>" over each review is also a
      // comparison widget's label beside the product's photo.)
      else out.block('heading', i.text, Number(tag[1]), true, marked ?? (options.captions?.has(squashed(i.text)) && wordCount(i.text) >= CAPTION_HEADING_MIN_WORDS ? 'caption' : undefined));
    } else if (asked) {
      out.block('paragraph', asked[0], 0, true);
      out.block('paragraph', asked[1].text, 0, true);
    } else if (runIn) {
      out.block('heading', runIn[0], RUN_IN_HEADING_LEVEL);
      // (The credit line is the item's own: "Alex Foster (Grove)" names the book's writer, kept as text.)
      if (runIn[2]) out.block('paragraph', runIn[2], 0, true);
      out.block('paragraph', runIn[1].text, 0, true, linkList(runIn[1]) ? 'related-links' : undefined);
    } else if (tag === 'P' && !quote && ellipsisHeading(child)) {
      out.block('heading', inlineOf(child, options).text, RUN_IN_HEADING_LEVEL);
    } else if (tag === 'PRE' && !marked && programText(child)) {
      out.code(programTextOf(child));
    } else if (tag === 'P' || tag === 'PRE' || tag === 'ADDRESS' || tag === 'DT' || tag === 'DD') {
      const i = inlineOf(child, options);
      const caption = options.captions?.has(squashed(i.text)) ? 'caption' : undefined;
      const fields = marked || caption || quote ? null : fieldLines(i.text);
      const bullets = marked || caption || quote || fields ? null : bulletLines(i.text);
      if (fields) for (const line of fields) out.block('paragraph', line, 0, true);
      else if (bullets) {
        for (const line of bullets.lead) out.block('paragraph', line, 0, true);
        out.list(bullets.items, false, 1);
      }
      else out.block(quote ? 'quote' : 'paragraph', i.text, 0, true, marked ?? caption ?? (linkList(i) ? 'related-links' : undefined), tag === 'P' && Array.from(child.childNodes).some((c) => c.nodeType === ELEMENT && tagOf(c) !== 'BR') && Array.from(child.childNodes).every((c) => tagOf(c) === 'BR' || allBold(c)));
    } else if ((tag === 'UL' || tag === 'OL') && sectionedList(child)) {
      // A list whose items are sections, a heading and paragraphs each (Smart Bitches' book
      // roundup: "<li><h4>A Far Better Thing</h4>…<p>…</p><p>…</p></li>"), is read as sections.
      for (const li of Array.from(child.childNodes)) if (li.nodeType === ELEMENT) walk(li, out, options, quote, depth + 1);
    } else if (tag === 'UL' || tag === 'OL') {
      const items: Inline[] = [];
      listItems(child, items, options);
      // (Without a bullet glyph a bulleted list's item repeats in a span of its own: Automateed's "<li><span>•</span><span>Choosing the right microphone …</span></li>".)
      // (A glyph apart from the words, not one of a rating's "●●●●○".)
      const texts = items.map((i) => (tag === 'UL' ? i.text.replace(/^(\s*)[•·▪‣◦●■]\s+/u, '$1') : i.text));
      const linked = items.reduce((n, i) => n + i.linked, 0);
      const length = texts.join('').replace(/\s+/g, '').length;
      // (Nor a list whose items are half or more without a link: Eurogamer's specs over one "Buy: <a>…</a>" item.)
      const unlinked = items.filter((x) => x.linked === 0 && x.text.trim() !== '').length;
      const links = length > 0 && linked / length >= LINK_DENSITY && !proseItems(items) && unlinked * 2 < items.length && !factItems(items);
      // (An ordered list that goes on another's count: the Southerner's "<ol start="2">" under step 1;
      // or a countdown, "<ol reversed>", from its start or its number of items down; or one whose
      // first item sets its number, GuideStar's "<ol><li value="2">" after step 1 and a list between.)
      const firstItem = tag === 'OL' ? Array.from(child.childNodes).find((c) => c.nodeType === ELEMENT && tagOf(c) === 'LI') : undefined;
      const first = tag === 'OL' ? Number.parseInt(child.getAttribute?.('start') ?? firstItem?.getAttribute?.('value') ?? '', 10) : NaN;
      const reversed = tag === 'OL' && (child.getAttribute?.('reversed') ?? null) !== null;
      const top = items.filter((i) => !i.depth && i.text.trim() !== '').length;
      const start = Number.isInteger(first) && first >= 0 && first < 10000 ? first : reversed ? top : 1;
      out.list(texts, tag === 'OL', start, marked ?? (links ? 'related-links' : undefined), items.map((i) => i.depth ?? 0), reversed ? -1 : 1);
    } else if (table) {
      const caption = Array.from(child.childNodes).find((c) => c.nodeType === ELEMENT && tagOf(c) === 'CAPTION');
      if (caption) out.block('paragraph', inlineOf(caption, options).text);
      out.table(table);
    } else if (tag === 'BLOCKQUOTE') {
      // A pull quote the page's class marks that rewords a paragraph (REWORDED_PULL_QUOTE): a repeat, left out.
      if (!marked && (child.getAttribute?.('class') ?? '').split(/\s+/).includes(REWORDED_PULL_QUOTE)) {
        out.block('quote', inlineOf(child, options).text, 0, true, 'repeated-paragraph');
      } else if (marked) {
        out.block('quote', inlineOf(child, options).text, 0, true, marked);
      } else walk(child, out, options, true, depth + 1);
    } else if (marked) {
      const i = inlineOf(child, options);
      out.block('paragraph', i.text, 0, true, marked);
    } else {
      walk(child, out, options, quote, depth + 1);
    }
  }
  flush();
}

/** A line that opens on a short label and a colon: "Crew Chief: Robert “Bootie” Barker", "Final 2023 Ranking: 10th". */
const FIELD_LINE = /^[\p{Lu}\d][^:.!?,\n]{0,40}:\s+\S/u;

/**
 * A paragraph of such lines set apart by <br> (a driver's season box): its lines, each a block of
 * its own, or null. Run together they read as one sentence ("… Toyota Crew Chief: Robert Barker
 * Final 2023 Ranking: 10th").
 */
function fieldLines(text: string): string[] | null {
  const lines = text.split('\n').map(squashed).filter((x) => x !== '');
  if (lines.length >= 2 && lines.every((l) => FIELD_LINE.test(l))) return lines;
  // …or two or more a writer's name and a work open each ("Kiran Desai, The Loneliness of Sonia and
  // Sunny<br>Arundhati Roy, Mother Mary Comes to Me"): a list of books, one a line.
  if (lines.length >= 2 && lines.every((l) => CREDITED_TITLE.test(l) && l.split(' ').length <= CREDITED_LINE_MAX_WORDS)) return lines;
  // …or three or more short lines a break sets apart, none a sentence: the options of a list
  // typed with <br> ("Free shipping if they spend $50 or more<br>10% off sales of $100 or more<br>…").
  // (Lines of two words or more, with no address in them, in a script that spaces its words: not
  // prose wrapped at its clauses' commas, "、" included, nor a row of tags or of links.)
  const listed = (l: string): boolean => {
    const n = l.split(' ').length;
    // (Each opening as an item does, not a sentence wrapped mid-clause: "a new library in the north".)
    return n >= 2 && n <= BROKEN_LINE_MAX_WORDS && !CONTINUATION_OPENING.test(l) && !/[.!?:;,、，。]["”’)]?$/u.test(l) && !/https?:\/\/|www\./i.test(l) && !/[\u3040-\u30ff\u3400-\u9fff\u0600-\u06ff]/u.test(l);
  };
  return lines.length >= BROKEN_LIST_MIN_LINES && lines.every(listed) ? lines : null;
}

/** A bullet glyph a line typed as a list item opens with ("•\tThere are no walk-ins allowed"). */
const BULLET_LINE = /^[•·▪‣◦●■]\s*/u;

/**
 * A paragraph whose lines, set apart by <br>, are items typed with a bullet glyph, after at most
 * a line or two that introduce them (Syracuse.com's "Here's an update from the OHA :<br>• …<br>•
 * …"): the lines before and the items without their glyphs, or null. Run together they read as one
 * sentence, the glyphs in it.
 */
function bulletLines(text: string): { lead: string[]; items: string[] } | null {
  const lines = text.split('\n').map(squashed).filter((x) => x !== '');
  const first = lines.findIndex((l) => BULLET_LINE.test(l));
  if (first === -1 || first > 2 || lines.length - first < 2 || !lines.slice(first).every((l) => BULLET_LINE.test(l))) return null;
  return { lead: lines.slice(0, first), items: lines.slice(first).map((l) => l.replace(BULLET_LINE, '')) };
}

/** A line that goes on with the one before it: a sentence wrapped mid-clause ("a new library in the north", "and a pool in the south", "to open in 2016"). */
const CONTINUATION_OPENING = /^(?:a|an|the|and|or|but|nor|to|of|in|on|at|for|with|by|from|as|that|which|who|whose|where|when|while|than|into|onto|over|under|after|before|its|his|her|their|our|this|these|those)\s/;

/** How many lines, and how long at most, make a paragraph of broken lines a list of options. */
const BROKEN_LIST_MIN_LINES = 3;
/** The most words of a line that credits a work to its writer. */
const CREDITED_LINE_MAX_WORDS = 16;
const BROKEN_LINE_MAX_WORDS = 12;

/** A data table's cells are short: a layout table holds paragraphs (or other tables) in its cells. */
const TABLE_CELL_MAX_WORDS = 80;
const TABLE_MEAN_CELL_MAX_WORDS = 20;

/**
 * The rows of a data table (results, stats, schedules) as cell texts, or null for a layout table,
 * which is walked like any container. A data table has at least two rows, some row with two
 * cells, short cells and no table inside it.
 */
function dataTable(table: DomNode, options: WalkOptions): string[][] | null {
  const rows: string[][] = [];
  let headerOnly = true;
  const visit = (node: DomNode): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== ELEMENT) continue;
      const tag = tagOf(child);
      if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
        if (!visit(child)) return false;
      } else if (tag === 'TR') {
        const cells: string[] = [];
        for (const cell of Array.from(child.childNodes)) {
          if (cell.nodeType !== ELEMENT || (tagOf(cell) !== 'TD' && tagOf(cell) !== 'TH')) continue;
          if (descendants(cell, TABLES, 1).length > 0) return false;
          // (A row of links is a menu, no headings: "<th><a>News</a></th><th><a>Politics</a></th>".)
          if (tagOf(cell) === 'TD' || descendants(cell, LINKS, 1).length > 0) headerOnly = false;
          cells.push(inlineOf(cell, options).text);
        }
        rows.push(cells);
      }
    }
    return true;
  };
  // (A table of one row of column headings is one too: Car Talk's tables whose rows a script fills in.)
  if (!visit(table) || rows.length === 0 || (rows.length < 2 && !headerOnly) || !rows.some((r) => r.length >= 2)) return null;
  const words = rows.flat().map((c) => c.trim().split(/\s+/).filter(Boolean).length).filter((n) => n > 0);
  if (words.length === 0 || Math.max(...words) > TABLE_CELL_MAX_WORDS) return null;
  return words.reduce((a, b) => a + b, 0) / words.length <= TABLE_MEAN_CELL_MAX_WORDS ? rows : null;
}

const PARAGRAPHS: ReadonlySet<string> = new Set(['P']);
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LINKS: ReadonlySet<string> = new Set(['A']);

/** Whether a list's items are sections: each item holding a heading and a paragraph. */
function sectionedList(list: DomNode): boolean {
  const items = Array.from(list.childNodes).filter((li) => li.nodeType === ELEMENT && tagOf(li) === 'LI');
  return items.length > 0 && items.every((li) => descendants(li, HEADINGS, 1).length > 0 && descendants(li, PARAGRAPHS, 1).length > 0);
}
const TABLES: ReadonlySet<string> = new Set(['TABLE']);

/** A paragraph or an inline element holding this many paragraphs is a container (a tooltip's one card inside a sentence is not). */
const CONTAINER_MIN_PARAGRAPHS = 2;

/** Whether an element holds paragraphs (CONTAINER_MIN_PARAGRAPHS) or a heading: The Verge's "<span><span> / </span><h2>The tech giant plans …</h2></span>" dek. */
function holdsParagraphs(node: DomNode): boolean {
  const found = descendants(node, PARAGRAPH_OR_HEADING);
  return found.some((n) => tagOf(n) !== 'P') || found.length >= CONTAINER_MIN_PARAGRAPHS;
}
const PARAGRAPH_OR_HEADING: ReadonlySet<string> = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const BLOCKQUOTES: ReadonlySet<string> = new Set(['BLOCKQUOTE']);
/** The classes a social network's embed code gives the <blockquote> of the post it writes into a page. */
export const EMBEDDED_POST_CLASSES: readonly string[] = ['twitter-tweet', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'threads-embed'];
const EMBEDDED_POST_CLASS = new RegExp(`(?:^|\\s)(?:${EMBEDDED_POST_CLASSES.join('|')})(?:\\s|$)`);

/** The elements inside a node whose tag is one of `tags`, at most `limit` of them (one stack walk: a page can nest deep). */
function descendants(node: DomNode, tags: ReadonlySet<string>, limit = Infinity): DomNode[] {
  const out: DomNode[] = [];
  const stack = Array.from(node.childNodes);
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!;
    if (n.nodeType !== ELEMENT) continue;
    if (tags.has(tagOf(n))) out.push(n);
    stack.push(...Array.from(n.childNodes));
  }
  return out;
}

/**
 * A list's items: its <li> children, and those a page wraps in boxes of its own inside the list
 * (AAA's "<ul><div class="Spacing…"><li>…</li></div>…", which HTML does not allow but browsers
 * show), not an item of a list nested in such a box.
 */
function itemsOf(list: DomNode): DomNode[] {
  const out: DomNode[] = [];
  const stack = Array.from(list.childNodes).reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType !== ELEMENT) continue;
    const tag = tagOf(n);
    if (tag === 'LI') out.push(n);
    // (The extractor turns such a box into a <p>.)
    else if (tag === 'DIV' || tag === 'SPAN' || tag === 'P') stack.push(...Array.from(n.childNodes).reverse());
  }
  return out;
}

/** Inline elements that may carry on the word before them. */
const INLINE_WORD_TAGS: ReadonlySet<string> = new Set(['SPAN', 'EM', 'I', 'B', 'STRONG', 'U', 'FONT', 'MARK', 'SMALL']);

function listItems(list: DomNode, into: Inline[], options: WalkOptions, depth = 0): void {
  for (const li of itemsOf(list)) {
    const own: Inline = { text: '', linked: 0, ...(depth > 0 ? { depth } : {}) };
    const nested: DomNode[] = [];
    const kids = Array.from(li.childNodes);
    for (const [k, c] of kids.entries()) {
      if (c.nodeType === ELEMENT && (tagOf(c) === 'UL' || tagOf(c) === 'OL')) nested.push(c);
      else if (c.nodeType === TEXT) append(own, withoutCitationMarks(c.textContent ?? '', own.text));
      else if (c.nodeType === ELEMENT && marker(c, tagOf(c))) own.afterMark = true;
      else if (c.nodeType === ELEMENT && !SKIP.has(tagOf(c))) {
        // (Set apart from the text before it, as a page's style often lays such boxes out, but not after an
        // opening bracket or a slash: "(<strong>SQL</strong>, Python)", "(Men’s/<a>Women’s</a>)"; nor a
        // subscript or superscript of figures, part of its word: "CO<sub>2</sub>", "m<sup>2</sup>" — a
        // party's "<sup>R</sup>" after a name stays apart.)
        const figure = (tagOf(c) === 'SUB' || tagOf(c) === 'SUP') && /^[\d+\-−–.,]+$/.test((c.textContent ?? '').trim());
        // (Nor the rest of a word an inline element carries on, in lower case: SewCanShe's
        // "T<span>en automatic one-step buttonhole designs</span>", "stitch<span>es</span>".)
        // (Only after bare text: "<span>Range</span><span>up to 300 km</span>", a label and its value, stay apart.)
        const previous = kids[k - 1];
        const wordGoesOn = INLINE_WORD_TAGS.has(tagOf(c)) && previous?.nodeType === TEXT && /\p{L}$/u.test(previous.textContent ?? '') && /\p{L}$/u.test(own.text) && /^\p{Ll}/u.test(c.textContent ?? '');
        if (!/[(\[“‘/]$/u.test(own.text) && !figure && !wordGoesOn) own.text += ' ';
        inline(c, tagOf(c) === 'A', own, options);
      }
    }
    own.text = withoutEmptyBrackets(own.text);
    into.push(own);
    // (An item that holds only a list does not count as a level: its list's items are its siblings' peers.)
    for (const n of nested) listItems(n, into, options, own.text.trim() === '' ? depth : Math.min(depth + 1, MAX_LIST_DEPTH));
  }
}
