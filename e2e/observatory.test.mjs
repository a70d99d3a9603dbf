// End-to-end: `observatory serve` on an ephemeral loopback port with a fresh database
// (the first start loads the bundled data), driven by Debian's headless Chromium through
// playwright-core (no browser download). The flows:
//  1. every page of the demo opens with status 200 and no console errors, and a tile of
//     the home page's map opens its country's list of cities without JavaScript;
//  2. an editor logs in, uploads a tidy CSV for Osijek, submits it; the approver logs in
//     and publishes it; the public profile then shows the value;
//  3. without JavaScript, Osijek's editor asks a suggested mentor city for mentoring on a
//     focal point, that city's editor accepts, and the pair is on both public profiles;
//  4. the participatory audit with JavaScript off: an editor opens a round for Osijek and
//     issues invitations for three groups, fifteen respondents answer through their links
//     (6 + 5 + 4), the round closes, the results show the groups, the flagged gap and the
//     bottlenecks, the approver publishes, and the public sees nothing of the group of 4;
//  5. a city survey: the editor brings the template XLSForm, fields it, issues 30 codes;
//     30 respondents answer on a phone with JavaScript off (some in German), the survey
//     closes, is raked to a sex margin, and the results show the weighted share with its
//     interval and a withheld cell; axe-core finds no WCAG 2.1 A/AA violation on its pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const repo = resolve(import.meta.dirname, '..');
const bin = process.env.OBSERVATORY_BIN || join(repo, 'target/release/observatory');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'observatory-e2e-'));
const db = join(work, 'observatory.db');
// Strict translations: a text missing in the language asked for shows as ⟦key⟧ instead of
// its English, so that the language test below fails on it.
const env = { ...process.env, OBSERVATORY_DB: db, OBSERVATORY_DATA: join(repo, 'data'), RUST_LOG: 'warn',
  OBSERVATORY_STRICT_TRANSLATIONS: '1' };
const PASSWORD = 'a long e2e password';
const users = {
  admin: 'admin@example.eu',
  editor: 'editor@osijek.hr',
  approver: 'approver@osijek.hr',
  mentor: 'editor@rijeka.hr',
};

let server;
let base;
let browser;

