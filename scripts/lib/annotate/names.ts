/**
 * Shapes of names in French texts: capitalised words with their particles, honorifics,
 * upper-case surnames, and the common words that are capitalised without being names.
 */

/** A capitalised word (possibly hyphenated or with an apostrophe) or an upper-case one. */
export const CAP_WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}|\\p{Lu}";
/** Particles inside personal names. */
export const PARTICLE = "(?:de|du|des|van|von|der|den|da|di|do|dos|das|del|della|le|la|d['’]|De|Van|Von|Der|Den|Da|Di|Le|La|Du|Mac|Mc)";
/**
 * Offices a person holds, in lower case with their feminine forms (regular-expression
 * sources; a form that starts another comes after it): the one list that a signature's
 * office ("Le Ministre de l'Intérieur,", `actors.ts`), a presenter's line ("Nathalie
 * Bourgeois, sous-directrice …", `structure.ts`), a treaty's signature line
 * (`isTreatyNorm`), a role standing for a person (`ROLE_NOUNS`) and the end of a name
 * (`OFFICE_WORD`) read.
 */
export const OFFICES = [
  'ministre', 'secr[ée]taire', 'pr[ée]sidente?', 'directeur', 'directrice', 'cheffe', 'chef',
  'commissaire', 'pr[ée]f[èe]te?', 'procureure?', 'ambassadeur', 'ambassadrice', 'gouverneure?',
  'bourgmestre', 'maire', 's[ée]nat(?:eur|rice)', 'd[ée]put[ée]e?', 'conseill(?:er|[èe]re)',
  'porte-parole', 'd[ée]l[ée]gu[ée]e?', 'adjointe?', 'coordinat(?:eur|rice)', 'inspect(?:eur|rice)',
  'magistrate?', 'juge', 'substitut', 'commandante?', 'colonel(?:le)?', 'capitaine',
  'g[ée]n[ée]rale?', 'attach[ée]e?', 'offici(?:er|[èe]re)', 'responsable',
];
/** An office, for a regular expression with the `i` flag. */
export const OFFICE = `(?:${OFFICES.join('|')})(?![\\p{L}])`;
/**
 * An office's capitalised first word, which ends a name rather than continuing it: a
 * signature's "Maarten van der Velde" over "Ministre des Affaires étrangères", joined on one
 * line, is the name and then the office. ("Maire" is left out: "Bruno Le Maire".)
 */
export const OFFICE_WORD = `(?:${OFFICES.filter((o) => o !== 'maire').map((o) => o[0]!.toUpperCase() + o.slice(1)).join('|')})(?![\\p{L}])`;
/** A personal name of one to four capitalised words, particles allowed between them. */
export const NAME = `(?:${CAP_WORD})(?:\\s+(?:${PARTICLE}\\s+)*(?!${OFFICE_WORD})(?:${CAP_WORD})){0,3}`;
/** The ranks police and army officers sign with: "Cdt", "LCL", "Col." (regex source). */
export const RANK = '(?:Cdt|CDT|Cne|CNE|Lt|Ltn|Lcl|LCL|Col|COL|Gal|GAL|Adj|Adc|Maj)\\.?';
/** Honorifics before a name, and a rank before a name of two words ("Cdt Claire Duvivier", "LCL Marc DURAND"; not "le Col Bayard"). */
export const HONORIFIC = `(?:(?<![\\p{L}\\d&-])(?:M\\.|MM\\.|Mme|Mmes|Mlle|Mlles|Me|Dr|Pr)|(?<![\\p{L}])${RANK}(?=\\s+\\p{Lu}\\p{Ll}*[\\p{L}-]*\\s+\\p{Lu}))`;

/** Kinds of text whose name may come before their author's: "Discours de Laurent Vasseur, ministre …". */
export const TEXT_KINDS = ['Discours', 'Allocution', 'Intervention', 'Entretien', 'Interview', 'Audition', 'Tribune', 'Lettre', 'Message', 'Note', 'Rapport', 'Réponse', 'Question', 'Hommage', 'Déclaration', 'Déplacement', 'Visite', 'Éditorial'];

