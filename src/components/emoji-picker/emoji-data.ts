/**
 * A compact, hand-made set of common emoji with English and French names and
 * keywords, bundled locally (no network). Loaded only with the picker.
 *
 * One line per emoji: `emoji|english name, keywords|nom français, mots-clés`.
 * The first entry of each language is the name read by screen readers.
 * @internal
 */
import type { EmojiCategory } from '../../core/i18n/translation.js';

export interface Emoji {
  char: string;
  category: Exclude<EmojiCategory, 'recents'>;
  /** English name first, then keywords. */
  en: string[];
  /** French name first, then keywords. */
  fr: string[];
}

const SOURCE: Record<Exclude<EmojiCategory, 'recents'>, string> = {
  smileys: `
😀|grinning face, smile, happy|visage souriant, sourire, content
😃|grinning face with big eyes, smile, happy|visage souriant aux grands yeux, sourire, joyeux
😄|grinning face with smiling eyes, laugh|visage très souriant, rire
😁|beaming face, grin|visage rayonnant, large sourire
😆|grinning squinting face, laugh|visage plissé de rire, rire
😅|grinning face with sweat, relief|visage souriant en sueur, soulagement
🤣|rolling on the floor laughing, lol|mort de rire, mdr
😂|face with tears of joy, laugh, lol|visage riant aux larmes, rire, mdr
🙂|slightly smiling face, smile|visage avec un léger sourire, sourire
🙃|upside-down face, silly|visage à l'envers, bêtise
😉|winking face, wink|visage qui fait un clin d'œil, clin d'œil
😊|smiling face with smiling eyes, blush|visage souriant aux yeux rieurs, rougir
😇|smiling face with halo, angel|visage souriant avec auréole, ange
🥰|smiling face with hearts, love|visage souriant avec des cœurs, amour
😍|smiling face with heart-eyes, love|visage aux yeux en cœur, amour
🤩|star-struck, wow|visage avec des étoiles, waouh
😘|face blowing a kiss, kiss|visage envoyant un bisou, bisou
😋|face savoring food, yum|visage qui savoure, miam
😛|face with tongue, tongue|visage qui tire la langue, langue
😜|winking face with tongue, joke|visage qui tire la langue et fait un clin d'œil, blague
🤪|zany face, crazy|visage loufoque, fou
🤗|hugging face, hug|visage qui fait un câlin, câlin
🤭|face with hand over mouth, oops|visage avec la main sur la bouche, oups
🤫|shushing face, quiet|visage qui fait chut, silence
🤔|thinking face, hmm|visage pensif, réfléchir
🤐|zipper-mouth face, secret|visage avec bouche fermée, secret
😐|neutral face, meh|visage neutre, bof
😑|expressionless face|visage sans expression
😶|face without mouth, speechless|visage sans bouche, sans voix
😏|smirking face, smirk|visage avec un sourire en coin, narquois
😒|unamused face|visage blasé, pas amusé
🙄|face with rolling eyes, eye roll|visage roulant des yeux, lever les yeux au ciel
😬|grimacing face, awkward|visage grimaçant, gêne
😌|relieved face, relief|visage soulagé, soulagement
😔|pensive face, sad|visage pensif et triste, triste
😪|sleepy face, tired|visage endormi, fatigue
😴|sleeping face, sleep|visage qui dort, dormir
😷|face with medical mask, sick|visage avec masque, malade
🤒|face with thermometer, ill|visage avec thermomètre, fièvre
🤯|exploding head, mind blown|tête qui explose, époustouflé
🥳|partying face, party|visage festif, fête
😎|smiling face with sunglasses, cool|visage avec lunettes de soleil, cool
🤓|nerd face, geek|visage de geek, intello
🧐|face with monocle, inspect|visage avec monocle, examiner
😕|confused face, confused|visage confus, perplexe
😟|worried face, worry|visage inquiet, inquiétude
🙁|slightly frowning face, sad|visage légèrement mécontent, triste
😮|face with open mouth, surprise|visage avec la bouche ouverte, surprise
😲|astonished face, shocked|visage stupéfait, choqué
😳|flushed face, embarrassed|visage qui rougit, embarras
🥺|pleading face, please|visage suppliant, s'il te plaît
😢|crying face, tear|visage qui pleure, larme
😭|loudly crying face, sob|visage en pleurs, sanglot
😱|face screaming in fear, scream|visage qui hurle de peur, cri
😤|face with steam from nose, frustrated|visage soufflant par le nez, frustré
😡|pouting face, angry|visage en colère, fâché
🤬|face with symbols on mouth, swearing|visage avec des symboles, jurons
😈|smiling face with horns, devil|visage souriant avec des cornes, diable
💩|pile of poo, poop|tas de caca, caca
🤖|robot, bot|robot, bot
👻|ghost, boo|fantôme, bouh
`,
  people: `
👋|waving hand, hello, bye|main qui salue, bonjour, au revoir
🤚|raised back of hand, stop|dos de la main levée, stop
✋|raised hand, high five|main levée, tope là
👌|ok hand, okay|main qui fait ok, d'accord
🤌|pinched fingers, italian|doigts pincés, italien
✌️|victory hand, peace|main faisant le signe de la victoire, paix
🤞|crossed fingers, luck|doigts croisés, chance
🤟|love-you gesture, love|signe je t'aime, amour
🤘|sign of the horns, rock|cornes avec les doigts, rock
🤙|call me hand, call|main qui appelle, appelle-moi
👈|backhand index pointing left, left|main avec index pointant à gauche, gauche
👉|backhand index pointing right, right|main avec index pointant à droite, droite
👆|backhand index pointing up, up|main avec index pointant vers le haut, haut
👇|backhand index pointing down, down|main avec index pointant vers le bas, bas
☝️|index pointing up, one|index pointant vers le haut, un
👍|thumbs up, like, yes|pouce vers le haut, j'aime, oui
👎|thumbs down, dislike, no|pouce vers le bas, je n'aime pas, non
✊|raised fist, fist|poing levé, poing
👊|oncoming fist, punch|poing de face, coup de poing
👏|clapping hands, applause, bravo|mains qui applaudissent, applaudissements, bravo
🙌|raising hands, hooray|mains levées, hourra
👐|open hands, open|mains ouvertes, ouvert
🤲|palms up together, please|paumes vers le haut, prière
🤝|handshake, deal, agreement|poignée de main, accord, marché conclu
🙏|folded hands, thanks, please|mains jointes, merci, s'il vous plaît
✍️|writing hand, write|main qui écrit, écrire
💪|flexed biceps, strong|biceps contracté, fort
👀|eyes, look|yeux, regarder
🧠|brain, smart|cerveau, intelligent
👶|baby, child|bébé, enfant
🧒|child, kid|enfant, gamin
👩|woman, lady|femme, dame
👨|man, guy|homme, monsieur
🧑‍💻|technologist, developer, computer|informaticien, développeur, ordinateur
🧑‍💼|office worker, business|employé de bureau, affaires
🧑‍🔧|mechanic, repair|mécanicien, réparation
🧑‍🍳|cook, chef|cuisinier, chef
🧑‍🚀|astronaut, space|astronaute, espace
🕵️|detective, investigate|détective, enquête
💁|person tipping hand, information|personne paume vers le haut, information
🙋|person raising hand, question|personne qui lève la main, question
🤷|person shrugging, dunno|personne qui hausse les épaules, je ne sais pas
🤦|person facepalming, facepalm|personne avec la main sur le front, consterné
🏃|person running, run|personne qui court, courir
👪|family, parents|famille, parents
`,
  animals: `
🐶|dog face, dog, puppy|tête de chien, chien, chiot
🐱|cat face, cat, kitten|tête de chat, chat, chaton
🐭|mouse face, mouse|tête de souris, souris
🐰|rabbit face, rabbit, bunny|tête de lapin, lapin
🦊|fox, fox face|renard, tête de renard
🐻|bear, bear face|ours, tête d'ours
🐼|panda, panda face|panda, tête de panda
🐨|koala|koala
🐯|tiger face, tiger|tête de tigre, tigre
🦁|lion, lion face|lion, tête de lion
🐮|cow face, cow|tête de vache, vache
🐷|pig face, pig|tête de cochon, cochon
🐸|frog, frog face|grenouille, tête de grenouille
🐵|monkey face, monkey|tête de singe, singe
🙈|see-no-evil monkey, oops|singe ne rien voir, oups
🐔|chicken, hen|poule, volaille
🐧|penguin|manchot, pingouin
🐦|bird|oiseau
🦆|duck|canard
🦉|owl|chouette, hibou
🐝|honeybee, bee|abeille
🦋|butterfly|papillon
🐢|turtle, slow|tortue, lent
🐍|snake|serpent
🐙|octopus|pieuvre, poulpe
🐠|tropical fish, fish|poisson tropical, poisson
🐬|dolphin|dauphin
🐳|spouting whale, whale|baleine soufflant par son évent, baleine
🦄|unicorn|licorne
🐌|snail, slow|escargot, lent
🌸|cherry blossom, flower|fleur de cerisier, fleur
🌹|rose, flower|rose, fleur
🌻|sunflower, flower|tournesol, fleur
🌷|tulip, flower|tulipe, fleur
🌱|seedling, plant|jeune pousse, plante
🌲|evergreen tree, tree|conifère, arbre
🌴|palm tree, holiday|palmier, vacances
🍀|four leaf clover, luck|trèfle à quatre feuilles, chance
🍁|maple leaf, autumn|feuille d'érable, automne
🌞|sun with face, sun|soleil avec visage, soleil
🌙|crescent moon, night|croissant de lune, nuit
⭐|star|étoile
🌈|rainbow|arc-en-ciel
☀️|sun, sunny|soleil, ensoleillé
🌧️|cloud with rain, rain|nuage avec pluie, pluie
❄️|snowflake, snow|flocon de neige, neige
🔥|fire, hot|feu, chaud
💧|droplet, water|goutte, eau
`,
  food: `
🍏|green apple, apple|pomme verte, pomme
🍎|red apple, apple|pomme rouge, pomme
🍐|pear|poire
🍊|tangerine, orange|mandarine, orange
🍋|lemon|citron
🍌|banana|banane
🍉|watermelon|pastèque
🍇|grapes|raisin
🍓|strawberry|fraise
🍒|cherries|cerises
🍑|peach|pêche
🥭|mango|mangue
🍍|pineapple|ananas
🥥|coconut|noix de coco
🥑|avocado|avocat
🍅|tomato|tomate
🥕|carrot|carotte
🌽|ear of corn, corn|épi de maïs, maïs
🥦|broccoli|brocoli
🥐|croissant, breakfast|croissant, petit-déjeuner
🥖|baguette bread, bread|baguette, pain
🧀|cheese wedge, cheese|part de fromage, fromage
🥚|egg|œuf
🍳|cooking, fried egg|cuisine, œuf au plat
🥞|pancakes|crêpes
🥓|bacon|lard, bacon
🍔|hamburger, burger|hamburger, burger
🍟|french fries, fries|frites
🍕|pizza|pizza
🌭|hot dog|hot-dog
🥪|sandwich|sandwich
🌮|taco|taco
🍝|spaghetti, pasta|spaghettis, pâtes
🍜|steaming bowl, noodles|bol fumant, nouilles
🍣|sushi|sushi
🍦|soft ice cream, ice cream|glace italienne, glace
🍩|doughnut, donut|beignet, donut
🍪|cookie|cookie, biscuit
🎂|birthday cake, birthday|gâteau d'anniversaire, anniversaire
🍰|shortcake, cake|gâteau, part de gâteau
🍫|chocolate bar, chocolate|tablette de chocolat, chocolat
🍬|candy, sweet|bonbon, sucrerie
☕|hot beverage, coffee, tea|boisson chaude, café, thé
🍵|teacup without handle, tea|tasse sans anse, thé
🍺|beer mug, beer|chope de bière, bière
🍷|wine glass, wine|verre de vin, vin
🥂|clinking glasses, cheers|trinquer, santé
🍾|bottle with popping cork, champagne|bouteille de champagne, champagne
`,
  travel: `
🚗|automobile, car|voiture, automobile
🚕|taxi|taxi
🚌|bus|bus
🚑|ambulance|ambulance
🚒|fire engine|camion de pompiers
🚚|delivery truck, delivery|camion de livraison, livraison
🚛|articulated lorry, truck|semi-remorque, camion
🚲|bicycle, bike|vélo, bicyclette
🛵|motor scooter, scooter|scooter
🚂|locomotive, train|locomotive, train
🚆|train|train
✈️|airplane, flight|avion, vol
🚀|rocket, launch|fusée, lancement
🚁|helicopter|hélicoptère
⛵|sailboat, boat|voilier, bateau
🚢|ship|navire, paquebot
⚓|anchor|ancre
🗺️|world map, map|carte du monde, carte
🧭|compass|boussole
🏔️|snow-capped mountain, mountain|montagne enneigée, montagne
🏖️|beach with umbrella, beach|plage avec parasol, plage
🏝️|desert island, island|île déserte, île
🏠|house, home|maison, domicile
🏢|office building, office|immeuble de bureaux, bureau
🏬|department store, shop|grand magasin, magasin
🏦|bank|banque
🏥|hospital|hôpital
🏨|hotel|hôtel
🏫|school|école
🏭|factory|usine
🗼|tokyo tower, tower|tour de Tokyo, tour
🗽|statue of liberty, new york|statue de la Liberté, New York
⛪|church|église
🌍|globe showing europe-africa, world, earth|globe tourné sur l'Afrique et l'Europe, monde, terre
🌎|globe showing americas, world|globe tourné sur les Amériques, monde
🌃|night with stars, city|nuit étoilée, ville
🌅|sunrise|lever de soleil
⛽|fuel pump, gas|pompe à essence, carburant
🚦|vertical traffic light, traffic|feu tricolore vertical, circulation
🚧|construction, work in progress|travaux, en cours
🧳|luggage, suitcase|bagages, valise
⏰|alarm clock, alarm|réveil, alarme
⌛|hourglass done, wait|sablier, attente
`,
  activities: `
🎉|party popper, celebration, tada|cotillons, fête, hourra
🎊|confetti ball, confetti|boule de confettis, confettis
🎈|balloon, party|ballon de baudruche, fête
🎁|wrapped gift, gift, present|cadeau emballé, cadeau
🎀|ribbon, bow|ruban, nœud
🎄|christmas tree, christmas|sapin de Noël, Noël
🎃|jack-o-lantern, halloween|citrouille, Halloween
🎆|fireworks|feu d'artifice
✨|sparkles, shiny, new|étincelles, brillant, nouveau
🏆|trophy, winner|trophée, gagnant
🥇|1st place medal, gold, first|médaille d'or, or, premier
🥈|2nd place medal, silver|médaille d'argent, argent
🥉|3rd place medal, bronze|médaille de bronze, bronze
🏅|sports medal, medal|médaille sportive, médaille
⚽|soccer ball, football|ballon de football, foot
🏀|basketball|basket
🏈|american football|football américain
⚾|baseball|baseball
🎾|tennis|tennis
🏐|volleyball|volley-ball
🏉|rugby football, rugby|ballon de rugby, rugby
🎱|pool 8 ball, billiards|boule de billard, billard
🏓|ping pong, table tennis|ping-pong, tennis de table
🏸|badminton|badminton
⛳|flag in hole, golf|drapeau de golf, golf
🎣|fishing pole, fishing|canne à pêche, pêche
🎿|skis, ski|skis, ski
🏊|person swimming, swim|personne qui nage, natation
🚴|person biking, cycling|cycliste, vélo
🧘|person in lotus position, yoga|personne dans la posture du lotus, yoga
🎮|video game, gaming|jeu vidéo, manette
🎲|game die, dice|dé, jeu
🧩|puzzle piece, puzzle|pièce de puzzle, puzzle
♟️|chess pawn, chess|pion d'échecs, échecs
🎯|bullseye, target, goal|dans le mille, cible, objectif
🎨|artist palette, art|palette de peintre, art
🎬|clapper board, movie|clap de cinéma, film
🎤|microphone, sing|micro, chanter
🎧|headphone, music|casque, musique
🎸|guitar|guitare
🎹|musical keyboard, piano|clavier musical, piano
🎵|musical note, music|note de musique, musique
📚|books, reading|livres, lecture
`,
  objects: `
📱|mobile phone, phone, smartphone|téléphone portable, téléphone, smartphone
💻|laptop, computer|ordinateur portable, ordinateur
🖥️|desktop computer, computer|ordinateur de bureau, ordinateur
⌨️|keyboard|clavier
🖱️|computer mouse, mouse|souris d'ordinateur, souris
🖨️|printer, print|imprimante, imprimer
📷|camera, photo|appareil photo, photo
🎥|movie camera, video|caméra, vidéo
📞|telephone receiver, call|combiné téléphonique, appel
☎️|telephone, phone|téléphone
📠|fax machine, fax|fax, télécopieur
🔋|battery|pile, batterie
🔌|electric plug, plug|prise électrique, prise
💡|light bulb, idea|ampoule, idée
🔦|flashlight, torch|lampe de poche, torche
📦|package, parcel, box|colis, paquet, carton
📫|closed mailbox with raised flag, mail|boîte aux lettres fermée drapeau levé, courrier
📬|open mailbox with raised flag, mail|boîte aux lettres ouverte drapeau levé, courrier
✉️|envelope, email, letter|enveloppe, e-mail, lettre
📧|e-mail, email|e-mail, courriel
📝|memo, note|mémo, note
📄|page facing up, document|page, document
📎|paperclip, attachment|trombone, pièce jointe
📌|pushpin, pin|punaise, épingler
📍|round pushpin, location|épingle, lieu
📅|calendar, date|calendrier, date
📈|chart increasing, growth|graphique en hausse, croissance
📉|chart decreasing, decline|graphique en baisse, baisse
📊|bar chart, statistics|diagramme à barres, statistiques
📋|clipboard|presse-papiers
🗂️|card index dividers, folders|intercalaires, dossiers
🗑️|wastebasket, trash|corbeille, poubelle
🔒|locked, lock|cadenas fermé, verrouillé
🔓|unlocked, open|cadenas ouvert, déverrouillé
🔑|key|clé
🔨|hammer, tool|marteau, outil
🔧|wrench, fix|clé à molette, réparer
⚙️|gear, settings|engrenage, paramètres
🧾|receipt, invoice|reçu, facture
💳|credit card, payment|carte bancaire, paiement
💰|money bag, money|sac d'argent, argent
💶|euro banknote, euro|billet en euros, euro
💵|dollar banknote, dollar|billet en dollars, dollar
🛒|shopping cart, cart|chariot, panier
🎫|ticket|billet, ticket
⏱️|stopwatch, timer|chronomètre, minuteur
🔔|bell, notification|cloche, notification
📣|megaphone, announcement|porte-voix, annonce
🔍|magnifying glass tilted left, search|loupe orientée à gauche, rechercher
`,
  symbols: `
❤️|red heart, love|cœur rouge, amour
🧡|orange heart|cœur orange
💛|yellow heart|cœur jaune
💚|green heart|cœur vert
💙|blue heart|cœur bleu
💜|purple heart|cœur violet
🖤|black heart|cœur noir
🤍|white heart|cœur blanc
💔|broken heart, sad|cœur brisé, triste
💕|two hearts, love|deux cœurs, amour
💯|hundred points, perfect|cent points, parfait
💢|anger symbol, angry|symbole de colère, colère
💬|speech balloon, chat, comment|bulle de dialogue, discussion, commentaire
💭|thought balloon, thinking|bulle de pensée, réflexion
💤|zzz, sleep|zzz, sommeil
✅|check mark button, done, yes|bouton coché, fait, oui
☑️|check box with check, done|case cochée, fait
✔️|check mark, ok|coche, ok
❌|cross mark, no, wrong|croix, non, faux
❎|cross mark button, cancel|bouton croix, annuler
➕|plus, add|plus, ajouter
➖|minus, remove|moins, retirer
❓|red question mark, question|point d'interrogation rouge, question
❗|red exclamation mark, important|point d'exclamation rouge, important
⚠️|warning, caution|avertissement, attention
⛔|no entry, forbidden|sens interdit, interdit
🚫|prohibited, forbidden|interdit, défendu
♻️|recycling symbol, recycle|symbole du recyclage, recycler
🔄|counterclockwise arrows button, refresh, sync|flèches dans le sens antihoraire, actualiser, synchroniser
➡️|right arrow, next|flèche droite, suivant
⬅️|left arrow, back|flèche gauche, retour
⬆️|up arrow, up|flèche haut, haut
⬇️|down arrow, down|flèche bas, bas
🔝|top arrow, top|flèche en haut, top
🆕|new button, new|bouton nouveau, nouveau
🆗|ok button, ok|bouton ok, ok
🆘|sos button, help|bouton sos, au secours
ℹ️|information, info|information, info
🔴|red circle, red|disque rouge, rouge
🟢|green circle, green|disque vert, vert
🟡|yellow circle, yellow|disque jaune, jaune
🔵|blue circle, blue|disque bleu, bleu
⭕|hollow red circle, circle|cercle rouge, cercle
#️⃣|keycap number sign, hash|touche dièse, dièse
©️|copyright|droit d'auteur, copyright
™️|trade mark, trademark|marque commerciale, marque
`,
  flags: `
🏁|chequered flag, finish|drapeau à damier, arrivée
🚩|triangular flag, flag|drapeau triangulaire, drapeau
🏳️|white flag, surrender|drapeau blanc, reddition
🏴|black flag|drapeau noir
🏳️‍🌈|rainbow flag, pride|drapeau arc-en-ciel, fierté
🇫🇷|flag france, france, french|drapeau France, France, français
🇧🇪|flag belgium, belgium|drapeau Belgique, Belgique
🇨🇭|flag switzerland, switzerland|drapeau Suisse, Suisse
🇨🇦|flag canada, canada|drapeau Canada, Canada
🇱🇺|flag luxembourg, luxembourg|drapeau Luxembourg, Luxembourg
🇲🇦|flag morocco, morocco|drapeau Maroc, Maroc
🇸🇳|flag senegal, senegal|drapeau Sénégal, Sénégal
🇬🇧|flag united kingdom, uk, british|drapeau Royaume-Uni, Royaume-Uni, britannique
🇺🇸|flag united states, usa, american|drapeau États-Unis, États-Unis, américain
🇩🇪|flag germany, germany, german|drapeau Allemagne, Allemagne, allemand
🇪🇸|flag spain, spain, spanish|drapeau Espagne, Espagne, espagnol
🇮🇹|flag italy, italy, italian|drapeau Italie, Italie, italien
🇵🇹|flag portugal, portugal|drapeau Portugal, Portugal
🇳🇱|flag netherlands, netherlands, dutch|drapeau Pays-Bas, Pays-Bas, néerlandais
🇵🇱|flag poland, poland|drapeau Pologne, Pologne
🇺🇦|flag ukraine, ukraine|drapeau Ukraine, Ukraine
🇯🇵|flag japan, japan|drapeau Japon, Japon
🇨🇳|flag china, china|drapeau Chine, Chine
🇮🇳|flag india, india|drapeau Inde, Inde
🇧🇷|flag brazil, brazil|drapeau Brésil, Brésil
🇲🇽|flag mexico, mexico|drapeau Mexique, Mexique
🇪🇺|flag european union, europe, eu|drapeau Union européenne, Europe, UE
`,
};

function parse(): Emoji[] {
  const list: Emoji[] = [];
  for (const [category, block] of Object.entries(SOURCE) as Array<[Emoji['category'], string]>) {
    for (const line of block.split('\n')) {
      const [char, en, fr] = line.split('|');
      if (!char || !en || !fr) continue;
      const words = (text: string) => text.split(',').map((w) => w.trim()).filter(Boolean);
      list.push({ char: char.trim(), category, en: words(en), fr: words(fr) });
    }
  }
  return list;
}

/** Every emoji of the set, by category in display order. */
export const EMOJI: readonly Emoji[] = parse();

/** Categories in display order (recents come first when there are any). */
export const EMOJI_CATEGORIES: readonly Emoji['category'][] = Object.keys(SOURCE) as Emoji['category'][];
