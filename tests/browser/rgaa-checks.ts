// The RGAA checks that axe-core cannot make (issue 15), as reusable functions over one "screen":
// the document (a Page, or the Frame of an iframe) and the locator of the widget's root in it
// (`.pi-app`, a <problemes-imaginaires> element whose open shadow root is searched, or `body`).
//   - expectReflow          10.11: no horizontal scrolling, no text outside the viewport or clipped;
//   - expectTextSpacing     10.12: with WCAG 1.4.12's spacing injected, no text overlaps or is clipped;
//   - expectForcedColours   forced colours (emulated through CDP): controls, the step bar, chart
//                           bars and bands are still drawn (see forcedColours());
//   - expectFocusVisible    10.7: every tab stop changes visibly when it receives focus;
//   - expectLanguageOfParts 8.7: no English passage without lang="en" in a French page, and the reverse.
// Screenshots are compared pixel by pixel with the small PNG reader below (Node's zlib only).
import { expect, type CDPSession, type Frame, type Locator, type Page } from "@playwright/test";
import { inflateSync } from "node:zlib";

export interface Screen {
  /** Named in failure messages: "page, step 2 (fr)". */
  name: string;
  page: Page;
  /** Where the widget's document is: the page itself, or an iframe's frame. */
  doc: Page | Frame;
  /** A CSS selector of the widget's root in `doc` (an element with an open shadow root is entered). */
  root: string;
}

// ---------------------------------------------------------------------------------------------
// PNG reading (8-bit RGB or RGBA, not interlaced: what Chromium's screenshots are).

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

export function readPng(png: Buffer): Pixels {
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error("only 8-bit, non-interlaced PNG is read");
      colourType = body[9];
    } else if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (!channels) throw new Error(`PNG colour type ${colourType} is not read`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      rows[y * stride + x] = value & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) data[i * 4 + c] = rows[i * channels + c];
    data[i * 4 + 3] = channels === 4 ? rows[i * channels + 3] : 255;
  }
  return { width, height, data };
}

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colours of an image, most frequent first. */
function palette(image: Pixels): { colour: Rgb; count: number }[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => ({ colour: [key >> 16, (key >> 8) & 0xff, key & 0xff] as Rgb, count }));
}

/** How many pixels differ between two images of the same clip. */
function differingPixels(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.width * a.height, b.width * b.height);
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) differ++;
  }
  return differ;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A screenshot of `box` grown by `pad` CSS px, kept inside the viewport. */
async function shoot(page: Page, box: Box, pad = 0): Promise<Pixels> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const x = Math.max(0, Math.floor(box.x - pad));
  const y = Math.max(0, Math.floor(box.y - pad));
  const right = Math.min(viewport.width, Math.ceil(box.x + box.width + pad));
  const bottom = Math.min(viewport.height, Math.ceil(box.y + box.height + pad));
  return readPng(await page.screenshot({ clip: { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) }, animations: "disabled", caret: "hide" }));
}

/**
 * A screenshot of what `target` paints, scrolled into view first; null when it paints nothing
 * inside the viewport (an off-screen skip link, an empty bar).
 */
async function shootElement(page: Page, target: Locator, pad = 0): Promise<Pixels | null> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  if (!box || box.width < 1 || box.height < 1) return null;
  if (box.x + box.width <= 0 || box.y + box.height <= 0 || box.x >= viewport.width || box.y >= viewport.height) return null;
  return shoot(page, box, pad);
}

/** The part of a full-page image under `box` (CSS px of the page, device scale 1). */
function crop(image: Pixels, box: Box): Pixels | null {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const right = Math.min(image.width, Math.ceil(box.x + box.width));
  const bottom = Math.min(image.height, Math.ceil(box.y + box.height));
  if (right - x < 1 || bottom - y < 1) return null;
  const data = new Uint8Array((right - x) * (bottom - y) * 4);
  for (let row = y; row < bottom; row++) {
    data.set(image.data.subarray((row * image.width + x) * 4, (row * image.width + right) * 4), (row - y) * (right - x) * 4);
  }
  return { width: right - x, height: bottom - y, data };
}

