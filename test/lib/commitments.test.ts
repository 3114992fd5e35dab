import { describe, expect, test } from 'vitest';
import { operativeVerb, sentenceCommitments } from '../../scripts/lib/commitments.ts';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { said } from '../support/engine.ts';
import { ARTICLE_FILE, DECLARATION_FILE, fixtureNames, fixtureText, readSeedFiles } from '../support/seeds.ts';

const seeds = readSeedFiles();
const ingest = (file: string) =>
  ingestDocument({
    file,
    bytes: seeds.get(file)!,
    sidecar: seeds.has(file.replace('.txt', '.meta.yaml'))
      ? { file: file.replace('.txt', '.meta.yaml'), text: new TextDecoder().decode(seeds.get(file.replace('.txt', '.meta.yaml'))!) }
      : undefined,
  }).data;
const fixture = (name: string) => ingestDocument({ file: `${name}.txt`, bytes: new TextEncoder().encode(fixtureText(name)) }).data;
const spans = (sentence: string, year: number | null = 2018) =>
  sentenceCommitments(sentence, 0, sentence.length, year).map((c) => ({ kind: c.kind, text: sentence.slice(c.start, c.end), lead: c.lead }));

describe('sentenceCommitments', () => {
  test.each([
    ['Nous nous engageons à favoriser le partage et le retour d’expérience.', 'engagement'],
    ['Dans l’objectif de faciliter l’accès, nous insistons sur l’importance de parvenir rapidement à un accord.', 'call'],
    ['Nous soutenons la proposition de la Commission européenne de règlement.', 'support'],
    ['Dans ce contexte, nous estimons nécessaire de veiller à la préservation d’un haut niveau d’efficacité.', 'engagement'],
    ['Conjointement, nous appelons à travailler au développement d’un PNR ferroviaire.', 'call'],
    ['Nos protections civiles aussi vont mieux coopérer.', 'announcement'],
    ['Les ministres s’engagent à se réunir à nouveau au cours du premier semestre 2020.', 'engagement'],
    ['Chaque Partie notifie à l’autre l’accomplissement des procédures internes.', 'engagement'],
    ['Les ministres se réuniront à nouveau à La Haye.', 'announcement'],
  ])('%j is a commitment of kind %s', (sentence, kind) => {
    expect(spans(sentence)).toEqual([{ kind, text: sentence, lead: null }]);
  });

  test.each([
    ['Nous avions décidé en 2016 d’intensifier la coopération policière.'],
    ['En 2017, ces travaux ont été précisés : il a ainsi été convenu de mettre en place un groupe de travail.'],
    ['Nous souhaitons que la dynamique de coopération puisse s’accroître.'],
    ['Est-ce que nous allons coopérer ?'],
    ['Chez nous, l’OCAM a tout bien évalué, mais nous maintenons encore beaucoup de moyens sur le terrain.'],
    ['Les deux hommes ont conclu quelques accords pour améliorer leur collaboration.'],
  ])('%j is not a commitment', (sentence) => {
    expect(spans(sentence)).toEqual([]);
  });

  test('splits two coordinated measures and gives the second the shared lead', () => {
    expect(spans('Nous allons installer un officier de liaison à Paris et réunir des points de contact pour les centres de crise.')).toEqual([
      { kind: 'announcement', text: 'Nous allons installer un officier de liaison à Paris', lead: null },
      { kind: 'announcement', text: 'et réunir des points de contact pour les centres de crise.', lead: 'Nous allons' },
    ]);
  });

  test('splits a second commitment with its own subject after "et"', () => {
    expect(spans('Nous soutenons le Parquet européen et nous veillerons à son bon fonctionnement.')).toEqual([
      { kind: 'support', text: 'Nous soutenons le Parquet européen', lead: null },
      { kind: 'engagement', text: 'et nous veillerons à son bon fonctionnement.', lead: null },
    ]);
  });

  test('does not split on "et" followed by a noun that looks like an infinitive', () => {
    expect(spans('Nous allons renforcer la coopération entre la police et notre ministre de la Justice.')).toHaveLength(1);
  });
});

