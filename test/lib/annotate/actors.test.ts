import { describe, expect, test } from 'vitest';
import { ActorAnnotator, officeNames } from '../../../scripts/lib/annotate/actors.ts';
import { loadRegistry } from '../../../scripts/lib/registry.ts';

const registry = loadRegistry();

/** Actor mentions of a text (after discovery over the same texts), as [text, id]. */
function actors(...texts: string[]): Array<[string, string]> {
  const annotator = new ActorAnnotator(registry);
  annotator.discover(texts);
  return texts.flatMap((text) => annotator.annotate(text).map((h): [string, string] => [text.slice(h.start, h.end), h.id]));
}

describe('registry actors', () => {
  test.each([
    ['Le ministre de l’Intérieur Jan Jambon (N-VA) s’est rendu à Lille.', [['Jan Jambon', 'jan-jambon'], ['N-VA', 'n-va'], ['Lille', 'lille']]],
    ['Édouard PHILIPPE et Charles MICHEL, Premier ministre du Royaume de Belgique', [['Édouard PHILIPPE', 'edouard-philippe'], ['Charles MICHEL', 'charles-michel'], ['Royaume de Belgique', 'belgique']]],
    ['le groupe terroriste Etat islamique a été battu', [['Etat islamique', 'etat-islamique']]],
    ['avec nos partenaires néerlandais et britanniques', [['néerlandais', 'pays-bas'], ['britanniques', 'royaume-uni']]],
    ['le détachement auprès du Préfet des Hauts-de-France à Lille', [['Préfet des Hauts-de-France', 'prefet-hauts-de-france'], ['Lille', 'lille']]],
    ['Les centres de coopération policière et douanière (CCPD) de Tournai', [['centres de coopération policière et douanière (CCPD)', 'ccpd'], ['Tournai', 'tournai']]],
    // Parties of the countries the corpus speaks of, by name or acronym.
    ['Question de M. Jean Dupont (Pyrénées-Orientales - Les Républicains) ; le Vlaams Belang et le RN ont voté contre.', [['Jean Dupont', 'jean-dupont'], ['Pyrénées-Orientales', 'pyrenees-orientales'], ['Les Républicains', 'les-republicains'], ['Vlaams Belang', 'vlaams-belang'], ['RN', 'rassemblement-national']]],
    // A name wrapped at the end of a line, or with a PDF's double space, is one mention.
    ['RÉPUBLIQUE\nFRANÇAISE\nLiberté\nÉgalité', [['RÉPUBLIQUE\nFRANÇAISE', 'france']]],
    ['Le Royaume\nde Belgique et la Commission  européenne ont signé.', [['Royaume\nde Belgique', 'belgique'], ['Commission  européenne', 'commission-europeenne']]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  test('a word in capitals after an indefinite article is a common noun, not the acronym of a body', () => {
    expect(actors('UN RAID AÉRIEN A FRAPPÉ LA VILLE')).toEqual([]);
    expect(actors('LE RAID ET LE GIGN SERONT MOBILISÉS')).toEqual([['RAID', 'raid'], ['GIGN', 'gign']]);
    expect(actors('Le RAID est intervenu.')).toEqual([['RAID', 'raid']]);
  });

  test('what one document learns of a registry actor stays in that document (the registry’s records are shared)', () => {
    const withoutCountry = { ...registry, actors: registry.actors.map((a) => (a.id === 'jan-jambon' ? { ...a, country: null } : a)) };
    const text = 'le ministre belge de l’Intérieur, Jan Jambon, a signé.';
    const first = new ActorAnnotator(withoutCountry);
    first.discover([text]);
    first.annotate(text);
    expect(first.actors.get('jan-jambon')?.country).toBe('belgique');
    expect(new ActorAnnotator(withoutCountry).actors.get('jan-jambon')?.country).toBeNull();
  });

  test('the EU Internet Referral Unit is known by its acronym', () => {
    expect(actors('Nous organiserons avec l’EU IRU une journée d’action.')).toEqual([['EU IRU', 'eu-internet-referral-unit']]);
  });

  test('capitals matter where the registry writes them: "jambon" is food, "Jambon" a minister', () => {
    expect(actors('Un sandwich au jambon.')).toEqual([]);
    expect(actors('Jambon a répondu.')).toEqual([['Jambon', 'jan-jambon']]);
  });

  test('"franco-belge" names both countries on the whole word; "franco-belgo-luxembourgeoise" three', () => {
    expect(actors('la coopération franco-belge').sort()).toEqual([['belge', 'belgique'], ['franco-belge', 'france']]);
    expect(actors('une unité franco-belgo-luxembourgeoise').map(([, id]) => id).sort()).toEqual(['belgique', 'france', 'luxembourg']);
  });

  test('a demonym after "en" or "langue" names a language, not a country', () => {
    expect(actors('un formulaire rédigé en français et en néerlandais, en langue française')).toEqual([]);
  });

  test('the number of a legal act is not an actor ("2012/29/UE", "(UE) 2016/679")', () => {
    expect(actors('la directive 2012/29/UE et le règlement (UE) 2016/679')).toEqual([]);
  });
});

describe('actors the registry lacks', () => {
  test.each([
    ['« Nous devons agir », a déclaré Mme Christine Lambrecht.', [['Christine Lambrecht', 'christine-lambrecht']]],
    ['Pour le Gouvernement de la République française, Christophe CASTANER.', [['République française', 'france'], ['Christophe CASTANER', 'christophe-castaner']]],
    ['Pieter De Crem (CD&V), ministre belge de l’Intérieur, a signé.', [['Pieter De Crem', 'pieter-de-crem'], ['CD&V', 'cd-v'], ['belge', 'belgique']]],
    ['Ferdinand Grapperhaus, ministre néerlandais de la Justice, et son collègue.', [['Ferdinand Grapperhaus', 'ferdinand-grapperhaus'], ['néerlandais', 'pays-bas']]],
    ['un réseau actif entre Strasbourg et Francfort', [['Strasbourg', 'strasbourg'], ['Francfort', 'francfort']]],
    ['Pour le syndicat policier SLFP, rien ne change.', [['SLFP', 'slfp']]],
    // A nationality before a name, even after another capitalised word; a role, a comma, a name.
    ['ses homologues, le Français Gérald Darmanin, l’Allemande Nancy Faeser', [['Français', 'france'], ['Gérald Darmanin', 'gerald-darmanin'], ['Allemande', 'allemagne'], ['Nancy Faeser', 'nancy-faeser']]],
    ['la commissaire européenne aux Affaires intérieures, Ylva Johansson, a rappelé', [['Ylva Johansson', 'ylva-johansson']]],
    // Forces named in their own language; a name closed by its acronym runs to it.
    ['la Policía Nacional, la Guardia Civil et la Polícia de Segurança Pública', [['Policía Nacional', 'policia-nacional'], ['Guardia Civil', 'guardia-civil'], ['Polícia de Segurança Pública', 'policia-de-seguranca-publica']]],
    ['le Centre de renseignement contre le terrorisme et la criminalité organisée (CITCO) ;', [['Centre de renseignement contre le terrorisme et la criminalité organisée (CITCO)', 'centre-de-renseignement-contre-le-terrorisme-et-la-criminalite-organisee']]],
    ['L’ONG SOS Méditerranée a dénoncé', [['SOS Méditerranée', 'sos-mediterranee']]],
    // A body named before its acronym, in French or English; its acronym is a form of it.
    ['l’unité de signalement des contenus sur internet (IRU) et l’IRU', [['unité de signalement des contenus sur internet (IRU)', 'unite-de-signalement-des-contenus-sur-internet'], ['IRU', 'unite-de-signalement-des-contenus-sur-internet']]],
    ['entre la Police grand-ducale et la Federal Computer Crime Unit (FCCU) de la Police fédérale', [['Police grand-ducale', 'police-grand-ducale'], ['Federal Computer Crime Unit (FCCU)', 'federal-computer-crime-unit'], ['Police fédérale', 'police-federale']]],
    ['Ministère de la Sécurité intérieure. Service communication du ministère de la Sécurité intérieure', [['Ministère de la Sécurité intérieure', 'ministere-de-la-securite-interieure'], ['ministère de la Sécurité intérieure', 'ministere-de-la-securite-interieure']]],
    // An adjective right after the head, a plural adjective, a coordinator before its acronym, "la préfecture du Nord".
    ['la Douane néerlandaise et la Maréchaussée royale saisiront', [['Douane néerlandaise', 'douane-neerlandaise'], ['néerlandaise', 'pays-bas'], ['Maréchaussée royale', 'koninklijke-marechaussee']]],
    ['l’avis de l’Autorité des données personnelles sera suivi', [['Autorité des données personnelles', 'autorite-des-donnees-personnelles']]],
    ['selon le coordinateur national pour la sécurité et l’antiterrorisme (NCTV) ;', [['coordinateur national pour la sécurité et l’antiterrorisme (NCTV)', 'coordinateur-national-pour-la-securite-et-l-antiterrorisme']]],
    ['avec la préfecture du Nord, publiée dans le JO Sénat', [['préfecture du Nord', 'prefecture-du-nord'], ['Sénat', 'senat']]],
    // Sixth session: a body before its acronym in a list of those present (after a comma or
    // a colon), a ministry or secretariat as its head noun; a body noun wins over a foreign
    // name inside it ("la Cybersécurité Belgique"); a local body in lower case runs to its place.
    ['– M. Pierre-Alain FAVRE, Office fédéral de la douane et de la sécurité des frontières (OFDF)', [['Pierre-Alain FAVRE', 'pierre-alain-favre'], ['Office fédéral de la douane et de la sécurité des frontières (OFDF)', 'office-federal-de-la-douane-et-de-la-securite-des-frontieres']]],
    ['Excusé : Ministère public de la Confédération (MPC)', [['Ministère public de la Confédération (MPC)', 'ministere-public-de-la-confederation']]],
    ['le Centre pour la Cybersécurité Belgique (CCB) reçoit', [['Centre pour la Cybersécurité Belgique (CCB)', 'centre-pour-la-cybersecurite-belgique']]],
    ['– M. Nicolas BUCHS, police cantonale de Genève', [['Nicolas BUCHS', 'nicolas-buchs'], ['police cantonale de Genève', 'police-cantonale-de-geneve']]],
    ['avec la direction régionale des douanes du Léman et le parquet de Thonon-les-Bains', [['direction régionale des douanes du Léman', 'direction-regionale-des-douanes-du-leman'], ['parquet de Thonon-les-Bains', 'parquet-de-thonon-les-bains']]],
    ['les pompiers de la zone de secours de Wallonie picarde sont intervenus', [['zone de secours de Wallonie picarde', 'zone-de-secours-de-wallonie-picarde']]],
    // Sixth round: a Catalan force and an Andorran one hold no place of their own; an office
    // after a capitalised article; a name stops before a participle ("… publiée dans le JO").
    ['avec les Mossos d’Esquadra et la Policia d’Andorra', [['Mossos d’Esquadra', 'mossos-d-esquadra'], ['Policia d’Andorra', 'policia-d-andorra']]],
    ['des moyens de l’Unidad Militar de Emergencias (UME) de part et d’autre', [['Unidad Militar de Emergencias (UME)', 'unidad-militar-de-emergencias']]],
    ['Le préfet des Pyrénées-Orientales réunira le comité.', [['préfet des Pyrénées-Orientales', 'prefet-des-pyrenees-orientales']]],
    ['Réponse du Ministère de l’intérieur et des outre-mer publiée dans le JO', [['Ministère de l’intérieur et des outre-mer', 'ministere-de-l-interieur-et-des-outre-mer']]],
    ['la frontière franco-andorrane, en Andorre', [['franco-andorrane', 'france'], ['andorrane', 'andorre'], ['Andorre', 'andorre']]],
    // Not a body: leadership, a person, a body after the head noun.
    ['sous la direction d’Europol et la direction de Mme Dupont', [['Europol', 'europol'], ['Dupont', 'dupont']]],
    // Third blind round: bodies named in their own language or with a lower-case head before
    // their acronym; a known body before an adjective lends the acronym its id; a place
    // before a known given name is not part of a person's name.
    [
      'dont la Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT), puis la ZIT',
      [['Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT)', 'zentralstelle-zur-bekampfung-der-internetkriminalitat'], ['ZIT', 'zentralstelle-zur-bekampfung-der-internetkriminalitat']],
    ],
    ['des représentants de l’Asociación Víctimas del Terrorismo (AVT)', [['Asociación Víctimas del Terrorismo (AVT)', 'asociacion-victimas-del-terrorismo']]],
    ['avec le concours de la délégation interministérielle à l’aide aux victimes (DIAV)', [['délégation interministérielle à l’aide aux victimes (DIAV)', 'delegation-interministerielle-a-l-aide-aux-victimes']]],
    ['Le Centre de crise national belge (NCCN) et le NCCN', [['Centre de crise national', 'centres-de-crise'], ['belge', 'belgique'], ['NCCN', 'centres-de-crise'], ['NCCN', 'centres-de-crise']]],
    ['Le député du Nord Julien Carpentier (LR) dénonce', [['Nord', 'nord'], ['Julien Carpentier', 'julien-carpentier'], ['LR', 'les-republicains']]],
    // A person with a party keeps it: the acronym check does not turn the party into a body.
    ['Paul Magnette (PS) et Marjolein Faber (PVV)', [['Paul Magnette', 'paul-magnette'], ['PS', 'ps'], ['Marjolein Faber', 'marjolein-faber'], ['PVV', 'pvv']]],
    // A place inside a hyphenated name is not named; combining forms still are.
    ['Météo-France et V-Europe, la coopération franco-belge en Europe', [['franco-belge', 'france'], ['belge', 'belgique'], ['Europe', 'europe']]],
    // A route between two places; a Belgian province named after a country.
    ['sur les axes Arlon–Steinfort et Aubange–Pétange ;', [['Arlon', 'arlon'], ['Steinfort', 'steinfort'], ['Aubange', 'aubange'], ['Pétange', 'petange']]],
    ['la vallée de la Sûre et la province de Luxembourg', [['vallée de la Sûre', 'vallee-de-la-sure'], ['province de Luxembourg', 'province-de-luxembourg']]],
    // Places: after a capital "À", with a foreign particle, of two words after "à".
    ['À Lampedusa, le centre est plein.', [['Lampedusa', 'lampedusa']]],
    ['Fait à Viana do Castelo, le 4 novembre 2022', [['Viana do Castelo', 'viana-do-castelo']]],
    // Not two capitalised words after "à": they are more often a person ("a écrit à Ylva Johansson").
    ['entre Badajoz et Elvas, puis à Vilar Formoso ; a écrit à Ylva Johansson', [['Badajoz', 'badajoz'], ['Elvas', 'elvas']]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  test('a surname alone points to the person once named', () => {
    expect(actors('Ferdinand Grapperhaus a signé.', 'Selon Grapperhaus, rien ne change.')).toEqual([
      ['Ferdinand Grapperhaus', 'ferdinand-grapperhaus'],
      ['Grapperhaus', 'ferdinand-grapperhaus'],
    ]);
  });

  test('a surname first named alone is the person later named in full, in the same document', () => {
    expect(actors('Réunion tenue par M. GRANDE-MARLASKA et M. CARNEIRO.', 'Pour l’Espagne : M. Fernando GRANDE-MARLASKA', 'Pour le Portugal : M. José Luís CARNEIRO')).toEqual([
      ['GRANDE-MARLASKA', 'fernando-grande-marlaska'],
      ['CARNEIRO', 'jose-luis-carneiro'],
      ['Espagne', 'espagne'],
      ['Fernando GRANDE-MARLASKA', 'fernando-grande-marlaska'],
      ['Portugal', 'portugal'],
      ['José Luís CARNEIRO', 'jose-luis-carneiro'],
    ]);
  });

  test('a glossary acronym of a thing is no organisation ("la mise en service du SIS"); "la Cour" is the court last named', () => {
    expect(actors('S’ENGAGE à assurer la mise en service du SIS renouvelé.')).toEqual([]);
    expect(actors('des arrêts de la Cour de justice de l’Union européenne du 5 avril 2022 ;', 'dans le respect de l’arrêt de la Cour du 21 juin 2022 ;')).toEqual([
      ['Cour de justice de l’Union européenne', 'cjue'],
      ['Cour', 'cjue'],
    ]);
    expect(actors('dans le respect de l’arrêt de la Cour du 21 juin 2022 ;')).toEqual([]);
  });

  test('a person named without a role may be "le ministre"; one with another role may not', () => {
    const found = actors(
      'Autour de la table, son homologue néerlandais de la Justice Ferd Grapperhaus (CDA) et M. Marc Dupont, porte-parole de la police.',
      '« Les équipes communes d’enquête seront notre arme principale », a assuré Ferd Grapperhaus. Le ministre a également annoncé une réunion.',
    );
    expect(found).toContainEqual(['Le ministre', 'ferd-grapperhaus']);
  });

  test('a surname with a particle joins the full name too ("M. De Croo" / "Alexander De Croo")', () => {
    expect(actors('Selon M. De Croo, rien ne change.', 'Le Premier ministre Alexander De Croo a signé.').map(([, id]) => id)).toEqual(['alexander-de-croo', 'alexander-de-croo']);
  });

  test('not people or countries: an article before an acronym, a region\'s demonym, languages in a list, an office followed by an infinitive', () => {
    expect(actors('Le CITCO transmet les données.')).toEqual([]);
    expect(actors('les cartels sud-américains et nord-africains')).toEqual([]);
    expect(actors('en deux exemplaires, en langues espagnole et portugaise')).toEqual([]);
    expect(officeNames('Les ministres demandent à la Commission de veiller à ce que')).toEqual([]);
  });

  test('institutional words are not people, acronyms of things are not organisations', () => {
    expect(actors('Le Système d’Information Schengen (SIS) et la Justice de demain.')).toEqual([]);
  });
});

describe('back-references', () => {
  test('"le ministre" is the last minister named; inside a quotation, not its speaker', () => {
    const annotator = new ActorAnnotator(registry);
    const texts = [
      'Jan Jambon a rencontré son homologue Gérard Collomb. Gérard Collomb a souligné la menace.',
      '« C’est ce que j’ai expliqué au ministre », a répondu Jan Jambon.',
      'Pour le ministre, il s’agit d’un maillon important.',
    ];
    annotator.discover(texts);
    const [, quoted, plain] = texts.map((t, i) => annotator.annotate(t, i === 1 ? [{ start: 0, end: 46, speaker: 'Jan Jambon' }] : []).map((h) => [t.slice(h.start, h.end), h.id]));
    expect(quoted).toContainEqual(['au ministre', 'gerard-collomb']);
    expect(plain).toEqual([['le ministre', 'jan-jambon']]);
  });

  test('"le ministre français" is the last French person named, even without a role; "la Commission" in a European text is the European Commission', () => {
    const found = actors(
      'Autour de la table, le Français Gérald Darmanin et l’Allemande Nancy Faeser, pour l’Union européenne.',
      '« Nous allons déployer des patrouilles », a annoncé le ministre français.',
      'La ministre allemande juge indispensable de demander à la Commission de veiller au calendrier.',
    );
    expect(found).toContainEqual(['le ministre français', 'gerald-darmanin']);
    expect(found).toContainEqual(['La ministre allemande', 'nancy-faeser']);
    expect(found).toContainEqual(['Commission', 'commission-europeenne']);
  });

  test('"le ministre de l’Intérieur Jan Jambon" is a title before a name, not a back-reference', () => {
    expect(actors('Le ministre de l’Intérieur Jan Jambon est venu.')).toEqual([['Jan Jambon', 'jan-jambon']]);
  });

  test('a speech’s greetings name people and refer to no one; "La garde des Sceaux X" is a woman; a role does not run over a verb', () => {
    const found = actors(
      'Monsieur le ministre, cher Nello Musumeci,',
      'Madame la commissaire, chère Hadja Lahbib,',
      'La garde des Sceaux Hélène Marchetti et son homologue belge Koenraad Desmet ont signé lundi une déclaration.',
      'Selon la ministre, le dispositif sera prêt.',
      'Le ministre a rappelé que le CTPS était intervenu.',
    );
    expect(found).toContainEqual(['Nello Musumeci', 'nello-musumeci']);
    expect(found).toContainEqual(['Hadja Lahbib', 'hadja-lahbib']);
    expect(found.filter(([text]) => /^le ministre$/iu.test(text))).toEqual([['Le ministre', 'koenraad-desmet']]);
    expect(found).toContainEqual(['la ministre', 'helene-marchetti']);
    expect(found.map(([, id]) => id)).not.toContain('ctps');
  });
});

describe('institutions and offices named the French way, areas, councils', () => {
  test.each([
    ['le ministre ayant la Police grand-ducale dans ses attributions', ['Police grand-ducale']],
    ['le ministre ayant l’Administration des douanes et accises dans ses attributions', ['Administration des douanes et accises']],
    ['et le Corps grand-ducal d’incendie et de secours.', ['Corps grand-ducal d’incendie et de secours']],
    ['le préfet de la zone de défense et de sécurité Est ;', ['préfet de la zone de défense et de sécurité Est']],
    ['avec la Direction générale de la sécurité intérieure, et le Parquet fédéral.', ['Direction générale de la sécurité intérieure', 'Parquet fédéral']],
    // Not a sentence's first word, not an infinitive after "d'", not a second name after "et de la".
    ['Service de presse. Le Conseil a décidé.', []],
    ['la possibilité pour le Conseil d’arrêter des positions communes', []],
    ['des patrouilles de la Gendarmerie nationale et de la Bundespolizei', ['Gendarmerie nationale']],
    // Closing punctuation, curly quotes and a broken hyphen stay out of the name.
    ['avec la Police grand-ducale”, puis', ['Police grand-ducale']],
    ['la Direction des affaires- étrangères', ['Direction des affaires']],
  ])('officeNames(%j)', (text, expected) => {
    expect(officeNames(text)).toEqual(expected);
  });

  test('a known name that starts a longer one keeps its mention: the CCPD "de Luxembourg"', () => {
    expect(actors('transmises par l’intermédiaire du Centre de coopération policière et douanière de Luxembourg.')).toEqual([
      ['Centre de coopération policière et douanière', 'ccpd'],
      ['Luxembourg', 'luxembourg'],
    ]);
  });

  test('a diplomatic mission is one body, in capitals or not, not only the country and the place it names', () => {
    const mentions = actors('DE : AMBASSADE DE FRANCE EN BELGIQUE (BRUXELLES)', 'L’ambassade de France en Belgique transmettra la note au consulat général de France à Anvers.');
    expect(mentions).toContainEqual(['AMBASSADE DE FRANCE EN BELGIQUE', 'ambassade-de-france-en-belgique']);
    expect(mentions).toContainEqual(['ambassade de France en Belgique', 'ambassade-de-france-en-belgique']);
    expect(mentions).toContainEqual(['consulat général de France à Anvers', 'consulat-general-de-france-a-anvers']);
    expect(actors('la Représentation permanente de la Belgique auprès de l’Union européenne')).toContainEqual([
      'Représentation permanente de la Belgique auprès de l’Union européenne',
      'representation-permanente-de-la-belgique-aupres-de-l-union-europeenne',
    ]);
    // Only a country's: not "l'ambassade de Mme Dupont", nor a common noun.
    expect(actors('l’ambassade de Mme Dupont et l’ambassade de Tournai').map(([, id]) => id).filter((id) => id.startsWith('ambassade'))).toEqual([]);
  });

  test('administrative areas, hyphenated compounds included', () => {
    expect(actors('le territoire des départements de la Meurthe-et-Moselle et de la Moselle ;')).toEqual([
      ['Meurthe-et-Moselle', 'meurthe-et-moselle'],
      ['Moselle', 'moselle'],
    ]);
  });

  test('one known place in a list makes the others places', () => {
    expect(actors('les axes reliant Anvers, Rotterdam, Luxembourg et Lille.').map(([, id]) => id)).toEqual(['anvers', 'rotterdam', 'luxembourg', 'lille']);
  });

  test('a bare "Conseil" in a European text is the Council of the EU, or its formation last named', () => {
    expect(actors('Considérant la décision 2008/615/JAI du Conseil du 23 juin 2008 de l’Union européenne')).toContainEqual(['Conseil', 'conseil-de-l-union-europeenne']);
    expect(actors('lors du Conseil JAI de décembre, puis de présenter au Conseil, au cours du premier semestre, une initiative')).toEqual([
      ['Conseil JAI', 'conseil-jai'],
      ['Conseil', 'conseil-jai'],
    ]);
    // Outside a European text, or with a qualifier, it is not resolved.
    expect(actors('Le texte a été soumis au Conseil, qui l’a adopté.')).toEqual([]);
    expect(actors('un avis du Conseil d’État sur la directive européenne')).not.toContainEqual(['Conseil', 'conseil-de-l-union-europeenne']);
    for (const other of ['le Conseil scientifique', 'le Conseil économique et social', 'le Conseil 2019', 'le Conseil européen']) {
      expect(actors(`Dans l’Union européenne, ${other} a rendu son avis.`), other).not.toContainEqual(['Conseil', 'conseil-de-l-union-europeenne']);
    }
  });
});

describe('the review of the hold-out rules: what they must not do', () => {
  test('people after "à" or in a list with a place are not places', () => {
    // Giorgia is a known given name: the name is a person's, and never a place.
    expect(actors('À Rome, Giorgia Meloni a reçu ses homologues.')).toEqual([['Rome', 'rome'], ['Giorgia Meloni', 'giorgia-meloni']]);
  });

  test('"le ministre" is not a person the text gave another role, nor one it named without any', () => {
    const found = actors(
      'Le ministre italien de l’Intérieur, Matteo Piantedosi, a reçu ses homologues.',
      '« Nous sommes débordés », a confié Pierre Martin, un pêcheur. Le ministre a promis des renforts.',
    );
    expect(found).toContainEqual(['Le ministre', 'matteo-piantedosi']);
    expect(found.filter(([text]) => text === 'Le ministre')).toEqual([['Le ministre', 'matteo-piantedosi']]);
  });

  test('no institution from a glossary acronym, a common noun, two bodies, or a sentence-initial article', () => {
    expect(actors('la mise en service du système européen d’information et d’autorisation concernant les voyages (ETIAS)')).toEqual([]);
    expect(actors('les prestataires de service d’hébergement en ligne (HSP) doivent agir')).toEqual([]);
    expect(actors('les échanges du Centre européen de lutte contre le terrorisme à l’unité de signalement (IRU) ;').map(([, id]) => id)).not.toContain(
      'centre-europeen-de-lutte-contre-le-terrorisme-a-l-unite-de-signalement',
    );
    expect(actors('Le National Crisis Centre (NCCN) coordonne.')).toEqual([['National Crisis Centre (NCCN)', 'national-crisis-centre']]);
  });

  test('a bare "la Commission" or "la Cour" after another commission or court is not the European one', () => {
    const commission = actors('Au sein de l’Union européenne, les Parties instituent une Commission mixte franco-belge.', 'La Commission se réunit deux fois par an.');
    expect(commission.map(([, id]) => id)).not.toContain('commission-europeenne');
    const court = actors('des arrêts de la Cour de justice de l’Union européenne ;', 'la Cour constitutionnelle belge a statué ; la Cour a jugé que');
    expect(court.filter(([, id]) => id === 'cjue')).toEqual([['Cour de justice de l’Union européenne', 'cjue']]);
  });

  test('a verb after "la Commission" is no qualifier: the bare Commission stays the European one', () => {
    const found = actors('À la présidente de la Commission européenne.', 'Nous demandons que la Commission accompagne activement les États membres.', 'Nous appelons la Commission à garantir un financement.');
    expect(found.filter(([text]) => text === 'Commission').map(([, id]) => id)).toEqual(['commission-europeenne', 'commission-europeenne']);
  });

  test('review of the sixth round: a verb and its object after "la Commission"; words after a local body; an office named bare elsewhere; a body before an adjective and its acronym; parties that are ordinary words', () => {
    const commission = actors('À la présidente de la Commission européenne.', 'Nous demandons que la Commission présente une proposition.', 'La Commission soutient les États membres.');
    expect(commission.filter(([text]) => text === 'Commission').map(([, id]) => id)).toEqual(['commission-europeenne', 'commission-europeenne']);
    expect(actors('La police de Bruxelles demain sera en alerte.')).toContainEqual(['police de Bruxelles', 'police-de-bruxelles']);
    expect(actors('Les migrants ont pris la direction de Calais.').map(([, id]) => id)).not.toContain('direction-de-calais');
    expect(actors('Hier, le préfet du Nord, Bertrand Gaume, a signé.', 'Le préfet du Nord réunira le comité.').map(([, id]) => id)).toContain('prefet-du-nord');
    expect(actors('Le Bureau Central des Stupéfiants coordonne. Le Bureau Central des Stupéfiants belge (BCS) alerte.').filter(([text]) => text === 'BCS')).toEqual([['BCS', 'bureau-central-des-stupefiants']]);
    expect(actors('Renaissance des échanges : le fichier CSV est publié.')).toEqual([]);
    // A body found in lower case is named with a capital on its pages; the text keeps its case.
    const annotator = new ActorAnnotator(loadRegistry());
    annotator.discover(['– M. Nicolas BUCHS, police cantonale de Genève']);
    expect(annotator.actors.get('police-cantonale-de-geneve')?.name).toBe('Police cantonale de Genève');
    // A court named in lower case is not the one a bare "la Cour" points back to; a verb and
    // its object after "la Cour" leave it bare.
    expect(actors('La Cour de justice de l’Union européenne a rendu un arrêt.', 'L’affaire a été jugée par la cour d’appel de Paris.', 'La Cour précise que la directive est valide. La Cour rappelle que les données sont protégées.').filter(([text]) => text === 'Cour')).toEqual([['Cour', 'cjue'], ['Cour', 'cjue']]);
    // A force "de" a place is one body; the place is part of its name (test/gold/README.md).
    expect(actors('la Garda de Wexford a arrêté deux hommes.')).toEqual([['Garda de Wexford', 'garda-de-wexford']]);
  });

  test('no place from a dateline dash or a tandem of names; a force in its own language does not swallow the verb', () => {
    expect(actors('Luxembourg – Aujourd’hui, les ministres se sont réunis. Aujourd’hui encore.').map(([, id]) => id)).toEqual(['luxembourg']);
    expect(actors('Les lignes directrices prévoient que le tandem Macron–Scholz décide.')).toEqual([]);
    expect(actors('La Polizei a interpellé deux suspects.')).toEqual([]);
  });

  test('an office name keeps a noun in -re after "du"; nationalities after "en …," stay countries', () => {
    expect(officeNames('auprès du Service du registre des étrangers.')).toEqual(['Service du registre des étrangers']);
    expect(actors('Des experts en cybercriminalité, allemands et néerlandais, ont participé.').map(([, id]) => id)).toEqual(['allemagne', 'pays-bas']);
  });

  test('sentence-initial articles: "Le Luxembourgeois Jean Asselborn", "La ministre de l’Intérieur, Annelies Verlinden,"', () => {
    expect(actors('Le Luxembourgeois Jean Asselborn a rappelé les règles.')).toContainEqual(['Jean Asselborn', 'jean-asselborn']);
    const annotator = new ActorAnnotator(registry);
    annotator.discover(['La ministre de l’Intérieur, Annelies Verlinden, a signé.']);
    expect(annotator.actors.get('annelies-verlinden')?.roles).toEqual(['ministre de l’Intérieur']);
  });
});

test('a role, a comma and a name: the role stops at a verb, may be long, and a bare "homologue" records no office', () => {
  const rolesOf = (text: string, id: string) => {
    const annotator = new ActorAnnotator(registry);
    annotator.discover([text]);
    return annotator.actors.get(id)?.roles;
  };
  // The role does not run back over "a reçu".
  expect(rolesOf('Le ministre a reçu son homologue néerlandais, Ferd Grapperhaus, à Paris.', 'ferd-grapperhaus')).toEqual(['homologue néerlandais']);
  expect(rolesOf('Le ministre a reçu son homologue, Ferd Grapperhaus, à Paris.', 'ferd-grapperhaus')).toEqual([]);
  expect(rolesOf('Le ministre a reçu son homologue Ferd Grapperhaus à Paris.', 'ferd-grapperhaus')).toEqual([]);
  // Seven words of role before the comma: the person was not found at all.
  expect(actors('Le ministre de la Justice et de la Sécurité, Ferd Grapperhaus, a signé.')).toEqual([['Ferd Grapperhaus', 'ferd-grapperhaus']]);
  expect(rolesOf('Le ministre de la Justice et de la Sécurité, Ferd Grapperhaus, a signé.', 'ferd-grapperhaus')).toEqual(['ministre de la Justice et de la Sécurité']);
});

test('"la ministre" is the woman the text named as such before anyone whose gender it did not say', () => {
  const found = actors(
    'Autour de la table, la ministre de l’Intérieur Annelies Verlinden et son homologue néerlandais de la Justice Ferd Grapperhaus.',
    'Selon la ministre, un premier bilan sera dressé. Le ministre a également annoncé une réunion.',
  );
  expect(found).toContainEqual(['la ministre', 'annelies-verlinden']);
  expect(found).toContainEqual(['Le ministre', 'ferd-grapperhaus']);
});

describe('one list of offices', () => {
  const rolesOf = (texts: string[], id: string) => {
    const annotator = new ActorAnnotator(registry);
    annotator.discover(texts);
    return annotator.actors.get(id)?.roles;
  };

  test('a party\'s acronym between a role and a name qualifies the role; it does not start the name', () => {
    expect(actors('« Ce qui manque, ce sont des places », a réagi la députée N-VA Kathleen Verbeke.')).toEqual([['N-VA', 'n-va'], ['Kathleen Verbeke', 'kathleen-verbeke']]);
    expect(rolesOf(['a réagi la députée N-VA Kathleen Verbeke, rappelant que'], 'kathleen-verbeke')).toEqual(['députée N-VA']);
    // A surname in capitals right after the role is still the name.
    expect(actors('selon le ministre DARMANIN, rien ne change')).toContainEqual(['DARMANIN', 'darmanin']);
  });

  test('every office of the list is read in an apposition and over a signature, not only the ministers\'', () => {
    expect(rolesOf(['Maxime Laurent, député de la Somme, a interrogé le ministre.'], 'maxime-laurent')).toEqual(['député de la Somme']);
    expect(actors('La Procureure fédérale,', 'A. DURAND')).toEqual([['A. DURAND', 'a-durand']]);
  });
});

describe('the high courts', () => {
  const annotate = (text: string) => {
    const annotator = new ActorAnnotator(loadRegistry());
    annotator.discover([text]);
    return annotator.annotate(text).map((h) => [text.slice(h.start, h.end), h.id]);
  };

  test('a court named by its name, whatever its case, is known; "la Cour" after it is that court', () => {
    expect(annotate('La Cour des comptes a examiné leur pilotage. Selon la Cour, la circulaire est obsolète.')).toEqual([
      ['Cour des comptes', 'cour-des-comptes'],
      ['Cour', 'cour-des-comptes'],
    ]);
    expect(annotate('LA COUR DE CASSATION, CHAMBRE CRIMINELLE, a rendu l’arrêt suivant.')).toContainEqual(['COUR DE CASSATION', 'cour-de-cassation']);
    expect(annotate('La Cour constitutionnelle a annulé la loi.')).toEqual([['Cour constitutionnelle', 'cour-constitutionnelle']]);
  });

  test('"la Cour de justice" is the Court of Justice of the EU, and "la Cour" after it too', () => {
    expect(annotate('La Cour constitutionnelle a interrogé la Cour de justice. La Cour répondra en 2026.')).toEqual([
      ['Cour constitutionnelle', 'cour-constitutionnelle'],
      ['Cour de justice', 'cjue'],
      ['Cour', 'cjue'],
    ]);
  });
});

test('a connective opening a sentence before a place is no place ("Pourtant, à Menton, …")', () => {
  for (const word of ['Pourtant', 'Néanmoins', 'Parallèlement', 'Auparavant']) {
    expect(actors(`${word}, à Menton, nos observateurs ont encore relevé 389 refus d’entrée.`)).toEqual([['Menton', 'menton']]);
  }
});