/** The page's background colour, as painted (a corner of the viewport). */
async function pageBackground(page: Page): Promise<Rgb> {
  const corner = readPng(await page.screenshot({ clip: { x: 0, y: 0, width: 1, height: 1 } }));
  return [corner.data[0], corner.data[1], corner.data[2]];
}

// ---------------------------------------------------------------------------------------------
// In-page geometry: every rendered text run of the widget (through open shadow roots), and what
// clips it. Runs inside the document with evaluate(); no reference to this module's scope.

interface TextRun {
  text: string;
  /** Index of the text node, to tell runs of one node from runs of two. */
  node: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Why it cannot be read, if it cannot: clipped by an ancestor, or outside the viewport. */
  cut: string | null;
  /** The effective language (closest lang attribute, through shadow hosts). */
  lang: string;
}

function textRuns(rootSelector: string): TextRun[] {
  const root = document.querySelector(rootSelector);
  if (!root) throw new Error(`no ${rootSelector} in the document`);
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TITLE", "DESC", "OPTION", "TEXTAREA", "title", "desc"]);
  const parentOf = (node: Node): Element | null =>
    node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  const langOf = (element: Element | null): string => {
    for (let at = element; at; at = parentOf(at)) {
      const lang = at.getAttribute("lang");
      if (lang) return lang.toLowerCase().split("-")[0];
    }
    return document.documentElement.lang.toLowerCase().split("-")[0];
  };
  const visuallyHidden = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = parentOf(at)) {
      if (at.classList.contains("visually-hidden") || at.classList.contains("skip-link")) return true;
    }
    return false;
  };
  const runs: TextRun[] = [];
  let nodeIndex = 0;
  const visit = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (SKIP.has(element.tagName)) return;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      const parent = parentOf(node);
      if (!text || !parent || visuallyHidden(parent)) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const index = nodeIndex++;
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 1 || rect.height < 1) continue;
        let cut: string | null = null;
        // Text inside a scrolling box (a wide table in its own scroller) is reached by scrolling
        // that box: the box is checked, not the text (WCAG 1.4.10's exception for data tables).
        let scroller = false;
        for (let at: Element | null = parent; at && !cut && !scroller; at = parentOf(at)) {
          if (at === document.documentElement || at === document.body) break;
          const style = getComputedStyle(at);
          if (["auto", "scroll"].includes(style.overflowX)) {
            scroller = true;
            break;
          }
          const clipsX = style.overflowX === "hidden" || style.overflowX === "clip";
          const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
          if (!clipsX && !clipsY) continue;
          const box = at.getBoundingClientRect();
          if ((clipsX && (rect.left < box.left - 1 || rect.right > box.right + 1))
            || (clipsY && (rect.top < box.top - 1 || rect.bottom > box.bottom + 1))) {
            cut = `clipped by <${at.tagName.toLowerCase()} class="${at.getAttribute("class") ?? ""}">`;
          }
          if (style.textOverflow === "ellipsis" && at.scrollWidth > at.clientWidth + 1) cut = "cut with an ellipsis";
        }
        if (!cut && !scroller && (rect.right > innerWidth + 1 || rect.left < -1)) {
          cut = `outside the viewport (x ${Math.round(rect.left)}–${Math.round(rect.right)}, width ${innerWidth})`;
        }
        runs.push({ text: text.slice(0, 300), node: index, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, cut, lang: langOf(parent) });
      }
      return;
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return runs;
}

async function runsOf(screen: Screen): Promise<TextRun[]> {
  return screen.doc.evaluate(textRuns, screen.root);
}

// ---------------------------------------------------------------------------------------------
// 10.11 Reflow.