describe('commitments of the seeds', () => {
  test('the declaration: 18 bulleted decisions (7 + 7 + 4) with their lead, and the 4 engagements of the closing paragraphs', () => {
    const doc = ingest(DECLARATION_FILE);
    const bulleted = doc.commitments.filter((c) => c.lead !== null);
    expect(bulleted).toHaveLength(18);
    expect(bulleted.every((c) => c.lead!.endsWith('la France et la Belgique ont décidé :'))).toBe(true);
    const bySection = Object.fromEntries(doc.sections.map((s) => [s.id, bulleted.filter((c) => c.section === s.id).length]));
    expect(bySection).toEqual({ terrorisme: 7, 'radicalisation-violente': 7, europeen: 4 });
    expect(doc.commitments.filter((c) => c.lead === null).map((c) => [c.id, c.kind, c.text.slice(0, 40)])).toEqual([
      ['europeen-5', 'call', 'Dans l’objectif de faciliter l’accès tra'],
      ['europeen-6', 'engagement', 'Nous nous engageons à favoriser le parta'],
      ['europeen-7', 'engagement', 'Dans le contexte de l’entrée en vigueur '],
      ['europeen-8', 'support', 'Nous soutenons la proposition de la Comm'],
    ]);
    expect(doc.commitments.map((c) => c.id).slice(0, 8)).toEqual([
      'terrorisme-1', 'terrorisme-2', 'terrorisme-3', 'terrorisme-4', 'terrorisme-5', 'terrorisme-6', 'terrorisme-7', 'radicalisation-violente-1',
    ]);
  });

  test('the press report: the three announced measures, quoted from Jan Jambon', () => {
    const doc = ingest(ARTICLE_FILE);
    expect(doc.commitments.map((c) => [c.kind, c.text, c.speaker])).toEqual([
      ['announcement', 'Nous allons installer un officier de liaison pour la migration à Paris', 'Jan Jambon'],
      ['announcement', 'et réunir des points de contact de liaison pour les centres de crise.', 'Jan Jambon'],
      ['announcement', 'Nos protections civiles aussi vont mieux coopérer.', 'Jan Jambon'],
    ]);
    // The speaker commits: he is each one's first actor, before the actors it names. Paris
    // is where the officer goes, not who commits: a place is no commitment's actor.
    expect(doc.commitments.map((c) => c.actors)).toEqual([
      ['jan-jambon'],
      ['jan-jambon', 'centres-de-crise'],
      ['jan-jambon', 'protection-civile'],
    ]);
  });
});

