// Saved web pages: the article comes through with its metadata, the page's furniture does not.
import { describe, expect, it } from 'vitest';
import { fixtureFile, importOk } from '../helpers/import';

function expectText(text: string, present: string[], absent: string[]) {
  for (const phrase of present) expect(text, `missing: ${phrase}`).toContain(phrase);
  for (const phrase of absent) expect(text, `should be gone: ${phrase}`).not.toContain(phrase);
}

describe('importing saved web pages', () => {
  it('keeps a news story and drops navigation, cookie banner, ads, related stories, comments and footer', async () => {
    const doc = await importOk(fixtureFile('news-article.html'));
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Millbrook finishes new reservoir pipeline ahead of summer');
    expect(doc.author).toBe('Harriet Okafor');
    expect(doc.published).toBe('2023-06-14');
    expect(doc.sourceUrl).toBe(
      'https://valleycourier.example/news/2023/06/millbrook-reservoir-pipeline',
    );
    expectText(
      doc.text,
      [
        'The town of Millbrook has finished laying a six-kilometre pipeline',
        'For the first time in years we go into July without worrying',
        'Cost came in under budget',
        'replacing valves on the eastern ring main',
      ],
      [
        'Sport Results',
        'Weather Forecast',
        'We use cookies',
        'Accept all cookies',
        'Share on Chirper',
        'Related stories',
        'Footbridge over the Mill Race',
        'my shower has been useless',
        'Who is paying for the road repairs',
        'Valley Courier Media Ltd',
        'Advertisement',
        'mattress clearance',
      ],
    );
    expect(doc.words).toBeGreaterThan(200);
    expect(doc.html).not.toMatch(/<h1/);
  });

  it('keeps a blog post and drops the sidebar, tag cloud, search box and author box', async () => {
    const doc = await importOk(fixtureFile('blog-post.html'));
    expect(doc.title).toBe('Walking the Hollin Ridge trail in one day');
    expect(doc.author).toBe('Tomasz Wrenfield');
    expect(doc.published).toBe('2022-09-03');
    expect(doc.sourceUrl).toBe('https://footpathsandflasks.example/2022/09/hollin-ridge');
    expectText(
      doc.text,
      [
        'Most guidebooks split the Hollin Ridge trail over two days',
        'climbs straight up the nose of Crag End',
        'with twelve hours and thirty-five minutes on the clock',
      ],
      [
        'Five flasks tested in the rain',
        'Tag cloud',
        'bothies',
        'Archives',
        'Search this blog',
        'from a small flat above a bakery',
        'Powered by a blogging engine',
      ],
    );
  });

  it('keeps every section of a long read, with figures as placeholders and the pull quote', async () => {
    const doc = await importOk(fixtureFile('long-form.html'));
    expect(doc.title).toBe('The library that refused to close');
    expect(doc.author).toBe('Ines Calloway');
    expect(doc.published).toBe('2024-04-02');
    expect(doc.sourceUrl).toBe('https://longreads.example/features/carnegie-street-library');
    expectText(
      doc.text,
      [
        'the roof of the Carnegie Street library began to leak',
        'More than six hundred people crowded into the church hall',
        'replaced the trusses with laminated beams',
        'the first book borrowed was a well-thumbed copy',
        'Osric Pellham says he has bought a new exercise book.',
        'The building during the works, photographed from the square.',
      ],
      ['More features', 'The canal that came back', 'Sign up for the newsletter', 'Listen'],
    );
    for (const heading of [
      'Why the library closed',
      'The long argument about money',
      'What comes next',
    ]) {
      expect(doc.html).toMatch(new RegExp(`<h[23][^>]*>${heading}</h[23]>`));
    }
    // Photographs on the web are named, never loaded.
    expect(doc.html).toContain(
      'Image not imported: https://images.longreads.example/library/photo-1.jpg',
    );
    expect(doc.html).not.toMatch(/<img/);
    expect(doc.html).toMatch(/<blockquote>/);
    // The in-page link keeps pointing at its (renamed) section.
    expect(doc.html).toMatch(/href="#imp-part-3"/);
    expect(doc.html).toMatch(/id="imp-part-3"/);
  });

  it('finds a short article under a mega menu, a newsletter pop-up and three sidebars', async () => {
    const doc = await importOk(fixtureFile('heavy-chrome.html'));
    expect(doc.title).toBe('Harbour ferry timetable changes from Monday');
    expect(doc.published).toBe('2024-01-19');
    expect(doc.author).toBeNull();
    expectText(
      doc.text,
      [
        'The passenger ferry between Portwick harbour and Gull Island will run every forty minutes',
        'Season ticket holders will be offered a partial refund',
      ],
      [
        'Menu item',
        'Never miss a story',
        'Sign me up',
        'Trending now',
        'Most read this week',
        'Luxury kitchen makeovers',
        'Portwick Today is part of a regional news group',
      ],
    );
  });

  it('reads a page a browser saved in windows-1251, with its address from the "saved from" comment', async () => {
    const doc = await importOk(fixtureFile('saved-cp1251.html'));
    expect(doc.title).toBe('В Озёрске открылась новая библиотека');
    expect(doc.author).toBe('Анна Светлова');
    expect(doc.published).toBe('2021-11-05');
    expect(doc.sourceUrl).toBe('https://gazeta-ozersk.example/news/2021/novaya-biblioteka');
    expectText(
      doc.text,
      [
        'В пятницу в Озёрске после двух лет ремонта открылась городская библиотека',
        'Для детей оборудовали отдельную комнату',
      ],
      ['Новости города', 'Афиша событий', 'все права защищены'],
    );
    expect(doc.text).not.toContain('\uFFFD');
  });
});