/** No horizontal scrolling of the document, and no text run outside the viewport or clipped. */
export async function expectReflow(screen: Screen): Promise<void> {
  const widths = await screen.doc.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: innerWidth }));
  expect(widths.scroll, `${screen.name}: document width at a ${widths.view} px wide viewport`).toBeLessThanOrEqual(widths.view);
  const runs = await runsOf(screen);
  expect(runs.length, `${screen.name}: text found`).toBeGreaterThan(0);
  const cut = runs.filter((run) => run.cut).map((run) => `"${run.text.slice(0, 60)}": ${run.cut}`);
  expect(cut, `${screen.name}: text cut off at a ${widths.view} px wide viewport`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// 10.12 Text spacing.

/** WCAG 1.4.12's values, as a user stylesheet would set them. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Adds TEXT_SPACING_CSS to the document and to every open shadow root in it. */
export async function injectTextSpacing(doc: Page | Frame): Promise<void> {
  await doc.evaluate((css) => {
    const add = (root: Document | ShadowRoot) => {
      const style = document.createElement("style");
      style.dataset.rgaaTextSpacing = "";
      style.textContent = css;
      (root instanceof Document ? root.head : root).append(style);
      for (const element of Array.from(root.querySelectorAll("*"))) if (element.shadowRoot) add(element.shadowRoot);
    };
    add(document);
  }, TEXT_SPACING_CSS);
}

export async function removeTextSpacing(doc: Page | Frame): Promise<void> {
  await doc.evaluate(() => {
    const remove = (root: Document | ShadowRoot) => {
      root.querySelectorAll("style[data-rgaa-text-spacing]").forEach((style) => style.remove());
      for (const element of Array.from(root.querySelectorAll("*"))) if (element.shadowRoot) remove(element.shadowRoot);
    };
    remove(document);
  });
}

/** With the spacing injected: no two text runs of different nodes overlap, and none is clipped. */
export async function expectTextSpacing(screen: Screen): Promise<void> {
  await injectTextSpacing(screen.doc);
  try {
    const runs = await runsOf(screen);
    expect(runs.length, `${screen.name}: text found`).toBeGreaterThan(0);
    const cut = runs.filter((run) => run.cut && !run.cut.startsWith("outside")).map((run) => `"${run.text.slice(0, 60)}": ${run.cut}`);
    expect(cut, `${screen.name}: text clipped with WCAG 1.4.12 spacing`).toEqual([]);
    const overlaps: string[] = [];
    const TOLERANCE = 1.5;
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i];
        const b = runs[j];
        if (a.node === b.node) continue;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > TOLERANCE && height > TOLERANCE) overlaps.push(`"${a.text.slice(0, 60)}" and "${b.text.slice(0, 60)}"`);
      }
    }
    expect(overlaps, `${screen.name}: overlapping text with WCAG 1.4.12 spacing`).toEqual([]);
  } finally {
    await removeTextSpacing(screen.doc);
  }
}

// ---------------------------------------------------------------------------------------------
// Forced colours.

const SESSIONS = new WeakMap<Page, CDPSession>();

/** Emulates `forced-colors: active` through the DevTools protocol, as the issue asks. */
export async function forcedColours(page: Page, active = true): Promise<void> {
  // One session per page, kept open: the emulation ends with the session that set it.
  let cdp = SESSIONS.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    SESSIONS.set(page, cdp);
  }
  await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: active ? "active" : "none" }] });
  const matches = await page.evaluate(() => matchMedia("(forced-colors: active)").matches);
  expect(matches, "forced-colors emulation").toBe(active);
}

/** Whether some colour of `image` stands out from `background` (contrast 3:1, WCAG 1.4.11). */
function drawn(image: Pixels, background: Rgb): boolean {
  return palette(image).some(({ colour, count }) => count >= 2 && contrast(colour, background) >= 3);
}

const CONTROLS = "button, a[href], input:not([type=hidden]), select, textarea, summary, [tabindex='0']";

/**
 * Under forced colours (call forcedColours() first): every visible control has something drawn
 * in a contrasting colour (its text, border or mark); the step bar's done and pending segments
 * are both drawn and differ from each other; every chart bar and band label is drawn.
 */
