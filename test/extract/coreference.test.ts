import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { brief } from '../../src/index.js';

/**
 * Each entity's name and the distinct texts of its mentions, as coreference makes them: the trained
 * name check that may type a record `other` afterwards is left out (name-check.test.ts tests it).
 */
const entities = async (text: string) =>
  extract(annotate(parse(sourceFromText(text, 'test'))), {}, ['entities'], { names: null }).entities
    .filter((e) => ['person', 'organization', 'place', 'other'].includes(e.type))
    .map((e) => ({ name: e.name, type: e.type, forms: [...new Set(e.mentions.map((m) => m.text))].sort() }));
const entityWith = async (text: string, form: string) => (await entities(text)).find((e) => e.forms.includes(form));

describe('name coreference', () => {
  it('reads a name the same whichever apostrophe the page types', async () => {
    const text = 'George O’Leary coached the team for seven seasons before he left in 2001. The players said O\'Leary demanded discipline, and O\'Leary agreed.';
    const oleary = await entityWith(text, 'George O’Leary');
    expect(oleary?.forms).toContain("O'Leary");
  });

  it("reads a name written without its accents as the one name written with them, named as the text writes it", async () => {
    const text = 'Plumbers in class\n\nSergio Martínez-Beltrán reports from Austin for the Texas Newsroom.\n\nSERGIO MARTINEZ-BELTRAN, BYLINE: Hundreds are gathered at the Capitol.';
    const reporter = await entityWith(text, 'Sergio Martínez-Beltrán');
    expect(reporter?.forms).toContain('SERGIO MARTINEZ-BELTRAN');
    expect(reporter?.name).toBe('Sergio Martínez-Beltrán');
    // (Two names written with different accents are two people.)
    const ministers = await entities('Vietnam trade\n\nAgriculture minister Trần Văn Hùng met trade minister Lê Quang Hưng on Monday. Hùng spoke first. Hưng said Vietnam would seek new trade deals.');
    expect(ministers.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(expect.arrayContaining(['Trần Văn Hùng', 'Lê Quang Hưng']));
    expect((await entityWith('Vietnam trade\n\nAgriculture minister Trần Văn Hùng met trade minister Lê Quang Hưng on Monday. Hùng spoke first. Hưng said Vietnam would seek new trade deals.', 'Hưng'))?.name).toBe('Lê Quang Hưng');
  });

  it("keeps a public body's head word the recogniser left off its name", async () => {
    const names = (await entities('Plumbers in class\n\nHe teaches at the Dallas Independent School District in Texas, and the Austin Independent School District said it would hire plumbers.')).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Dallas Independent School District', 'Austin Independent School District']));
  });

  it('joins an acronym to the name whose initials it spells, and a short form to its full name', async () => {
    const text =
      'The International Monetary Fund cut its forecast on Tuesday. The IMF said growth would slow. ' +
      'Officials at the Federal Reserve were unmoved, and the Fed kept rates on hold. ' +
      'Researchers at the Massachusetts Institute of Technology agreed; MIT economists said the same.';
    expect((await entityWith(text, 'IMF'))?.name).toBe('International Monetary Fund');
    expect((await entityWith(text, 'Fed'))?.name).toBe('Federal Reserve');
    expect((await entityWith(text, 'MIT'))?.name).toBe('Massachusetts Institute of Technology');
    // An acronym that is a word of the longer name is not its initials: the country is no senate.
    const senate = 'The U.S. economy grew. He was a member of the U.S. Senate. The U.S. said no.';
    expect((await entityWith(senate, 'U.S.'))?.forms).toEqual(['U.S.']);
  });

  it('names a record without the zero-width space a page hides in it', async () => {
    const text = 'Ankit\u200b Desai, an analyst, said the bill would pass. In a note, Ankit Desai said more. Desai added a caveat.';
    const desai = await entityWith(text, 'Ankit\u200b Desai');
    expect(desai?.name).toBe('Ankit Desai');
    // One record, whichever way the page writes the name.
    expect(desai?.forms).toEqual(['Ankit Desai', 'Ankit\u200b Desai', 'Desai']);
  });

  it('joins the name a person goes by to their own, and types it a person wherever it stands alone', async () => {
    const text =
      'Daniel Benson, known by his stage name Bnxn, is enjoying a rare sunny day in London. Bnxn is in town to shoot a commercial. ' +
      'Last year Bnxn released his debut album to wide acclaim. ' +
      'Lady Gaga (born Stefani Germanotta) opened the show in Paris. Gaga thanked the crowd.';
    const benson = await entityWith(text, 'Daniel Benson');
    expect(benson).toMatchObject({ type: 'person' });
    expect(benson?.forms).toContain('Bnxn');
    expect((await entityWith(text, 'Stefani Germanotta'))?.forms).toContain('Gaga');
    // "Known as" a description that names another entity joins nothing.
    const capone = await entities("Al Capone, known as Chicago's most notorious gangster, died in 1947. Chicago later built a museum about him.");
    expect(capone.find((e) => e.forms.includes('Al Capone'))?.forms).not.toContain('Chicago');
    // A nickname inside a name keys it as the name without it.
    const ron = await entities('Ron "Meatball" DeSantis responded on Monday. DeSantis later left. Ron DeSantis said little.');
    expect(ron.find((e) => e.forms.includes('Ron DeSantis'))?.forms).toEqual(expect.arrayContaining(['DeSantis', 'Ron "Meatball" DeSantis']));
    // Two people side by side are two.
    const two = await entities('Daniel Benson, Burna Boy and Ayra Starr played in Lagos on Friday. Benson sang first.');
    expect(two.find((e) => e.forms.includes('Burna Boy'))?.forms).not.toContain('Daniel Benson');
  });

  it('joins an abbreviation the article defines in parentheses to its name, and types it so wherever it stands alone', async () => {
    const text =
      'The South African Revenue Service (Sars) said on Monday it would chase R50bn in unpaid taxes. Sars expects collections to rise next year. ' +
      'The Energy and Resources Institute (TERI) published a report. TERI said emissions would rise. ' +
      'NEW YORK (Reuters) - Oil fell on Monday.';
    expect(await entityWith(text, 'Sars')).toMatchObject({ name: 'South African Revenue Service', type: 'organization' });
    expect((await entityWith(text, 'TERI'))?.name).toBe('Energy and Resources Institute');
    // A parenthesis that spells no abbreviation of the name before it joins nothing.
    expect((await entityWith(text, 'Reuters'))?.name).toBe('Reuters');
  });

  it('takes an institution named twice ("the Syrian government", "the US military") as an organisation, not one named in passing or a thing it owns', async () => {
    const text =
      'The Syrian government rejected the plan on Monday. The US military said it would stay, and the Syrian government warned it again. ' +
      'Officials of the US military met in Jordan. Barack Obama spoke on Monday. Under the Obama administration, banks bought US government bonds. More US government bonds followed.';
    const found = await entities(text);
    expect(found.find((e) => e.name === 'Syrian government')).toMatchObject({ type: 'organization', forms: ['Syrian government'] });
    expect(found.find((e) => e.name === 'US military')).toMatchObject({ type: 'organization' });
    // Named once: the person stays a person; and no "Obama administration" of its own.
    expect(found.some((e) => e.name === 'Obama administration')).toBe(false);
    expect(found.find((e) => e.forms.includes('Obama'))).toMatchObject({ type: 'person' });
    expect(found.some((e) => e.name === 'US government')).toBe(false);
  });

  it('takes an institution named once as an organisation when it speaks, past an appositive too', async () => {
    const text =
      'The Malaysian government said on Monday it would review the deal. The Thai police, who arrested two men, told reporters the case was closed. ' +
      'Under the Obama administration, banks bought bonds.';
    expect(await entityWith(text, 'Malaysian government')).toMatchObject({ type: 'organization' });
    expect(await entityWith(text, 'Thai police')).toMatchObject({ type: 'organization' });
    expect(await entityWith('The Trump campaign said on Friday that the rally would go ahead.', 'Trump campaign')).toMatchObject({ type: 'organization' });
    // Named once in passing, it is still background.
    expect((await entities(text)).some((e) => e.name === 'Obama administration')).toBe(false);
  });

  it('keeps a person named in full before an institution ("Liz Truss\'s government") as a person a later surname names', async () => {
    const text = "In September 2022, Liz Truss's government put forward a set of unfunded tax cuts. Truss and her then chancellor Kwasi Kwarteng were criticised.";
    const found = await entities(text);
    expect(found.find((e) => e.name === "Liz Truss's government")).toMatchObject({ type: 'organization' });
    expect(found.find((e) => e.name === 'Liz Truss')).toMatchObject({ type: 'person', forms: ['Liz Truss', 'Truss'] });
  });

  it("keeps a company whose name is a possessive (\"McDonald's\") apart from a person of that surname, under its own name", async () => {
    const found = await entities("She has worked at McDonald's since 1970. She once met Ronald McDonald at a charity event. McDonald's menu changed. Baker, a member of CNBC's advisory team, spoke.");
    expect(found.find((e) => e.name === "McDonald's")).toMatchObject({ type: 'organization' });
    expect(found.find((e) => e.name === 'Ronald McDonald')).toMatchObject({ type: 'person', forms: ['Ronald McDonald'] });
    // A possessive before what it owns is no part of the name.
    expect(found.find((e) => e.name === 'CNBC')).toMatchObject({ type: 'organization' });
  });

  it('takes an institution named once as an organisation when it acts, not when a preposition governs it', async () => {
    const text =
      'The Swedish government has released new guidance on war. It comes as Thai police have detained the owner. ' +
      'The cost borne by the Malaysian government was high. Under the Obama administration, banks bought bonds.';
    expect(await entityWith(text, 'Swedish government')).toMatchObject({ type: 'organization' });
    expect(await entityWith(text, 'Thai police')).toMatchObject({ type: 'organization' });
    const found = await entities(text);
    expect(found.some((e) => e.name === 'Malaysian government')).toBe(false);
    expect(found.some((e) => e.name === 'Obama administration')).toBe(false);
  });

  it('joins a given name alone to the one person it begins, but not a place the article names by that word', async () => {
    const text =
      'Israel said on Monday it would not attend the talks. Defence minister Israel Katz said the army would stay. Israel has rejected the ruling. ' +
      'Xi Jinping met the delegation in Beijing. Xi said the ties were strong.';
    expect(await entityWith(text, 'Israel')).toMatchObject({ name: 'Israel', type: 'place' });
    expect(await entityWith(text, 'Israel Katz')).toMatchObject({ type: 'person', forms: ['Israel Katz'] });
    expect((await entityWith(text, 'Xi'))?.name).toBe('Xi Jinping');
  });

  it('counts the White House and the Kremlin, when they speak, as the organisations that sit there', async () => {
    const text = 'The White House said on Monday that talks would resume. The Kremlin denied the report. Paris was quiet.';
    expect((await entityWith(text, 'White House'))?.type).toBe('organization');
    expect((await entityWith(text, 'Kremlin'))?.type).toBe('organization');
    expect((await entityWith(text, 'Paris'))?.type).toBe('place');
  });

  it('counts a party’s members ("Democrats", "the GOP") as an organisation', async () => {
    const text = 'Democrats in the House said on Tuesday they would hold hearings. The GOP objected, and Democrats pressed on.';
    expect(await entityWith(text, 'Democrats')).toMatchObject({ type: 'organization' });
    expect(await entityWith(text, 'GOP')).toMatchObject({ type: 'organization' });
  });

  it('gives every mention of a person the gender the whole record shows, before the honorific that shows it', async () => {
    const b = await brief('Book club\n\nNuhaa Bardien runs the romance club in Cape Town. Rushdiyah Narker joined it last year. “It gave me warmth and hope,” she said. Ms Bardien founded the club in 2019.\n');
    expect(b.claims.find((c) => c.kind === 'direct')?.speaker).toBe('Nuhaa Bardien');
  });

  it('gives a bare surname, not another full name, the gender an earlier full name with it showed', async () => {
    // "Shaun" is in both the women's and the men's lists: his gender is unknown, and Holly's is not his.
    const b = await brief('Laos\n\nHolly Bowles died in a Thai hospital, the family said. Ms Bowles was 19. Her father, Shaun Bowles, confirmed her death to Nine News. “It is with broken hearts that we say goodbye,” he said.\n');
    expect(b.claims.find((c) => c.kind === 'direct')?.speaker).toBe('Shaun Bowles');
  });

  it('reads "Sir", "Lord", "Lady" and "Dame" as honorifics that give a gender, so "Lady Starmer" is not Keir Starmer', async () => {
    const b = await brief('Gifts\n\nSir Keir Starmer has defended accepting gifts. Lady Starmer, his wife, had also been given clothes. On Monday, Lady Starmer attended a show. Starmer said the rules had been followed.\n');
    const keir = b.entities.find((e) => e.name === 'Keir Starmer');
    expect(keir).toBeDefined();
    const lady = b.text.indexOf('Lady Starmer attended') + 'Lady '.length;
    expect(keir!.mentions.some((m) => m.start === lady)).toBe(false);
    // The bare surname stays his.
    expect(keir!.mentions.some((m) => m.start === b.text.indexOf('Starmer said'))).toBe(true);
  });

  it('reads a name after a preposition and titles as an object, not the subject a later "he" goes on with', async () => {
    const b = await brief('Nato\n\nDonald Trump attacked the alliance again. In a post after a meeting with Nato Secretary General Mark Rutte, Trump said the allies had failed. Later, after talks with Lord Alli, he said: “We will see.”\n');
    expect(b.claims.find((c) => c.kind === 'direct')?.speaker).toBe('Donald Trump');
    // A day or a place before a name is no title: the name stays the subject.
    const day = await brief('Talks\n\nOn Monday Donald Trump criticised John Smith in a long speech. Later, he said the talks had failed.\n');
    expect(day.claims.find((c) => c.cue === 'said')?.speaker).toBe('Donald Trump');
  });

  it('keeps whose ministry it is when the tagger names the ministry: Ukraine’s is not Russia’s, and the name inside is no second mention', async () => {
    const b = await brief('Drones\n\nRussia’s Defense Ministry said it shot down 40 drones overnight.\n\nA new missile has become a top priority for Ukraine’s Defense Ministry, though it will take time.\n\nRussia’s Defense Ministry said the strikes would continue.\n');
    const russia = b.entities.find((e) => e.name === 'Russia’s Defense Ministry');
    expect(russia?.mentions.map((m) => b.text.slice(m.start, m.end))).toEqual(['Russia’s Defense Ministry', 'Russia’s Defense Ministry']);
    expect(b.entities.find((e) => e.name === 'Ukraine’s Defense Ministry')?.type).toBe('organization');
    // Its claims keep the institution's name.
    expect(b.claims.filter((c) => c.cue === 'said').map((c) => c.speaker)).toEqual(['Russia’s Defense Ministry', 'Russia’s Defense Ministry']);
  });

  it('reads a name that only modifies a noun after it ("the previous Trump administration") as no subject a later "he" goes on with', async () => {
    const b = await brief('Interview\n\nTony Blair spoke to us for an hour. He has written a book about leadership. He worked with the previous Trump administration, and he wishes he had recognised the challenge of building democracy.\n');
    expect(b.claims.find((c) => c.cue === 'wishes')?.speaker).toBe('Tony Blair');
  });

  it('sends "Mr. Lassiter" and "Ms. Lassiter" to the husband and the wife the article names, not one record', async () => {
    const b = await brief('Lawsuit\n\nScott Lassiter sued the speaker on Monday. His wife, Jamie Liles Lassiter, worked for the courts. The suit says Ms. Lassiter confessed to the affair. Mr. Lassiter says the speaker threatened him. Ms. Lassiter has not commented.\n');
    const text = (name: string) => b.entities.find((e) => e.name === name)?.mentions.map((m) => b.text.slice(m.start - 4, m.end));
    expect(text('Jamie Liles Lassiter')).toEqual(['fe, Jamie Liles Lassiter', 'Ms. Lassiter', 'Ms. Lassiter']);
    expect(text('Scott Lassiter')).toEqual(expect.arrayContaining(['Mr. Lassiter']));
  });

  it('knows the gender of given names beyond the hand lists from the names corpus', async () => {
    // Neither "Thaddeus" nor "Mollie" is in the hand lists: the corpus says he is a man and she a woman.
    const b = await brief('Interview\n\nThaddeus Holt interviewed Mollie Gates on Monday. “I never expected to win,” she said.\n');
    expect(b.claims.find((c) => c.kind === 'direct')?.speaker).toBe('Mollie Gates');
    const he = await brief('Interview\n\nMollie Gates interviewed Thaddeus Holt on Monday. “I never expected to win,” he said.\n');
    expect(he.claims.find((c) => c.kind === 'direct')?.speaker).toBe('Thaddeus Holt');
  });

  it('reads a pronoun as the subject of the last sentence that names someone, not its object', async () => {
    const b = await brief('US Open\n\nKatie Boulter got the ball rolling on Tuesday with a 6-4, 6-0 victory over Diane Parry. “Hopefully I’ve started everyone off well today,” she told Sky Sports.\n');
    expect(b.claims.find((c) => c.kind === 'direct')?.speaker).toBe('Katie Boulter');
    const he = await brief('Talks\n\nJamil Al Saadouni told the reporter that Yahya Sinwar had not consulted anyone. He lamented that civilians were never asked.\n');
    expect(he.claims.find((c) => c.cue === 'lamented')?.speaker).toBe('Jamil Al Saadouni');
    // Nor is one after a preposition or a verb.
    const after = await brief('Bill\n\nAfter meeting Barack Obama on Monday, Donald Trump signed the bill. He said the law would help farmers.\n');
    expect(after.claims.find((c) => c.cue === 'said')?.speaker).toBe('Donald Trump');
    const according = await brief('Vote\n\nAccording to Mary Smith, Linda Jones won the vote. She said the count was fair.\n');
    expect(according.claims.find((c) => c.cue === 'said')?.speaker).toBe('Linda Jones');
    // A name inside the quotation is not the one speaking.
    const quoted = await brief('Rukban\n\nSean Robertson spoke on Monday. “It is another example of Bashar al-Assad facilitating suffering,” Robertson said. He added that the camp must get food.\n');
    expect(quoted.claims.find((c) => c.cue === 'added')?.speaker).toBe('Sean Robertson');
  });

  it('reads "he" after its own sentence’s subject as that subject, not the last person of the sentence before', async () => {
    const b = await brief('A Headline For The Story Here\n\nMitt Romney met Donald Trump on Monday. Marco Rubio spoke over boos from the crowd as he said the party must unite.\n');
    expect(b.claims.find((c) => c.cue === 'said')?.speaker).toBe('Marco Rubio');
  });

  it('never joins a titled surname to a full name of the other gender', async () => {
    const text =
      'Ivanka Trump attended the dinner in Washington on Monday. Mr. Trump spoke for an hour about trade, ' +
      'and Mr. Trump later left for Florida, aides said.';
    const ivanka = await entityWith(text, 'Ivanka Trump');
    expect(ivanka?.forms).toEqual(['Ivanka Trump']);
    expect(await entityWith(text, 'Trump')).toBeDefined();
  });

  it('joins a surname two people share to the one its title or honorific tells', async () => {
    const text =
      'Ivanka Trump and Jared Kushner met Israeli President Isaac Herzog and First Lady Michal Herzog in Jerusalem on Thursday. ' +
      'Later, President Herzog praised the couple. Donald Trump stayed in Florida, and Mr. Trump later spoke to reporters.';
    expect((await entityWith(text, 'Isaac Herzog'))?.forms).toEqual(expect.arrayContaining(['Isaac Herzog', 'Herzog']));
    expect((await entityWith(text, 'Michal Herzog'))?.forms).toEqual(['Michal Herzog']);
    expect((await entityWith(text, 'Donald Trump'))?.forms).toEqual(expect.arrayContaining(['Donald Trump', 'Trump']));
    expect((await entityWith(text, 'Ivanka Trump'))?.forms).toEqual(['Ivanka Trump']);
    // Without a title or honorific on it, a shared surname joins neither.
    const plain = 'Isaac Herzog and Michal Herzog visited the kibbutz on Thursday. Herzog spoke for an hour.';
    expect((await entityWith(plain, 'Isaac Herzog'))?.forms).toEqual(['Isaac Herzog']);
    // Nor with a title on one mention and an honorific on another, which may be two people (review).
    const both = 'Israeli President Isaac Herzog and his wife, Michal Herzog, visited the kibbutz. President Herzog spoke for an hour. Mrs. Herzog met the families.';
    expect((await entityWith(both, 'Isaac Herzog'))?.forms).toEqual(['Isaac Herzog']);
    expect((await entityWith(both, 'Michal Herzog'))?.forms).toEqual(['Michal Herzog']);
    // "Sen." and "Senator" are one title; a full stop ending a sentence is no title's.
    const collins = 'Sen. Susan Collins and her brother, state Rep. Mark Collins, toured the plant on Friday. Senator Collins spoke to workers for an hour.';
    expect((await entityWith(collins, 'Susan Collins'))?.forms).toEqual(expect.arrayContaining(['Susan Collins', 'Collins']));
    expect((await entityWith(collins, 'Mark Collins'))?.forms).toEqual(['Mark Collins']);
    const stop = 'Israeli President Isaac Herzog and Michal Herzog met the president. Herzog said the talks went well.';
    expect((await entityWith(stop, 'Isaac Herzog'))?.forms).toEqual(['Isaac Herzog']);
  });

  it('joins a surname used before a second bearer is named to the one person named in full before it', async () => {
    const text =
      'Zach Wilson left the game on Sunday with a head injury. Wilson was examined at halftime, and Wilson did not return. ' +
      'His mother, Lisa Wilson, wrote on Instagram that he was fine. Lisa Wilson later deleted the post.';
    expect((await entityWith(text, 'Zach Wilson'))?.forms).toEqual(expect.arrayContaining(['Zach Wilson', 'Wilson']));
    expect((await entityWith(text, 'Lisa Wilson'))?.forms).toEqual(['Lisa Wilson']);
    // Used only after both are named, the surname still joins neither.
    const late = 'Zach Wilson and his mother, Lisa Wilson, spoke on Sunday. Wilson said the injury was minor.';
    expect((await entityWith(late, 'Zach Wilson'))?.forms).toEqual(['Zach Wilson']);
  });

  it("joins an agency's acronym made as agencies make them, and keeps places' short forms from organisations", async () => {
    const text =
      'The FDA approved the drug on Monday. The U.S. Food and Drug Administration said trials were strong. ' +
      'The ADL condemned the attack, and the Anti-Defamation League called for calm. ' +
      'The MoD said the Ministry of Defence would send trainers. ' +
      'A judge at the US District Court in Washington, DC, heard the case on Tuesday.';
    expect((await entityWith(text, 'FDA'))?.forms).toEqual(['FDA', 'U.S. Food and Drug Administration']);
    expect((await entityWith(text, 'ADL'))?.forms).toEqual(['ADL', 'Anti-Defamation League']);
    expect((await entityWith(text, 'MoD'))?.forms).toEqual(['Ministry of Defence', 'MoD']);
    expect((await entityWith(text, 'US District Court'))?.forms ?? ['US District Court']).toEqual(['US District Court']);
  });

  it('joins "the Committee" to the one committee named before it, and not "The Times" to the Financial Times', async () => {
    const text =
      'The Federal Open Market Committee held rates on Wednesday. The Committee said inflation had eased. ' +
      'The Financial Times reported the decision first. The Times of London ran it later, and The Times put it on page one.';
    expect((await entityWith(text, 'Committee'))?.name).toBe('Federal Open Market Committee');
    expect((await entityWith(text, 'Financial Times'))?.forms).toEqual(['Financial Times']);
  });

  it("joins a team's plural nickname used first to its full name, but not a party to its wing", async () => {
    const text =
      'The Dodgers signed Shohei Ohtani on Saturday. The Los Angeles Dodgers will pay him $700 million over ten years. ' +
      'Democrats praised the deal, and House Democrats said nothing.';
    expect((await entityWith(text, 'Dodgers'))?.forms).toEqual(['Dodgers', 'Los Angeles Dodgers']);
    expect((await entityWith(text, 'Democrats'))?.forms).toEqual(['Democrats']);
  });

  it('joins a place named with its kind in lower case to the place, and keeps a capitalised kind apart', async () => {
    const text =
      'Israeli jets struck targets across the Gaza Strip on Tuesday, officials said. Fighting also spread to the Khartoum region, and Khartoum itself was shelled. ' +
      'In Tanzania, Lindi town got new streetlights. Lindi Region has 1.2 million people, and Lindi is its capital.';
    const khartoum = await entityWith(text, 'Khartoum');
    expect(khartoum?.name).toBe('Khartoum');
    expect(khartoum?.forms).toEqual(['Khartoum']);
    expect(await entityWith(text, 'Khartoum region')).toBeUndefined();
    expect((await entityWith(text, 'Lindi Region'))?.forms).toEqual(['Lindi Region']);
  });

  it('joins a full name to the same name with a suffix, and the surname to both', async () => {
    const text =
      'The trial opened on Tuesday before U.S. District Judge Thomas Ellis III in Alexandria. Ellis grew impatient with the prosecutors. ' +
      'Thomas Ellis later denied the motion, and Ellis said the jury could go home.';
    const ellis = await entityWith(text, 'Ellis');
    expect(ellis?.name).toBe('Thomas Ellis III');
    expect(ellis?.forms).toEqual(expect.arrayContaining(['Ellis', 'Thomas Ellis III', 'Thomas Ellis']));
  });

  it('joins a surname after "that" (a clause, not a thing) to the person named in full', async () => {
    const text =
      'Former President Donald Trump spoke in Ohio on Tuesday about the jobs the state has lost. ' +
      'Many of the policies are ones that Trump is likely to roll back if he is returned to office.';
    expect((await entityWith(text, 'Donald Trump'))?.forms).toEqual(expect.arrayContaining(['Donald Trump', 'Trump']));
  });

  it('joins a surname or a longer form to the one person it names, and not a given name two people share', async () => {
    const text =
      'Nikki Haley said on Sunday she would stay in the race. Haley told supporters in Charleston that she had momentum. ' +
      'Nikki R. Haley, as the ballot lists her, won 40 percent. Osama bin Laden was killed in 2011; bin Laden had hidden in Pakistan. ' +
      'Mark Meadows and Mark Walker met on Monday. Mark said nothing.';
    const haley = await entityWith(text, 'Haley');
    expect(haley?.name).toBe('Nikki Haley');
    expect(haley?.forms).toEqual(expect.arrayContaining(['Haley', 'Nikki Haley']));
    expect((await entityWith(text, 'Osama bin Laden'))?.forms.length).toBeGreaterThan(1);
    const mark = await entityWith(text, 'Mark');
    expect(mark?.forms ?? ['Mark']).toEqual(['Mark']);
  });

  it('joins a surname the article spells a letter apart to the person, not another name a last letter makes', async () => {
    const text =
      'Volodymyr Zelensky met European leaders in Kyiv on Monday. Zelenskyy said the country needed air defence. ' +
      'Wendy Garrett chairs the county board. Garett said the count was accurate. ' +
      'Hage Geingob died on Sunday, the presidency said. His wife Monica was at his side, and Geingos thanked the doctors. ' +
      'Jose Martinez was charged on Friday. Martine told reporters she had not been questioned.';
    const zelensky = await entityWith(text, 'Zelenskyy');
    expect(zelensky?.name).toBe('Volodymyr Zelensky');
    expect((await entityWith(text, 'Garett'))?.name).toBe('Wendy Garrett');
    expect((await entityWith(text, 'Geingos'))?.name).toBe('Geingos');
    expect((await entityWith(text, 'Martine'))?.name).toBe('Martine');
  });

  it('names a monarch or a pope with the title the article writes before the given name, not a titled surname', async () => {
    const text =
      'Pope Francis announced on Monday that priests could bless same-sex couples. The church under Francis is changing. ' +
      'In April, King Charles III visited the farm shop. Prince Harry said he was sad. Pope John Paul II visited Poland in 1979. ' +
      'Crown Prince Mohammed bin Salman met the delegation. Sir Keir Starmer agreed.';
    const francis = await entityWith(text, 'Francis');
    expect(francis?.name).toBe('Pope Francis');
    expect(francis?.type).toBe('person');
    expect((await entityWith(text, 'Charles III'))?.name).toBe('King Charles III');
    expect((await entityWith(text, 'Harry'))?.name).toBe('Prince Harry');
    expect((await entityWith(text, 'John Paul II'))?.name).toBe('Pope John Paul II');
    expect((await entityWith(text, 'Mohammed bin Salman'))?.name).toBe('Mohammed bin Salman');
    expect((await entityWith(text, 'Keir Starmer'))?.name).toBe('Keir Starmer');
  });

  it('joins a surname to a full name with a suffix, a short organisation name to its full form, and a registered mark to the plain name', async () => {
    const text =
      'Patrick W. Carlineo Jr. pleaded guilty on Monday. Carlineo faces up to ten years in prison. ' +
      'The UN Security Council met on Friday. The Security Council did not vote. ' +
      'Researchers at Harvard University led the study. Harvard said it would publish the data. ' +
      'The Apache® Software Foundation announced the move. The Apache Software Foundation has 300 projects.';
    expect((await entityWith(text, 'Carlineo'))?.name).toBe('Patrick W. Carlineo Jr.');
    expect((await entityWith(text, 'Security Council'))?.name).toBe('UN Security Council');
    expect((await entityWith(text, 'Harvard'))?.name).toBe('Harvard University');
    expect((await entityWith(text, 'Apache Software Foundation'))?.forms).toEqual(['Apache Software Foundation', 'Apache® Software Foundation']);
    // A nationality before the name describes it: the record is named as the article names it alone.
    const commission = 'The British Simon Commission arrived in 1928. The Simon Commission was boycotted. American Airlines said fares would rise.';
    expect((await entityWith(commission, 'Simon Commission'))?.name).toBe('Simon Commission');
    expect((await entityWith(commission, 'American Airlines'))?.name).toBe('American Airlines');
  });

  it('joins a company to the ticker given in brackets after it, and reads a partnership\u2019s partners as one firm', async () => {
    const text = 'Crown Equity Holdings, Inc. (OTCMKTS: CRWE) said on Monday it will launch a video network. CRWE is targeting the market. Skadden, Arps, Slate, Meagher & Flom LLP advised the company.';
    expect((await entityWith(text, 'CRWE'))?.name).toBe('Crown Equity Holdings');
    expect((await entityWith(text, 'Skadden, Arps, Slate, Meagher & Flom LLP'))?.type).toBe('organization');
    expect(await entityWith(text, 'Arps')).toBeUndefined();
    // (Not a person before a firm, nor a list of firms.)
    const firms = await entities('The company was represented by Mary Chen, Latham & Watkins LLP, who declined to comment. It was advised by Deloitte, KPMG, Ernst & Young LLP on the takeover.');
    expect(firms.map((e) => e.name)).toEqual(expect.arrayContaining(['Mary Chen', 'Latham & Watkins LLP', 'Deloitte', 'KPMG', 'Ernst & Young LLP']));
    // With its legal form written both ways, and the ticker after the one that holds it: one record, no "Inc." of its own.
    const both = await entities('Crown Equity Holdings Inc. (OTCMKTS: CRWE) said on Monday it will launch a video network. CRWE is targeting the market. Crown Equity Holdings, Inc. provides links to websites.');
    expect(both.filter((e) => e.type === 'organization').map((e) => e.forms.length > 0 && e.name)).toHaveLength(1);
    expect(both.some((e) => e.name === 'Inc.')).toBe(false);
    // (Only a legal form joins the name before its comma: "the White House, Congress and the courts" are two.)
    const list = await entities('The budget fight pits the White House, Congress and the courts against each other, officials said.');
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['White House', 'Congress']));
  });

  it('joins an organisation to the capitals defined in brackets after it, whatever language they abbreviate', async () => {
    const text = 'The governing party is the Democratic Union Party (PYD), an affiliate of the Kurdish Worker’s Party (PKK). The PKK took up arms in 1984, and the PYD governs Rojava.';
    expect((await entityWith(text, 'PKK'))?.name).toBe('Kurdish Worker’s Party');
    expect((await entityWith(text, 'PYD'))?.name).toBe('Democratic Union Party');
  });

  it('joins a person’s name written with a hyphen and with a space, named as the hyphen writes it', async () => {
    const text = 'Linda Thomas Greenfield spoke first at the council. Greenfield said the vote mattered. Later Linda Thomas-Greenfield met the press, and Thomas-Greenfield took questions.';
    const e = await entityWith(text, 'Linda Thomas Greenfield');
    expect(e?.forms).toEqual(expect.arrayContaining(['Linda Thomas-Greenfield', 'Thomas-Greenfield', 'Greenfield']));
    expect(e?.name).toBe('Linda Thomas-Greenfield');
    expect((await entityWith('North Korean leader Kim Jong Un was mocked in the film. The film shows Kim Jong-un as a fraud.', 'Kim Jong-un'))?.forms).toContain('Kim Jong Un');
  });

  it('joins an organisation’s short name to its full name with "Center" (not a person’s name to a centre named after them)', async () => {
    const text = 'Most Americans back the plan, according to a survey by the Pew Research Center released on Monday. Pew Research also asked about taxes, and the answers split by party.';
    expect((await entityWith(text, 'Pew Research'))?.name).toBe('Pew Research Center');
    const kennedy = 'Robert Kennedy spoke at the Kennedy Center on Friday. Kennedy said the arts needed more money.';
    expect((await entityWith(kennedy, 'Kennedy'))?.name).not.toBe('Kennedy Center');
  });

  it('joins a company named short to its full name with a company form ("GateHouse Media", "Alden Capital")', async () => {
    const text =
      'GateHouse said on Tuesday it would merge with Gannett. GateHouse Media owns 150 daily papers. ' +
      'Alden has cut staff at every paper it owns. Alden Capital also bid for Tribune.';
    expect((await entityWith(text, 'GateHouse'))?.name).toBe('GateHouse Media');
    const alden = await entityWith(text, 'Alden');
    expect([alden?.name, alden?.type]).toEqual(['Alden Capital', 'organization']);
  });

  it('does not join a name a determiner always precedes to a person it begins ("The Bill" is no Bill Shorten)', async () => {
    const text =
      'Opposition Leader Bill Shorten backed the Data Retention Bill on Monday. The Bill would require providers to store metadata for two years. Critics want the Bill amended.';
    const bill = await entityWith(text, 'Bill');
    expect(bill?.name).not.toBe('Bill Shorten');
    expect((await entityWith(text, 'Bill Shorten'))?.forms).toEqual(['Bill Shorten']);
  });

  it('names a place by its mixed-case form, not a dateline’s capitals', async () => {
    const text = 'MOSCOW (Reuters) - Russian officials met on Monday. Talks in Moscow went on late.';
    expect((await entityWith(text, 'MOSCOW'))?.name).toBe('Moscow');
  });

  it('names a person by full name, not by a nickname or an initial', async () => {
    const text =
      'Grace Mugabe, known to critics as Gucci Grace, was at the rally in Harare. Mugabe waved to the crowd. ' +
      'Gucci Grace left early. Mugabe did not speak.';
    expect((await entityWith(text, 'Mugabe'))?.name).toBe('Grace Mugabe');
  });

  it('names the same speaker in the claims as in the entity list', async () => {
    const text =
      'The International Monetary Fund cut its global growth forecast on Tuesday. ' +
      '"Risks are tilted to the downside," the IMF said in a statement.';
    const b = await brief(text);
    const claim = b.claims.find((c) => c.cue === 'said');
    expect(claim?.speaker).toBe('International Monetary Fund');
    expect(b.entities.map((e) => e.name)).toContain('International Monetary Fund');
  });

  it('joins no state\u2019s code after a place and its comma to a name with those initials', async () => {
    const text = 'Prices rose in Syracuse, NY and Cleveland, OH last year, while West Palm Beach, FL and Miami, FL cooled. Fort Lauderdale also cooled.';
    expect((await entityWith(text, 'Fort Lauderdale'))?.forms).not.toContain('FL');
  });

  it('still joins "US", "UN" and "UK" after a comma to their full names (only a state\u2019s postal code after a place is kept apart)', async () => {
    const text = 'The United States is preparing new sanctions. On Tuesday, US officials briefed allies. Separately, UN diplomats met in Geneva. The United Nations has called for restraint.';
    expect((await entityWith(text, 'United States'))?.forms).toContain('US');
    expect((await entityWith(text, 'United Nations'))?.forms).toContain('UN');
  });
});