function cli(args, input) {
  const r = spawnSync(bin, args, { env, input, encoding: 'utf8', cwd: repo });
  assert.equal(r.status, 0, `observatory ${args.join(' ')}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(async () => {
  cli(['init']); // first start: loads the bundled real data
  cli(['create-admin', '--email', users.admin, '--password-stdin'], PASSWORD + '\n');
  cli(['add-user', '--email', users.editor, '--role', 'editor', '--city', 'Osijek', '--password-stdin'], PASSWORD + '\n');
  cli(['add-user', '--email', users.approver, '--role', 'approver', '--city', 'HR004C', '--password-stdin'], PASSWORD + '\n');
  cli(['add-user', '--email', users.mentor, '--role', 'editor', '--city', 'HR002C', '--password-stdin'], PASSWORD + '\n');
  server = spawn(bin, ['serve', '--addr', '127.0.0.1:0'], { env, cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`no URL from serve: ${out}`)), 60000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (m) { clearTimeout(timer); ok(m[0]); }
    });
    server.on('exit', (c) => fail(new Error(`serve exited with ${c}: ${out}`)));
  });
  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    server.kill('SIGTERM');
    await new Promise((ok) => server.on('exit', ok));
  }
  rmSync(work, { recursive: true, force: true });
});

/** A page that records console errors and failed requests. */
async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short by the next navigation (ERR_ABORTED) is not a failure of the page.
  page.on('requestfailed', (r) => {
    if (!(r.failure()?.errorText || '').includes('ERR_ABORTED')) problems.push(`request failed: ${r.url()}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { page, problems };
}

const PAGES = ['/', '/?q=kosice', '/cities/HR004C', '/cities/SK002C', '/cities/DE001C',
  '/compare?cities=Osijek,SK002C,Graz', '/neighbourhoods', '/neighbourhoods/DE001C', '/neighbourhoods/AT001C',
  '/indicators', '/data', '/data/tidy', '/api', '/login', '/scenarios', '/scenarios/aargau', '/practices', '/practices?q=Sprachkurs',
  '/funding', '/funding/EL30', '/funding/DE300', '/mentoring', '/audits', '/audit', '/cities/HR004C/agenda',
  '/cities/HR004C/report'];
const LANGS = ['en', 'de', 'bg', 'hr', 'it', 'sk', 'cs'];

test('every page of the demo opens without console errors', async () => {
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  for (const path of PAGES) {
    const r = await page.goto(base + path);
    assert.equal(r.status(), 200, path);
    // The report is a document of its own, titled by the city and the report's name.
    if (!path.endsWith('/report')) assert.ok((await page.title()).includes('Integration Observatory'), path);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

/** Loads `path` in `lang` and fails on any text not translated into it. */
async function inLanguage(page, path, lang) {
  const url = base + path + (path.includes('?') ? '&' : '?') + 'lang=' + lang;
  const r = await page.goto(url);
  assert.equal(r.status(), 200, url);
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${url}: <html lang>`);
  const html = await page.content();
  const missing = [...html.matchAll(/⟦([^⟧]*)⟧/g)].map((m) => m[1]);
  assert.deepEqual(missing, [], `${url}: texts with no ${lang} translation`);
}

test('every page in each of the seven languages, with nothing left untranslated', async () => {
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  for (const lang of LANGS) {
    for (const path of PAGES) await inLanguage(page, path, lang);
  }
  // The pages of a signed-in editor and an administrator too.
  await page.goto(base + '/login?lang=en'); // the login helper clicks the English button
  await login(page, users.admin);
  for (const lang of LANGS) {
    for (const path of ['/admin', '/data', '/audits', '/cities/HR004C/agenda']) await inLanguage(page, path, lang);
  }
  // A sentence a library builds (why Rijeka could mentor Osijek) is worded in the page's
  // language from its parts, and in English exactly as the command line says it.
  const said = cli(['mentors', 'Osijek']).split('\n').find((l) => l.includes('Rijeka (HR002C'));
  assert.ok(said, 'the command line suggests Rijeka');
  const reason = said.slice(said.indexOf('similar today'));
  await page.goto(base + '/cities/HR004C?lang=en');
  assert.ok((await page.content()).includes(reason), 'the English reason is the command line\'s');
  await page.goto(base + '/cities/HR004C?lang=hr');
  const hr = await page.content();
  assert.ok(hr.includes('slični danas') && !hr.includes('similar today'), 'the reason in Croatian');
  // The choice is kept: a page without ?lang= is in the language chosen last.
  await page.goto(base + '/compare');
  assert.equal(await page.getAttribute('html', 'lang'), 'hr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tile of the home map opens its country\'s list of cities, without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(base + '/');
  const tiles = page.locator('svg.tile-map a');
  assert.ok((await tiles.count()) > 20, 'a tile per country with cities');
  assert.equal(await page.locator('details#country-HR[open]').count(), 0);
  await Promise.all([page.waitForNavigation(), page.click('svg.tile-map a[href*="country=HR"]')]);
  assert.ok(await page.isVisible('details#country-HR[open] >> text=Osijek'), "Croatia's list, open");
  assert.deepEqual(problems, []);
  await context.close();
});

test('the scenario form works without JavaScript, and a phone sees it whole', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(base + '/scenarios/aargau');
  const before = await page.locator('#demand table').count() + await page.locator('table').count();
  assert.ok(before > 0, 'tables of the scenarios');
  assert.equal(await page.locator('th:has-text("your assumptions")').count(), 0, 'no variant before the form is sent');
  await page.fill('#immigration', '1.5');
  await page.fill('#from', '2030');
  await page.fill('#residents_per_gp', '1800');
  await page.fill('#year', '2045');
  await Promise.all([page.waitForNavigation(), page.click('form.scenario button[type=submit]')]);
  assert.match(page.url(), /immigration=1.5/);
  assert.ok(await page.locator('th:has-text("your assumptions")').count() > 0, 'the variant is in the table');
  assert.ok(await page.isVisible('text=General practitioners'), 'GP demand once a rate is given');
  assert.equal(await page.locator('svg[role=img] title', { hasText: 'Population by age and nationality, 2045' }).count(), 1, 'the pyramid of the chosen year');
  // The page fits a phone: nothing wider than the screen but the scrollable tables.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page wider than the phone by ${overflow}px`);
  await page.screenshot({ path: join(work, '..', 'observatory-scenarios-phone.png'), fullPage: true });
  // A bad value is refused with a message, not a broken page.
  const r = await page.goto(base + '/scenarios/aargau?immigration=lots');
  assert.equal(r.status(), 400);
  assert.ok(await page.isVisible("text=immigration: 'lots' is not a factor from 0 to 5"));
  problems.length = 0;
  await context.close();
});

async function login(page, email) {
  await page.goto(base + '/login');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]:has-text("Log in")')]);
  assert.ok(await page.isVisible(`text=${email}`), `logged in as ${email}`);
}

async function logout(page) {
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Log out")')]);
}

test('upload, submit, approve, and the value is on the public profile', async () => {
  const csv = join(work, 'osijek_advice_centre.csv');
  writeFileSync(csv, 'Year,indicator,citizenship,Value,unit\n2024,clients_advice_centre,NEU27_2020_FOR,2718.5,NR\n2024,clients_advice_centre,NAT,1414,NR\n');
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  // The public does not see it before.
  await page.goto(base + '/cities/HR004C');
  assert.equal(await page.locator('text=2,718.5').count(), 0);

  await login(page, users.editor);
  await page.goto(base + '/data');
  await page.setInputFiles('#file', csv);
  await page.fill('#source', 'City of Osijek, advice centre');
  await page.fill('#licence', 'CC BY 4.0');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Upload and check")')]);
  assert.match(page.url(), /\/submissions\/\d+$/);
  const submission = page.url();
  assert.ok(await page.isVisible('text=Validation report'));
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Submit for approval")')]);
  assert.ok(await page.isVisible('.badge.submitted'));
  await logout(page);

  // Still a draft for the public.
  await page.goto(base + '/cities/HR004C');
  assert.equal(await page.locator('text=2,718.5').count(), 0);

  await login(page, users.approver);
  await page.goto(submission);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Approve and publish")')]);
  assert.ok(await page.isVisible('.badge.published'));
  await logout(page);

  await page.goto(base + '/cities/HR004C');
  assert.ok(await page.locator('text=2,718.5').count() > 0, 'published value on the public profile');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a mentoring request goes from asked to accepted, and the pair is on both profiles, without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  const mentoring = () => page.locator('section[aria-labelledby=mentoring]');
  await login(page, users.editor);
  await page.goto(base + '/cities/HR004C');
  // Rijeka is among the mentors the peers' rule suggests to Osijek.
  await page.check('form.mentoring input[name=mentor][value=HR002C]');
  await page.selectOption('#topic', 'fp5');
  await page.fill('#message', 'We are starting our local integration plan: how do you monitor yours?');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Ask for mentoring")')]);
  assert.match(page.url(), /\/cities\/HR004C(#mentoring)?$/);
  assert.ok(await mentoring().locator('tr:has-text("Rijeka") .badge.requested').count() > 0, 'the request on Osijek\'s profile');
  await logout(page);

  await login(page, users.mentor);
  await page.goto(base + '/cities/HR002C');
  const request = mentoring().locator('article.request', { hasText: 'Osijek' });
  assert.ok(await request.isVisible(), 'the request waits for Rijeka');
  await Promise.all([page.waitForNavigation(), request.locator('button:has-text("Accept")').click()]);
  assert.match(page.url(), /\/mentoring\/\d+$/);
  assert.ok(await page.isVisible('.badge.accepted'));
  await logout(page);

  for (const [code, other] of [['HR004C', 'Rijeka'], ['HR002C', 'Osijek']]) {
    await page.goto(base + '/cities/' + code);
    assert.equal(await mentoring().locator(`tr:has-text("${other}") .badge.accepted`).count(), 1, `the pair on ${code}'s public profile`);
  }
  await page.goto(base + '/mentoring');
  assert.ok(await page.isVisible('tr:has-text("Rijeka"):has-text("Osijek") .badge.accepted'), 'the pair on the network page');
  assert.deepEqual(problems, []);
  await context.close();
});

/** The invitation links of an invitations page. */
async function invitationLinks(page) {
  const text = (await page.locator('section.invitation').allTextContents()).join('\n');
  return [...text.matchAll(/https?:\/\/[^\s]+\/audit\/respond\/[A-Z0-9]{20}/g)].map((m) => m[0]);
}

/** One respondent, in a browser of their own without JavaScript: every question of the
 * first focal point gets the option `choice` (0, 1, 2 → 0, 50, 100 points). */
async function respond(link, choice, comment, viewport) {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(viewport ? { viewport } : {}) });
  const { page, problems } = await watchedPage(context);
  await page.goto(link);
  assert.ok(await page.isVisible('h1:has-text("Focal point 1 of 10")'));
  // Every question is a fieldset with a legend; every option a labelled radio button.
  const fieldsets = page.locator('fieldset.question');
  assert.equal(await fieldsets.count(), 5);
  assert.equal(await page.locator('fieldset.question > legend').count(), 5);
  assert.equal(await page.locator('fieldset.question input[type=radio]:not(label input)').count(), 0);
  for (const f of await fieldsets.all()) await f.locator(`input[type=radio][value="${choice}"]`).check();
  await page.fill('textarea[name="comment:fp1.one-stop"]', comment);
  if (viewport) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the questionnaire is wider than the phone by ${overflow}px`);
    await page.screenshot({ path: join(work, '..', 'observatory-audit-phone.png'), fullPage: true });
  }
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Save and continue")')]);
  assert.ok(await page.isVisible('h1:has-text("Focal point 2 of 10")'));
  assert.ok(await page.isVisible('[role=status]:has-text("saved")'));
  // The draft is kept: back on page 1, the answers are there.
  await page.goto(link);
  assert.ok(await page.locator(`input[name="answer:fp1.one-stop"][value="${choice}"]`).isChecked());
  await Promise.all([page.waitForNavigation(), page.click('nav.steps button:has-text("Review and submit")')]);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Submit my answers")')]);
  assert.ok(await page.isVisible('text=Your receipt'));
  // The link is spent: it neither answers again nor shows the answers.
  const again = await page.goto(link);
  assert.equal(again.status(), 409);
  assert.ok(await page.isVisible('[role=alert]:has-text("has been used")'));
  assert.equal(await page.locator(`text=${comment}`).count(), 0);
  // The spent link's 409 is expected (as a response and as the console's note of it).
  assert.deepEqual(problems.filter((p) => !p.includes('409')), []);
  await context.close();
}

test('a participatory audit of Osijek, from invitations to published results, without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await login(page, users.editor);
  await page.goto(base + '/audits');
  await page.fill('#title', 'Osijek audit (e2e)');
  await page.fill('#opens', '2020-01-01');
  await page.fill('#closes', '2099-12-31');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Open the round")')]);
  assert.match(page.url(), /\/audits\/\d+$/);
  const round = page.url();
  const links = {};
  for (const [group, n] of [['administration', 6], ['civil-society', 5], ['migrants', 4]]) {
    await page.goto(round);
    await page.selectOption('#group', group);
    await page.fill('#count', String(n));
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Issue invitations")')]);
    links[group] = await invitationLinks(page);
    assert.equal(links[group].length, n, group);
  }
  // The administration scores the first focal point 100, civil society 0, the migrants 50.
  let first = true;
  for (const link of links.administration) {
    await respond(link, 2, 'the welcome centre works', first ? { width: 390, height: 844 } : undefined);
    first = false;
  }
  for (const link of links['civil-society']) await respond(link, 0, 'months of waiting');
  for (const link of links.migrants) await respond(link, 1, 'words of a small group');

  await page.goto(round);
  assert.ok(await page.isVisible('td:has-text("City administration") + td.num:has-text("6") + td.num:has-text("6")'));
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Close the round")')]);
  await page.goto(round + '/results');
  for (const text of ['City administration', 'Civil society organisations', '⚑ 100 points', 'Lowest-scoring questions', 'fewer than 5', 'months of waiting']) {
    assert.ok(await page.locator(`text=${text}`).count() > 0, `results show «${text}»`);
  }
  await page.goto(round);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Submit the results for approval")')]);
  assert.match(page.url(), /\/submissions\/\d+$/);
  const submission = page.url();
  await logout(page);

  await login(page, users.approver);
  await page.goto(submission);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Approve and publish")')]);
  assert.ok(await page.isVisible('.badge.published'));
  await logout(page);

  // The public, on a phone: the published results, nothing of the group of four.
  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const pub = await watchedPage(phone);
  const r = await pub.page.goto(round + '/results');
  assert.equal(r.status(), 200);
  assert.ok(await pub.page.locator('text=⚑ 100 points').count() > 0);
  assert.ok(await pub.page.locator('text=11 respondents').count() > 0);
  for (const secret of ['Migrant and refugee representatives', 'words of a small group', 'the welcome centre works', '15 respondents']) {
    assert.equal(await pub.page.locator(`text=${secret}`).count(), 0, `the public sees «${secret}»`);
  }
  const overflow = await pub.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the results are wider than the phone by ${overflow}px`);
  await pub.page.screenshot({ path: join(work, '..', 'observatory-audit-results-phone.png'), fullPage: true });
  assert.deepEqual(pub.problems, []);
  await phone.close();
  assert.deepEqual(problems, []);
  await context.close();
});