export async function expectForcedColours(screen: Screen): Promise<void> {
  const page = screen.page;
  const background = await pageBackground(page);
  const root = screen.doc.locator(screen.root);
  const problems: string[] = [];
  // One screenshot of the whole page, scrolled to the top; every box is cut out of it.
  await page.evaluate(() => scrollTo(0, 0));
  const full = readPng(await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" }));
  const imageOf = async (target: Locator): Promise<Pixels | null> => {
    const box = await target.boundingBox();
    if (!box || box.width < 1 || box.height < 1 || box.x + box.width <= 0) return null;
    return crop(full, box);
  };

  const controls = root.locator(CONTROLS);
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const image = await imageOf(control);
    if (image && !drawn(image, background)) {
      problems.push(`control ${i} (${await control.evaluate((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 40)}`)}) is not drawn`);
    }
  }

  const segments = root.locator(".stepper__segment");
  const done: Rgb[] = [];
  const pending: Rgb[] = [];
  for (let i = 0; i < (await segments.count()); i++) {
    const segment = segments.nth(i);
    const image = await imageOf(segment);
    if (!image) {
      problems.push(`step bar segment ${i + 1} is not shown`);
      continue;
    }
    if (!drawn(image, background)) problems.push(`step bar segment ${i + 1} is not drawn`);
    const isDone = await segment.evaluate((el) => el.classList.contains("is-done") || el.classList.contains("is-current"));
    // The inside of the segment: its most frequent colour.
    (isDone ? done : pending).push(palette(image)[0].colour);
  }
  for (const a of done) {
    for (const b of pending) {
      if (contrast(a, b) < 3) problems.push(`a done and a pending step bar segment look alike (${a} / ${b})`);
    }
  }

  const bars = root.locator(".chart__bar, .boxplot__box");
  for (let i = 0; i < (await bars.count()); i++) {
    const image = await imageOf(bars.nth(i));
    if (image && !drawn(image, background)) problems.push(`chart bar ${i + 1} is not drawn`);
  }
  const bands = root.locator(".badge");
  for (let i = 0; i < (await bands.count()); i++) {
    const band = bands.nth(i);
    if (!(await band.isVisible())) continue;
    const image = await imageOf(band);
    if (image && !drawn(image, background)) problems.push(`band ${i + 1} is not drawn`);
  }
  expect(problems, `${screen.name}: under forced colours`).toEqual([]);
}

/**
 * Under forced colours, every Tab stop of the widget gets a real outline (style other than none,
 * at least 2 px wide): the system colours then draw it in the user's chosen colour. Background
 * and shadow changes are dropped in this mode, so only an outline or a border counts.
 */
export async function expectForcedFocusRing(screen: Screen): Promise<number> {
  const page = screen.page;
  const root = screen.doc.locator(screen.root);
  await startTabbingAtTop(page);
  const seen = new Set<string>();
  const problems: string[] = [];
  let checked = 0;
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press("Tab");
    const focused = root.locator(":focus").last();
    if ((await focused.count()) === 0) {
      if (checked > 0) break;
      continue;
    }
    const { id, what, ring } = await focused.evaluate((el) => {
      const path: string[] = [];
      for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
        path.push(`${at.tagName}:${at.parentElement ? Array.from(at.parentElement.children).indexOf(at) : 0}`);
      }
      // A radio's ring is drawn on its label (`.option input:focus-visible + label`).
      const drawnOn = el.matches("input[type=radio], input[type=checkbox]") && el.nextElementSibling?.tagName === "LABEL"
        ? el.nextElementSibling
        : el;
      const style = getComputedStyle(drawnOn);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      return { id: path.join("/"), what: `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 40)}`, ring };
    });
    if (seen.has(id)) break;
    seen.add(id);
    if (!ring) problems.push(`${what}: no outline when focused`);
    checked++;
  }
  expect(problems, `${screen.name}: focus ring under forced colours`).toEqual([]);
  expect(checked, `${screen.name}: focusable elements reached with Tab`).toBeGreaterThan(0);
  return checked;
}

/**
 * Under forced colours, a selected answer still looks selected: the option's label before and
 * after it is chosen differ (focus moved away both times).
 */
export async function expectSelectionVisible(screen: Screen, label: Locator, choose: () => Promise<void>): Promise<void> {
  const page = screen.page;
  await screen.doc.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await label.scrollIntoViewIfNeeded();
  const box = await label.boundingBox();
  expect(box, `${screen.name}: the answer's label is shown`).not.toBeNull();
  const before = await shoot(page, box!);
  await choose();
  await screen.doc.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  const after = await shoot(page, box!);
  expect(differingPixels(before, after), `${screen.name}: a chosen answer looks different`).toBeGreaterThan(20);
}

// ---------------------------------------------------------------------------------------------
// 10.7 Visible focus.

/** Tab starts from the top of the (host) page: a marker that takes focus without being a tab stop. */
async function startTabbingAtTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    let marker = document.querySelector<HTMLElement>("[data-rgaa-focus-start]");
    if (!marker) {
      marker = document.createElement("span");
      marker.tabIndex = -1;
      marker.dataset.rgaaFocusStart = "";
      document.body.prepend(marker);
    }
    scrollTo(0, 0);
    marker.focus();
  });
}