describe('commitments of texts of other shapes', () => {
  test('a place a commitment names (Anvers, La Haye, Vintimille) is never one of its actors, but stays marked in the text', () => {
    const places = new Set(loadRegistry().actors.filter((a) => a.kind === 'place').map((a) => a.id));
    let named = 0;
    for (const name of fixtureNames()) {
      const doc = fixture(name);
      for (const c of doc.commitments) {
        expect(c.actors.filter((a) => places.has(a) || doc.actors.find((x) => x.id === a)?.kind === 'place'), `${name} ${c.id}`).toEqual([]);
        named += doc.mentions.filter((m) => m.type === 'actor' && places.has(m.id) && m.start >= c.start && m.end <= c.end).length;
      }
    }
    expect(named).toBeGreaterThan(5);
  });

  test('a lead governs its run of lists, but not a list in the marker the text used for facts outside any lead', () => {
    const doc = fixture('holdout-ports-roadmap');
    // The "–" items under each "Les signataires s’engagent à :" (the last one's run goes on
    // under "IV. Suivi"), none of the "•" facts before, between or after them.
    expect(doc.commitments).toHaveLength(14);
    expect(doc.commitments.filter((c) => c.lead === 'Les signataires s’engagent à :')).toHaveLength(14);
    expect(doc.commitments.filter((c) => /^(?:Selon|Le 3 mars|En 2022)/u.test(c.text))).toEqual([]);
  });

  test('an arrangement\'s points are read sentence by sentence: each norm binds, not what describes the text or elaborates on the sentence before', () => {
    const doc = fixture('holdout-admin-arrangement');
    const starts = doc.commitments.map((c) => c.text.split(/\s+/u).slice(0, 4).join(' '));
    // Point 3 holds two norms; point 1 describes the arrangement; point 2's second sentence
    // ("Ces patrouilles prolongent …") and point 11 ("Le présent arrangement ne constitue pas …") bind nothing.
    expect(starts).toContain('Le CCPD assure une');
    expect(starts).toContain('Un exercice commun simulant');
    expect(doc.commitments.filter((c) => /^(?:Le présent arrangement|Ces patrouilles|Il )/u.test(c.text))).toEqual([]);
    expect(doc.commitments).toHaveLength(12);
  });

  test('a transcript\'s speaker label says who commits; the journalist\'s label names no one; a sentence\'s subject is no label', () => {
    const text = 'Matin Première\n\nMardi 4 février 2025\n\nJournaliste : Concrètement, que comptez-vous faire ?\n\nVincent Dehaene : Alors, dès lundi, douze magistrats supplémentaires seront affectés au parquet de Bruxelles.\n\nM. DUPOND-MORETTI. – Nous nous reverrons à Bruxelles en octobre pour faire un premier bilan.';
    const doc = ingestDocument({ file: 'radio.txt', bytes: new TextEncoder().encode(text) }).data;
    expect(doc.commitments.map((c) => [c.speaker, c.text.slice(0, 20)])).toEqual([
      ['Vincent Dehaene', 'Vincent Dehaene : Al'],
      ['DUPOND-MORETTI', 'M. DUPOND-MORETTI. –'],
    ]);
    expect(doc.commitments[0]!.actors[0]).toBe('vincent-dehaene');
    // Not a transcript: a bullet's one-word label, a subject between dashes, a treaty's name.
    const factsheet = ingestDocument({ file: 'fiche.txt', bytes: new TextEncoder().encode('Plan d’action\n\nBruxelles, le 12 novembre 2025\n\nSanctions : la Commission présentera avant l’été 2026 une proposition de sanctions.') }).data;
    expect(factsheet.commitments.map((c) => c.speaker)).toEqual([null]);
    const declaration = ingestDocument({ file: 'decl.txt', bytes: new TextEncoder().encode('Déclaration\n\nParis, le 3 mars 2024\n\nLa France – et la Belgique – s’engagent à renforcer leur coopération policière.\n\nTraité de Prüm : les Parties s’engagent à échanger leurs fichiers.') }).data;
    expect(declaration.commitments.map((c) => [c.speaker, c.actors])).toEqual([[null, ['france', 'belgique']], [null, []]]);
  });

  test('a speaker keeps the floor in the paragraphs after the label, up to the next label; a sentence ending in a colon is no label', () => {
    const text = 'Conférence de presse\n\nParis, le 23 avril 2024\n\nM. DUPOND-MORETTI. – Merci d’être là.\n\nD’abord, nous allons créer un groupe de travail franco-belge.\n\nQUESTION. – Et les ports ?\n\nOn nous demande souvent pourquoi nous renforcerons les contrôles dans les ports.\n\nM. VAN TIGCHELT. – Merci.\n\nDonc je le dis clairement : la Belgique ouvrira une section de haute sécurité.';
    const doc = ingestDocument({ file: 'conference.txt', bytes: new TextEncoder().encode(text) }).data;
    expect(doc.commitments.map((c) => [c.speaker, c.text.slice(0, 20)])).toEqual([
      ['DUPOND-MORETTI', 'D’abord, nous allons'],
      [null, 'On nous demande souv'],
      ['VAN TIGCHELT', 'Donc je le dis clair'],
    ]);
  });

  test('a hearing\'s labels: an office before or instead of a name, an apposition after it; a field label or a lead keeps the turn', () => {
    const text =
      'Audition\n\nParis, le 3 mars 2025\n\nM. le président Jean Castelnau. – Nous entendons M. Martin.\n\nM. Paul Martin, directeur général de la police. – Les services s’engagent à :\n\n- renforcer les patrouilles ;\n\nNous déposerons un rapport en mai.\n\nPremièrement : nous recruterons 500 policiers.\n\nMme Sophie Marchand (groupe Rassemblement national). – Nous déposerons un amendement.\n\nMme la présidente. – Notre commission se rendra à Bruxelles en juin.\n\nLe ministre : Nous allons déployer cent policiers.\n\nQUESTION. – Et les ports ?\n\nPour la France : les préfets recevront des instructions.';
    const doc = ingestDocument({ file: 'hearing.txt', bytes: new TextEncoder().encode(text) }).data;
    expect(doc.commitments.map((c) => [c.speaker, c.text.slice(0, 20)])).toEqual([
      ['Paul Martin', 'renforcer les patrou'],
      ['Paul Martin', 'Nous déposerons un r'],
      ['Paul Martin', 'Premièrement : nous '],
      ['Sophie Marchand', 'Mme Sophie Marchand '],
      ['la présidente', 'Mme la présidente. –'],
      ['Le ministre', 'Le ministre : Nous a'],
      [null, 'Pour la France : les'],
    ]);
  });

  test('an arrangement\'s short point is the lead\'s decision: only a point that speaks of the text itself is not', () => {
    const text = 'Arrangement administratif entre le Ministère A et le Ministère B\n\nSont convenus de ce qui suit :\n\n1 - Le présent arrangement fixe les modalités de la coopération.\n\n2 - Les Participants coopèrent étroitement.\n\n3 - Les Participants échangent leurs analyses chaque mois. Il se réunit deux fois par an.\n\nFait à Schengen, le 12 septembre 2023.';
    const doc = ingestDocument({ file: 'arrangement.txt', bytes: new TextEncoder().encode(text) }).data;
    expect(doc.commitments.map((c) => c.text)).toEqual(['Les Participants coopèrent étroitement.', 'Les Participants échangent leurs analyses chaque mois. Il se réunit deux fois par an.']);
  });

  test('"1 -" points under "Les deux ministres déclarent :"; a point that goes on with a commitment of its own holds two', () => {
    const doc = fixture('holdout-cyber-points');
    expect(doc.commitments).toHaveLength(12);
    expect(doc.commitments.filter((c) => c.lead === 'Les deux ministres déclarent :').map((c) => c.text.split(' ')[0])).toEqual([
      'Renforcer', 'Protéger', 'Désigner,', 'Engager', 'Mutualiser', 'Lancer', 'Défendre', 'Se',
    ]);
    expect(doc.commitments.find((c) => c.text.startsWith('Protéger'))!.text).not.toContain('Ils proposeront');
    // Points with a subject of their own commit by their own verb.
    expect(doc.commitments.filter((c) => c.lead === null).map((c) => c.text.split(' ').slice(0, 4).join(' '))).toEqual([
      'Ils proposeront en outre,',
      'Les deux ministres s\'engagent',
      'Les deux ministres saisiront',
      'Les deux ministres soutiendront',
    ]);
  });

  test('a memorandum: its self-description, applicable law, taking effect and signature lines are not norms', () => {
    const doc = fixture('holdout-pnr-memorandum');
    expect(doc.commitments.filter((c) => /^(?:Le présent Mémorandum|Ministre|La transmission)/u.test(c.text)).map((c) => c.text.slice(0, 40))).toEqual([]);
    expect(doc.commitments.length).toBeGreaterThanOrEqual(13);
  });

  test('"1 -" points after a lead, then two closing engagements', () => {
    const doc = fixture('communique-dash-points');
    expect(doc.commitments.filter((c) => c.lead === 'Les deux ministres sont convenus de :')).toHaveLength(6);
    expect(doc.commitments.filter((c) => c.lead === null).map((c) => c.kind)).toEqual(['engagement', 'call']);
  });

  test('a communiqué without bullets: the ten sentence-level commitments, not the two statements', () => {
    const doc = fixture('communique-prose');
    expect(doc.commitments.map((c) => c.kind)).toEqual([
      'engagement', 'announcement', 'support', 'engagement', 'call', 'call', 'announcement', 'call', 'engagement', 'announcement',
    ]);
    expect(doc.commitments.at(-1)!.text).toBe('La prochaine réunion se tiendra à Berlin en 2021.');
    expect(doc.commitments.some((c) => c.text.startsWith('Nous souhaitons'))).toBe(false);
    expect(doc.commitments.some((c) => c.text.startsWith('Nous sommes également'))).toBe(false);
  });

  test('mixed lists: the lead carries across headings; a second lead opens a new run', () => {
    const doc = fixture('declaration-mixed-lists');
    expect(doc.commitments.filter((c) => c.lead === 'Les ministres décident :')).toHaveLength(11);
    expect(doc.commitments.filter((c) => c.lead === 'À cet égard, ils conviennent :')).toHaveLength(2);
    // The "K. 1" references follow a paragraph that is not a lead: they are not commitments.
    expect(doc.commitments.some((c) => c.text.startsWith('les questions d'))).toBe(false);
  });

  test('a treaty: every normative sentence of an article, not definitions, permissions or closing formulas', () => {
    const doc = fixture('treaty-articles');
    expect(doc.commitments.map((c) => c.id)).toEqual(['article-3-1', 'article-4-1', 'article-4-2', 'article-5-1', 'article-6-1', 'article-6-2', 'article-7-1', 'article-8-1']);
    expect(doc.commitments.some((c) => /peuvent effectuer|on entend par|^Fait à/u.test(c.text))).toBe(false);
    expect(doc.commitments.find((c) => c.id === 'article-4-2')!.text).toMatch(/^Les informations transmises ne peuvent être utilisées/u);
  });
});