const axeSource = readFileSync(join(repo, 'e2e/node_modules/axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA violations axe-core finds on the page, as `rule: targets`. axe
 * needs timers, which a page with JavaScript off never runs (its promise would never
 * settle), so the page's HTML as the browser holds it is served again at its own address
 * to a page with JavaScript on — the site's stylesheet and images load as before, its own
 * script is held back so that the DOM is the one without JavaScript — and checked there. */
async function wcagViolations(page) {
  const html = await page.content();
  const url = page.url();
  const context = await browser.newContext({ viewport: page.viewportSize() });
  const copy = await context.newPage();
  await copy.route('**/*', (r) => {
    const asked = r.request().url();
    if (asked === url) return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (asked.endsWith('/assets/app.js')) return r.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    return r.continue();
  });
  await copy.goto(url);
  const found = await copy.evaluate(`${axeSource}
    ;axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  await context.close();
  return found;
}

async function assertAccessible(page, what) {
  assert.deepEqual(await wcagViolations(page), [], `WCAG 2.1 A/AA violations on ${what}`);
}

/** One survey respondent on a phone, JavaScript off: consent, about you (born outside the
 * EU reveals the region of birth on the same page), every further page as it comes, send. */
async function answerSurvey(link, { birth, sex, german, checks }) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const { page, problems } = await watchedPage(context);
  const next = () => Promise.all([page.waitForNavigation(), page.click('button:has-text("Save and continue")')]);
  await page.goto(link);
  if (german) {
    await Promise.all([page.waitForNavigation(), page.click('nav[aria-label="Language of the questionnaire"] a:has-text("Deutsch")')]);
    assert.ok(await page.isVisible('h1:has-text("Willkommen")'));
  } else {
    assert.ok(await page.isVisible('h1:has-text("Welcome")'));
  }
  if (checks) await assertAccessible(page, 'the first page of the survey');
  await page.check('input[name="a:consent"][value="yes"]');
  await next();
  if (checks) {
    // Sent without the required answers: the problems announced, each tied to its question.
    await next();
    assert.ok(await page.isVisible('[role=alert]'));
    assert.equal(await page.locator('fieldset[aria-invalid=true]').count(), 3);
    await assertAccessible(page, 'a survey page with errors');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the survey page is wider than the phone by ${overflow}px`);
    await page.screenshot({ path: join(work, '..', 'observatory-survey-phone.png'), fullPage: true });
  }
  await page.check(`input[name="a:birth_group"][value="${birth}"]`);
  await page.check(`input[name="a:sex"][value="${sex}"]`);
  await page.check('input[name="a:age_band"][value="Y25-34"]');
  assert.equal(await page.locator('input[name="a:birth_region"]').count(), 0);
  await next();
  if (birth === 'NEU27_2020_FOR') {
    assert.ok(await page.isVisible('[role=status]'), 'the page says more questions opened');
    await page.check('input[name="a:birth_region"][value="asia"]');
    await next();
  }
  for (let i = 0; i < 12 && !(await page.isVisible('button:has-text("Send my answers")')); i++) await next();
  if (checks) await assertAccessible(page, 'the review page');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Send my answers")')]);
  assert.ok(await page.isVisible('h1:has-text("Thank you")'));
  if (checks) await assertAccessible(page, 'the thank-you page');
  // The one expected 400: the page sent without its required answers.
  // Chromium reports it twice: as the response and on the console.
  const expected400 = (p) => p.startsWith('HTTP 400') || p.includes('status of 400 (Bad Request)');
  assert.deepEqual(problems.filter((p) => !(checks && expected400(p))), []);
  await context.close();
}

test('a city survey in three languages: 30 codes answered on a phone without JavaScript, weighted results with intervals and a withheld cell, no WCAG 2.1 A/AA violation', { timeout: 10 * 60 * 1000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(base + '/survey');
  await assertAccessible(page, 'the page to type a code');
  await login(page, users.editor);
  await page.goto(base + '/surveys');
  await page.setInputFiles('#file', join(repo, 'catalogue/surveys/city-survey-of-migrants.xlsx'));
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Check and keep the questionnaire")')]);
  await page.fill('#title', 'Osijek survey of migrants (e2e)');
  await page.fill('#opens', '2020-01-01');
  await page.fill('#closes', '2099-12-31');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Field the survey")')]);
  assert.match(page.url(), /\/surveys\/\d+$/);
  const survey = page.url();
  assert.ok(await page.isVisible('text=English, Deutsch, Hrvatski'));
  await page.fill('#count', '30');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Issue codes")')]);
  const links = await page.locator('ol.codes a').evaluateAll((as) => as.map((a) => a.href));
  assert.equal(links.length, 30);
  await assertAccessible(page, 'the survey with its new codes');

  // 16 women and 14 men; 25 born here, 4 outside the EU, 1 in another EU country.
  for (const [i, link] of links.entries()) {
    const birth = i < 4 ? 'NEU27_2020_FOR' : i === 4 ? 'EU27_2020_FOR' : 'NAT';
    await answerSurvey(link, { birth, sex: i < 16 ? 'F' : 'M', german: i % 3 === 1, checks: i === 0 });
  }
  await page.goto(survey);
  assert.ok(await page.isVisible('text=30 answered of 30 codes issued'));
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Close the survey")')]);
  const margins = join(work, 'margins.toml');
  writeFileSync(margins, '[[margin]]\nquestion = "sex"\nsource = "e2e test margins"\ntotals = { F = 51200, M = 48800 }\n');
  await page.setInputFiles('#margins', margins);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Weight the responses")')]);
  assert.ok(await page.isVisible('text=design effect'));
  await page.goto(survey + '/results');
  assert.ok(await page.isVisible('text=Weighted to the city'));
  // Raked to the margin: the women's share is the margin's 51.2 %, with its interval.
  const women = page.locator('caption:has-text("What is your sex?") >> xpath=.. >> tr:has(th:has-text("Female"))');
  assert.match(await women.innerText(), /51\.2[\s\S]*\d+\.\d – \d+\.\d[\s\S]*30/);
  assert.ok(await page.locator('text=withheld: too few respondents').count() > 0, 'the small cell is withheld');
  await assertAccessible(page, 'the survey results');
  await page.screenshot({ path: join(work, '..', 'observatory-survey-results.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