/**
 * Tabs through every focusable element of the widget, from the top of the page, and checks each one looks different focused and unfocused: at least `minPixels`
 * pixels change in its box grown by 8 px (a 3 px outline changes hundreds). Returns how many
 * elements were checked.
 */
export async function expectFocusVisible(screen: Screen, minPixels = 30): Promise<number> {
  const page = screen.page;
  const root = screen.doc.locator(screen.root);
  await page.mouse.move(0, 0);
  await startTabbingAtTop(page);
  const seen = new Set<string>();
  const problems: string[] = [];
  let checked = 0;
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press("Tab");
    const focused = root.locator(":focus").last();
    if ((await focused.count()) === 0) {
      if (checked > 0) break;
      continue;
    }
    // A handle, not the `:focus` locator: the element is blurred and focused again below.
    const element = await focused.elementHandle();
    if (!element) continue;
    const id = await element.evaluate((el) => {
      const path: string[] = [];
      for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
        path.push(`${at.tagName}:${at.parentElement ? Array.from(at.parentElement.children).indexOf(at) : 0}`);
      }
      return path.join("/");
    });
    if (seen.has(id)) break;
    seen.add(id);
    const what = await element.evaluate((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}> ${(el.textContent || (el as HTMLInputElement).value || "").trim().slice(0, 40)}`);
    await element.scrollIntoViewIfNeeded();
    const shown = await element.boundingBox();
    if (!shown || shown.width < 1 || shown.height < 1) {
      problems.push(`${what}: focused but not visible`);
      continue;
    }
    const withFocus = await shoot(page, shown, 8);
    await element.evaluate((el) => (el as HTMLElement).blur());
    const without = await shoot(page, shown, 8);
    // Back where it was, so that the next Tab goes on from here.
    await element.focus();
    const differ = differingPixels(withFocus, without);
    if (differ < minPixels) problems.push(`${what}: ${differ} pixels change when it gets focus`);
    checked++;
  }
  expect(problems, `${screen.name}: focus not visible`).toEqual([]);
  expect(checked, `${screen.name}: focusable elements reached with Tab`).toBeGreaterThan(0);
  return checked;
}

// ---------------------------------------------------------------------------------------------
// 8.7 Language of parts.

const WORDS: Record<"fr" | "en", Set<string>> = {
  fr: new Set("le la les des du une un est et pour dans vous votre vos nous notre que qui sur pas avec au aux ce cette ces sont être ou par en plus ne".split(" ")),
  en: new Set("the and of to is are you your with for in on this that not we our it be from by or have what which".split(" ")),
};

/** The language a passage is written in, by its common words; null when it cannot be told. */
export function guessLanguage(text: string): "fr" | "en" | null {
  const words = text.toLowerCase().replace(/[’']/g, " ").split(/[^a-zàâçéèêëîïôûùüÿœæ]+/).filter(Boolean);
  const fr = words.filter((word) => WORDS.fr.has(word)).length;
  const en = words.filter((word) => WORDS.en.has(word)).length;
  if (fr >= 2 && fr > 2 * en) return "fr";
  if (en >= 2 && en > 2 * fr) return "en";
  return null;
}

/**
 * Every passage whose words say it is French or English carries that language (its own lang, or
 * its container's). Also each language's own name in the switch.
 */
export async function expectLanguageOfParts(screen: Screen): Promise<void> {
  const runs = await runsOf(screen);
  const wrong = new Map<string, string>();
  for (const run of runs) {
    const guessed = guessLanguage(run.text);
    if (guessed && guessed !== run.lang) wrong.set(run.text, `reads as ${guessed} but is marked ${run.lang}`);
  }
  expect([...wrong].map(([text, why]) => `"${text.slice(0, 80)}": ${why}`), `${screen.name}: language of parts`).toEqual([]);
  for (const [name, lang] of [["English", "en"], ["Français", "fr"]] as const) {
    for (const run of runs.filter((r) => r.text === name)) {
      expect(run.lang, `${screen.name}: "${name}" is marked as ${lang}`).toBe(lang);
    }
  }
}
