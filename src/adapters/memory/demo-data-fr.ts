/** French texts of the demo data (vocabulary of the Bitrix24 help article). */
import type { DemoTexts } from './demo-texts.js';

const list = (names: readonly string[]): string => new Intl.ListFormat('fr', { type: 'conjunction' }).format(names);

/**
 * French spacing, as in the library's own strings: a narrow no-break space
 * before ! ? ; and a no-break space before : and inside « ».
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([!?;])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** Applies `fix` to every string of a value, including what its functions return. */
function mapStrings<T>(value: T, fix: (text: string) => string): T {
  if (typeof value === 'string') return fix(value) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => mapStrings(fn(...args), fix)) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, fix)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fix)])) as T;
  }
  return value;
}

const RAW: DemoTexts = {
  system: {
    taken: (operator) => `Chat pris en charge par ${operator}`,
    skipped: (operator) => `${operator} a passé le chat`,
    transferredToOperator: (by, to) => `${by} a transféré le chat à ${to}`,
    transferredToQueue: (by, queue) => `${by} a transféré le chat vers le canal ouvert « ${queue} »`,
    intercepted: (by, from) => `${by} a pris la conversation de ${from}`,
    invited: (by, names) => `${by} a invité ${list(names)} au chat`,
    finished: (by) => `${by} a terminé la conversation`,
    spam: (by) => `${by} a marqué la conversation comme spam`,
    sessionStarted: (sessionId) => `Conversation n°${sessionId} démarrée`,
  },
  operators: [
    { name: 'Camille Dubois', position: "Responsable de l'équipe support" },
    { name: 'Julien Moreau', position: 'Agent du support' },
    { name: 'Sophie Lefèvre', position: 'Responsable des ventes' },
    { name: 'Karim Benali', position: 'Coordinateur livraison' },
    { name: 'Élodie Garnier', position: 'Ingénieure support senior' },
    { name: 'Hugo Petit', position: 'Agent support junior' },
  ],
  queues: ['Support site web', 'Ventes', 'Livraison', 'Clients VIP'],
  publicChats: ['Équipe support', 'Ventes — transactions', 'Entrepôt', 'Bugs produit'],
  botName: 'Assistante virtuelle',
  clients: [
    'Léa Martin', 'Thomas Bernard', 'Chloé Robert', 'Antoine Richard', 'Margaux Durand', 'Inès Leroy',
    'Nathan Simon', 'Lucas Laurent', 'Emma Michel', 'Louis Garcia', 'Service des gains', 'Crypto Max',
    'Manon David', 'Gabriel Bertrand', 'Jade Roux', 'Isabelle Fontaine', 'Arthur Vincent', 'Louise Fournier',
    'Jules Morel', 'Alice Girard', 'Raphaël André', 'Lina Mercier', 'Adam Blanc', 'Rose Guérin',
    'Paul Boyer', 'Anna Chevalier', 'Maël François', 'Zoé Legrand', 'Victor Gauthier', 'Romane Perrin',
    'Sacha Robin', 'Éva Clément', 'Noé Morin', 'Lou Nicolas', 'Théo Henry', 'Agathe Roussel',
    'Martin Mathieu', 'Clara Lambert', 'Tom Bonnet', 'Juliette Dupont',
  ],
  companies: ['Lumière Conseil', 'Hôtels Port & Pin', 'Comptoirs du Nord', 'Fjord Bleu Logistique', 'Fournitures Dupré'],
  crm: {
    deal: (n, topic) => `Transaction n°${n} : ${topic}`,
    lead: (name) => `Prospect : ${name}`,
  },
  files: {
    screenshot: 'erreur-paiement.png',
    photo: 'porte-arriere.jpg',
    damaged: 'vase-casse.jpg',
    label: 'etiquette-retour.pdf',
    invoice: 'facture-A-20931.pdf',
    quote: 'Devis-HP-2025-014.pdf',
    log: 'appels-api.log',
    video: 'enregistrement-tableau-de-bord.mp4',
    spreadsheet: 'liste-commandes.xlsx',
    gif: 'youpi.gif',
  },
  conversations: {
    checkout: {
      lines: [
        ['c', 'Bonjour ! La page de paiement se bloque quand je clique sur [b]Payer maintenant[/b].'],
        ['c', 'Voici ce que je vois :', { att: ['screenshot'], gap: 1 }],
        ['c', "J'ai essayé Chrome et Firefox, même chose. Mon panier est toujours là, total 248,90 €", { gap: 2 }],
      ],
    },
    refund: {
      lines: [['c', 'Bonjour, j’ai renvoyé le casque la semaine dernière (commande n°A-20931). Quand serai-je remboursé ?']],
    },
    tracking: {
      lines: [
        ['session'],
        ['c', "Bonjour ! Mon colis devait arriver hier mais le suivi n'a pas bougé depuis lundi."],
        ['c', 'Le numéro de commande est [b]DL-55821[/b]'],
        ['taken'],
        ['o', 'Bonjour Chloé, merci de votre patience ! Je vérifie auprès du transporteur.'],
        [
          'o',
          "Le colis est au centre de tri de Lyon. Il a été retardé par la tempête, la nouvelle estimation est [b]demain avant 18 h[/b].",
          { gap: 4, edited: true },
        ],
        ['o', 'Vous pouvez le suivre ici : [url=https://suivi.example.com/DL-55821]suivi.example.com/DL-55821[/url]'],
        ['c', '>>la nouvelle estimation est demain avant 18 h.\nDois-je être présente pour signer ?', { reply: 5 }],
        ['o', 'Aucune signature nécessaire : le livreur peut le laisser à un voisin ou en lieu sûr.', { reply: 7 }],
        ['c', 'Parfait. Pouvez-vous leur demander de le déposer à la porte arrière ?', { gap: 20 }],
        ['c', 'Voici une photo pour qu’ils la trouvent', { att: ['photo'], gap: 1 }],
      ],
    },
    api: {
      title: 'Lumière Conseil — erreurs API 429',
      lines: [
        ['c', 'Bonjour, notre intégration échoue depuis ce matin avec une erreur HTTP 429 à chaque requête.'],
        ['c', 'Journal des derniers appels en pièce jointe', { att: ['log'] }],
        ['taken'],
        ['o', 'Bonjour Antoine, merci pour le journal. Quel point d’accès appelez-vous ?'],
        ['c', 'Celui-ci :\n[code]POST /api/v2/orders/batch\nX-RateLimit-Remaining: 0\nRetry-After: 3600[/code]'],
        [
          'o',
          'Résumé pour Élodie : Lumière Conseil atteint la limite depuis le déploiement de 9 h, erreur 429 à chaque appel, journal ci-dessus.',
          { silent: true },
        ],
        ['invite', 4],
        [
          'x',
          '[user=u1]Camille Dubois[/user] merci. Leur clé est passée par erreur sur l’offre [i]starter[/i] pendant la migration, je corrige.',
        ],
        ['x', 'C’est fait : la limite est revenue à [b]10 000 requêtes par heure[/b].', { gap: 6 }],
        ['o', 'Antoine, pouvez-vous réessayer ? La limite devrait être rétablie.'],
        [
          'c',
          'Ça remarche 🎉 Voici un enregistrement du tableau de bord, les erreurs se sont arrêtées à 10 h 42',
          { att: ['video'], reply: 9 },
        ],
        ['o', 'Parfait ! Je verrouille ce chat comme étant à moi jusqu’à demain, au cas où.'],
      ],
    },
    quote: {
      title: 'Hôtels Port & Pin — devis mobilier',
      lines: [
        [
          'c',
          'Bonjour,\n\nNous ouvrons deux hôtels au printemps et souhaiterions un devis pour [b]120 lampes de bureau[/b] et [b]60 fauteuils[/b].\n\nCordialement,\nMargaux Durand',
        ],
        ['taken'],
        ['o', 'Bonjour Margaux, merci pour votre demande ! Vous trouverez notre devis en pièce jointe, valable 30 jours.', { att: ['quote'] }],
        ['c', 'Merci. Une [u]remise sur volume[/u] est-elle possible au-delà de 100 lampes ?', { gap: 30 }],
        ['o', 'Note : prête à signer à -12 %. Je peux accorder 10 %, je demande à Sophie avant de répondre.', { silent: true, gap: 3 }],
        [
          'o',
          '[user=u3]Sophie Lefèvre[/user] peux-tu regarder celui-ci ? Détails dans [chat=pc2]Ventes — transactions[/chat]',
          { silent: true },
        ],
      ],
    },
    size: {
      lines: [
        ['c', 'coucou ! j’ai reçu la veste mais c’est du M au lieu du L 😕'],
        ['c', '', { att: ['photo'] }],
        ['taken'],
        ['o', 'Bonjour Inès, désolé pour ce souci ! Je vous crée un échange gratuit.'],
        ['o', 'Voici votre étiquette de retour prépayée : imprimez-la et déposez le colis dans n’importe quel bureau de poste.', { att: ['label'] }],
        ['c', 'merci !! je dois mettre la facture dans le colis ?'],
      ],
    },
    intercept: {
      lines: [
        ['c', 'Bonjour, le livreur a laissé un carton abîmé. Le vase à l’intérieur est cassé.', { att: ['damaged'] }],
        ['c', 'Allô ? Il y a quelqu’un ?', { gap: 35 }],
      ],
    },
    bot: {
      lines: [
        ['c', 'Bonjour, vous livrez en Belgique ?'],
        [
          'b',
          '[b]Bonjour Lucas ![/b] Je suis l’assistante virtuelle. En attendant un opérateur, la réponse est peut-être ici : [url=https://aide.example.com/livraison]Pays de livraison[/url].',
          { gap: 0 },
        ],
        ['b', 'Un opérateur va vous répondre. Temps d’attente moyen : [b]5 minutes[/b].', { gap: 0 }],
      ],
    },
    liked: {
      lines: [
        ['c', 'Je n’arrive pas à me connecter, mon mot de passe est refusé alors que je viens de le réinitialiser.'],
        ['taken'],
        ['o', 'Mauvais lien, désolée', { deleted: true }],
        ['o', 'Bonjour Emma ! La réinitialisation peut prendre une minute. Pouvez-vous réessayer dans une fenêtre privée ?'],
        ['c', 'Ah ça marche maintenant. Merci !'],
        ['o', 'Avec plaisir ! Bonne journée 🙂'],
        ['finished'],
      ],
    },
    disliked: {
      lines: [
        ['c', 'On m’avait promis 20 % de remise au téléphone et la facture affiche le prix plein.', { att: ['invoice'] }],
        ['taken'],
        ['o', 'Bonjour Louis, je ne vois que le prix standard sur votre commande. Avec qui avez-vous parlé ?'],
        ['c', 'Je ne me souviens pas du nom. C’est vraiment décevant.'],
        ['o', 'Je comprends. Je ne peux pas appliquer la remise sans validation, mais j’ai transmis votre demande à ma responsable.'],
        ['c', '[s]Merci[/s] Bof.'],
        ['finished'],
      ],
    },
    spamPrize: {
      lines: [
        ['c', 'FÉLICITATIONS !!! Vous avez GAGNÉ un iPhone. Réclamez-le vite : [url=https://cadeau-gratuit.example.net]cadeau-gratuit.example.net[/url]'],
        ['spam'],
      ],
    },
    spamCrypto: {
      lines: [
        ['c', 'Gagnez 5000 € par jour avec notre robot crypto !!! Écrivez-moi en privé'],
        ['c', 'Offre limitée 🚀🚀🚀', { gap: 0 }],
        ['spam'],
      ],
    },
    earlier: {
      lines: [
        ['session'],
        ['c', 'Bonjour, puis-je changer l’adresse de livraison de ma commande DL-49102 ?'],
        ['taken'],
        ['o', 'Bonjour Chloé ! Oui, tant qu’elle n’est pas expédiée. Quelle est la nouvelle adresse ?'],
        ['c', '14 rue des Roses, 69002 Lyon'],
        ['o', 'C’est fait ✅ L’adresse est mise à jour.'],
        ['finished'],
      ],
    },
    formatting: {
      lines: [
        ['c', 'Comment exporter mes factures pour mon comptable ?'],
        ['taken'],
        ['o', '/me regarde les paramètres de votre compte'],
        [
          'o',
          'Allez dans [b]Facturation[/b] → [i]Factures[/i] → [u]Exporter[/u]. L’ancienne limite [s]CSV uniquement[/s] a disparu : vous pouvez choisir PDF ou Excel.',
        ],
        ['o', 'J’ai aussi prévenu l’équipe [chat=pc4]Bugs produit[/chat] pour la facture de mars manquante.'],
        ['c', 'Trouvé, merci !', { reply: 3 }],
      ],
    },
    newSession: {
      lines: [
        ['session', { sessionOffset: -1 }],
        ['c', 'Bonjour ! Le bureau assis-debout existe-t-il en chêne ?'],
        ['taken'],
        ['o', 'Bonjour Gabriel ! Oui, le chêne et le noyer sont en stock.'],
        ['c', 'Super, je vais réfléchir.'],
        ['finished'],
        ['session', { gap: 2880 }],
        ['c', 'Re-bonjour, je me suis décidé pour le bureau en chêne. Puis-je payer en 3 fois ?'],
        ['o', 'Bonjour Gabriel, ravie de vous revoir ! Oui, voici le lien de paiement en 3 fois :'],
        ['o', '[url=https://paiement.example.com/i/8841]Bureau assis-debout, chêne — 3 × 233,00 €[/url]', { gap: 0 }],
        ['c', 'J’ai payé la première échéance. Avez-vous besoin d’autre chose ?', { gap: 6 }],
      ],
    },
    gif: {
      lines: [
        ['c', 'Ma commande est arrivée un jour en avance, merci beaucoup !!'],
        ['taken'],
        ['o', 'Excellente nouvelle, Jade ! Profitez-en bien 🎉'],
        ['o', '', { att: ['gif'], gap: 0 }],
        ['finished'],
      ],
    },
  },
  topics: [
    {
      lines: [
        ['c', 'Bonjour, j’ai oublié mon mot de passe et l’e-mail de réinitialisation n’arrive jamais.'],
        ['taken'],
        ['o', 'Bonjour ! Pouvez-vous vérifier vos courriers indésirables ? L’e-mail vient de no-reply@boutique.example.com.'],
        ['c', 'Trouvé dans les indésirables, merci !'],
        ['o', 'Parfait. Puis-je faire autre chose pour vous ?'],
      ],
    },
    {
      lines: [
        ['c', 'Pouvez-vous m’envoyer une copie de ma dernière facture ? J’en ai besoin pour ma note de frais.'],
        ['taken'],
        ['o', 'Bien sûr ! La voici.', { att: ['invoice'] }],
        ['c', 'Parfait, merci.'],
      ],
    },
    {
      lines: [
        ['c', 'Ma commande aurait dû arriver il y a deux jours.'],
        ['c', 'Commande DL-58310', { gap: 0 }],
        ['taken'],
        ['o', 'Bonjour ! J’ai vérifié : le colis est en cours de livraison aujourd’hui, avant 19 h.'],
        ['c', 'Super, je reste chez moi alors.'],
      ],
    },
    {
      lines: [
        ['c', 'Le fauteuil ergonomique est-il de nouveau en stock ?'],
        ['taken'],
        ['o', 'Bonjour ! Oui, le noir est de nouveau disponible. Le gris revient [b]la semaine prochaine[/b].'],
        ['c', 'Pouvez-vous me prévenir quand le gris sera disponible ?'],
        ['o', 'Bien sûr, je vous ai ajouté à la liste d’attente.'],
      ],
    },
    {
      lines: [
        ['c', 'Je voudrais annuler ma commande s’il vous plaît, je me suis trompé de couleur.'],
        ['taken'],
        ['o', 'Aucun problème, elle n’est pas encore expédiée : la commande est annulée et le remboursement arrivera sous 3 à 5 jours.'],
        ['c', 'Merci pour la réponse rapide !'],
      ],
    },
    {
      lines: [
        ['c', 'Le code promo BIENVENUE10 ne fonctionne pas au paiement.'],
        ['taken'],
        ['o', 'Bonjour ! Ce code est valable dès 50 € d’achat. Votre panier est à 42 €.'],
        ['c', 'Ah d’accord. Je vais ajouter quelque chose alors.'],
      ],
    },
    {
      lines: [
        ['c', 'Comment passer mon abonnement de mensuel à annuel ?'],
        ['taken'],
        ['o', 'Allez dans [b]Compte[/b] → [i]Abonnement[/i] → [u]Changer d’offre[/u]. L’offre annuelle fait économiser 2 mois.'],
        ['c', 'C’est fait, merci !'],
      ],
    },
    {
      lines: [
        ['c', 'La lampe que j’ai reçue a un abat-jour fissuré.', { att: ['damaged'] }],
        ['taken'],
        ['o', 'Je suis désolé ! Nous vous envoyons un nouvel abat-jour aujourd’hui, inutile de renvoyer l’ancien.'],
        ['c', 'C’est très gentil, merci.'],
      ],
    },
    {
      lines: [
        ['c', 'Votre showroom est-il ouvert le dimanche ?'],
        ['taken'],
        ['o', 'Bonjour ! Le showroom est ouvert le dimanche de 10 h à 17 h.'],
        ['c', 'Super, à dimanche.'],
      ],
    },
    {
      lines: [
        ['c', 'Pouvez-vous faire un paquet cadeau ? C’est pour un anniversaire.'],
        ['taken'],
        ['o', 'Bien sûr ! L’emballage cadeau est offert, je l’ai ajouté avec une carte. Que faut-il écrire dessus ?'],
        ['c', 'Joyeux anniversaire Tom ! De la part d’Anna'],
        ['o', 'C’est fait 🎁'],
      ],
    },
  ],
  long: {
    title: 'Comptoirs du Nord — ouverture du magasin',
    client: [
      'Bonjour, petite question sur les étagères du nouveau magasin.',
      'Pouvez-vous confirmer le créneau de livraison de jeudi ?',
      'Il nous faut 4 tables d’exposition de plus, même modèle que la dernière fois.',
      'Le total de la facture ne correspond pas au devis, pouvez-vous vérifier ?',
      'Notre entrepôt est fermé vendredi après-midi, merci d’en tenir compte.',
      'Pouvez-vous renvoyer la notice de montage ?',
      'Merci, ça nous aide beaucoup.',
      'Une des armoires est arrivée sans clés.',
      'Peut-on changer la couleur du comptoir en [b]noyer[/b] ?',
      'Quel est le délai pour 20 chaises supplémentaires ?',
      'Très bien, allez-y.',
      'Y a-t-il une remise si nous payons d’avance ?',
      'Voici le plan d’implantation mis à jour.',
      'L’équipe de livraison était très professionnelle, merci !',
      'Nous avons trouvé une rayure sur une des tables.',
      'Merci de mettre la commande en attente jusqu’à lundi.',
      'Ok, parfait 👍',
      'Pouvez-vous ajouter [i]Sophie[/i] de notre service achats aux factures ?',
    ],
    operator: [
      'Bonjour Isabelle, je vérifie pour vous.',
      'Confirmé : jeudi entre 8 h et 11 h.',
      'C’est fait, je les ai ajoutées à la commande.',
      'Vous avez raison, la remise manquait. Voici la facture corrigée.',
      'C’est noté, nous livrerons avant midi.',
      'La voici, la notice est en pièce jointe.',
      'Avec plaisir !',
      'Désolée, les clés partent aujourd’hui en envoi express.',
      'Oui, le noyer est disponible sans supplément.',
      'Environ [b]10 jours ouvrés[/b] pour 20 chaises.',
      'Nous pouvons vous accorder [b]3 % de remise[/b] pour un paiement d’avance.',
      'Merci, j’ai transmis le plan à nos installateurs.',
      'Ravie de l’entendre, je transmets à l’équipe !',
      'Pouvez-vous envoyer une photo de la rayure ? Nous remplacerons le plateau.',
      'La commande est en attente jusqu’à lundi.',
      'Sophie est ajoutée, elle recevra désormais toutes les factures.',
    ],
  },
  canned: [
    {
      section: 'greeting',
      title: 'Bienvenue',
      text: 'Bonjour {client.name}, je m’appelle {operator.name}. Comment puis-je vous aider ?',
      usageCount: 152,
    },
    { section: 'greeting', title: 'Merci de votre patience', text: 'Merci de votre patience, {client.name} ! Je m’en occupe.', usageCount: 87 },
    { section: 'greeting', title: 'Bonjour', text: 'Bonjour {client.name} ☀️ Que puis-je faire pour vous ?', usageCount: 23 },
    {
      section: 'payment',
      title: 'Moyens de paiement',
      text: 'Nous acceptons la [b]carte bancaire[/b], le [b]virement[/b] et [b]PayPal[/b]. Le paiement en 3 fois est possible dès 300 €.',
      usageCount: 64,
    },
    {
      section: 'payment',
      title: 'Lien de paiement',
      text: 'Voici votre lien de paiement sécurisé : [url=https://paiement.example.com]paiement.example.com[/url]',
      usageCount: 41,
    },
    {
      section: 'payment',
      title: 'Délai de remboursement',
      text: 'Le remboursement arrive sur votre compte sous [b]3 à 5 jours ouvrés[/b] après réception du retour.',
      usageCount: 58,
    },
    {
      section: 'delivery',
      title: 'Délais de livraison',
      text: 'La livraison standard prend [b]2 à 4 jours ouvrés[/b], la livraison express arrive le lendemain.',
      usageCount: 96,
    },
    {
      section: 'delivery',
      title: 'Suivre un colis',
      text: 'Vous pouvez suivre votre colis ici : [url=https://suivi.example.com]suivi.example.com[/url] avec votre numéro de commande.',
      usageCount: 77,
    },
    {
      section: 'delivery',
      title: 'Étiquette de retour',
      text: 'Je vous envoie une étiquette de retour prépayée. Imprimez-la et déposez le colis dans un bureau de poste.',
      usageCount: 35,
    },
    {
      section: 'delivery',
      title: 'Livraison à l’étranger',
      text: 'Nous livrons dans l’UE, au Royaume-Uni, au Canada et aux États-Unis. Des frais de douane peuvent s’appliquer hors UE.',
      usageCount: 12,
    },
    { section: 'common', title: 'Autre chose ?', text: 'Puis-je vous aider pour autre chose, {client.name} ?', usageCount: 140 },
    { section: 'common', title: 'Au revoir', text: 'Merci de nous avoir contactés ! Bonne journée. — {operator.name}', usageCount: 121 },
    {
      section: 'common',
      title: 'Transfert à un collègue',
      text: 'Je transfère le chat à un collègue qui connaît mieux ce sujet. Merci de rester dans le chat.',
      usageCount: 29,
    },
    { section: 'common', title: 'Vérification', text: '/me vérifie votre commande, un instant s’il vous plaît…', usageCount: 48 },
  ],
  gifs: ['Merci !', 'Bonjour !', 'Je m’en occupe !', 'Youpi !', 'Super', 'Un instant…', 'Oups', 'Marché conclu !', 'Au revoir !', 'Pause café'],
  commands: [
    { command: '/me', title: 'Action', description: 'Décrire ce que vous faites à la troisième personne' },
    { command: '/loud', title: 'Message en grand', description: 'Envoyer le message en gros caractères' },
    { command: '/rating', title: 'Demander une évaluation', description: 'Envoyer le formulaire d’évaluation au client' },
    { command: '/order', title: 'État de la commande (bot)', description: 'Afficher l’état de la dernière commande du client' },
    { command: '/form', title: 'Formulaire de contact', description: 'Demander l’e-mail et le téléphone du client' },
    { command: '/help', title: 'Aide', description: 'Lister les commandes du bot' },
  ],
  salesItems: [
    { kind: 'product', title: 'Bureau assis-debout, chêne', price: '699,00 €' },
    { kind: 'product', title: 'Fauteuil ergonomique', price: '349,00 €' },
    { kind: 'product', title: 'Lampe de bureau LED', price: '59,00 €' },
    { kind: 'product', title: 'Extension de garantie, 2 ans', price: '49,00 €' },
    { kind: 'payment', title: 'Lien de paiement de la commande en cours', price: '248,90 €' },
    { kind: 'payment', title: 'Acompte (30 %)', price: '209,70 €' },
  ],
  simulation: {
    clientMessages: [
      'Des nouvelles ?',
      'Merci !',
      'Allô ? Il y a quelqu’un ?',
      'D’accord, j’attends.',
      'Pouvez-vous aussi vérifier mon autre commande ?',
      'Super, merci beaucoup 🙏',
      'Pardon, encore une question…',
      'Ça marche maintenant !',
      'Quels sont vos horaires d’ouverture ?',
      'Puis-je payer par virement ?',
    ],
    newChatOpeners: [
      'Bonjour, où en est ma commande ?',
      'Bonjour, j’ai une question sur ma facture.',
      'Livrez-vous le samedi ?',
      'Mon code de réduction ne fonctionne pas.',
      'Bonjour ! Puis-je changer la taille de ma commande ?',
      'Bonjour, ce produit est-il toujours disponible ?',
      'J’ai besoin d’aide pour me connecter.',
      'Puis-je parler à quelqu’un pour une commande en gros ?',
    ],
    newClients: [
      'Pierre Lemoine', 'Sarah Caron', 'Kevin Faure', 'Laura Barbier', 'Marc Renaud',
      'Julie Colin', 'Stéphane Roche', 'Nathalie Meyer', 'Bruno Lucas', 'Mégane Brun',
    ],
  },
};

export const FR: DemoTexts = mapStrings(RAW, frenchSpacing);