/** Capitalised words that are not names (institutional nouns, months, days, kinds of text…). */
export const NOT_NAME_WORDS = new Set(
  (
    'Le La Les L Un Une Des Du De Au Aux Et Ou En Dans Pour Par Cedex CEDEX Sur Selon Avec Sans Ce Cette Ces Il Elle Ils Elles Nous Vous On Je Tu Mais Donc Or Ni Car Ainsi Enfin Toutefois Cependant Depuis Lors Après Avant Dès Entre Vers Chez Côté Concrètement Interrogé Tous Toutes Seule Seul Réunis Réunies Déterminées Déterminés ' +
    'Intérieur Justice Sécurité Sceaux Défense État États Gouvernement Gouvernements Partie Parties Conseil Commission Union Cour Parlement Affaires Santé Économie Finances Intérieure Immigration Migration Europe Ministre Ministres Premier Premiers Président Présidente République Royaume Grand-Duché Accord Article Titre Chapitre Section Annexe Préambule Traité Convention Déclaration Communiqué Protocole Règlement Directive Décision Agence Office Service Services Police Gendarmerie Douane Douanes Ministère Secrétariat Secrétaire Direction Comité Centre Centres Organe Autorité Autorités Groupe Bureau Syndicat Fédération Institut Unité Parquet Tribunal Assemblée Sénat Banque ' +
    'Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Publié Mis Fait Pour Considérant Désireux Sont Seul Partager Lire Imprimer Internet Web Monsieur Madame Mesdames Messieurs Mademoiselle Proposition Projet Ici Là Voici Voilà Merci Bravo Oui Non Ensemble Ensuite Puis Maintenant Aujourd’hui Demain Hier Désormais Aussi Alors Déjà Bientôt Également Notamment Surtout Certes Pourtant Néanmoins Dorénavant Parallèlement Auparavant Actuellement Finalement Globalement Récemment Simultanément Inversement Précisément Évidemment Heureusement Malheureusement Naturellement Bref Sinon Outre Hormis Quant ' +
    TEXT_KINDS.join(' ')
  ).split(' '),
);

/** Common given names, to recognise "Ferdinand Grapperhaus" as a person without a registry entry. */
export const GIVEN_NAMES = new Set(
  (
    'Alain Aude Lorraine Florence Alexandre Alexander Alexis Alfred Ana Anna Anne Annick Antoine António Antonio Arnaud Axel Benoît Bernard Bart Brigitte Bruno Carlos Caroline Catherine Cécile Charles Chantal Charlotte Christian Christiane Christine Christophe Claire Claude Clément Daniel David Denis Didier Dominique Éric Eric Édouard Edouard Élisabeth Elisabeth Emmanuel Emmanuelle Enrico Étienne Fabien Ferdinand Filip Florence Florent François Françoise Frank Franck Frédéric Gabriel Geert Georges Gérald Gérard Gilles Giuseppe Guy Hans Hélène Henri Hervé Hugo Isabelle Jacques Jan Jean Jean-Claude Jean-Luc Jean-Marc Jean-Marie Jean-Pierre Jean-Yves Jeanne Jérôme Joachim Johan Joseph Josep Julie Julien Karl Karin Katja Koen Kris Laurent Laura Léa Louis Luc Lucas Ludovic Luigi Manuel Marc Marcel Margrethe Maria Marie Marine Mario Mark Marlène Martin Matteo Matthias Maxime Michel Michèle Mohamed Nathalie Nicolas Nicole Olivier Pascal Patrick Paul Peter Philippe Pierre Pieter Rachida Raphaël Rémi Renaud Richard Robert Roger Ségolène Sébastien Sigmar Simon Sophie Stefan Stéphane Sylvie Theo Thierry Thomas Valérie Vincent Viktor Wolfgang Xavier Yves Zoé Adèle Adrien Agnès Aline Amélie Anaïs Andrée Annie Arthur Astrid Aurélie Aurélien Baptiste Bastien Béatrice Benjamin Bénédicte Camille Céline Chloé Clara Clémence Colette Corinne Coralie Damien Delphine Diane Dorothée Élise Éloïse Élodie Émilie Émile Emma Estelle Eva Fabienne Fanny Florian Francine Frédérique Gaëlle Gaëtan Geneviève Guillaume Gwenaëlle Inès Irène Jacqueline Joëlle Josiane Juliette Justine Karine Laetitia Laure Laurence Léon Léonie Lucie Lucien Madeleine Manon Margaux Marianne Marion Martine Mathieu Mathilde Mélanie Mireille Monique Morgane Muriel Nadia Nadine Noémie Océane Odile Olivia Pascale Patricia Pauline Quentin Régis Renée Romain Sabine Samuel Sandrine Séverine Simone Solène Stéphanie Suzanne Sylvain Timothée Vanessa Véronique Victor Virginie Yann Yannick Maarten Joost Bram Sanne Lotte Femke Wouter Hilde Els Katrien Annelies Dirk Wim Jens Lars Anders Sven Ingrid Jürgen Klaus Andreas Katarzyna Piotr Tomasz Giulia Giorgia Luca Marco Chiara Francesca Alessandro Lucía Javier Pablo Elena Carmen Miguel Sofía Joana Inês'
  ).split(' '),
);

/** Role nouns that stand for a person ("le ministre") or introduce one ("son homologue Jan Jambon"). */
export const ROLE_NOUNS = `(?:(?:[Vv]ice-)?(?:Premier ministre|Première ministre|premier ministre|première ministre)|vice-présidente?|secrétaire d['’]État|secrétaire général|garde des Sceaux|chancelière?|homologue|collègue|sous-directeur|sous-directrice|${OFFICES.join('|')})`;