describe('sentenceCommitments on the review findings', () => {
  test.each([
    ['Nous nous engageons à renforcer la coopération policière et judiciaire.'],
    ['Nous allons renforcer la coopération militaire et humanitaire.'],
  ])('%j is one commitment, not split on an adjective', (sentence) => {
    expect(spans(sentence)).toHaveLength(1);
  });

  test.each([
    ['Nous considérons que la menace reste élevée.'],
    ['Nous espérons que la situation s’améliorera.'],
    ['Nous coopérons déjà avec nos voisins.'],
    ['Les terroristes vont et viennent entre nos pays.'],
    ['La sécurité et la liberté vont de pair avec notre démocratie.'],
    ['Les Parties ont échangé des vues sur la situation.'],
    ['Les parties ont communiqué leurs observations.'],
    ['Nous ne nous engageons pas à financer ce projet.'],
    ['Les syndicats de police demandent davantage de moyens.'],
    ['Les citoyens appellent à plus de sécurité.'],
  ])('%j is not a commitment', (sentence) => {
    expect(spans(sentence)).toEqual([]);
  });

  test.each([
    ['INVITE les États membres à désigner sans délai les autorités compétentes ;', [['call', 'INVITE les États membres à désigner sans délai les autorités compétentes ;']]],
    ['ENCOURAGE Eurojust et Europol à soutenir davantage les équipes communes d’enquête ;', [['call', 'ENCOURAGE Eurojust et Europol à soutenir davantage les équipes communes d’enquête ;']]],
    ['SOUTIENT la mise en œuvre du plan d’action ; DEMANDE à Frontex de renforcer le suivi ;', [['support', 'SOUTIENT la mise en œuvre du plan d’action'], ['call', 'DEMANDE à Frontex de renforcer le suivi ;']]],
    ['SE FÉLICITE de l’accord politique intervenu le 29 novembre 2022, et INVITE la Commission à présenter des lignes directrices ;', [['call', 'INVITE la Commission à présenter des lignes directrices ;']]],
    ['S’ENGAGE à assurer la mise en service du SIS ;', [['engagement', 'S’ENGAGE à assurer la mise en service du SIS ;']]],
    ['DÉCIDE de revenir sur cette question au cours du premier semestre 2024.', [['decision', 'DÉCIDE de revenir sur cette question au cours du premier semestre 2024.']]],
    ['RAPPELLE la directive (UE) 2017/541 du 15 mars 2017 ;', []],
    ['PREND ACTE des arrêts de la Cour de justice ;', []],
    ['Les délégations trouveront ci-après les conclusions du Conseil.', []],
    // From a review: adverbs after the verb, a comma, readiness, "PREND NOTE … et INVITE".
    ['INVITE INSTAMMENT les États membres à agir ;', [['call', 'INVITE INSTAMMENT les États membres à agir ;']]],
    ['INVITE, en outre, la Commission à présenter un rapport ;', [['call', 'INVITE, en outre, la Commission à présenter un rapport ;']]],
    ['SE DÉCLARE PRÊT à examiner toute proposition ;', [['engagement', 'SE DÉCLARE PRÊT à examiner toute proposition ;']]],
    ['PREND NOTE du rapport de la Commission et INVITE celle-ci à le compléter ;', [['call', 'INVITE celle-ci à le compléter ;']]],
    ['RÉITÈRE son soutien à l’Ukraine ;', []],
  ])('Council conclusions: %j', (sentence, expected) => {
    expect(sentenceCommitments(sentence, 0, sentence.length, 2022, 'declaration').map((c) => [c.kind, sentence.slice(c.start, c.end)])).toEqual(expected);
  });

  test.each([
    ['Les deux ministres se sont également engagés à proposer à l’Allemagne de rejoindre l’accord.', ['announcement']],
    ['Une première réunion de suivi, à laquelle seront invités des représentants allemands, se tiendra le 26 juin à Trèves.', ['announcement']],
    ['L’accord signé aujourd’hui entrera en vigueur après l’accomplissement des procédures requises.', []],
    // Forecasts are not announcements; an entry into force does not hide the measure beside it.
    ['L’accord facilitera les échanges entre les deux polices.', []],
    ['La situation demeurera préoccupante tant que la guerre durera.', []],
    ['L’accord entrera en vigueur en mars et les patrouilles seront déployées dès février.', ['announcement']],
    // Third blind round: a bare future whose subject acts commits; an adverb inside the verb
    // group; a "dont" clause to the end of the sentence.
    ['La Sécurité civile française et la Protection civile belge mèneront un recensement commun d’ici la fin de l’année.', ['announcement']],
    ['« L’Espagne mettra à la disposition de ses partenaires l’expérience acquise », a déclaré le ministre.', ['announcement']],
    ['Les trois pays mèneront des exercices conjoints.', ['announcement']],
    ['La Belgique, l’Espagne et la France ont par ailleurs décidé de créer un réseau de points de contact.', ['decision']],
    // A second verb of the same subject is a second commitment, whatever its kind.
    ['Les ministres conviennent de renforcer les patrouilles communes et chargent leurs services de présenter un bilan.', ['decision', 'call']],
    // A call in the passive; not a forecast ("sont appelés à disparaître").
    ['Le Parlement européen et le Conseil sont invités à examiner la proposition de règlement en priorité.', ['call']],
    ['Ces dispositifs sont appelés à disparaître.', []],
    // A minister in the first person singular: "je vais" + a verb of action, "je soutiens".
    ['Ensuite, je vais déposer la semaine prochaine un avant-projet de loi.', ['announcement']],
    ['Je soutiens aussi la proposition de la Commission.', ['support']],
    ['Je vais être clair avec vous.', []],
    ['Je vais répondre à votre question.', []],
    // Review of the sixth round: what a speaker does while speaking is no announcement; "je
    // soutiens que" is an opinion; an invitation to a dinner or to show up is no call.
    ['Je vais maintenant laisser la parole au ministre.', []],
    ['Je vais prendre un exemple.', []],
    ['Je vais le soumettre aux députés dans les six mois.', ['announcement']],
    ['Je soutiens que cette mesure est inutile.', []],
    ['Les ministres sont invités à un dîner de travail.', []],
    ['Les journalistes sont invités à se présenter à 9 heures.', []],
    ['La ministre a rappelé que la Belgique avait revu son dispositif après les attentats, dont le cinquième anniversaire sera commémoré dans quelques jours.', []],
  ])('a press release: %j', (sentence, kinds) => {
    expect(sentenceCommitments(sentence, 0, sentence.length, 2023, 'joint-communique').map((c) => c.kind)).toEqual(kinds);
  });

  test.each([
    // A plan or a roadmap is a declaration: the futures of the bodies it charges commit, not
    // a forecast, nor a future inside a relative clause.
    ['Chaque partenaire désignera d’ici le 30 juin 2020 un point focal.', ['announcement']],
    ['Europol détachera un officier de liaison supplémentaire dans la région.', ['announcement']],
    ['Les autorités albanaises, monténégrines et serbes poursuivront les campagnes de destruction des armes.', ['announcement']],
    ['L’accord, signé hier, facilitera les échanges.', []],
    ['Le système qui sera mis en place doit être efficace.', []],
    // A government's report of its own decision commits; a decision of no agent does not.
    ['Le Gouvernement a décidé de maintenir la posture Vigipirate au niveau « urgence attentat » pendant toute la compétition.', ['decision']],
    ['Ce qui a décidé de son sort reste inconnu.', []],
    // A third party's past decision is reported, not the authors'.
    ['La Commission a décidé de retirer sa proposition.', []],
  ])('a plan of action: %j', (sentence, kinds) => {
    expect(sentenceCommitments(sentence, 0, sentence.length, 2019, 'declaration').map((c) => c.kind)).toEqual(kinds);
  });

  test.each([
    ['Je me suis engagé à le soumettre au Parlement avant l’été.', 'engagement'],
    ['J’ai par ailleurs décidé d’étendre le PNR aux trains.', 'decision'],
    ['Ensuite, je plaiderai pour que l’interconnexion des fichiers soit achevée.', 'announcement'],
    ['Le ministère s’engage par ailleurs à réunir le comité chaque trimestre.', 'engagement'],
    ['J’ai décidé, par ailleurs, de prépositionner deux avions en Corse.', 'decision'],
    ['Desmet s’est enfin engagé à déposer un projet de loi.', 'announcement'],
    ['Une équipe commune d’enquête sera en outre mise sur pied avec Eurojust, a ajouté la ministre.', 'announcement'],
  ])('a minister in the first person, or any subject that "s’engage à": %j', (sentence, kind) => {
    expect(sentenceCommitments(sentence, 0, sentence.length, 2024, 'article').map((c) => c.kind)).toEqual([kind]);
  });

  test('"je serai attentif" is no commitment', () => {
    const sentence = 'Je serai très attentif à la situation.';
    expect(sentenceCommitments(sentence, 0, sentence.length, 2024, 'article')).toEqual([]);
  });

  test.each([
    // The future tense is in the speaker's title, a "dont" clause, or a state, not an action.
    ['« Nos équipages interviennent jour et nuit », a indiqué M. Andrea Bellini, porte-parole de la Guardia costiera.'],
    ['Selon Frontex, dont le bilan mensuel sera publié la semaine prochaine, les traversées ont encore augmenté.'],
    ['« Tant que le pacte restera bloqué, ces réunions relèveront surtout de l’affichage politique », estime Mme Hélène Vasseur.'],
  ])('in a press report, %j is not a commitment', (sentence) => {
    expect(sentenceCommitments(sentence, 0, sentence.length, 2023, 'article')).toEqual([]);
  });

  test.each([
    ['« Nous renforcerons les contrôles », a déclaré le ministre.'],
    ['Les patrouilles seront renforcées, a précisé le ministre.'],
    ['Le dispositif restera en place et sera renforcé au printemps.'],
  ])('in a press report, %j is an announcement', (sentence) => {
    expect(sentenceCommitments(sentence, 0, sentence.length, 2023, 'article').map((c) => c.kind)).toEqual(['announcement']);
  });

  test.each([
    ['Les deux gouvernements ont convenu de créer un groupe de travail.', 'decision'],
    ['Nous avons convenu de créer un groupe de travail.', 'decision'],
    ['Nous mettrons en place un groupe de travail.', 'announcement'],
    ['Nous prendrons les mesures nécessaires.', 'announcement'],
    ['La France et la Belgique renforceront leur coopération.', 'announcement'],
  ])('%j is a commitment of kind %s', (sentence, kind) => {
    expect(spans(sentence).map((s) => s.kind)).toEqual([kind]);
  });
});

describe('operativeVerb', () => {
  test.each([
    ['De poursuivre le renforcement des échanges d’informations', 'decision', 'poursuivre'],
    ['D’intensifier les échanges entre les centres de crise', 'decision', 'intensifier'],
    ['D’œuvrer à la mise en place d’une « quadripartite ministérielle »', 'decision', 'œuvrer'],
    ['De tenir avant la fin de l’année 2018 une réunion d’experts', 'decision', 'tenir'],
    ['Soulignant la nécessité d’agir contre le financement du terrorisme, de nous accorder sur le renforcement', 'decision', 'accorder'],
    ['En prévention d’une menace terroriste en constante évolution, d’anticiper dès aujourd’hui la sortie', 'decision', 'anticiper'],
    ['Nous allons installer un officier de liaison', 'announcement', 'installer'],
    ['et réunir des points de contact', 'announcement', 'réunir'],
    ['Nos protections civiles aussi vont mieux coopérer.', 'announcement', 'coopérer'],
    ['Conjointement, avec nos partenaires, nous appelons à travailler au développement d’un PNR ferroviaire', 'call', 'appeler'],
    ['Nous soutenons la proposition de la Commission européenne', 'support', 'soutenir'],
    ['Nous nous engageons à favoriser le partage', 'engagement', 'favoriser'],
    ['Les ministres se réuniront à nouveau à La Haye', 'announcement', 'réunir'],
  ] as const)('%j → %s', (text, kind, verb) => {
    expect(operativeVerb(text, kind)).toBe(verb);
  });
});

test('a report says what others agreed to: "sont (en outre) convenues de", whoever the subject', () => {
  expect(said('Les autorités belges et françaises sont en outre convenues de réunir à Tournai, au printemps 2025, un comité stratégique.', 'article')).toEqual(['decision']);
  expect(said('La France est convenue de renforcer les patrouilles.', 'article')).toEqual(['decision']);
});
