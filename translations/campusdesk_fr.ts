<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>The attendance session was not found.</source>
        <translation>La séance d'appel est introuvable.</translation>
    </message>
    <message>
        <source>The student is not enrolled in this course.</source>
        <translation>L'étudiant n'est pas inscrit à ce cours.</translation>
    </message>
    <message>
        <source>This session is finished. Say why you are correcting the mark.</source>
        <translation>Cette séance est terminée. Indiquez pourquoi vous corrigez le pointage.</translation>
    </message>
    <message>
        <source>Your account may not see attendance registers.</source>
        <translation>Votre compte n'est pas autorisé à consulter les feuilles d'appel.</translation>
    </message>
    <message>
        <source>This session is already finished. Correct a mark instead.</source>
        <translation>Cette séance est déjà terminée. Corrigez plutôt un pointage.</translation>
    </message>
    <message>
        <source>This session is finished. Correct single marks instead.</source>
        <translation>Cette séance est terminée. Corrigez plutôt les pointages un par un.</translation>
    </message>
    <message>
        <source>A confirmed mark belongs to another session.</source>
        <translation>Un pointage confirmé appartient à une autre séance.</translation>
    </message>
</context>
<context>
    <name>AttendanceRules</name>
    <message>
        <source>Choose the course for this session.</source>
        <translation>Choisissez le cours de cette séance.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Saisissez la date de la séance.</translation>
    </message>
    <message>
        <source>Enter the time the session starts.</source>
        <translation>Saisissez l'heure de début de la séance.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 12 hours.</source>
        <translation>Une séance dure entre 1 minute et 12 heures.</translation>
    </message>
    <message>
        <source>The mark does not belong to a session.</source>
        <translation>Le pointage n'est rattaché à aucune séance.</translation>
    </message>
    <message>
        <source>The mark does not name a student.</source>
        <translation>Le pointage ne désigne aucun étudiant.</translation>
    </message>
    <message>
        <source>A mark must record who made it.</source>
        <translation>Le pointage doit indiquer qui l'a effectué.</translation>
    </message>
    <message>
        <source>A face mark needs a confidence between 0 and 1.</source>
        <translation>Un pointage par reconnaissance faciale nécessite un indice de confiance compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>A face mark must name the model that proposed it.</source>
        <translation>Un pointage par reconnaissance faciale doit indiquer le modèle qui l'a proposé.</translation>
    </message>
    <message>
        <source>Only face marks carry a confidence.</source>
        <translation>Seuls les pointages par reconnaissance faciale comportent un indice de confiance.</translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n characters long.</source>
        <translation>
            <numerusform>Une remarque peut comporter au plus %n caractère.</numerusform>
            <numerusform>Une remarque peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>The late threshold must be between 0 minutes and 12 hours.</source>
        <translation>Le seuil de retard doit être compris entre 0 minute et 12 heures.</translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n characters long.</source>
        <translation>
            <numerusform>Un motif peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un motif peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceStandingNames</name>
    <message>
        <source>No sessions yet</source>
        <translation>Aucune séance pour le moment</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>En dessous du minimum</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The user name or password is not correct, or the account is disabled.</source>
        <translation>Le nom d'utilisateur ou le mot de passe est incorrect, ou le compte est désactivé.</translation>
    </message>
    <message>
        <source>Your remembered sign-in has ended. Sign in again.</source>
        <translation>Votre connexion mémorisée a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s), or ask an administrator to unlock the account.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées. Réessayez dans %n minute ou demandez à un administrateur de déverrouiller le compte.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées. Réessayez dans %n minutes ou demandez à un administrateur de déverrouiller le compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées. Patientez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées. Patientez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system's random number source failed.</source>
        <translation>La source de nombres aléatoires du système a échoué.</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>Cet enregistrement n'existe plus ; quelqu'un l'a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>Quelqu'un d'autre a modifié cet enregistrement depuis que vous l'avez ouvert. Vos modifications n'ont pas été enregistrées ; rechargez-le pour voir les siennes.</translation>
    </message>
    <message>
        <source>Changed by someone else since you opened it.</source>
        <translation>Modifié par quelqu'un d'autre depuis que vous l'avez ouvert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Seed a fresh database and measure the queries the app depends on.</source>
        <translation>Remplit une nouvelle base de données et mesure les requêtes dont dépend l'application.</translation>
    </message>
    <message>
        <source>The benchmark to run.</source>
        <translation>Le test de performance à exécuter.</translation>
    </message>
    <message>
        <source>Number of students (default 100000).</source>
        <translation>Nombre d'étudiants (100000 par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>The semester's current day (default 2026-11-22, fixed so runs compare).</source>
        <translation>Jour actuel du semestre (2026-11-22 par défaut, fixe pour que les exécutions soient comparables).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Affiche un seul objet JSON.</translation>
    </message>
    <message>
        <source>Folder for the database (default: a temporary folder).</source>
        <translation>Dossier de la base de données (par défaut : un dossier temporaire).</translation>
    </message>
    <message>
        <source>Keep the database file afterwards.</source>
        <translation>Conserve ensuite le fichier de base de données.</translation>
    </message>
    <message>
        <source>Measure this database, seeding it first only if it does not exist.</source>
        <translation>Mesure cette base de données, en la remplissant d'abord uniquement si elle n'existe pas.</translation>
    </message>
    <message>
        <source>--students takes a number of at least 100; --today a date like 2026-11-22.</source>
        <translation>--students attend un nombre d'au moins 100 ; --today une date au format 2026-11-22.</translation>
    </message>
    <message>
        <source>Could not create a folder for the benchmark database.</source>
        <translation>Impossible de créer un dossier pour la base de données du test de performance.</translation>
    </message>
    <message>
        <source>Database kept at %1</source>
        <translation>Base de données conservée dans %1</translation>
    </message>
    <message>
        <source>Print where CampusDesk keeps its files.</source>
        <translation>Affiche l'emplacement où CampusDesk conserve ses fichiers.</translation>
    </message>
    <message>
        <source>Only the demo school's database.</source>
        <translation>Uniquement la base de données de l'établissement de démonstration.</translation>
    </message>
    <message>
        <source>Only the default school database.</source>
        <translation>Uniquement la base de données de l'établissement par défaut.</translation>
    </message>
    <message>
        <source>Only the data folder.</source>
        <translation>Uniquement le dossier des données.</translation>
    </message>
    <message>
        <source>Creating the demo school… %1 %</source>
        <translation>Création de l'établissement de démonstration… %1 %</translation>
    </message>
    <message>
        <source>Create a deterministic demo school in a new database file.</source>
        <translation>Crée un établissement de démonstration reproductible dans un nouveau fichier de base de données.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>Le fichier de base de données à créer.</translation>
    </message>
    <message>
        <source>Number of students (default 2000).</source>
        <translation>Nombre d'étudiants (2000 par défaut).</translation>
    </message>
    <message>
        <source>The day the semester has reached (default: today).</source>
        <translation>Jour atteint par le semestre (par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Remplace le fichier s'il existe.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>N'affiche pas la progression.</translation>
    </message>
    <message>
        <source>Name the database file to create with --db FILE.</source>
        <translation>Indiquez le fichier de base de données à créer avec --db FILE.</translation>
    </message>
    <message>
        <source>--students takes a whole number from 1 to 1000000.</source>
        <translation>--students attend un nombre entier de 1 à 1000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>--today takes a date like 2026-11-22.</source>
        <translation>--today attend une date au format 2026-11-22.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s: %3 students, %4 teachers, %5 courses, %6 attendance marks, %7 marks, %8 invoices.</source>
        <translation>Fichier %1 créé en %2 s : %3 étudiants, %4 enseignants, %5 cours, %6 pointages de présence, %7 notes, %8 factures.</translation>
    </message>
    <message>
        <source>Demo sign-ins (user name / password):</source>
        <translation>Identifiants de démonstration (nom d'utilisateur / mot de passe) :</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Seed a demo school and measure the attendance statistics report.</source>
        <translation>Crée un établissement de démonstration et mesure le rapport de statistiques de présence.</translation>
    </message>
    <message>
        <source>Number of students (default 10000).</source>
        <translation>Nombre d'étudiants (10000 par défaut).</translation>
    </message>
    <message>
        <source>Runs of each query (default 5).</source>
        <translation>Nombre d'exécutions de chaque requête (5 par défaut).</translation>
    </message>
    <message>
        <source>--students takes a number of at least 100; --today a date like 2026-11-22; --runs a number of at least 1.</source>
        <translation>--students attend un nombre d'au moins 100 ; --today une date au format 2026-11-22 ; --runs un nombre d'au moins 1.</translation>
    </message>
    <message>
        <source>The database has no course with a teacher in this semester.</source>
        <translation>La base de données ne contient aucun cours avec un enseignant pour ce semestre.</translation>
    </message>
    <message>
        <source>Usage: campusdesk-cli bench db|ui [--students N] [--json]</source>
        <translation>Utilisation : campusdesk-cli bench db|ui [--students N] [--json]</translation>
    </message>
    <message>
        <source>Import a generated intake CSV into a new database and time each step.</source>
        <translation>Importe un fichier CSV d'admissions généré dans une nouvelle base de données et chronomètre chaque étape.</translation>
    </message>
    <message>
        <source>Rows in the file (default 20000).</source>
        <translation>Nombre de lignes du fichier (20000 par défaut).</translation>
    </message>
    <message>
        <source>Folder for the files (default: temporary).</source>
        <translation>Dossier des fichiers (par défaut : temporaire).</translation>
    </message>
    <message>
        <source>--rows needs a positive number.</source>
        <translation>--rows attend un nombre positif.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <source>%1 rows (%2 MB): read %3 s, dry run %4 s, import %5 s</source>
        <translation>%1 lignes (%2 Mo) : lecture %3 s, simulation %4 s, importation %5 s</translation>
    </message>
    <message>
        <source>Show the real students page offscreen over a large school and time opening it, typing names into its search field and jumping through the list.</source>
        <translation>Affiche la vraie page des étudiants hors écran pour un grand établissement et chronomètre son ouverture, la saisie de noms dans son champ de recherche et les sauts dans la liste.</translation>
    </message>
    <message>
        <source>How many names to type (default 50).</source>
        <translation>Nombre de noms à saisir (50 par défaut).</translation>
    </message>
    <message>
        <source>Milliseconds between keystrokes (default 100).</source>
        <translation>Millisecondes entre deux frappes (100 par défaut).</translation>
    </message>
    <message>
        <source>Print each step's timings on the error output.</source>
        <translation>Affiche les durées de chaque étape sur la sortie d'erreur.</translation>
    </message>
    <message>
        <source>--students takes a number of at least 100, --terms a positive number and --key-interval a number of milliseconds.</source>
        <translation>--students attend un nombre d'au moins 100, --terms un nombre positif et --key-interval un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>Could not create a folder for the report cards.</source>
        <translation>Impossible de créer un dossier pour les bulletins.</translation>
    </message>
    <message>
        <source>The report cards could not be started.</source>
        <translation>Impossible de lancer la génération des bulletins.</translation>
    </message>
    <message>
        <source>Generate a fee's invoices for every student of a school and read the outstanding balances.</source>
        <translation>Génère les factures d'un type de frais pour chaque étudiant d'un établissement et lit les soldes restant dus.</translation>
    </message>
    <message>
        <source>The semester's current day (default 2026-11-22).</source>
        <translation>Jour actuel du semestre (2026-11-22 par défaut).</translation>
    </message>
    <message>
        <source>Runs of the outstanding-balances read (default 3).</source>
        <translation>Nombre d'exécutions de la lecture des soldes restant dus (3 par défaut).</translation>
    </message>
    <message>
        <source>Use this database, seeding it (students only) first if it does not exist. Each run adds one fee's invoices to it.</source>
        <translation>Utilise cette base de données, en la remplissant d'abord (étudiants uniquement) si elle n'existe pas. Chaque exécution y ajoute les factures d'un type de frais.</translation>
    </message>
    <message>
        <source>Report cards to write, from a school of that many students (default 2000; 0 skips them).</source>
        <translation>Nombre de bulletins à produire, pour un établissement comptant autant d'étudiants (2000 par défaut ; 0 pour ne pas en produire).</translation>
    </message>
    <message>
        <source>--students takes a number of at least 1; --today a date like 2026-11-22; --runs a number of at least 1; --report-cards a number of at least 0.</source>
        <translation>--students attend un nombre d'au moins 1 ; --today une date au format 2026-11-22 ; --runs un nombre d'au moins 1 ; --report-cards un nombre d'au moins 0.</translation>
    </message>
    <message>
        <source>Measure face identification on a folder of people (one folder per person).</source>
        <translation>Mesure l'identification faciale sur un dossier de personnes (un dossier par personne).</translation>
    </message>
    <message>
        <source>The face command to run.</source>
        <translation>La commande de reconnaissance faciale à exécuter.</translation>
    </message>
    <message>
        <source>The folder of people.</source>
        <translation>Le dossier des personnes.</translation>
    </message>
    <message>
        <source>Images enrolled per person (default 5).</source>
        <translation>Images enregistrées par personne (5 par défaut).</translation>
    </message>
    <message>
        <source>Fraction of people left out of the gallery as strangers (default 0.3).</source>
        <translation>Proportion de personnes exclues de la galerie pour servir d'inconnus (0.3 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the shuffle (default 7).</source>
        <translation>Graine du mélange aléatoire (7 par défaut).</translation>
    </message>
    <message>
        <source>yunet (default) or haar.</source>
        <translation>yunet (par défaut) ou haar.</translation>
    </message>
    <message>
        <source>resnet (default) or lbph.</source>
        <translation>resnet (par défaut) ou lbph.</translation>
    </message>
    <message>
        <source>Accept scores from this value (default: the shipped one).</source>
        <translation>Accepte les scores à partir de cette valeur (par défaut : celle livrée avec l'application).</translation>
    </message>
    <message>
        <source>Required lead over the best other person (default: shipped).</source>
        <translation>Écart requis sur la meilleure autre personne (par défaut : valeur livrée avec l'application).</translation>
    </message>
    <message>
        <source>Write every probe's scores as CSV.</source>
        <translation>Écrit les scores de chaque image de test au format CSV.</translation>
    </message>
    <message>
        <source>--enroll needs a positive number.</source>
        <translation>--enroll attend un nombre positif.</translation>
    </message>
    <message>
        <source>--unknown-fraction needs a number from 0 to below 1.</source>
        <translation>--unknown-fraction attend un nombre supérieur ou égal à 0 et inférieur à 1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed attend un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>--detector must be yunet or haar.</source>
        <translation>--detector doit valoir yunet ou haar.</translation>
    </message>
    <message>
        <source>--descriptor must be resnet or lbph.</source>
        <translation>--descriptor doit valoir resnet ou lbph.</translation>
    </message>
    <message>
        <source>--%1 needs a number.</source>
        <translation>--%1 attend un nombre.</translation>
    </message>
    <message>
        <source>--dataset is required.</source>
        <translation>--dataset est obligatoire.</translation>
    </message>
    <message>
        <source>Using LBPH instead of the ResNet descriptor: %1</source>
        <translation>Utilisation de LBPH au lieu du descripteur ResNet : %1</translation>
    </message>
    <message>
        <source>Using the Haar detector: the YuNet model is not installed.</source>
        <translation>Utilisation du détecteur de Haar : le modèle YuNet n'est pas installé.</translation>
    </message>
    <message>
        <source>%1 people, %2 enrolled (%3 faces); %4 known and %5 unknown probes (%6 without a face)
rank-1 %7, TPIR %8 at FPIR %9 (threshold %10, margin %11)
%12 + %13, %14 ms per image</source>
        <translation>%1 personnes, %2 enregistrées (%3 visages) ; %4 images de test connues et %5 inconnues (%6 sans visage)
rank-1 %7, TPIR %8 à FPIR %9 (seuil %10, marge %11)
%12 + %13, %14 ms par image</translation>
    </message>
    <message>
        <source>Run the live face pipeline over a video as fast as it can.</source>
        <translation>Exécute la chaîne de reconnaissance faciale en direct sur une vidéo, aussi vite que possible.</translation>
    </message>
    <message>
        <source>The video file.</source>
        <translation>Le fichier vidéo.</translation>
    </message>
    <message>
        <source>Synthetic students to match against (default 1000).</source>
        <translation>Nombre d'étudiants fictifs avec lesquels comparer (1000 par défaut).</translation>
    </message>
    <message>
        <source>Templates of each student (default 1).</source>
        <translation>Nombre de gabarits faciaux par étudiant (1 par défaut).</translation>
    </message>
    <message>
        <source>Times through the video, tracks reset each time (default 3).</source>
        <translation>Nombre de passages sur la vidéo, avec réinitialisation du suivi à chaque passage (3 par défaut).</translation>
    </message>
    <message>
        <source>Use only the first N frames (default all).</source>
        <translation>N'utilise que les N premières images de la vidéo (par défaut : toutes).</translation>
    </message>
    <message>
        <source>--video is required.</source>
        <translation>--video est obligatoire.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation>--%1 attend un nombre entier d'au moins %2.</translation>
    </message>
    <message>
        <source>%1 frames at %2 fps, %3 faces per frame (%4 + %5)
detection %6 ms per frame, description %7 ms per face (%8 faces), matching %9 ms among %10 templates</source>
        <translation>%1 images à %2 ips, %3 visages par image (%4 + %5)
détection %6 ms par image, description %7 ms par visage (%8 visages), comparaison %9 ms parmi %10 gabarits</translation>
    </message>
    <message>
        <source>Run the live attendance panel offscreen on a session made from a face dataset: students enrolled from their first photos, then every other photo shown in real time.</source>
        <translation>Exécute hors écran le panneau d'appel en direct sur une séance créée à partir d'un jeu de données de visages : les étudiants sont enregistrés à partir de leurs premières photos, puis toutes les autres photos sont affichées en temps réel.</translation>
    </message>
    <message>
        <source>One folder of photos per person.</source>
        <translation>Un dossier de photos par personne.</translation>
    </message>
    <message>
        <source>Shuffle seed (default 7).</source>
        <translation>Graine du mélange aléatoire (7 par défaut).</translation>
    </message>
    <message>
        <source>Photos enrolled per person (default 5).</source>
        <translation>Photos enregistrées par personne (5 par défaut).</translation>
    </message>
    <message>
        <source>Share of people kept as strangers (default 0.3).</source>
        <translation>Proportion de personnes traitées comme des inconnus (0.3 par défaut).</translation>
    </message>
    <message>
        <source>Show only the first N people (default all).</source>
        <translation>N'afficher que les N premières personnes (toutes par défaut).</translation>
    </message>
    <message>
        <source>--seed, --enroll and --max-identities need whole numbers (--enroll at least 1), --unknown-fraction a number from 0 up to 1.</source>
        <translation>--seed, --enroll et --max-identities attendent des nombres entiers (--enroll au moins 1), --unknown-fraction un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>%1 of %2 enrolled people shown were marked present; %3 wrong marks, %4 marks for strangers (%5 shown).
GUI event-loop delay: median %6 ms, 95th percentile %7 ms. Face to register: median %8 ms.
%9 frames in %10 s, %11 processed, %12 dropped; %13 templates (%14).
</source>
        <translation>%1 des %2 personnes enregistrées affichées ont été pointées présentes ; %3 pointages erronés, %4 pointages d'inconnus (%5 affichés).
Latence de la boucle d'événements de l'interface : médiane %6 ms, 95e centile %7 ms. Du visage au pointage : médiane %8 ms.
%9 images en %10 s, %11 traitées, %12 abandonnées ; %13 gabarits (%14).
</translation>
    </message>
    <message>
        <source>installed in %1</source>
        <translation>installé dans %1</translation>
    </message>
    <message>
        <source>damaged in %1: %2</source>
        <translation>endommagé dans %1 : %2</translation>
    </message>
    <message>
        <source>being installed</source>
        <translation>en cours d'installation</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>%1  %2, version %3, licence %4, %5 kB: %6</source>
        <translation>%1  %2, version %3, licence %4, %5 ko : %6</translation>
    </message>
    <message>
        <source>Unknown model: %1 (see `campusdesk-cli models list`).</source>
        <translation>Modèle inconnu : %1 (voir `campusdesk-cli models list`).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kB</source>
        <translation>%1 : %2 sur %3 ko</translation>
    </message>
    <message>
        <source>Installed %1 (%2) in %3.</source>
        <translation>%1 (%2) installé dans %3.</translation>
    </message>
    <message>
        <source>List, download or import the optional face models (checked against their pinned SHA-256).</source>
        <translation>Liste, télécharge ou importe les modèles de visage facultatifs (vérifiés par rapport à leur empreinte SHA-256 de référence).</translation>
    </message>
    <message>
        <source>list, download ID or import ID PATH...</source>
        <translation>list, download ID ou import ID PATH...</translation>
    </message>
    <message>
        <source>Install into DIR, and look there first (default: %1).</source>
        <translation>Installe dans DIR et y cherche en premier (par défaut : %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <source>Usage: campusdesk-cli models list | download ID | import ID PATH... [--dir DIR] [--json]</source>
        <translation>Utilisation : campusdesk-cli models list | download ID | import ID PATH... [--dir DIR] [--json]</translation>
    </message>
    <message>
        <source>Usage: campusdesk-cli &lt;command&gt; [options]

Commands:
  seed --db FILE [--students N] [--seed S] [--today YYYY-MM-DD] [--force]
      Create a demo school in a new database file.
  bench db [--students N] [--seed S] [--json] [--dir DIR]
      Seed a fresh database and measure search, paging and summaries.
  bench attendance [--students N] [--json] [--reuse FILE]
      Seed a demo school and measure the attendance statistics report.
  bench import [--rows N] [--json] [--dir DIR]
      Import a generated intake CSV and time reading, dry run and import.
  bench ledger [--students N] [--db FILE] [--report-cards N] [--json]
      Generate a fee's invoices for every student, read the balances and
      write report cards.
  bench ui [--students N] [--seed S] [--reuse FILE] [--json]
      Time the real students page, shown offscreen, over a seeded database.
  bench live --dataset DIR [--seed S] [--enroll K] [--unknown-fraction F]
      [--max-identities N] [--json]
      Run the live attendance panel offscreen on a session made from photos.
  face eval --dataset DIR [--enroll K] [--unknown-fraction F] [--seed S]
      [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      Measure face identification on a folder of people.
  face bench --video FILE [--gallery N] [--templates-per-student T]
      [--passes P] [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      Run the live face pipeline over a video as fast as it can.
  models list | download ID | import ID PATH... [--dir DIR] [--json]
      Show, download or import the optional face models.
  paths [--demo-db | --default-db | --data-dir]
      Print where CampusDesk keeps its files.

Run a command with --help for its options.
</source>
        <translation>Utilisation : campusdesk-cli &lt;command&gt; [options]

Commandes :
  seed --db FILE [--students N] [--seed S] [--today YYYY-MM-DD] [--force]
      Crée un établissement de démonstration dans un nouveau fichier de base de données.
  bench db [--students N] [--seed S] [--json] [--dir DIR]
      Remplit une nouvelle base de données et mesure la recherche, la pagination et les synthèses.
  bench attendance [--students N] [--json] [--reuse FILE]
      Crée un établissement de démonstration et mesure le rapport de statistiques de présence.
  bench import [--rows N] [--json] [--dir DIR]
      Importe un fichier CSV d'admissions généré et chronomètre la lecture, la simulation et l'importation.
  bench ledger [--students N] [--db FILE] [--report-cards N] [--json]
      Génère les factures d'un type de frais pour chaque étudiant, lit les soldes et
      produit des bulletins.
  bench ui [--students N] [--seed S] [--reuse FILE] [--json]
      Chronomètre la vraie page des étudiants, affichée hors écran, sur une base de données remplie.
  bench live --dataset DIR [--seed S] [--enroll K] [--unknown-fraction F]
      [--max-identities N] [--json]
      Exécute hors écran le panneau d'appel en direct sur une séance créée à partir de photos.
  face eval --dataset DIR [--enroll K] [--unknown-fraction F] [--seed S]
      [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      Mesure l'identification faciale sur un dossier de personnes.
  face bench --video FILE [--gallery N] [--templates-per-student T]
      [--passes P] [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      Exécute la chaîne de reconnaissance faciale en direct sur une vidéo, aussi vite que possible.
  models list | download ID | import ID PATH... [--dir DIR] [--json]
      Affiche, télécharge ou importe les modèles de visage facultatifs.
  paths [--demo-db | --default-db | --data-dir]
      Affiche l'emplacement où CampusDesk conserve ses fichiers.

Lancez une commande avec --help pour afficher ses options.
</translation>
    </message>
</context>
<context>
    <name>CourseRepository</name>
    <message>
        <source>The semester was not found.</source>
        <translation>Le semestre est introuvable.</translation>
    </message>
    <message>
        <source>No semester has started yet.</source>
        <translation>Aucun semestre n'a encore commencé.</translation>
    </message>
    <message>
        <source>A course with the code %1 already exists in this semester.</source>
        <translation>Un cours portant le code %1 existe déjà pour ce semestre.</translation>
    </message>
    <message>
        <source>The course was not found; it may have been deleted.</source>
        <translation>Le cours est introuvable ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The student or the course no longer exists.</source>
        <translation>L'étudiant ou le cours n'existe plus.</translation>
    </message>
    <message>
        <source>The student is not enrolled in this course.</source>
        <translation>L'étudiant n'est pas inscrit à ce cours.</translation>
    </message>
    <message>
        <source>Someone else changed this course's teachers since you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>Quelqu'un d'autre a modifié les enseignants de ce cours depuis que vous l'avez ouvert. Vos modifications n'ont pas été enregistrées ; rechargez-le pour voir les siennes.</translation>
    </message>
    <message>
        <source>Changed by someone else since you opened it.</source>
        <translation>Modifié par quelqu'un d'autre depuis que vous l'avez ouvert.</translation>
    </message>
    <message>
        <source>A chosen teacher's account or the semester no longer exists.</source>
        <translation>Le compte d'un enseignant choisi ou le semestre n'existe plus.</translation>
    </message>
</context>
<context>
    <name>CourseRules</name>
    <message>
        <source>Enter the course code.</source>
        <translation>Saisissez le code du cours.</translation>
    </message>
    <message>
        <source>A course code has up to 20 letters, digits, spaces, '.', '_', '/' or '-'.</source>
        <translation>Un code de cours comporte jusqu'à 20 lettres, chiffres, espaces, « . », « _ », « / » ou « - ».</translation>
    </message>
    <message>
        <source>Enter the course title.</source>
        <translation>Saisissez l'intitulé du cours.</translation>
    </message>
    <message numerus="yes">
        <source>The course title can be at most %n characters long.</source>
        <translation>
            <numerusform>L'intitulé du cours peut comporter au plus %n caractère.</numerusform>
            <numerusform>L'intitulé du cours peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the semester the course runs in.</source>
        <translation>Choisissez le semestre pendant lequel le cours a lieu.</translation>
    </message>
    <message>
        <source>Credits must be between 0 and 30, in steps of 0.5.</source>
        <translation>Les crédits doivent être compris entre 0 et 30, par pas de 0,5.</translation>
    </message>
    <message>
        <source>Enter the semester's name, such as Autumn 2026.</source>
        <translation>Saisissez le nom du semestre, par exemple Automne 2026.</translation>
    </message>
    <message>
        <source>Enter the first day of the semester.</source>
        <translation>Saisissez le premier jour du semestre.</translation>
    </message>
    <message>
        <source>Enter the last day of the semester.</source>
        <translation>Saisissez le dernier jour du semestre.</translation>
    </message>
    <message>
        <source>The semester cannot end before it starts.</source>
        <translation>Le semestre ne peut pas se terminer avant d'avoir commencé.</translation>
    </message>
</context>
<context>
    <name>CsvFileExport</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was exported; choose another file or folder.</source>
        <translation>Impossible d'écrire %1 : %2. Rien n'a été exporté ; choisissez un autre fichier ou dossier.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 contains a NUL byte: the file is binary, or UTF-16 text without a byte-order mark. Save it from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>La ligne %1 contient un octet NUL : le fichier est binaire, ou c'est du texte UTF-16 sans indicateur d'ordre des octets (BOM). Enregistrez-le depuis votre tableur au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed: a quote (") is missing.</source>
        <translation>La valeur entre guillemets qui commence à la ligne %1 n'est jamais fermée : il manque un guillemet (").</translation>
    </message>
    <message>
        <source>The file is empty: it has no column names and no rows.</source>
        <translation>Le fichier est vide : il ne contient ni noms de colonnes ni lignes.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>La ligne %1 n'est pas du texte UTF-8. Enregistrez le fichier depuis votre tableur au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text. Save the file from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>La ligne %1 n'est pas du texte UTF-16 valide. Enregistrez le fichier depuis votre tableur au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>This is an Excel or OpenDocument workbook, not a CSV file. Open it in your spreadsheet, save it as "CSV UTF-8" and try again.</source>
        <translation>Ce fichier est un classeur Excel ou OpenDocument, pas un fichier CSV. Ouvrez-le dans votre tableur, enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>This is an older Excel workbook (.xls), not a CSV file. Open it in your spreadsheet, save it as "CSV UTF-8" and try again.</source>
        <translation>Ce fichier est un ancien classeur Excel (.xls), pas un fichier CSV. Ouvrez-le dans votre tableur, enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be imported at once. Split it into smaller files.</source>
        <translation>Le fichier fait %1 Mo ; vous pouvez importer au plus %2 Mo à la fois. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>La lecture du fichier a été annulée.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Impossible d'ouvrir le fichier %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier %1 : %2</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>This row has %1 fields but the header has %2: a value or a delimiter is missing.</source>
        <translation>Cette ligne a %1 champs, mais l'en-tête en a %2 : il manque une valeur ou un séparateur.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2: a value may contain an unquoted delimiter.</source>
        <translation>Cette ligne a %1 champs, mais l'en-tête en a %2 : une valeur contient peut-être un séparateur qui n'est pas entre guillemets.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n'y a aucune base de données à l'emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a CampusDesk database, or it is damaged beyond repair. It was not changed.</source>
        <translation>Le fichier %1 n'est pas une base de données CampusDesk, ou il est irrémédiablement endommagé. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>Le fichier %1 est endommagé et ne peut pas être ouvert. Il n'a pas été modifié ; restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of CampusDesk. It was not changed.</source>
        <translation>Le fichier %1 est une base de données d'un autre programme, pas de CampusDesk. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CampusDesk (database version %2; this version understands up to %3). Update CampusDesk to open it. The file was not changed.</source>
        <translation>Le fichier %1 a été écrit par une version plus récente de CampusDesk (version de base de données %2 ; cette version prend en charge jusqu'à la version %3). Mettez à jour CampusDesk pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>Le dossier de %1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Impossible d'ouvrir %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name so that nothing is overwritten.</source>
        <translation>Le fichier %1 existe déjà. Choisissez un nouveau nom de fichier pour ne rien écraser.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The database could not be copied to %1.</source>
        <translation>La base de données n'a pas pu être copiée vers %1.</translation>
    </message>
    <message>
        <source>The copy could not be renamed to %1.</source>
        <translation>La copie n'a pas pu être renommée en %1.</translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>Passwords could not be hashed (out of memory?).</source>
        <translation>Les mots de passe n'ont pas pu être hachés (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>The demo school's data files are missing from this build.</source>
        <translation>Les fichiers de données de l'établissement de démonstration sont absents de cette version.</translation>
    </message>
    <message>
        <source>A demo school needs at least one student.</source>
        <translation>Un établissement de démonstration doit compter au moins un étudiant.</translation>
    </message>
    <message>
        <source>This database already has people in it. Create the demo school in a new file.</source>
        <translation>Cette base de données contient déjà des personnes. Créez l'établissement de démonstration dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file, or replace it.</source>
        <translation>Le fichier %1 existe déjà. Choisissez un autre fichier ou remplacez-le.</translation>
    </message>
    <message>
        <source>The demo school could not be saved as %1.</source>
        <translation>L'établissement de démonstration n'a pas pu être enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPhotos</name>
    <message>
        <source>No student with the number “%1” in this class.</source>
        <translation>Aucun étudiant portant le numéro « %1 » dans cette classe.</translation>
    </message>
    <message>
        <source>No consent to face recognition is recorded for this student.</source>
        <translation>Aucun consentement à la reconnaissance faciale n'est enregistré pour cet étudiant.</translation>
    </message>
    <message>
        <source>Not a picture file.</source>
        <translation>Ce n'est pas un fichier image.</translation>
    </message>
</context>
<context>
    <name>FaceApiWeights</name>
    <message>
        <source>The face model manifest %1 cannot be used: %2</source>
        <translation>Le manifeste du modèle de reconnaissance faciale %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The face model manifest %1 cannot be read. Install the face recognition model again.</source>
        <translation>Impossible de lire le manifeste du modèle de reconnaissance faciale %1. Réinstallez le modèle de reconnaissance faciale.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1).</source>
        <translation>ce n'est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>it does not list any weight groups.</source>
        <translation>il ne répertorie aucun groupe de poids.</translation>
    </message>
    <message>
        <source>a weight group has no files or no weights.</source>
        <translation>un groupe de poids n'a aucun fichier ou aucun poids.</translation>
    </message>
    <message>
        <source>the tensor %1 has a bad shape.</source>
        <translation>le tenseur %1 a une forme incorrecte.</translation>
    </message>
    <message>
        <source>a tensor has no name or is not float32.</source>
        <translation>un tenseur n'a pas de nom ou n'est pas de type float32.</translation>
    </message>
    <message>
        <source>the tensor %1 uses the unsupported quantisation %2.</source>
        <translation>le tenseur %1 utilise la quantification %2, qui n'est pas prise en charge.</translation>
    </message>
    <message>
        <source>The face model weights file %1 cannot be read. Install the face recognition model again.</source>
        <translation>Impossible de lire le fichier de poids du modèle de reconnaissance faciale %1. Réinstallez le modèle de reconnaissance faciale.</translation>
    </message>
    <message>
        <source>The face model weights have %1 bytes but the manifest describes %2: the file is truncated or does not belong to this manifest. Install the face recognition model again.</source>
        <translation>Les poids du modèle de reconnaissance faciale font %1 octets, mais le manifeste en décrit %2 : le fichier est tronqué ou ne correspond pas à ce manifeste. Réinstallez le modèle de reconnaissance faciale.</translation>
    </message>
</context>
<context>
    <name>FaceBenchmark</name>
    <message>
        <source>The gallery, templates per student and passes must be at least 1.</source>
        <translation>La taille de la galerie, le nombre de gabarits par étudiant et le nombre de passages doivent être d'au moins 1.</translation>
    </message>
    <message>
        <source>The video %1 has no frames.</source>
        <translation>La vidéo %1 ne contient aucune image.</translation>
    </message>
</context>
<context>
    <name>FaceDescriptorNet</name>
    <message>
        <source>The face recognition model does not have the expected layout. Install it again.</source>
        <translation>Le modèle de reconnaissance faciale n'a pas la structure attendue. Réinstallez-le.</translation>
    </message>
    <message>
        <source>The face recognition model is not installed (searched %1).</source>
        <translation>Le modèle de reconnaissance faciale n'est pas installé (recherché dans %1).</translation>
    </message>
    <message>
        <source>The face image is empty or not an 8-bit grey or colour image.</source>
        <translation>L'image du visage est vide ou n'est pas une image 8 bits en niveaux de gris ou en couleur.</translation>
    </message>
    <message>
        <source>The face could not be described.</source>
        <translation>Impossible de calculer le descripteur du visage.</translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>No face detector is available: the YuNet model is not installed and the Haar cascade %1 cannot be read (install opencv-data).</source>
        <translation>Aucun détecteur de visages n'est disponible : le modèle YuNet n'est pas installé et la cascade de Haar %1 est illisible (installez opencv-data).</translation>
    </message>
</context>
<context>
    <name>FaceEnroller</name>
    <message>
        <source>Good: this picture can be used.</source>
        <translation>Bien : cette image peut être utilisée.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Ce fichier n'est pas une image lisible.</translation>
    </message>
    <message>
        <source>No face found: face the camera in good light.</source>
        <translation>Aucun visage trouvé : placez-vous face à la caméra, sous un bon éclairage.</translation>
    </message>
    <message>
        <source>More than one face: only the student should be in the picture.</source>
        <translation>Plus d'un visage : seul l'étudiant doit figurer sur l'image.</translation>
    </message>
    <message>
        <source>Move into the middle of the picture.</source>
        <translation>Placez-vous au centre de l'image.</translation>
    </message>
    <message>
        <source>Move closer to the camera: the face is too small.</source>
        <translation>Approchez-vous de la caméra : le visage est trop petit.</translation>
    </message>
    <message>
        <source>Look straight at the camera.</source>
        <translation>Regardez droit vers la caméra.</translation>
    </message>
    <message>
        <source>Hold still: the picture is blurred.</source>
        <translation>Ne bougez pas : l'image est floue.</translation>
    </message>
</context>
<context>
    <name>FaceEvaluation</name>
    <message>
        <source>Enrol at least one image per identity.</source>
        <translation>Enregistrez au moins une image par identité.</translation>
    </message>
    <message>
        <source>The unknown fraction must be at least 0 and below 1.</source>
        <translation>La proportion d'inconnus doit être supérieure ou égale à 0 et inférieure à 1.</translation>
    </message>
    <message>
        <source>The dataset folder %1 does not exist.</source>
        <translation>Le dossier du jeu de données %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The dataset %1 needs at least two folders of images, one per person.</source>
        <translation>Le jeu de données %1 doit contenir au moins deux dossiers d'images, un par personne.</translation>
    </message>
</context>
<context>
    <name>FaceQuality</name>
    <message>
        <source>Move into the middle of the picture.</source>
        <translation>Placez-vous au centre de l'image.</translation>
    </message>
    <message>
        <source>Come closer to the camera.</source>
        <translation>Approchez-vous de la caméra.</translation>
    </message>
    <message>
        <source>Look straight at the camera.</source>
        <translation>Regardez droit vers la caméra.</translation>
    </message>
    <message>
        <source>Hold still: the picture is blurred.</source>
        <translation>Ne bougez pas : l'image est floue.</translation>
    </message>
</context>
<context>
    <name>FaceRecogniser</name>
    <message>
        <source>Face recognition: ResNet face descriptor (face-api 1.7.15).</source>
        <translation>Reconnaissance faciale : descripteur facial ResNet (face-api 1.7.15).</translation>
    </message>
    <message>
        <source>Face recognition: LBPH (less accurate than the ResNet descriptor).</source>
        <translation>Reconnaissance faciale : LBPH (moins précis que le descripteur ResNet).</translation>
    </message>
    <message>
        <source>Face recognition: LBPH fallback, because the descriptor model cannot be used: %1</source>
        <translation>Reconnaissance faciale : repli sur LBPH, car le modèle de descripteur est inutilisable : %1</translation>
    </message>
    <message>
        <source>The face image is empty.</source>
        <translation>L'image du visage est vide.</translation>
    </message>
    <message>
        <source>This face cannot be enrolled.</source>
        <translation>Ce visage ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>FaceTemplateRepository</name>
    <message>
        <source>The face model must be named, in at most %1 characters without surrounding spaces.</source>
        <translation>Le modèle de reconnaissance faciale doit avoir un nom d'au plus %1 caractères, sans espaces au début ni à la fin.</translation>
    </message>
    <message>
        <source>A face template must have between 1 and %1 bytes.</source>
        <translation>Un gabarit facial doit faire entre 1 et %1 octets.</translation>
    </message>
    <message>
        <source>The face quality must be a number of at least 0.</source>
        <translation>La qualité du visage doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>This student no longer exists; someone may have deleted the record.</source>
        <translation>Cet étudiant n'existe plus ; quelqu'un a peut-être supprimé son dossier.</translation>
    </message>
    <message>
        <source>No consent to face recognition is recorded for this student, so their face cannot be enrolled. Record the consent first.</source>
        <translation>Aucun consentement à la reconnaissance faciale n'est enregistré pour cet étudiant ; son visage ne peut donc pas être enregistré. Enregistrez d'abord le consentement.</translation>
    </message>
    <message>
        <source>Templates of the model %1 are %2 bytes long, not %3; they cannot be mixed.</source>
        <translation>Les gabarits du modèle %1 font %2 octets, et non %3 ; ils ne peuvent pas être mélangés.</translation>
    </message>
    <message>
        <source>This face template is damaged and cannot be read; enrol the student's face again.</source>
        <translation>Ce gabarit facial est endommagé et illisible ; enregistrez à nouveau le visage de l'étudiant.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n stored face template(s) could be opened with this computer's key. The key may have been replaced; enrol the faces again or restore the key.</source>
        <translation>
            <numerusform>Aucun gabarit facial stocké (%n au total) n'a pu être ouvert avec la clé de cet ordinateur. La clé a peut-être été remplacée ; enregistrez à nouveau les visages ou restaurez la clé.</numerusform>
            <numerusform>Aucun des %n gabarits faciaux stockés n'a pu être ouvert avec la clé de cet ordinateur. La clé a peut-être été remplacée ; enregistrez à nouveau les visages ou restaurez la clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeDocuments</name>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>The invoice was not found.</source>
        <translation>La facture est introuvable.</translation>
    </message>
    <message>
        <source>A refund cannot be more than what was paid and not yet refunded (%1).</source>
        <translation>Un remboursement ne peut pas dépasser le montant payé et non encore remboursé (%1).</translation>
    </message>
    <message>
        <source>The receipt number %1 is already used.</source>
        <translation>Le numéro de reçu %1 est déjà utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Late fee: %1, %n day(s) after the due date %2</source>
        <translation>
            <numerusform>Frais de retard : %1, %n jour après l'échéance du %2</numerusform>
            <numerusform>Frais de retard : %1, %n jours après l'échéance du %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeRules</name>
    <message>
        <source>Choose the student to invoice.</source>
        <translation>Choisissez l'étudiant à facturer.</translation>
    </message>
    <message>
        <source>Describe what the invoice is for.</source>
        <translation>Décrivez l'objet de la facture.</translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>La description peut comporter au plus %n caractère.</numerusform>
            <numerusform>La description peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD.</source>
        <translation>La devise doit être un code ISO à trois lettres, par exemple USD.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter the date the invoice is issued.</source>
        <translation>Saisissez la date d'émission de la facture.</translation>
    </message>
    <message>
        <source>Enter the date the invoice is due.</source>
        <translation>Saisissez la date d'échéance de la facture.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>La date d'échéance ne peut pas précéder la date d'émission.</translation>
    </message>
    <message>
        <source>The amount must be in the invoice's currency (%1).</source>
        <translation>Le montant doit être exprimé dans la devise de la facture (%1).</translation>
    </message>
    <message>
        <source>Choose how the money was paid: cash, bank transfer, card or other.</source>
        <translation>Choisissez le mode de paiement : espèces, virement bancaire, carte ou autre.</translation>
    </message>
    <message>
        <source>Only payments and refunds have a payment method.</source>
        <translation>Seuls les paiements et les remboursements ont un mode de paiement.</translation>
    </message>
    <message>
        <source>A payment needs a receipt number.</source>
        <translation>Un paiement nécessite un numéro de reçu.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indiquez le motif du remboursement.</translation>
    </message>
    <message>
        <source>Give a reason for the waiver.</source>
        <translation>Indiquez le motif de l'exonération.</translation>
    </message>
    <message>
        <source>Give a reason for the late fee.</source>
        <translation>Indiquez le motif des frais de retard.</translation>
    </message>
    <message>
        <source>Enter the date of the transaction.</source>
        <translation>Saisissez la date de l'opération.</translation>
    </message>
    <message>
        <source>A ledger entry must record who entered it.</source>
        <translation>Une écriture comptable doit indiquer qui l'a saisie.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Exonération</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Frais de retard</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Choose the semester the fee is for.</source>
        <translation>Choisissez le semestre auquel ces frais s'appliquent.</translation>
    </message>
    <message>
        <source>Describe what the fee is for.</source>
        <translation>Décrivez l'objet de ces frais.</translation>
    </message>
    <message numerus="yes">
        <source>The program can be at most %n characters long.</source>
        <translation>
            <numerusform>Le programme peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le programme peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date the fee is due.</source>
        <translation>Saisissez la date d'échéance des frais.</translation>
    </message>
    <message>
        <source>The late fee cannot be negative.</source>
        <translation>Les frais de retard ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The late fee must be in the same currency as the amount.</source>
        <translation>Les frais de retard doivent être exprimés dans la même devise que le montant.</translation>
    </message>
    <message>
        <source>The late fee must start between 0 and 365 days after the due date.</source>
        <translation>Les frais de retard doivent s'appliquer entre 0 et 365 jours après la date d'échéance.</translation>
    </message>
</context>
<context>
    <name>FeeStructureRepository</name>
    <message>
        <source>The fee structure was not found.</source>
        <translation>La grille tarifaire est introuvable.</translation>
    </message>
    <message>
        <source>The semester was not found.</source>
        <translation>Le semestre est introuvable.</translation>
    </message>
    <message>
        <source>This semester already has a fee with this description for this program.</source>
        <translation>Ce semestre comporte déjà des frais avec cette description pour ce programme.</translation>
    </message>
</context>
<context>
    <name>GradeScale</name>
    <message>
        <source>Standard (4.0)</source>
        <translation>Standard (4,0)</translation>
    </message>
</context>
<context>
    <name>GradebookRepository</name>
    <message>
        <source>The assessment was not found.</source>
        <translation>L'évaluation est introuvable.</translation>
    </message>
    <message>
        <source>Someone else entered a mark for this student meanwhile. Reload to see it.</source>
        <translation>Quelqu'un d'autre a saisi entre-temps une note pour cet étudiant. Rechargez pour la voir.</translation>
    </message>
    <message>
        <source>Choose one of the course's categories: %1.</source>
        <translation>Choisissez l'une des catégories du cours : %1.</translation>
    </message>
    <message>
        <source>The results of this course are published. Say why the mark changes.</source>
        <translation>Les résultats de ce cours sont publiés. Indiquez pourquoi la note change.</translation>
    </message>
    <message>
        <source>The results of this course are not published yet.</source>
        <translation>Les résultats de ce cours ne sont pas encore publiés.</translation>
    </message>
    <message>
        <source>The results of this course are published, so its assessments and categories can no longer be changed.</source>
        <translation>Les résultats de ce cours sont publiés : ses évaluations et ses catégories ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>The course already has a category named %1.</source>
        <translation>Le cours comporte déjà une catégorie nommée %1.</translation>
    </message>
    <message>
        <source>The category was not found.</source>
        <translation>La catégorie est introuvable.</translation>
    </message>
    <message>
        <source>The category %1 still has assessments. Move them to another category or remove them first.</source>
        <translation>La catégorie %1 contient encore des évaluations. Déplacez-les d'abord vers une autre catégorie ou supprimez-les.</translation>
    </message>
    <message>
        <source>A student already scored %1, more than the new maximum.</source>
        <translation>Un étudiant a déjà obtenu %1, soit plus que le nouveau maximum.</translation>
    </message>
    <message>
        <source>%1 already has marks, so it cannot be removed. Set its weight to 0 to leave it out of the totals.</source>
        <translation>%1 comporte déjà des notes : sa suppression est impossible. Réglez sa pondération sur 0 pour l'exclure des totaux.</translation>
    </message>
    <message>
        <source>The student is not enrolled in this course.</source>
        <translation>L'étudiant n'est pas inscrit à ce cours.</translation>
    </message>
    <message>
        <source>Someone else changed this mark meanwhile. Reload to see it.</source>
        <translation>Quelqu'un d'autre a modifié cette note entre-temps. Rechargez pour la voir.</translation>
    </message>
    <message>
        <source>The course was not found.</source>
        <translation>Le cours est introuvable.</translation>
    </message>
    <message>
        <source>The results of this course are already published.</source>
        <translation>Les résultats de ce cours sont déjà publiés.</translation>
    </message>
</context>
<context>
    <name>GradebookRules</name>
    <message>
        <source>The assessment does not belong to a course.</source>
        <translation>L'évaluation n'est rattachée à aucun cours.</translation>
    </message>
    <message>
        <source>Enter the assessment's title.</source>
        <translation>Saisissez l'intitulé de l'évaluation.</translation>
    </message>
    <message numerus="yes">
        <source>The title can be at most %n characters long.</source>
        <translation>
            <numerusform>L'intitulé peut comporter au plus %n caractère.</numerusform>
            <numerusform>L'intitulé peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the assessment's category, such as Coursework or Exam.</source>
        <translation>Saisissez la catégorie de l'évaluation, par exemple Contrôle continu ou Examen.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100 %.</source>
        <translation>La pondération doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0 and at most 10000.</source>
        <translation>La note maximale doit être supérieure à 0 et ne pas dépasser 10000.</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>Saisissez la date de l'évaluation.</translation>
    </message>
    <message>
        <source>The mark does not name a student.</source>
        <translation>La note ne désigne aucun étudiant.</translation>
    </message>
    <message>
        <source>Enter a score, or mark the student absent or excused.</source>
        <translation>Saisissez une note, ou indiquez que l'étudiant est absent ou excusé.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>La note doit être comprise entre 0 et %1.</translation>
    </message>
    <message>
        <source>An absent or excused student has no score.</source>
        <translation>Un étudiant absent ou excusé n'a pas de note.</translation>
    </message>
    <message>
        <source>Enter a name for the grade scale.</source>
        <translation>Saisissez un nom pour le barème de notation.</translation>
    </message>
    <message>
        <source>A grade scale needs at least one grade.</source>
        <translation>Un barème de notation doit comporter au moins une mention.</translation>
    </message>
    <message>
        <source>Enter the grade's letter.</source>
        <translation>Saisissez la lettre de la mention.</translation>
    </message>
    <message>
        <source>The grade %1 appears more than once.</source>
        <translation>La mention %1 apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>A grade's lower bound must be between 0 and 100 %.</source>
        <translation>Le seuil inférieur d'une mention doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Two grades start at the same percentage.</source>
        <translation>Deux mentions commencent au même pourcentage.</translation>
    </message>
    <message>
        <source>Grade points must be between 0 and 10.</source>
        <translation>Les points d'une mention doivent être compris entre 0 et 10.</translation>
    </message>
    <message>
        <source>The lowest grade must start at 0 % so every total gets a grade.</source>
        <translation>La mention la plus basse doit commencer à 0 % pour que chaque total obtienne une mention.</translation>
    </message>
    <message>
        <source>The category does not belong to a course.</source>
        <translation>La catégorie n'est rattachée à aucun cours.</translation>
    </message>
    <message>
        <source>Enter the category's name, such as Coursework or Exams.</source>
        <translation>Saisissez le nom de la catégorie, par exemple Contrôle continu ou Examens.</translation>
    </message>
    <message numerus="yes">
        <source>The category's name can be at most %n characters long.</source>
        <translation>
            <numerusform>Le nom de la catégorie peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom de la catégorie peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The category's weight must be between 0 and 100 %.</source>
        <translation>La pondération de la catégorie doit être comprise entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>ImageSequenceReader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Listing the folder %1 was cancelled.</source>
        <translation>La lecture du contenu du dossier %1 a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 contains no images CampusDesk can read (%n other file(s) skipped).</source>
        <translation>
            <numerusform>Le dossier %1 ne contient aucune image lisible par CampusDesk (%n autre fichier ignoré).</numerusform>
            <numerusform>Le dossier %1 ne contient aucune image lisible par CampusDesk (%n autres fichiers ignorés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each image must be shown for at least one frame.</source>
        <translation>Chaque image doit rester affichée pendant au moins une image vidéo.</translation>
    </message>
    <message>
        <source>The frame rate must be above 0 and at most 1000.</source>
        <translation>La fréquence d'images doit être supérieure à 0 et ne pas dépasser 1000.</translation>
    </message>
    <message>
        <source>The picture size must be between 1x1 and %1x%1 pixels.</source>
        <translation>La taille de l'image doit être comprise entre 1x1 et %1x%1 pixels.</translation>
    </message>
    <message>
        <source>No images were chosen.</source>
        <translation>Aucune image n'a été choisie.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) could be read.</source>
        <translation>
            <numerusform>Aucune image n'a pu être lue (%n au total).</numerusform>
            <numerusform>Aucune des %n images n'a pu être lue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSessionBenchmark</name>
    <message>
        <source>The dataset folder %1 does not exist.</source>
        <translation>Le dossier du jeu de données %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The dataset needs at least two folders of photos, one per person.</source>
        <translation>Le jeu de données doit contenir au moins deux dossiers de photos, un par personne.</translation>
    </message>
    <message>
        <source>The benchmark's options are out of range.</source>
        <translation>Les options du test de performance sont hors limites.</translation>
    </message>
    <message>
        <source>No temporary folder could be made.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>No photo is left to show after enrolment.</source>
        <translation>Il ne reste aucune photo à afficher après l'enregistrement des visages.</translation>
    </message>
    <message>
        <source>The live panel did not load in time.</source>
        <translation>Le panneau en direct ne s'est pas chargé à temps.</translation>
    </message>
</context>
<context>
    <name>MarkEntries</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>Enter a score from 0 to %1, A for absent or X for excused.</source>
        <translation>Saisissez une note de 0 à %1, A pour absent ou X pour excusé.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>Une note ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1 is more than the maximum score of %2.</source>
        <translation>%1 dépasse la note maximale de %2.</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>You are not a member of this conversation.</source>
        <translation>Vous n'êtes pas membre de cette conversation.</translation>
    </message>
</context>
<context>
    <name>MessagingRules</name>
    <message>
        <source>Enter a name for the channel.</source>
        <translation>Saisissez un nom pour le canal.</translation>
    </message>
    <message>
        <source>A course channel must belong to a course.</source>
        <translation>Un canal de cours doit être rattaché à un cours.</translation>
    </message>
    <message>
        <source>A direct conversation has exactly two people.</source>
        <translation>Une conversation privée réunit exactement deux personnes.</translation>
    </message>
    <message>
        <source>The message does not belong to a conversation.</source>
        <translation>Le message n'appartient à aucune conversation.</translation>
    </message>
    <message>
        <source>The message has no sender.</source>
        <translation>Le message n'a pas d'expéditeur.</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Écrivez quelque chose avant d'envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>A message can be at most %n characters long.</source>
        <translation>
            <numerusform>Un message peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un message peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database driver is not SQLite.</source>
        <translation>Le pilote de base de données n'est pas SQLite.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2 and nothing was lost.</source>
        <translation>La base de données n'a pas pu être mise à niveau vers la version %1 ; elle est restée en version %2 et rien n'a été perdu.</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <source>The model "%1" is not installed: %2 was not found in %3.</source>
        <translation>Le modèle « %1 » n'est pas installé : %2 est introuvable dans %3.</translation>
    </message>
    <message>
        <source>The model file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de modèle %1.</translation>
    </message>
    <message>
        <source>The model file %1 has %2 bytes instead of %3: it is incomplete or not the expected version. Install it again.</source>
        <translation>Le fichier de modèle %1 fait %2 octets au lieu de %3 : il est incomplet ou n'est pas de la version attendue. Réinstallez-le.</translation>
    </message>
    <message>
        <source>The model file %1 is damaged or not the expected version (its SHA-256 does not match). Install it again.</source>
        <translation>Le fichier de modèle %1 est endommagé ou n'est pas de la version attendue (son empreinte SHA-256 ne correspond pas). Réinstallez-le.</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is too common: choose one that others are unlikely to guess.</source>
        <translation>Ce mot de passe est trop courant : choisissez-en un que d'autres ont peu de chances de deviner.</translation>
    </message>
</context>
<context>
    <name>PaymentStatusNames</name>
    <message>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard de paiement</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Exonérée</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your account may not view student records.</source>
        <translation>Votre compte n'est pas autorisé à consulter les dossiers des étudiants.</translation>
    </message>
    <message>
        <source>Your account may not change student records.</source>
        <translation>Votre compte n'est pas autorisé à modifier les dossiers des étudiants.</translation>
    </message>
    <message>
        <source>Your account may not enrol or drop students.</source>
        <translation>Votre compte n'est pas autorisé à inscrire ou désinscrire des étudiants.</translation>
    </message>
    <message>
        <source>Your account may not change courses and semesters.</source>
        <translation>Votre compte n'est pas autorisé à modifier les cours et les semestres.</translation>
    </message>
    <message>
        <source>Your account may not take attendance.</source>
        <translation>Votre compte n'est pas autorisé à faire l'appel.</translation>
    </message>
    <message>
        <source>Your account may not enter or change marks.</source>
        <translation>Votre compte n'est pas autorisé à saisir ou modifier des notes.</translation>
    </message>
    <message>
        <source>Your account may not change grade scales.</source>
        <translation>Votre compte n'est pas autorisé à modifier les barèmes de notation.</translation>
    </message>
    <message>
        <source>Your account may not change fees and payments.</source>
        <translation>Votre compte n'est pas autorisé à modifier les frais et les paiements.</translation>
    </message>
    <message>
        <source>Your account may not view fees.</source>
        <translation>Votre compte n'est pas autorisé à consulter les frais.</translation>
    </message>
    <message>
        <source>Your account may not view a personal student dashboard.</source>
        <translation>Votre compte n'est pas autorisé à consulter un tableau de bord personnel d'étudiant.</translation>
    </message>
    <message>
        <source>Your account may not enrol faces for attendance.</source>
        <translation>Votre compte n'est pas autorisé à enregistrer des visages pour la prise des présences.</translation>
    </message>
    <message>
        <source>Your account may not manage user accounts.</source>
        <translation>Votre compte n'est pas autorisé à gérer les comptes utilisateurs.</translation>
    </message>
    <message>
        <source>Your account may not read the audit log.</source>
        <translation>Votre compte n'est pas autorisé à consulter le journal d'audit.</translation>
    </message>
    <message>
        <source>Your account may not change school settings.</source>
        <translation>Votre compte n'est pas autorisé à modifier les paramètres de l'établissement.</translation>
    </message>
    <message>
        <source>Your account may not send messages.</source>
        <translation>Votre compte n'est pas autorisé à envoyer des messages.</translation>
    </message>
    <message>
        <source>Your account may not correct the attendance of a finished session.</source>
        <translation>Votre compte n'est pas autorisé à corriger les présences d'une séance terminée.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation>Bon de remboursement</translation>
    </message>
    <message>
        <source>Waiver notice</source>
        <translation>Avis d'exonération</translation>
    </message>
    <message>
        <source>Late fee notice</source>
        <translation>Avis de frais de retard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Impossible d'enregistrer le reçu dans %1 : %2</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro de reçu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Payé à</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d'étudiant</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Amount waived</source>
        <translation>Montant exonéré</translation>
    </message>
    <message>
        <source>Late fee charged</source>
        <translation>Frais de retard facturés</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Balance on this invoice after this entry</source>
        <translation>Solde de cette facture après cette opération</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>A negative balance is a credit in the student's favour.</source>
        <translation>Un solde négatif correspond à un crédit en faveur de l'étudiant.</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Cachet</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Please keep this receipt for your records.</source>
        <translation>Veuillez conserver ce reçu.</translation>
    </message>
</context>
<context>
    <name>ReportCardDocument</name>
    <message>
        <source>Report card: %1, %2</source>
        <translation>Bulletin : %1, %2</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>Impossible d'enregistrer le bulletin dans %1 : %2</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>Bulletin de notes</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d'étudiant</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Date d'examen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>No results have been published for this semester.</source>
        <translation>Aucun résultat n'a été publié pour ce semestre.</translation>
    </message>
    <message>
        <source>Semester GPA</source>
        <translation>Moyenne du semestre (GPA)</translation>
    </message>
    <message>
        <source>Cumulative GPA</source>
        <translation>Moyenne cumulée (GPA)</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>Crédits obtenus</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Professeur principal</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Chef d'établissement</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou responsable légal</translation>
    </message>
</context>
<context>
    <name>ReportCards</name>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>marks scored / marks possible</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2 has no results in that semester.</source>
        <translation>%1 %2 n'a aucun résultat pour ce semestre.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Personnel administratif</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
</context>
<context>
    <name>SchoolSettings</name>
    <message>
        <source>My school</source>
        <translation>Mon établissement</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement of account: %1</source>
        <translation>Relevé de compte : %1</translation>
    </message>
    <message>
        <source>The statement could not be saved to %1: %2</source>
        <translation>Impossible d'enregistrer le relevé dans %1 : %2</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d'étudiant</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Credit in your favour</source>
        <translation>Crédit en votre faveur</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Total charged</source>
        <translation>Total facturé</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Total waived</source>
        <translation>Total exonéré</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Aucune facture.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Date d'émission</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Mouvements du compte</translation>
    </message>
    <message>
        <source>No payments or other entries yet.</source>
        <translation>Aucun paiement ni autre opération pour le moment.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Please quote the student number with every payment. Questions about this statement go to the school office.</source>
        <translation>Veuillez indiquer le numéro d'étudiant lors de chaque paiement. Pour toute question sur ce relevé, adressez-vous au secrétariat de l'établissement.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database could not complete the request.</source>
        <translation>La base de données n'a pas pu traiter la demande.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>La base de données est occupée par une autre fenêtre ou un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Le fichier de base de données est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>StudentArchiveCommand</name>
    <message>
        <source>archiving of %1</source>
        <translation>l'archivage de %1</translation>
    </message>
    <message>
        <source>restoring of %1</source>
        <translation>la restauration de %1</translation>
    </message>
</context>
<context>
    <name>StudentCsvExport</name>
    <message>
        <source>The students could not be exported to %1: %2</source>
        <translation>Impossible d'exporter les étudiants vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>StudentEditCommand</name>
    <message>
        <source>edit of %1</source>
        <translation>la modification de %1</translation>
    </message>
    <message>
        <source>The edit of %1 cannot be undone: someone changed the same details since. Open the record to see the current values.</source>
        <translation>La modification de %1 ne peut pas être annulée : quelqu'un a modifié les mêmes informations entre-temps. Ouvrez le dossier pour voir les valeurs actuelles.</translation>
    </message>
    <message>
        <source>The edit of %1 cannot be redone: someone changed the same details since. Open the record to see the current values.</source>
        <translation>La modification de %1 ne peut pas être rétablie : quelqu'un a modifié les mêmes informations entre-temps. Ouvrez le dossier pour voir les valeurs actuelles.</translation>
    </message>
</context>
<context>
    <name>StudentImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L'importation a été annulée ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>(Do not import)</source>
        <translation>(Ne pas importer)</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d'étudiant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>Nom du responsable légal</translation>
    </message>
    <message>
        <source>Guardian's relationship</source>
        <translation>Lien de parenté du responsable légal</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>Téléphone du responsable légal</translation>
    </message>
    <message>
        <source>Guardian's email</source>
        <translation>Adresse e-mail du responsable légal</translation>
    </message>
    <message>
        <source>Several columns are set to "%1"; choose one.</source>
        <translation>Plusieurs colonnes sont associées à « %1 » ; choisissez-en une.</translation>
    </message>
    <message>
        <source>No column is set to "%1", which every student needs.</source>
        <translation>Aucune colonne n'est associée à « %1 », qui est obligatoire pour chaque étudiant.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as %2 or %3.</source>
        <translation>« %1 » n'est pas une date : écrivez-la au format %2 ou %3.</translation>
    </message>
    <message>
        <source>"%1" is not a status: write %2, %3 or %4.</source>
        <translation>« %1 » n'est pas un statut : écrivez %2, %3 ou %4.</translation>
    </message>
    <message>
        <source>The student number %1 is also on row %2.</source>
        <translation>Le numéro d'étudiant %1 figure aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>A student with the number %1 is already in CampusDesk.</source>
        <translation>Un étudiant portant le numéro %1 existe déjà dans CampusDesk.</translation>
    </message>
</context>
<context>
    <name>StudentPhoto</name>
    <message>
        <source>The file %1 cannot be opened. Check that it exists and that you may read it.</source>
        <translation>Impossible d'ouvrir le fichier %1. Vérifiez qu'il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; choose a smaller image.</source>
        <translation>Le fichier %1 dépasse %2 Mo ; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The file %1 is not an image CampusDesk can read (use JPEG or PNG).</source>
        <translation>Le fichier %1 n'est pas une image que CampusDesk peut lire (utilisez JPEG ou PNG).</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>L'image est vide.</translation>
    </message>
    <message>
        <source>The image could not be converted to JPEG.</source>
        <translation>L'image n'a pas pu être convertie en JPEG.</translation>
    </message>
    <message>
        <source>The image is too detailed to store as a photo.</source>
        <translation>L'image est trop détaillée pour être enregistrée comme photo.</translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Another student already has the number %1.</source>
        <translation>Un autre étudiant porte déjà le numéro %1.</translation>
    </message>
    <message>
        <source>The student record was not found; it may have been deleted.</source>
        <translation>Le dossier de l'étudiant est introuvable ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The photo must be a JPEG image.</source>
        <translation>La photo doit être une image JPEG.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 KiB; choose a smaller image.</source>
        <translation>La photo dépasse %1 Kio ; choisissez une image plus petite.</translation>
    </message>
</context>
<context>
    <name>StudentResultsQuery</name>
    <message>
        <source>The student was not found.</source>
        <translation>L'étudiant est introuvable.</translation>
    </message>
</context>
<context>
    <name>StudentRules</name>
    <message>
        <source>Enter the guardian's name.</source>
        <translation>Saisissez le nom du responsable légal.</translation>
    </message>
    <message numerus="yes">
        <source>The guardian's name can be at most %n characters long.</source>
        <translation>
            <numerusform>Le nom du responsable légal peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom du responsable légal peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number or an email address for the guardian.</source>
        <translation>Saisissez un numéro de téléphone ou une adresse e-mail pour le responsable légal.</translation>
    </message>
    <message>
        <source>The guardian's phone number should have 6 to 15 digits, optionally starting with +.</source>
        <translation>Le numéro de téléphone du responsable légal doit comporter de 6 à 15 chiffres, éventuellement précédés de +.</translation>
    </message>
    <message>
        <source>The guardian's email address is not valid, for example name@example.org.</source>
        <translation>L'adresse e-mail du responsable légal n'est pas valide (exemple : name@example.org).</translation>
    </message>
    <message>
        <source>Enter the student number.</source>
        <translation>Saisissez le numéro d'étudiant.</translation>
    </message>
    <message>
        <source>A student number has up to 20 letters, digits, '-' or '/', and starts with a letter or digit.</source>
        <translation>Un numéro d'étudiant comporte jusqu'à 20 lettres, chiffres, « - » ou « / », et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Enter the student's first name.</source>
        <translation>Saisissez le prénom de l'étudiant.</translation>
    </message>
    <message numerus="yes">
        <source>The first name can be at most %n characters long.</source>
        <translation>
            <numerusform>Le prénom peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le prénom peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the student's last name.</source>
        <translation>Saisissez le nom de famille de l'étudiant.</translation>
    </message>
    <message numerus="yes">
        <source>The last name can be at most %n characters long.</source>
        <translation>
            <numerusform>Le nom de famille peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom de famille peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address is not valid, for example name@example.org.</source>
        <translation>L'adresse e-mail n'est pas valide (exemple : name@example.org).</translation>
    </message>
    <message>
        <source>The phone number should have 6 to 15 digits, optionally starting with +.</source>
        <translation>Le numéro de téléphone doit comporter de 6 à 15 chiffres, éventuellement précédés de +.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago; check the year.</source>
        <translation>La date de naissance remonte à plus de 120 ans ; vérifiez l'année.</translation>
    </message>
    <message>
        <source>Enter the batch (the intake the student belongs to, such as 2024).</source>
        <translation>Saisissez la promotion (l'année d'entrée de l'étudiant, par exemple 2024).</translation>
    </message>
    <message>
        <source>Choose the student's program.</source>
        <translation>Choisissez le programme de l'étudiant.</translation>
    </message>
    <message>
        <source>Biometric consent must record who recorded it and when.</source>
        <translation>Le consentement biométrique doit indiquer qui l'a enregistré et quand.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Diplômé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désinscrit</translation>
    </message>
</context>
<context>
    <name>StudentsPageTiming</name>
    <message>
        <source>The students page did not finish %1 within %2 s.</source>
        <translation>La page des étudiants n'a pas terminé l'étape « %1 » en %2 s.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>open: page built after %1 ms, show() returned after %4 ms, first rows after %2 ms, shown after %3 ms</source>
        <translation>ouverture : page construite après %1 ms, retour de show() après %4 ms, premières lignes après %2 ms, affichage après %3 ms</translation>
    </message>
    <message>
        <source>clearing the search</source>
        <translation>effacement de la recherche</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>%1: search started after %2 ms, first rows after %3 ms, shown after %4 ms</source>
        <translation>%1 : recherche lancée après %2 ms, premières lignes après %3 ms, affichage après %4 ms</translation>
    </message>
    <message>
        <source>scrolling</source>
        <translation>défilement</translation>
    </message>
</context>
<context>
    <name>TemplateCipher</name>
    <message>
        <source>No key for face templates is loaded, so they cannot be read or stored.</source>
        <translation>Aucune clé de gabarits faciaux n'est chargée ; ils ne peuvent donc être ni lus ni stockés.</translation>
    </message>
    <message>
        <source>The encryption library could not start, so face templates cannot be read or stored.</source>
        <translation>La bibliothèque de chiffrement n'a pas pu démarrer ; les gabarits faciaux ne peuvent donc être ni lus ni stockés.</translation>
    </message>
    <message>
        <source>There is not enough secure memory to hold the face template key.</source>
        <translation>La mémoire sécurisée est insuffisante pour contenir la clé des gabarits faciaux.</translation>
    </message>
    <message>
        <source>The face template key is damaged: it must be %1 bytes long, not %2.</source>
        <translation>La clé des gabarits faciaux est endommagée : elle doit faire %1 octets, et non %2.</translation>
    </message>
    <message>
        <source>This face template is damaged and cannot be read; enrol the student's face again.</source>
        <translation>Ce gabarit facial est endommagé et illisible ; enregistrez à nouveau le visage de l'étudiant.</translation>
    </message>
    <message>
        <source>This face template cannot be opened: it was encrypted with another key or has been changed. Enrol the student's face again.</source>
        <translation>Ce gabarit facial ne peut pas être ouvert : il a été chiffré avec une autre clé ou a été modifié. Enregistrez à nouveau le visage de l'étudiant.</translation>
    </message>
    <message>
        <source>The student id or model name is too long.</source>
        <translation>L'identifiant de l'étudiant ou le nom du modèle est trop long.</translation>
    </message>
    <message>
        <source>This face template belongs to another student or model and was not used. Enrol the student's face again.</source>
        <translation>Ce gabarit facial appartient à un autre étudiant ou à un autre modèle et n'a pas été utilisé. Enregistrez à nouveau le visage de l'étudiant.</translation>
    </message>
</context>
<context>
    <name>TemplateKeyFile</name>
    <message>
        <source>There is no face template key file at %1.</source>
        <translation>Il n'y a aucun fichier de clé des gabarits faciaux à l'emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot hold the face template key.</source>
        <translation>%1 n'est pas un fichier ; il ne peut donc pas contenir la clé des gabarits faciaux.</translation>
    </message>
    <message>
        <source>The face template key file %1 may be read or changed by other users, so CampusDesk will not use it. Allow only its owner (chmod 600) and try again.</source>
        <translation>Le fichier de clé des gabarits faciaux %1 peut être lu ou modifié par d'autres utilisateurs ; CampusDesk ne l'utilisera donc pas. Réservez-en l'accès à son propriétaire (chmod 600) et réessayez.</translation>
    </message>
    <message>
        <source>The file %1 is not a face template key: it holds %2 bytes instead of %3. It was left as it is.</source>
        <translation>Le fichier %1 n'est pas une clé de gabarits faciaux : il contient %2 octets au lieu de %3. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be read.</source>
        <translation>Impossible de lire le fichier de clé des gabarits faciaux %1.</translation>
    </message>
    <message>
        <source>The folder %1 for the face template key could not be created.</source>
        <translation>Impossible de créer le dossier %1 destiné à la clé des gabarits faciaux.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be created.</source>
        <translation>Impossible de créer le fichier de clé des gabarits faciaux %1.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be made private.</source>
        <translation>Impossible de rendre privé le fichier de clé des gabarits faciaux %1.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be written.</source>
        <translation>Impossible d'écrire le fichier de clé des gabarits faciaux %1.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Le nom d'utilisateur %1 est déjà pris.</translation>
    </message>
    <message>
        <source>The account was not found.</source>
        <translation>Le compte est introuvable.</translation>
    </message>
    <message>
        <source>This school already has accounts. Ask an administrator to create yours.</source>
        <translation>Cet établissement possède déjà des comptes. Demandez à un administrateur de créer le vôtre.</translation>
    </message>
    <message>
        <source>You cannot disable your own account or give up your own administrator role. Ask another administrator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte ni renoncer à votre rôle d'administrateur. Adressez-vous à un autre administrateur.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l'actuel.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password. Close other programs and try again.</source>
        <translation>La mémoire était insuffisante pour protéger le mot de passe. Fermez d'autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d'utilisateur.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 lower-case letters, digits, '.', '_' or '-', and starts with a letter or digit.</source>
        <translation>Un nom d'utilisateur comporte de 3 à 32 lettres minuscules, chiffres, « . », « _ » ou « - », et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Enter the person's full name.</source>
        <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message numerus="yes">
        <source>The full name can be at most %n characters long.</source>
        <translation>
            <numerusform>Le nom complet peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom complet peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address is not valid, for example name@example.org.</source>
        <translation>L'adresse e-mail n'est pas valide (exemple : name@example.org).</translation>
    </message>
    <message>
        <source>Set a password for the account.</source>
        <translation>Définissez un mot de passe pour le compte.</translation>
    </message>
    <message>
        <source>Link the student account to a student record.</source>
        <translation>Associez le compte étudiant à un dossier étudiant.</translation>
    </message>
    <message>
        <source>Only student accounts can be linked to a student record.</source>
        <translation>Seuls les comptes étudiants peuvent être associés à un dossier étudiant.</translation>
    </message>
</context>
<context>
    <name>VideoFileReader</name>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>Le fichier vidéo %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be read: check that it is a file and that you may open it.</source>
        <translation>Impossible de lire le fichier vidéo %1 : vérifiez qu'il s'agit bien d'un fichier et que vous avez le droit de l'ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not a video CampusDesk can play: the file is damaged or its format is not supported.</source>
        <translation>%1 n'est pas une vidéo que CampusDesk peut lire : le fichier est endommagé ou son format n'est pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <source>Your account may only see your own student record.</source>
        <translation>Votre compte ne peut consulter que votre propre dossier étudiant.</translation>
    </message>
    <message>
        <source>You may only see students enrolled in your courses.</source>
        <translation>Vous ne pouvez voir que les étudiants inscrits à vos cours.</translation>
    </message>
    <message>
        <source>You may only see the courses you are enrolled in.</source>
        <translation>Vous ne pouvez voir que les cours auxquels vous êtes inscrit.</translation>
    </message>
    <message>
        <source>You may only see the courses you teach.</source>
        <translation>Vous ne pouvez voir que les cours que vous enseignez.</translation>
    </message>
    <message>
        <source>You may only take attendance and enter marks in the courses you teach.</source>
        <translation>Vous ne pouvez faire l'appel et saisir des notes que dans les cours que vous enseignez.</translation>
    </message>
</context>
<context>
    <name>cd::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit the account %1</source>
        <translation>Modifier le compte %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>for example, jsmith</source>
        <translation>par exemple, jdupont</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Find a student record</source>
        <translation>Rechercher un dossier étudiant</translation>
    </message>
    <message>
        <source>Student number or name</source>
        <translation>Numéro d'étudiant ou nom</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Find student records</source>
        <translation>Rechercher des dossiers étudiants</translation>
    </message>
    <message>
        <source>Matching student records</source>
        <translation>Dossiers étudiants correspondants</translation>
    </message>
    <message>
        <source>&amp;Student record:</source>
        <translation>&amp;Dossier étudiant :</translation>
    </message>
    <message>
        <source>The linked student record no longer exists.</source>
        <translation>Le dossier étudiant associé n'existe plus.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmer le mot de passe :</translation>
    </message>
    <message>
        <source>As&amp;k for a new password at the first sign-in</source>
        <translation>Demander un nouveau mot de passe à la &amp;première connexion</translation>
    </message>
    <message>
        <source>Ask for a new password at the first sign-in</source>
        <translation>Demander un nouveau mot de passe à la première connexion</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>Créer le comp&amp;te</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <comment>student number: name (program, batch)</comment>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>No student record matches this number or name.</source>
        <translation>Aucun dossier étudiant ne correspond à ce numéro ou à ce nom.</translation>
    </message>
    <message>
        <source>No student record is linked.</source>
        <translation>Aucun dossier étudiant n'est associé.</translation>
    </message>
    <message>
        <source>Linked to %1 %2.</source>
        <comment>student number, then name</comment>
        <translation>Associé à %1 %2.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role away from your own account. Ask another administrator to do it.</source>
        <translation>Vous ne pouvez pas retirer le rôle d'administrateur à votre propre compte. Demandez à un autre administrateur de le faire.</translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it. Their changes are shown now, except where you typed something else. Check the account and save again.</source>
        <translation>Quelqu'un d'autre a modifié ce compte pendant que vous le modifiiez. Ses modifications sont maintenant affichées, sauf là où vous avez saisi autre chose. Vérifiez le compte et enregistrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>cd::AccountsPage</name>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Ask an administrator to create or change accounts.</source>
        <translation>Demandez à un administrateur de créer ou de modifier des comptes.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>&amp;Désactiver le compte</translation>
    </message>
    <message>
        <source>&amp;Unlock sign-in</source>
        <translation>Dé&amp;verrouiller la connexion</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>Actions sur les comptes</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>User name, full name, role, student or status</source>
        <translation>Nom d'utilisateur, nom complet, rôle, étudiant ou statut</translation>
    </message>
    <message>
        <source>Filter &amp;accounts:</source>
        <translation>Filtr&amp;er les comptes :</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Ac&amp;tiver le compte</translation>
    </message>
    <message>
        <source>Someone else changed this account first. It has been reloaded; check it and try again.</source>
        <translation>Quelqu'un d'autre a modifié ce compte avant vous. Il a été rechargé ; vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Le compte %1 a été créé.</translation>
    </message>
    <message>
        <source>The changes to the account %1 were saved.</source>
        <translation>Les modifications du compte %1 ont été enregistrées.</translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it. The table shows their changes now.</source>
        <translation>Quelqu'un d'autre a modifié ce compte pendant que vous le modifiiez. Le tableau affiche maintenant ses modifications.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new password the next time they sign in.</source>
        <translation>Le mot de passe de %1 a été réinitialisé. Cette personne devra choisir un nouveau mot de passe lors de sa prochaine connexion.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator to do it.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte. Demandez à un autre administrateur de le faire.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; it can no longer sign in.</source>
        <translation>Le compte %1 est désactivé ; il ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>Le compte %1 est de nouveau activé.</translation>
    </message>
    <message>
        <source>The sign-in of %1 is unlocked and its failed attempts are forgotten.</source>
        <translation>La connexion de %1 est déverrouillée et ses tentatives échouées sont effacées.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>cd::AppController</name>
    <message>
        <source>CampusDesk cannot open the database</source>
        <translation>CampusDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>The database was not moved</source>
        <translation>La base de données n'a pas été déplacée</translation>
    </message>
    <message>
        <source>The database has moved</source>
        <translation>La base de données a été déplacée</translation>
    </message>
    <message>
        <source>CampusDesk now uses %1. The old file %2 was kept; you can delete it once you have checked the new one.</source>
        <translation>CampusDesk utilise désormais %1. L'ancien fichier %2 a été conservé ; vous pourrez le supprimer après avoir vérifié le nouveau.</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation>Modifier l'évaluation</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>Coursework</source>
        <translation>Contrôle continu</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Its share within its category (or of the course, without categories). Weights need not add up to 100.</source>
        <translation>Sa part au sein de sa catégorie (ou du cours, en l'absence de catégories). La somme des pondérations n'a pas besoin d'être égale à 100.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Pondération :</translation>
    </message>
    <message>
        <source>&amp;Maximum score:</source>
        <translation>Note &amp;maximale :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removes an assessment that has no marks yet.</source>
        <translation>Supprime une évaluation qui n'a encore aucune note.</translation>
    </message>
</context>
<context>
    <name>cd::AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Heure de début :</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <source>Opens the session of this course, day and time, creating it if needed.</source>
        <translation>Ouvre la séance de ce cours à ce jour et à cette heure, en la créant si nécessaire.</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>État de la séance</translation>
    </message>
    <message>
        <source>Apply late threshold</source>
        <translation>Appliquer le seuil de retard</translation>
    </message>
    <message>
        <source>Apply &amp;late threshold</source>
        <translation>Appliquer le seuil de &amp;retard</translation>
    </message>
    <message>
        <source>When checked, a student marked present after the session's late threshold is recorded as late.</source>
        <translation>Si cette case est cochée, un étudiant pointé présent après le seuil de retard de la séance est enregistré en retard.</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Feuille d'appel</translation>
    </message>
    <message>
        <source>P present, L late, A absent, E excused, Space next status, N or F2 note.</source>
        <translation>P présent, L en retard, A absent, E excusé, Espace statut suivant, N ou F2 remarque.</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Résumé des présences</translation>
    </message>
    <message>
        <source>Mark all &amp;present</source>
        <translation>Tout pointer &amp;présent</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Tout pointer présent</translation>
    </message>
    <message>
        <source>Marks every student who has no mark yet as present. Marks already made are kept.</source>
        <translation>Pointe comme présent chaque étudiant qui n'a pas encore de pointage. Les pointages déjà faits sont conservés.</translation>
    </message>
    <message>
        <source>Fi&amp;nish session…</source>
        <translation>&amp;Terminer la séance…</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Co&amp;rrect mark…</source>
        <translation>Corri&amp;ger le pointage…</translation>
    </message>
    <message>
        <source>Correct mark</source>
        <translation>Corriger le pointage</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There are no courses for you in the semester of this date.</source>
        <translation>Vous n'avez aucun cours dans le semestre de cette date.</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Choisissez d'abord un cours.</translation>
    </message>
    <message>
        <source>Mark the student first, then add a note.</source>
        <translation>Pointez d'abord l'étudiant, puis ajoutez une remarque.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The mark for %1 was not saved: %2</source>
        <translation>Le pointage de %1 n'a pas été enregistré : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was marked late: the mark was made after the late threshold (more than %n minute(s) after the start).</source>
        <translation>
            <numerusform>%1 a été pointé en retard : le pointage a été fait après le seuil de retard (plus de %n minute après le début).</numerusform>
            <numerusform>%1 a été pointé en retard : le pointage a été fait après le seuil de retard (plus de %n minutes après le début).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) marked present.</source>
        <translation>
            <numerusform>%n étudiant pointé présent.</numerusform>
            <numerusform>%n étudiants pointés présents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) without a mark will be marked absent.</source>
        <translation>
            <numerusform>%n étudiant sans pointage sera pointé absent.</numerusform>
            <numerusform>%n étudiants sans pointage seront pointés absents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every student has a mark.</source>
        <translation>Tous les étudiants sont pointés.</translation>
    </message>
    <message>
        <source>After finishing, a mark can only be changed by a correction with a reason.</source>
        <translation>Une fois la séance terminée, un pointage ne peut être modifié que par une correction motivée.</translation>
    </message>
    <message numerus="yes">
        <source>Session finished; %n student(s) marked absent.</source>
        <translation>
            <numerusform>Séance terminée ; %n étudiant pointé absent.</numerusform>
            <numerusform>Séance terminée ; %n étudiants pointés absents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mark for %1 %2 was corrected.</source>
        <translation>Le pointage de %1 %2 a été corrigé.</translation>
    </message>
    <message numerus="yes">
        <source>Apply &amp;late threshold (%n min)</source>
        <translation>
            <numerusform>Appliquer le seuil de &amp;retard (%n min)</numerusform>
            <numerusform>Appliquer le seuil de &amp;retard (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No session open. Choose a course, date and start time, then open the session.</source>
        <translation>Aucune séance ouverte. Choisissez un cours, une date et une heure de début, puis ouvrez la séance.</translation>
    </message>
    <message>
        <source>Finished at %1</source>
        <translation>Terminée à %1</translation>
    </message>
    <message numerus="yes">
        <source>Open: started %1, late after %n minute(s)</source>
        <translation>
            <numerusform>Ouverte : commencée à %1, retard après %n minute</numerusform>
            <numerusform>Ouverte : commencée à %1, retard après %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Present %1 · Late %2 · Absent %3 · Excused %4 · Unmarked %5</source>
        <translation>Présents %1 · En retard %2 · Absents %3 · Excusés %4 · Non pointés %5</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Take with &amp;camera…</source>
        <translation>Faire l'appel par c&amp;améra…</translation>
    </message>
    <message>
        <source>Opens the camera panel for this session: students are marked as they are recognised, and you confirm the register at the end.</source>
        <translation>Ouvre le panneau caméra pour cette séance : les étudiants sont pointés au fur et à mesure qu'ils sont reconnus, et vous confirmez la feuille d'appel à la fin.</translation>
    </message>
    <message numerus="yes">
        <source>Session finished with the camera; %n student(s) marked absent.</source>
        <translation>
            <numerusform>Séance terminée avec la caméra ; %n étudiant pointé absent.</numerusform>
            <numerusform>Séance terminée avec la caméra ; %n étudiants pointés absents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AttendanceReportModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 counted sessions attended; minimum %3</source>
        <translation>%1 séances suivies sur %2 comptabilisées ; minimum %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cd::AttendanceReportPage</name>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>&amp;Semestre :</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Tous les cours</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>Présence minimale</translation>
    </message>
    <message>
        <source>Students under this percentage are below the minimum.</source>
        <translation>Les étudiants en dessous de ce pourcentage sont sous le minimum.</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>&amp;Minimum :</translation>
    </message>
    <message>
        <source>&amp;Below threshold only</source>
        <translation>Sous le seuil &amp;uniquement</translation>
    </message>
    <message>
        <source>Show only students below the minimum</source>
        <translation>Afficher uniquement les étudiants sous le minimum</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the attendance again (F5)</source>
        <translation>Relire les présences (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a spreadsheet file</source>
        <translation>Enregistrer les lignes affichées dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Attendance per student and course</source>
        <translation>Présences par étudiant et par cours</translation>
    </message>
    <message>
        <source>Select a row to see that student's months.</source>
        <translation>Sélectionnez une ligne pour voir le détail mensuel de cet étudiant.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attendance per month of the selected student</source>
        <translation>Présences mensuelles de l'étudiant sélectionné</translation>
    </message>
    <message>
        <source>Attendance status</source>
        <translation>Statut de présence</translation>
    </message>
    <message>
        <source>%1 per month in %2</source>
        <translation>%1 par mois dans %2</translation>
    </message>
    <message>
        <source>%1 per month, all courses shown</source>
        <translation>%1 par mois, tous cours confondus</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Période entière</translation>
    </message>
    <message>
        <source>Reading attendance…</source>
        <translation>Lecture des présences…</translation>
    </message>
    <message>
        <source>No semesters yet: attendance figures appear once a semester has sessions.</source>
        <translation>Aucun semestre pour le moment : les chiffres de présence apparaissent dès qu'un semestre comporte des séances.</translation>
    </message>
    <message>
        <source>No attendance has been taken in this selection yet.</source>
        <translation>Aucun appel n'a encore été fait pour cette sélection.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n ligne affichée</numerusform>
            <numerusform>%n lignes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the minimum</source>
        <translation>
            <numerusform>%n sous le minimum</numerusform>
            <numerusform>%n sous le minimum</numerusform>
        </translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Intitulé du cours</translation>
    </message>
    <message>
        <source>attendance-%1.csv</source>
        <translation>presences-%1.csv</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cd::AttendanceRosterModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>"Mary Okoro, 09:04" - who made the mark in force and when (local time)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Non pointé</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigé)</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>compte inconnu</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field in the audit log: field name, old value, new value.</extracomment>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Changement de mot de passe</translation>
    </message>
    <message>
        <source>Demo school created</source>
        <translation>Création de l'établissement de démonstration</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l’établissement</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Course teacher</source>
        <translation>Enseignant du cours</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Attendance session</source>
        <translation>Séance de présence</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Relevé de présence</translation>
    </message>
    <message>
        <source>Grade scale</source>
        <translation>Barème de notes</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Écriture du grand livre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel member</source>
        <translation>Membre du canal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogPage</name>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis le :</translation>
    </message>
    <message>
        <source>Only entries from a day on</source>
        <translation>Uniquement les entrées à partir d'un jour donné</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu'au :</translation>
    </message>
    <message>
        <source>Only entries up to a day</source>
        <translation>Uniquement les entrées jusqu'à un jour donné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Relire le journal d'audit (F5)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d'audit</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>Sélectionnez une entrée pour voir tout ce qu'elle a enregistré.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l'entrée</translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation>État du journal d'audit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An account in the user filter: full name, user name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %n entries are shown. Narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Seule %n entrée, la plus récente, est affichée. Affinez les filtres pour voir les entrées plus anciennes.</numerusform>
            <numerusform>Seules les %n entrées les plus récentes sont affichées. Affinez les filtres pour voir les entrées plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Utilisateur : %1 (%2)</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Action : %1 (%2)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>Entity: %1 (%2)</source>
        <translation>Élément : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cd::BalanceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>cd::BulkEnrolmentReportModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>cd::BulkFaceEnrolment</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Impossible de lire le dossier %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>cd::BulkFaceEnrolmentDialog</name>
    <message>
        <source>Enrol faces from photos: %1</source>
        <translation>Enregistrer des visages à partir de photos : %1</translation>
    </message>
    <message>
        <source>Choose a folder of photos named by student number, for example 2026-0001.jpg, 2026-0001_2.png or 2026-0001 (3).jpeg. Each photo must show only that student's face. Only students of this class whose consent is recorded are enrolled.</source>
        <translation>Choisissez un dossier de photos nommées d'après le numéro d'étudiant, par exemple 2026-0001.jpg, 2026-0001_2.png ou 2026-0001 (3).jpeg. Chaque photo ne doit montrer que le visage de l'étudiant concerné. Seuls les étudiants de cette classe dont le consentement est enregistré sont pris en compte.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>%v of %m photos</source>
        <translation>%v photos sur %m</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enregistrer les visages</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Enrolment report</source>
        <translation>Rapport d'enregistrement</translation>
    </message>
    <message>
        <source>Loading face detection…</source>
        <translation>Chargement de la détection des visages…</translation>
    </message>
    <message>
        <source>Face detection cannot be used on this computer: %1</source>
        <translation>La détection des visages ne peut pas être utilisée sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: no template key is available.</source>
        <translation>Les gabarits faciaux ne peuvent pas être stockés : aucune clé de gabarits faciaux n'est disponible.</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: %1</source>
        <translation>Les gabarits faciaux ne peuvent pas être stockés : %1</translation>
    </message>
    <message>
        <source>Folder of photos named by student number</source>
        <translation>Dossier de photos nommées d'après le numéro d'étudiant</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <source>Cancelling after the photo in progress…</source>
        <translation>Annulation après la photo en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Enrolling from %n photo(s)…</source>
        <translation><numerusform>Enregistrement à partir de %n photo…</numerusform><numerusform>Enregistrement à partir de %n photos…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n photo(s) enrolled before that; </source>
        <translation><numerusform>Annulé : %n photo enregistrée auparavant ; </numerusform><numerusform>Annulé : %n photos enregistrées auparavant ; </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation><numerusform>%n non utilisée.</numerusform><numerusform>%n non utilisées.</numerusform></translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>Le dossier ne contient aucun fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n photo(s) enrolled, </source>
        <translation><numerusform>Terminé : %n photo enregistrée, </numerusform><numerusform>Terminé : %n photos enregistrées, </numerusform></translation>
    </message>
</context>
<context>
    <name>cd::CameraFrameSource</name>
    <message>
        <source>No camera was found on this computer. Connect one, or use a video file or an image folder instead.</source>
        <translation>Aucune caméra n'a été trouvée sur cet ordinateur. Branchez-en une, ou utilisez plutôt un fichier vidéo ou un dossier d'images.</translation>
    </message>
    <message>
        <source>The chosen camera is not connected any more. Choose another one.</source>
        <translation>La caméra choisie n'est plus connectée. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Caméra : %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>The camera could not be used (%1). Check that no other program is using it, or choose another camera.</source>
        <translation>Impossible d'utiliser la caméra (%1). Vérifiez qu'aucun autre programme ne l'utilise, ou choisissez une autre caméra.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>La caméra a été déconnectée.</translation>
    </message>
</context>
<context>
    <name>cd::CategoriesDialog</name>
    <message>
        <source>Assessment categories</source>
        <translation>Catégories d'évaluation</translation>
    </message>
    <message>
        <source>Each category's total counts with its weight. Weights need not add up to 100: a category with nothing marked yet is left out and the others are scaled up.</source>
        <translation>Le total de chaque catégorie compte selon sa pondération. La somme des pondérations n'a pas besoin d'être égale à 100 : une catégorie sans aucune note est ignorée et les autres sont ajustées en proportion.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Pondération %</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Sum of weights: %1 %</source>
        <translation>Somme des pondérations : %1 %</translation>
    </message>
    <message>
        <source>The category %1 appears more than once.</source>
        <translation>La catégorie %1 apparaît plusieurs fois.</translation>
    </message>
</context>
<context>
    <name>cd::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Changer le &amp;mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one that only you know before you go on.</source>
        <translation>Un administrateur a réinitialisé votre mot de passe. Choisissez-en un nouveau, connu de vous seul, avant de continuer.</translation>
    </message>
</context>
<context>
    <name>cd::ChoiceWizardPage</name>
    <message>
        <source>Welcome to CampusDesk</source>
        <translation>Bienvenue dans CampusDesk</translation>
    </message>
    <message>
        <source>Where should this computer keep the school's records?</source>
        <translation>Où cet ordinateur doit-il conserver les dossiers de l'établissement ?</translation>
    </message>
    <message>
        <source>&amp;This computer only</source>
        <translation>Sur cet &amp;ordinateur uniquement</translation>
    </message>
    <message>
        <source>&amp;Connect to a school server</source>
        <translation>Se &amp;connecter à un serveur de l'établissement</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>&amp;Découvrir un établissement de démonstration</translation>
    </message>
    <message>
        <source>School server address</source>
        <translation>Adresse du serveur de l'établissement</translation>
    </message>
    <message>
        <source>A new school database on this computer. You become its first administrator and can add accounts for colleagues and students.</source>
        <translation>Une nouvelle base de données d'établissement sur cet ordinateur. Vous en devenez le premier administrateur et pouvez ajouter des comptes pour vos collègues et les étudiants.</translation>
    </message>
    <message>
        <source>Connecting to a school server arrives with a coming version of CampusDesk. Until then, choose This computer only: the records can move to a server later.</source>
        <translation>La connexion à un serveur de l'établissement arrivera dans une prochaine version de CampusDesk. D'ici là, choisissez « Sur cet ordinateur uniquement » : les dossiers pourront être transférés vers un serveur plus tard.</translation>
    </message>
    <message>
        <source>A made-up college with 2,000 students and an account for every role, to try CampusDesk without touching real records.</source>
        <translation>Un établissement fictif de 2 000 étudiants, avec un compte pour chaque rôle, pour essayer CampusDesk sans toucher aux vrais dossiers.</translation>
    </message>
</context>
<context>
    <name>cd::CorrectMarkDialog</name>
    <message>
        <source>Correct mark</source>
        <translation>Corriger le pointage</translation>
    </message>
    <message>
        <source>This session is finished. The correction is kept next to the original mark, with your name and the reason.</source>
        <translation>Cette séance est terminée. La correction est conservée à côté du pointage d'origine, avec votre nom et le motif.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required, e.g. "Doctor's note received"</source>
        <translation>Obligatoire, par exemple « Certificat médical reçu »</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Étudiant :</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>cd::CourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>Edit the course %1</source>
        <translation>Modifier le cours %1</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Code du cours</translation>
    </message>
    <message>
        <source>for example, CS201-A</source>
        <translation>par exemple, CS201-A</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Intitulé du cours</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>&amp;Semestre :</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>for example, 3 or 1.5</source>
        <translation>par exemple, 3 ou 1,5</translation>
    </message>
    <message>
        <source>C&amp;redits:</source>
        <translation>C&amp;rédits :</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Empty for a course open to every program</source>
        <translation>Laisser vide pour un cours ouvert à tous les programmes</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Enseignants</translation>
    </message>
    <message>
        <source>Check each teacher who teaches this course.</source>
        <translation>Cochez chaque enseignant qui assure ce cours.</translation>
    </message>
    <message>
        <source>Loading teachers…</source>
        <translation>Chargement des enseignants…</translation>
    </message>
    <message>
        <source>T&amp;eachers:</source>
        <translation>&amp;Enseignants :</translation>
    </message>
    <message>
        <source>Create &amp;course</source>
        <translation>Créer le c&amp;ours</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>%1 (%2, account disabled)</source>
        <comment>full name (user name, ...)</comment>
        <translation>%1 (%2, compte désactivé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An account that is no longer a teacher</source>
        <translation>Un compte qui n'est plus enseignant</translation>
    </message>
    <message>
        <source>No teacher accounts yet. An administrator creates them on the Accounts page.</source>
        <translation>Aucun compte enseignant pour le moment. Un administrateur les crée dans la page Comptes.</translation>
    </message>
    <message>
        <source>Enter the credits; 0 for a course without credits.</source>
        <translation>Saisissez les crédits ; 0 pour un cours sans crédits.</translation>
    </message>
    <message>
        <source>Enter the credits as a number, such as 3 or 1.5.</source>
        <translation>Saisissez les crédits sous forme de nombre, par exemple 3 ou 1,5.</translation>
    </message>
    <message>
        <source>Someone else changed this course while you were editing it. Their changes are shown now, except where you typed something else. Check the course and save again.</source>
        <translation>Quelqu'un d'autre a modifié ce cours pendant que vous le modifiiez. Ses modifications sont maintenant affichées, sauf là où vous avez saisi autre chose. Vérifiez le cours et enregistrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>cd::CourseTableModel</name>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>No teacher yet</source>
        <translation>Aucun enseignant pour le moment</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Enseignants</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
</context>
<context>
    <name>cd::CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>No semester yet</source>
        <translation>Aucun semestre pour le moment</translation>
    </message>
    <message>
        <source>Se&amp;mester:</source>
        <translation>&amp;Semestre :</translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation>Actions sur les cours</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nouveau cours…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;Modifier le cours…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>New se&amp;mester…</source>
        <translation>Nouveau s&amp;emestre…</translation>
    </message>
    <message>
        <source>Semes&amp;ter:</source>
        <translation>Semes&amp;tre :</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>Étudiants inscrits</translation>
    </message>
    <message>
        <source>En&amp;rol students…</source>
        <translation>&amp;Inscrire des étudiants…</translation>
    </message>
    <message>
        <source>&amp;Drop selected…</source>
        <translation>&amp;Désinscrire la sélection…</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <comment>semester name (first day to last day)</comment>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Create a semester to add courses to it.</source>
        <translation>Créez un semestre pour y ajouter des cours.</translation>
    </message>
    <message>
        <source>No semester has been set up yet.</source>
        <translation>Aucun semestre n'a encore été créé.</translation>
    </message>
    <message>
        <source>Select a course to see its students.</source>
        <translation>Sélectionnez un cours pour voir ses étudiants.</translation>
    </message>
    <message numerus="yes">
        <source>Students in %1 %2: %n enrolled</source>
        <translation>
            <numerusform>Étudiants de %1 %2 : %n inscrit</numerusform>
            <numerusform>Étudiants de %1 %2 : %n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>The semester %1 was created.</source>
        <translation>Le semestre %1 a été créé.</translation>
    </message>
    <message>
        <source>The course %1 was created.</source>
        <translation>Le cours %1 a été créé.</translation>
    </message>
    <message>
        <source>The changes to the course %1 were saved.</source>
        <translation>Les modifications du cours %1 ont été enregistrées.</translation>
    </message>
    <message>
        <source>Someone else changed this course while you were editing it. The table shows their changes now.</source>
        <translation>Quelqu'un d'autre a modifié ce cours pendant que vous le modifiiez. Le tableau affiche maintenant ses modifications.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>course code and title</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n étudiant inscrit.</numerusform>
            <numerusform>%n étudiants inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop students</source>
        <translation>Désinscrire des étudiants</translation>
    </message>
    <message>
        <source>Drop %1 from %2?</source>
        <translation>Désinscrire %1 de %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n student(s) from %1?</source>
        <translation>
            <numerusform>Désinscrire %n étudiant de %1 ?</numerusform>
            <numerusform>Désinscrire %n étudiants de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their attendance and marks are kept; enrolling them again brings them back.</source>
        <translation>Leurs présences et leurs notes sont conservées ; une nouvelle inscription les rétablit.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Désinscrire</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) dropped from %1.</source>
        <translation>
            <numerusform>%n étudiant désinscrit de %1.</numerusform>
            <numerusform>%n étudiants désinscrits de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol faces from &amp;photos…</source>
        <translation>Enregistrer des visages à partir de &amp;photos…</translation>
    </message>
</context>
<context>
    <name>cd::CredentialStore</name>
    <message>
        <source>CampusDesk has no saved sign-in in the keychain.</source>
        <translation>CampusDesk n'a aucune connexion enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused access, so CampusDesk cannot remember your sign-in.</source>
        <translation>Le trousseau a refusé l'accès ; CampusDesk ne peut donc pas mémoriser votre connexion.</translation>
    </message>
    <message>
        <source>CampusDesk could not remove your saved sign-in from the keychain.</source>
        <translation>CampusDesk n'a pas pu supprimer votre connexion enregistrée du trousseau.</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so CampusDesk cannot remember your sign-in.</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur ; CampusDesk ne peut donc pas mémoriser votre connexion.</translation>
    </message>
    <message>
        <source>The keychain did not answer, so CampusDesk cannot remember your sign-in.</source>
        <translation>Le trousseau n'a pas répondu ; CampusDesk ne peut donc pas mémoriser votre connexion.</translation>
    </message>
</context>
<context>
    <name>cd::DemoSchoolWizardPage</name>
    <message>
        <source>The demo school</source>
        <translation>L'établissement de démonstration</translation>
    </message>
    <message>
        <source>Hillside College: made-up students, teachers, courses, marks and fees.</source>
        <translation>Hillside College : étudiants, enseignants, cours, notes et frais fictifs.</translation>
    </message>
    <message>
        <source>Preparing the demo school</source>
        <translation>Préparation de l'établissement de démonstration</translation>
    </message>
    <message>
        <source>Sign in with one of these demo accounts:</source>
        <translation>Connectez-vous avec l'un de ces comptes de démonstration :</translation>
    </message>
    <message>
        <source>%1: user name %2, password %3</source>
        <translation>%1 : nom d'utilisateur %2, mot de passe %3</translation>
    </message>
    <message>
        <source>Preparing the demo school. This takes a few seconds.</source>
        <translation>Préparation de l'établissement de démonstration. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The demo school is ready.</source>
        <translation>L'établissement de démonstration est prêt.</translation>
    </message>
</context>
<context>
    <name>cd::EnrolStudentsDialog</name>
    <message>
        <source>Enrol students in %1</source>
        <translation>Inscrire des étudiants à %1</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Rechercher des étudiants</translation>
    </message>
    <message>
        <source>Name, student number or email</source>
        <translation>Nom, numéro d'étudiant ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Pro&amp;motion :</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Students to enrol</source>
        <translation>Étudiants à inscrire</translation>
    </message>
    <message>
        <source>Enrol &amp;selected</source>
        <translation>&amp;Inscrire la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n matching student(s); %1 selected.</source>
        <translation>
            <numerusform>%n étudiant correspondant ; sélection : %1.</numerusform>
            <numerusform>%n étudiants correspondants ; sélection : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching student(s).</source>
        <translation>
            <numerusform>%n étudiant correspondant.</numerusform>
            <numerusform>%n étudiants correspondants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol &amp;all %n matching</source>
        <translation>
            <numerusform>Inscrire &amp;tout (%n correspondant)</numerusform>
            <numerusform>Inscrire &amp;tout (%n correspondants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n étudiant inscrit.</numerusform>
            <numerusform>%n étudiants inscrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled and left as they were.</source>
        <translation>
            <numerusform>%n était déjà inscrit et n'a pas été modifié.</numerusform>
            <numerusform>%n étaient déjà inscrits et n'ont pas été modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::EnrolledStudentsModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit le</translation>
    </message>
</context>
<context>
    <name>cd::FaceEnrolmentDialog</name>
    <message>
        <source>Face enrolment</source>
        <translation>Enregistrement du visage</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Enregistrer le consentement…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>The camera is off. Start it to take pictures of the student's face.</source>
        <translation>La caméra est éteinte. Allumez-la pour photographier le visage de l'étudiant.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Caméra allumée</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>&amp;Allumer la caméra</translation>
    </message>
    <message>
        <source>S&amp;top camera</source>
        <translation>É&amp;teindre la caméra</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capturer</translation>
    </message>
    <message>
        <source>Stores the face in the current picture as a template. Enabled when the picture is good enough.</source>
        <translation>Enregistre le visage de l'image actuelle comme gabarit facial. Disponible lorsque l'image est suffisamment bonne.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Gabarits faciaux</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importer des photos…</translation>
    </message>
    <message>
        <source>Photos not used:</source>
        <translation>Photos non utilisées :</translation>
    </message>
    <message>
        <source>Photos not used</source>
        <translation>Photos non utilisées</translation>
    </message>
    <message>
        <source>&amp;Delete all biometric data…</source>
        <translation>&amp;Supprimer toutes les données biométriques…</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>This student cannot be shown.</source>
        <translation>Cet étudiant ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Face detection cannot be used on this computer: %1</source>
        <translation>La détection des visages ne peut pas être utilisée sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: no template key is available.</source>
        <translation>Les gabarits faciaux ne peuvent pas être stockés : aucune clé de gabarits faciaux n'est disponible.</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: %1</source>
        <translation>Les gabarits faciaux ne peuvent pas être stockés : %1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Consent to face recognition recorded by %1 on %2.</source>
        <translation>Consentement à la reconnaissance faciale enregistré par %1 le %2.</translation>
    </message>
    <message>
        <source>Consent withdrawn: recorded by %1 on %2. No face template may be kept.</source>
        <translation>Consentement retiré : enregistré par %1 le %2. Aucun gabarit facial ne peut être conservé.</translation>
    </message>
    <message>
        <source>No consent to face recognition is recorded.</source>
        <translation>Aucun consentement à la reconnaissance faciale n'est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n face template(s) stored.</source>
        <translation><numerusform>%n gabarit facial stocké.</numerusform><numerusform>%n gabarits faciaux stockés.</numerusform></translation>
    </message>
    <message>
        <source>Enrolment is off until the consent of the student (or their guardian) is recorded.</source>
        <translation>L'enregistrement est désactivé tant que le consentement de l'étudiant (ou de son responsable légal) n'est pas enregistré.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Confirm that %1 %2, or their guardian, has agreed that their face may be used to record attendance. Your name and the time are recorded with the consent.</source>
        <translation>Confirmez que %1 %2, ou son responsable légal, a accepté que son visage soit utilisé pour la prise des présences. Votre nom et l'heure sont enregistrés avec le consentement.</translation>
    </message>
    <message>
        <source>They have agreed</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>La caméra est éteinte.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1 Photos can still be imported.</source>
        <translation>La caméra ne peut pas être utilisée : %1 Vous pouvez toujours importer des photos.</translation>
    </message>
    <message>
        <source>Face captured and stored.</source>
        <translation>Visage capturé et enregistré.</translation>
    </message>
    <message>
        <source>Import photos of the student</source>
        <translation>Importer des photos de l'étudiant</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Examining %n photo(s)…</source>
        <translation><numerusform>Examen de %n photo…</numerusform><numerusform>Examen de %n photos…</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) enrolled, </source>
        <translation><numerusform>%n photo enregistrée, </numerusform><numerusform>%n photos enregistrées, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation><numerusform>%n non utilisée.</numerusform><numerusform>%n non utilisées.</numerusform></translation>
    </message>
    <message>
        <source>Delete all biometric data</source>
        <translation>Supprimer toutes les données biométriques</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n face template(s) of %1 %2? This cannot be undone; the student would have to be enrolled again.</source>
        <translation><numerusform>Supprimer tous les gabarits faciaux de %1 %2 (%n au total) ? Cette action est irréversible ; l'étudiant devra être enregistré à nouveau.</numerusform><numerusform>Supprimer les %n gabarits faciaux de %1 %2 ? Cette action est irréversible ; l'étudiant devra être enregistré à nouveau.</numerusform></translation>
    </message>
    <message>
        <source>Also &amp;withdraw the consent</source>
        <translation>&amp;Retirer aussi le consentement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All biometric data deleted and the consent withdrawn.</source>
        <translation>Toutes les données biométriques ont été supprimées et le consentement a été retiré.</translation>
    </message>
    <message>
        <source>All biometric data deleted.</source>
        <translation>Toutes les données biométriques ont été supprimées.</translation>
    </message>
</context>
<context>
    <name>cd::FaceKeyring</name>
    <message>
        <source>No face template key is available.</source>
        <translation>Aucune clé de gabarits faciaux n'est disponible.</translation>
    </message>
</context>
<context>
    <name>cd::FeeStructuresDialog</name>
    <message>
        <source>Fee structures</source>
        <translation>Grilles tarifaires</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d'échéance</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Frais de retard</translation>
    </message>
    <message>
        <source>Fee structures of the semester</source>
        <translation>Grilles tarifaires du semestre</translation>
    </message>
    <message>
        <source>Empty: every program</source>
        <translation>Vide : tous les programmes</translation>
    </message>
    <message>
        <source>Empty: no late fee</source>
        <translation>Vide : pas de frais de retard</translation>
    </message>
    <message>
        <source> days after the due date</source>
        <translation> jours après l'échéance</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>&amp;Late fee:</source>
        <translation>&amp;Frais de retard :</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>Facturé :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>Semestre :</translation>
    </message>
    <message>
        <source>Add a semester first.</source>
        <translation>Ajoutez d'abord un semestre.</translation>
    </message>
    <message>
        <source>Every program</source>
        <translation>Tous les programmes</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n day(s)</source>
        <translation>
            <numerusform>%1 après %n jour</numerusform>
            <numerusform>%1 après %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FeesPage</name>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>Tous les semestres</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En retard &amp;uniquement</translation>
    </message>
    <message>
        <source>Name or student number</source>
        <translation>Nom ou numéro d'étudiant</translation>
    </message>
    <message>
        <source>Search by name or student number</source>
        <translation>Rechercher par nom ou numéro d'étudiant</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the balances again (F5)</source>
        <translation>Relire les soldes (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a spreadsheet file</source>
        <translation>Enregistrer les lignes affichées dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Open &amp;account…</source>
        <translation>Ouvrir le &amp;compte…</translation>
    </message>
    <message>
        <source>Invoices, statement and payments of the selected student (Enter)</source>
        <translation>Factures, relevé et paiements de l'étudiant sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Generate invoices…</source>
        <translation>&amp;Générer les factures…</translation>
    </message>
    <message>
        <source>Apply &amp;late fees</source>
        <translation>Appliquer les frais de &amp;retard</translation>
    </message>
    <message>
        <source>Charge the late fee of every overdue invoice whose rule says so (once per invoice)</source>
        <translation>Facturer les frais de retard de chaque facture en retard dont la règle le prévoit (une fois par facture)</translation>
    </message>
    <message>
        <source>Fee &amp;structures…</source>
        <translation>Grilles &amp;tarifaires…</translation>
    </message>
    <message>
        <source>What each program's students owe per semester, with due dates and late fees</source>
        <translation>Ce que doivent les étudiants de chaque programme par semestre, avec les échéances et les frais de retard</translation>
    </message>
    <message>
        <source>Outstanding balances per student and semester</source>
        <translation>Soldes restant dus par étudiant et par semestre</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Lecture des soldes…</translation>
    </message>
    <message>
        <source>No invoices match these filters.</source>
        <translation>Aucune facture ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n ligne affichée</numerusform>
            <numerusform>%n lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>amount due %1</source>
        <translation>montant dû %1</translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue invoices</source>
        <translation>
            <numerusform>%n avec des factures en retard</numerusform>
            <numerusform>%n avec des factures en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>balances-%1.csv</source>
        <translation>soldes-%1.csv</translation>
    </message>
    <message>
        <source>Export balances</source>
        <translation>Exporter les soldes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Late fees charged on %n invoice(s).</source>
        <translation>
            <numerusform>Frais de retard facturés sur %n facture.</numerusform>
            <numerusform>Frais de retard facturés sur %n factures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FirstRunWizard</name>
    <message>
        <source>Set up CampusDesk</source>
        <translation>Configurer CampusDesk</translation>
    </message>
</context>
<context>
    <name>cd::GenerateInvoicesDialog</name>
    <message>
        <source>Generate invoices</source>
        <translation>Générer les factures</translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Name, number or email (optional)</source>
        <translation>Nom, numéro ou e-mail (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Frais :</translation>
    </message>
    <message>
        <source>&amp;Students:</source>
        <translation>&amp;Étudiants :</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>%1 – %2, %3 (%4)</source>
        <translation>%1 – %2, %3 (%4)</translation>
    </message>
    <message>
        <source>all programs</source>
        <translation>tous les programmes</translation>
    </message>
    <message>
        <source>There are no fee structures yet. Add one for the semester first.</source>
        <translation>Aucune grille tarifaire pour le moment. Ajoutez-en d'abord une pour le semestre.</translation>
    </message>
    <message>
        <source>Counting students…</source>
        <translation>Décompte des étudiants…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will get an invoice.</source>
        <translation>
            <numerusform>%n étudiant recevra une facture.</numerusform>
            <numerusform>%n étudiants recevront une facture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have one and will be skipped.</source>
        <translation>
            <numerusform>%n en a déjà une et sera ignoré.</numerusform>
            <numerusform>%n en ont déjà une et seront ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no invoices were made.</source>
        <translation>Annulé : aucune facture n'a été créée.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) made.</source>
        <translation>
            <numerusform>%n facture créée.</numerusform>
            <numerusform>%n factures créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) skipped: they already had one.</source>
        <translation>
            <numerusform>%n étudiant ignoré : il en avait déjà une.</numerusform>
            <numerusform>%n étudiants ignorés : ils en avaient déjà une.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GradeScaleDialog</name>
    <message>
        <source>Grade scale</source>
        <translation>Barème de notation</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>À partir de %</translation>
    </message>
    <message>
        <source>Grade points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>&amp;Add grade</source>
        <translation>&amp;Ajouter une mention</translation>
    </message>
    <message>
        <source>&amp;Remove grade</source>
        <translation>&amp;Supprimer la mention</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A total gets the grade with the highest starting percentage not above it (rounded to two decimals). Changes apply to every course's results.</source>
        <translation>Un total reçoit la mention dont le pourcentage de départ est le plus élevé sans lui être supérieur (arrondi à deux décimales). Les modifications s'appliquent aux résultats de tous les cours.</translation>
    </message>
</context>
<context>
    <name>cd::GradebookGridModel</name>
    <message>
        <source>Pass</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Changed after publishing: %1</source>
        <translation>Modifiée après publication : %1</translation>
    </message>
    <message>
        <source>Some assessments are not marked yet: this is the total so far.</source>
        <translation>Certaines évaluations ne sont pas encore notées : voici le total provisoire.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
%2 · weight %3
out of %4</source>
        <translation>%1
%2 · pondération %3
sur %4</translation>
    </message>
    <message>
        <source>%1 (%2), held on %3: weight %4 % within its category, out of %5.</source>
        <translation>%1 (%2), le %3 : pondération de %4 % dans sa catégorie, sur %5.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Total %</translation>
    </message>
    <message>
        <source>Total marks</source>
        <translation>Total des points</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cd::GradebookHistory</name>
    <message>
        <source>mark of %1 in %2</source>
        <translation>note de %1 pour %2</translation>
    </message>
    <message>
        <source>Undo or redo of an earlier change</source>
        <translation>Annulation ou rétablissement d'une modification antérieure</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>cd::GradebookPage</name>
    <message>
        <source>Gradebook</source>
        <translation>Carnet de notes</translation>
    </message>
    <message>
        <source>Not saved for %1 in %2: %3</source>
        <translation>Non enregistré pour %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>S&amp;emester:</source>
        <translation>S&amp;emestre :</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>Publication state</source>
        <translation>État de publication</translation>
    </message>
    <message>
        <source>Type a score and press Enter (down) or Tab (right). A marks absent, X excused, Delete takes a mark back, Ctrl+Z undoes. Every change is saved at once.</source>
        <translation>Saisissez une note et appuyez sur Entrée (vers le bas) ou Tab (vers la droite). A indique absent, X excusé, Suppr retire une note, Ctrl+Z annule. Chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Add assessment…</source>
        <translation>&amp;Ajouter une évaluation…</translation>
    </message>
    <message>
        <source>Edit a&amp;ssessment…</source>
        <translation>&amp;Modifier l'évaluation…</translation>
    </message>
    <message>
        <source>Edits the assessment of the selected column.</source>
        <translation>Modifie l'évaluation de la colonne sélectionnée.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>Ca&amp;tégories…</translation>
    </message>
    <message>
        <source>The course's categories and their share of the total, such as Coursework 40 % and Exams 60 %.</source>
        <translation>Les catégories du cours et leur part dans le total, par exemple Contrôle continu 40 % et Examens 60 %.</translation>
    </message>
    <message>
        <source>&amp;Grade scale…</source>
        <translation>&amp;Barème de notation…</translation>
    </message>
    <message>
        <source>&amp;Publish results…</source>
        <translation>&amp;Publier les résultats…</translation>
    </message>
    <message>
        <source>Shows the results to the course's students and locks them: later changes need a reason.</source>
        <translation>Affiche les résultats aux étudiants du cours et les verrouille : toute modification ultérieure devra être motivée.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There are no courses for you in this semester.</source>
        <translation>Vous n'avez aucun cours dans ce semestre.</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2 : %3 → %4</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>The mark of %1 in %2 was not saved: %3</source>
        <translation>La note de %1 pour %2 n'a pas été enregistrée : %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Publish results</source>
        <translation>Publier les résultats</translation>
    </message>
    <message>
        <source>Publish the results of %1 – %2?</source>
        <translation>Publier les résultats de %1 – %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) still have assessments without a mark. </source>
        <translation>
            <numerusform>%n étudiant a encore des évaluations sans note. </numerusform>
            <numerusform>%n étudiants ont encore des évaluations sans note. </numerusform>
        </translation>
    </message>
    <message>
        <source>Students will see their results. After publishing, every change of a mark needs a reason and is kept in the audit log.</source>
        <translation>Les étudiants verront leurs résultats. Après la publication, toute modification de note devra être motivée et sera consignée dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>The results are published.</source>
        <translation>Les résultats sont publiés.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Évaluation « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Select a cell of the assessment to edit.</source>
        <translation>Sélectionnez une cellule de l'évaluation à modifier.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Évaluation « %1 » supprimée.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Évaluation « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>The categories were saved.</source>
        <translation>Les catégories ont été enregistrées.</translation>
    </message>
    <message>
        <source>The grade scale was saved.</source>
        <translation>Le barème de notation a été enregistré.</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>Choisissez un cours.</translation>
    </message>
    <message>
        <source>Published on %1. Students see these results; each change needs a reason.</source>
        <translation>Publiés le %1. Les étudiants voient ces résultats ; chaque modification doit être motivée.</translation>
    </message>
    <message>
        <source>Not published: students do not see these results yet.</source>
        <translation>Non publiés : les étudiants ne voient pas encore ces résultats.</translation>
    </message>
    <message>
        <source>No categories: the assessments' own weights apply.</source>
        <translation>Aucune catégorie : les pondérations propres aux évaluations s'appliquent.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>Catégories : %1.</translation>
    </message>
    <message>
        <source>Not counted (no such category): %1.</source>
        <translation>Non comptabilisées (catégorie inexistante) : %1.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Report cards…</source>
        <translation>&amp;Bulletins…</translation>
    </message>
    <message>
        <source>The course's report cards as PDFs, ready to print</source>
        <translation>Les bulletins du cours en PDF, prêts à imprimer</translation>
    </message>
    <message>
        <source>One PDF per student…</source>
        <translation>Un PDF par étudiant…</translation>
    </message>
    <message>
        <source>Folder for the report cards</source>
        <translation>Dossier des bulletins</translation>
    </message>
    <message>
        <source>One PDF for the class…</source>
        <translation>Un seul PDF pour la classe…</translation>
    </message>
    <message>
        <source>Save the class's report cards</source>
        <translation>Enregistrer les bulletins de la classe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report cards %1.pdf</source>
        <translation>Bulletins %1.pdf</translation>
    </message>
    <message>
        <source>The course has no students, so there is no report card.</source>
        <translation>Le cours n'a aucun étudiant : il n'y a donc aucun bulletin.</translation>
    </message>
    <message>
        <source>Writing report cards: %1 of %2…</source>
        <translation>Écriture des bulletins : %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n report card(s) written to %1.</source>
        <translation>
            <numerusform>%n bulletin écrit dans %1.</numerusform>
            <numerusform>%n bulletins écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report cards are already being written.</source>
        <translation>Les bulletins sont déjà en cours d'écriture.</translation>
    </message>
</context>
<context>
    <name>cd::ImageSequenceFrameSource</name>
    <message>
        <source>Image folder: %1</source>
        <translation>Dossier d'images : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>cd::ImportStudentsDialog</name>
    <message>
        <source>Import students</source>
        <translation>Importer des étudiants</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file with one student per row and the column names on the first row. From a spreadsheet, save as "CSV UTF-8".</source>
        <translation>Un fichier CSV avec un étudiant par ligne et les noms de colonnes sur la première ligne. Depuis un tableur, enregistrez au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>The file has column names but no students below them.</source>
        <translation>Le fichier contient des noms de colonnes, mais aucun étudiant en dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n student row(s), %1 columns separated by %2, %3 text. The first rows are shown below.</source>
        <translation>
            <numerusform>%n ligne d'étudiant, %1 colonnes séparées par des %2, texte %3. Les premières lignes sont affichées ci-dessous.</numerusform>
            <numerusform>%n lignes d'étudiants, %1 colonnes séparées par des %2, texte %3. Les premières lignes sont affichées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Columns set to "Do not import" are left out.</source>
        <translation>Indiquez ce que contient chaque colonne du fichier. Les colonnes réglées sur « Ne pas importer » sont ignorées.</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>for example Computer Science</source>
        <translation>par exemple Informatique</translation>
    </message>
    <message>
        <source>&amp;Batch for rows without one:</source>
        <translation>Pro&amp;motion des lignes qui n'en ont pas :</translation>
    </message>
    <message>
        <source>&amp;Program for rows without one:</source>
        <translation>&amp;Programme des lignes qui n'en ont pas :</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Importer la colonne %1 comme</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Vérifier et importer</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. The students are imported all at once, and only when no row has a problem.</source>
        <translation>Chaque ligne est vérifiée avant toute écriture. Les étudiants sont importés tous en même temps, et seulement si aucune ligne ne pose problème.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Check every row again without importing anything.</source>
        <translation>Vérifier à nouveau chaque ligne sans rien importer.</translation>
    </message>
    <message>
        <source>&amp;Export problems…</source>
        <translation>&amp;Exporter les problèmes…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Vérification de %n ligne…</numerusform>
            <numerusform>Vérification de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no students to import.</source>
        <translation>Le fichier ne contient aucun étudiant à importer.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready: Import adds them as new students.</source>
        <translation>
            <numerusform>%n ligne est prête : « Importer » l'ajoute comme nouvel étudiant.</numerusform>
            <numerusform>Les %n lignes sont prêtes : « Importer » les ajoute comme nouveaux étudiants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported until they are fixed. Correct the file (Export problems gives the list) or the column choices, then check again.</source>
        <translation>
            <numerusform>%n problème détecté ; rien ne sera importé tant qu'il n'est pas corrigé. Corrigez le fichier (« Exporter les problèmes » en donne la liste) ou le choix des colonnes, puis vérifiez à nouveau.</numerusform>
            <numerusform>%n problèmes détectés ; rien ne sera importé tant qu'ils ne sont pas corrigés. Corrigez le fichier (« Exporter les problèmes » en donne la liste) ou le choix des colonnes, puis vérifiez à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no problem.</source>
        <translation>
            <numerusform>%n ligne sans problème.</numerusform>
            <numerusform>%n lignes sans problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Exporter les problèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The problems could not be saved to %1.</source>
        <translation>Impossible d'enregistrer les problèmes dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n student(s)…</source>
        <translation>
            <numerusform>Importation de %n étudiant…</numerusform>
            <numerusform>Importation de %n étudiants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported.</source>
        <translation>
            <numerusform>%n étudiant importé.</numerusform>
            <numerusform>%n étudiants importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>The students are now in CampusDesk.</source>
        <translation>Les étudiants sont maintenant dans CampusDesk.</translation>
    </message>
    <message>
        <source>The new students are in the Students list. Each one is recorded in the audit log.</source>
        <translation>Les nouveaux étudiants figurent dans la liste « Étudiants ». Chacun est consigné dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>Arrêté ; rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>cd::LiveAttendanceDialog</name>
    <message>
        <source>Take attendance with the camera — %1, %2</source>
        <translation>Faire l'appel avec la caméra — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Loading the face models and enrolled faces…</source>
        <translation>Chargement des modèles de visage et des visages enregistrés…</translation>
    </message>
    <message>
        <source>&amp;Register (P present, L late, A absent, E excused, Delete not seen)</source>
        <translation>&amp;Feuille d'appel (P présent, L en retard, A absent, E excusé, Suppr non vu)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Feuille d'appel</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Non vu</translation>
    </message>
    <message>
        <source>&amp;Unrecognised faces</source>
        <translation>&amp;Visages non reconnus</translation>
    </message>
    <message>
        <source>Unrecognised faces</source>
        <translation>Visages non reconnus</translation>
    </message>
    <message>
        <source>Assign to &amp;student…</source>
        <translation>Attribuer à un &amp;étudiant…</translation>
    </message>
    <message>
        <source>&amp;Finish session…</source>
        <translation>&amp;Terminer la séance…</translation>
    </message>
    <message>
        <source>Every student on the register has a mark already.</source>
        <translation>Chaque étudiant de la feuille d'appel a déjà un pointage.</translation>
    </message>
    <message>
        <source>Assign the face to a student</source>
        <translation>Attribuer le visage à un étudiant</translation>
    </message>
    <message>
        <source>Who is this? They are marked present; if their consent is recorded, the face is also kept to recognise them next time.</source>
        <translation>Qui est-ce ? La personne est pointée présente ; si son consentement est enregistré, le visage est aussi conservé pour la reconnaître la prochaine fois.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Caméra : %1</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>Dossier d'images…</translation>
    </message>
    <message>
        <source>No face template key is available.</source>
        <translation>Aucune clé de gabarits faciaux n'est disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled face(s) loaded for this class.</source>
        <translation>
            <numerusform>%n visage enregistré chargé pour cette classe.</numerusform>
            <numerusform>%n visages enregistrés chargés pour cette classe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face template(s) could not be read; enrol those students again.</source>
        <translation>
            <numerusform>%n gabarit facial n'a pas pu être lu ; enregistrez à nouveau les visages des étudiants concernés.</numerusform>
            <numerusform>%n gabarits faciaux n'ont pas pu être lus ; enregistrez à nouveau les visages des étudiants concernés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled faces are not available: %1</source>
        <translation>Les visages enregistrés ne sont pas disponibles : %1</translation>
    </message>
    <message>
        <source>Nobody in this class has an enrolled face yet, so the camera will recognise no one. Enrol faces from the student records.</source>
        <translation>Personne dans cette classe n'a encore de visage enregistré ; la caméra ne reconnaîtra donc personne. Enregistrez les visages depuis les dossiers des étudiants.</translation>
    </message>
    <message>
        <source>Face recognition is not available: %1</source>
        <translation>La reconnaissance faciale n'est pas disponible : %1</translation>
    </message>
    <message>
        <source>You can still mark the register by hand here.</source>
        <translation>Vous pouvez tout de même remplir la feuille d'appel à la main ici.</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Choisir une vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.avi *.mkv *.mov *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>Choisir un dossier d'images</translation>
    </message>
    <message>
        <source>The source has no more pictures.</source>
        <translation>La source ne contient plus d'images.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>Stopped. Choose a source and press Start.</source>
        <translation>Arrêté. Choisissez une source et appuyez sur « Démarrer ».</translation>
    </message>
    <message>
        <source>Seen at %1. Select it and choose "Assign to student…" if you know who it is.</source>
        <translation>Vu à %1. Sélectionnez-le et choisissez « Attribuer à un étudiant… » si vous savez de qui il s'agit.</translation>
    </message>
    <message>
        <source>%1 is marked present.</source>
        <translation>%1 est pointé présent.</translation>
    </message>
    <message>
        <source>%1 is marked present. The face was not kept: %2</source>
        <translation>%1 est pointé présent. Le visage n'a pas été conservé : %2</translation>
    </message>
    <message>
        <source>%1 is marked present, and this face is kept to recognise them next time.</source>
        <translation>%1 est pointé présent, et ce visage est conservé pour le reconnaître la prochaine fois.</translation>
    </message>
    <message>
        <source>This mark is saved already and cannot be taken back here; give the student another status instead.</source>
        <translation>Ce pointage est déjà enregistré et ne peut pas être annulé ici ; attribuez plutôt un autre statut à l'étudiant.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message numerus="yes">
        <source>Save the register and finish the session? %n student(s) not seen will be marked absent.</source>
        <translation>
            <numerusform>Enregistrer la feuille d'appel et terminer la séance ? %n étudiant non vu sera pointé absent.</numerusform>
            <numerusform>Enregistrer la feuille d'appel et terminer la séance ? %n étudiants non vus seront pointés absents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are saved as your confirmed attendance. Later changes need a reason.</source>
        <translation>Les pointages sont enregistrés comme vos présences confirmées. Toute modification ultérieure devra être motivée.</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Saving the register…</source>
        <translation>Enregistrement de la feuille d'appel…</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) are not saved yet. Close and discard them?</source>
        <translation>
            <numerusform>%n pointage n'est pas encore enregistré. Fermer et l'abandonner ?</numerusform>
            <numerusform>%n pointages ne sont pas encore enregistrés. Fermer et les abandonner ?</numerusform>
        </translation>
    </message>
    <message>
        <source>● Camera on</source>
        <translation>● Caméra allumée</translation>
    </message>
    <message>
        <source>● Playing: %1</source>
        <translation>● Lecture : %1</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Caméra éteinte</translation>
    </message>
    <message>
        <source>Present %1 · Late %2 · Absent %3 · Excused %4 · Not seen %5</source>
        <translation>Présents %1 · En retard %2 · Absents %3 · Excusés %4 · Non vus %5</translation>
    </message>
</context>
<context>
    <name>cd::LivePreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>No picture. Choose a source and press Start.</source>
        <translation>Aucune image. Choisissez une source et appuyez sur « Démarrer ».</translation>
    </message>
    <message>
        <source>Partly out of the picture</source>
        <translation>En partie hors de l'image</translation>
    </message>
    <message>
        <source>Too far away</source>
        <translation>Trop loin</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Visage détourné</translation>
    </message>
    <message>
        <source>Blurry</source>
        <translation>Flou</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not on this register</source>
        <translation>Pas sur cette feuille d'appel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>cd::LiveRosterModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Pas encore vu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Recognised by %1</source>
        <translation>Reconnu par %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Vu à</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Pointé par</translation>
    </message>
</context>
<context>
    <name>cd::LocalSchoolWizardPage</name>
    <message>
        <source>A school on this computer</source>
        <translation>Un établissement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Name the school and create the first administrator account.</source>
        <translation>Nommez l'établissement et créez le premier compte administrateur.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nom de l'établissement</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Votre nom complet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nom de l'établissement :</translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation>Votre nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmer le mot de passe :</translation>
    </message>
    <message>
        <source>The database will be kept at %1.</source>
        <translation>La base de données sera conservée dans %1.</translation>
    </message>
    <message>
        <source>Creating the school…</source>
        <translation>Création de l'établissement…</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>%1 — CampusDesk (demo school)</source>
        <translation>%1 — CampusDesk (établissement de démonstration)</translation>
    </message>
    <message>
        <source>%1 — CampusDesk</source>
        <translation>%1 — CampusDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>Mon tableau de bord</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>Your attendance, results and fees for this semester, at a glance.</source>
        <translation>Vos présences, résultats et frais pour ce semestre, en un coup d'œil.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Gradebook</source>
        <translation>Carnet de notes</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages with colleagues and classes, and an assistant that answers from the school's data.</source>
        <translation>Messages avec les collègues et les classes, et un assistant qui répond à partir des données de l'établissement.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Changer d'&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About CampusDesk</source>
        <translation>À &amp;propos de CampusDesk</translation>
    </message>
    <message>
        <source>About CampusDesk</source>
        <translation>À propos de CampusDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CampusDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Student records, gradebook, fees and attendance for schools and colleges.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CampusDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dossiers étudiants, carnet de notes, frais et présences pour les écoles et les établissements d'enseignement supérieur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database on this computer: %1</source>
        <translation>Base de données sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Not synced: this computer only</source>
        <translation>Non synchronisé : cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>Rapport de présence</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>Mes résultats</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>My fees</source>
        <translation>Mes frais</translation>
    </message>
</context>
<context>
    <name>cd::MarkReasonDialog</name>
    <message>
        <source>Change a published result</source>
        <translation>Modifier un résultat publié</translation>
    </message>
    <message>
        <source>The results of this course are published. The change is kept with your name and the reason, and shown in the audit log.</source>
        <translation>Les résultats de ce cours sont publiés. La modification est conservée avec votre nom et le motif, et apparaît dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required, e.g. "Re-marked after appeal"</source>
        <translation>Obligatoire, par exemple « Note revue après recours »</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Enregistrer la modification</translation>
    </message>
</context>
<context>
    <name>cd::ModelManager</name>
    <message>
        <source>The folder %1 cannot be created, so the model cannot be installed there. Choose a folder you may write to.</source>
        <translation>Impossible de créer le dossier %1 ; le modèle ne peut donc pas y être installé. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1 (%2). Choose a folder you may write to, or free some space.</source>
        <translation>Impossible d'écrire dans le dossier %1 (%2). Choisissez un dossier dans lequel vous pouvez écrire, ou libérez de l'espace.</translation>
    </message>
    <message>
        <source>%1 is incomplete or not the expected version: it has %2 bytes instead of %3. Nothing was installed.</source>
        <translation>%1 est incomplet ou n'est pas de la version attendue : il fait %2 octets au lieu de %3. Rien n'a été installé.</translation>
    </message>
    <message>
        <source>%1 is damaged or not the expected version (its SHA-256 does not match the catalogue). Nothing was installed.</source>
        <translation>%1 est endommagé ou n'est pas de la version attendue (son empreinte SHA-256 ne correspond pas au catalogue). Rien n'a été installé.</translation>
    </message>
    <message>
        <source>Could not install %1 into %2: %3</source>
        <translation>Impossible d'installer %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>CampusDesk knows no model called "%1".</source>
        <translation>CampusDesk ne connaît aucun modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>The model "%1" is incomplete: no folder holds all of its files.</source>
        <translation>Le modèle « %1 » est incomplet : aucun dossier ne contient tous ses fichiers.</translation>
    </message>
    <message>
        <source>"%1" is already being installed.</source>
        <translation>« %1 » est déjà en cours d'installation.</translation>
    </message>
    <message>
        <source>Could not download %1: the server answered %2 %3 for %4.</source>
        <translation>Impossible de télécharger %1 : le serveur a répondu %2 %3 pour %4.</translation>
    </message>
    <message>
        <source>Downloading %1 timed out: nothing arrived from %2 for %3 seconds. Check the internet connection and try again.</source>
        <translation>Le téléchargement de %1 a expiré : rien n'est arrivé de %2 pendant %3 secondes. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The download of %1 broke off after %2 of %3 bytes (%4). Try again.</source>
        <translation>Le téléchargement de %1 s'est interrompu après %2 octets sur %3 (%4). Réessayez.</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: %3. Check the internet connection, or fetch the file on another computer and import it.</source>
        <translation>Impossible de télécharger %1 depuis %2 : %3. Vérifiez la connexion Internet, ou récupérez le fichier sur un autre ordinateur et importez-le.</translation>
    </message>
    <message>
        <source>The download of "%1" was cancelled. Nothing was installed.</source>
        <translation>Le téléchargement de « %1 » a été annulé. Rien n'a été installé.</translation>
    </message>
    <message>
        <source>Give the file(s) of "%1" or the folder that holds them.</source>
        <translation>Indiquez le ou les fichiers de « %1 », ou le dossier qui les contient.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 of "%2" is missing: give that file or the folder that holds it.</source>
        <translation>%1 de « %2 » est manquant : indiquez ce fichier ou le dossier qui le contient.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not %2 of "%3": it has %4 bytes instead of %5.</source>
        <translation>%1 n'est pas %2 de « %3 » : il fait %4 octets au lieu de %5.</translation>
    </message>
    <message>
        <source>%1 is damaged or not the expected version of %2 (its SHA-256 does not match the catalogue). Nothing was installed.</source>
        <translation>%1 est endommagé ou n'est pas la version attendue de %2 (son empreinte SHA-256 ne correspond pas au catalogue). Rien n'a été installé.</translation>
    </message>
</context>
<context>
    <name>cd::ModelStatusModel</name>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Téléchargement %1 %</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Corrupt; the last attempt failed</source>
        <translation>Endommagé ; la dernière tentative a échoué</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Missing; the last attempt failed</source>
        <translation>Manquant ; la dernière tentative a échoué</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>%1, version %2 (%3), from %4</source>
        <translation>%1, version %2 (%3), source : %4</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>cd::MyFeesPage</name>
    <message>
        <source>My fees</source>
        <translation>Mes frais</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Your account is not linked to a student record, so there are no fees to show. The school office can link it.</source>
        <translation>Votre compte n'est associé à aucun dossier étudiant ; il n'y a donc pas de frais à afficher. Le secrétariat de l'établissement peut l'associer.</translation>
    </message>
</context>
<context>
    <name>cd::PasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a long phrase is easier to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère ; une longue phrase est plus facile à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères ; une longue phrase est plus facile à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation>Saisissez à nouveau le nouveau mot de passe pour le confirmer.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This password meets the rules.</source>
        <translation>Ce mot de passe respecte les règles.</translation>
    </message>
</context>
<context>
    <name>cd::PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). They will have to choose their own password the next time they sign in.</source>
        <translation>Choisissez un nouveau mot de passe pour %1 (%2). Cette personne devra choisir son propre mot de passe lors de sa prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password for your own account.</source>
        <translation>Choisissez un nouveau mot de passe pour votre propre compte.</translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <source>Waive fees</source>
        <translation>Exonérer des frais</translation>
    </message>
    <message>
        <source>Charge late fee</source>
        <translation>Facturer des frais de retard</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1 (%2, échéance le %3)</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message numerus="yes">
        <source>Amount in %1, with at most %n decimal(s)</source>
        <translation>
            <numerusform>Montant en %1, avec au plus %n décimale</numerusform>
            <numerusform>Montant en %1, avec au plus %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Date the money moved</source>
        <translation>Date du mouvement des fonds</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>CampusDesk</source>
        <translation>CampusDesk</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Facture :</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mode de &amp;paiement :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Reçu par :</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Enregistré par :</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>Montant remboursable maximal : %1.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>%1 amounts are whole numbers, without decimals.</source>
        <translation>Les montants en %1 sont des nombres entiers, sans décimales.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>Les montants en %1 comportent au plus %2 décimales.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, such as %1.</source>
        <translation>Saisissez le montant sous forme de nombre, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation>Saisissez le montant sans signe moins.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A refund cannot be more than what was paid and not yet refunded (%1).</source>
        <translation>Un remboursement ne peut pas dépasser le montant payé et non encore remboursé (%1).</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indiquez le motif du remboursement.</translation>
    </message>
    <message>
        <source>Give a reason for the waiver.</source>
        <translation>Indiquez le motif de l'exonération.</translation>
    </message>
    <message>
        <source>Enter the date of the transaction.</source>
        <translation>Saisissez la date de l'opération.</translation>
    </message>
</context>
<context>
    <name>cd::PlaceholderPage</name>
    <message>
        <source>This page arrives in a coming version of CampusDesk.</source>
        <translation>Cette page arrivera dans une prochaine version de CampusDesk.</translation>
    </message>
</context>
<context>
    <name>cd::RecognitionSettingsTab</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Checking the face models…</source>
        <translation>Vérification des modèles de visage…</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>Recognition threshold</source>
        <translation>Seuil de reconnaissance</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil :</translation>
    </message>
    <message>
        <source>Recognition margin</source>
        <translation>Marge de reconnaissance</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marge :</translation>
    </message>
    <message>
        <source>Frames to agree</source>
        <translation>Images concordantes</translation>
    </message>
    <message>
        <source>How many camera frames in a row must name the same student before the student is marked. More frames: steadier, a little slower.</source>
        <translation>Nombre d'images consécutives de la caméra qui doivent désigner le même étudiant avant qu'il soit pointé. Plus d'images : résultat plus stable, un peu plus lent.</translation>
    </message>
    <message>
        <source>&amp;Frames to agree:</source>
        <translation>Images &amp;concordantes :</translation>
    </message>
    <message>
        <source>Raising the threshold gives fewer wrong names but leaves more faces unknown, for you to name. The margin is how far the best student must score above the next one.</source>
        <translation>Relever le seuil donne moins de noms erronés, mais laisse davantage de visages inconnus, que vous devrez nommer. La marge est l'avance que le meilleur étudiant doit avoir sur le suivant.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>The system's default camera</source>
        <translation>Caméra par défaut du système</translation>
    </message>
    <message>
        <source>A camera that is not connected now</source>
        <translation>Une caméra actuellement déconnectée</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;améra :</translation>
    </message>
    <message>
        <source>No camera is connected to this computer.</source>
        <translation>Aucune caméra n'est connectée à cet ordinateur.</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Résolution de la caméra</translation>
    </message>
    <message>
        <source>A larger picture finds faces further away, but takes longer to process.</source>
        <translation>Une image plus grande détecte les visages plus éloignés, mais son traitement est plus long.</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Ré&amp;solution :</translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation>Valeur par défaut de la caméra</translation>
    </message>
    <message>
        <source>%1 (not offered by this camera)</source>
        <translation>%1 (non proposée par cette caméra)</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modèles de visage</translation>
    </message>
    <message>
        <source>Face model folder</source>
        <translation>Dossier des modèles de visage</translation>
    </message>
    <message>
        <source>The default folder</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Downloads the chosen model from its official source and checks it before installing it.</source>
        <translation>Télécharge le modèle choisi depuis sa source officielle et le vérifie avant de l'installer.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Installs the model from files fetched on another computer.</source>
        <translation>Installe le modèle à partir de fichiers récupérés sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Import the files of %1</source>
        <translation>Importer les fichiers de %1</translation>
    </message>
    <message>
        <source>Model files (*.onnx *.bin *.json);;All files (*)</source>
        <translation>Fichiers de modèle (*.onnx *.bin *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <source>When a student counts as late is set on the &lt;a href="#school"&gt;School tab&lt;/a&gt; ("Late after").</source>
        <translation>Le moment à partir duquel un étudiant est en retard se règle dans l'&lt;a href="#school"&gt;onglet Établissement&lt;/a&gt; (« En retard après »).</translation>
    </message>
    <message>
        <source>When a student counts as late is set by the school's staff, on the School tab of their Settings.</source>
        <translation>Le moment à partir duquel un étudiant est en retard est réglé par le personnel de l'établissement, dans l'onglet Établissement de ses Paramètres.</translation>
    </message>
    <message>
        <source>Face descriptor (ResNet)</source>
        <translation>Descripteur de visage (ResNet)</translation>
    </message>
    <message>
        <source>Fallback: LBPH, because the descriptor model is damaged</source>
        <translation>Solution de repli : LBPH, car le modèle de descripteur est endommagé</translation>
    </message>
    <message>
        <source>Fallback: LBPH, because the descriptor model is missing</source>
        <translation>Solution de repli : LBPH, car le modèle de descripteur est manquant</translation>
    </message>
    <message>
        <source>The cosine similarity a face must reach, from %1 to %2.</source>
        <translation>Similarité cosinus qu'un visage doit atteindre, de %1 à %2.</translation>
    </message>
    <message>
        <source>LBPH scores are minus a distance: nearer to 0 is stricter.</source>
        <translation>Les scores LBPH sont l'opposé d'une distance : plus la valeur est proche de 0, plus le seuil est strict.</translation>
    </message>
    <message>
        <source>The saved threshold or margin was set for the other recogniser: it is kept for it, and this one uses its shipped default until you change the value here.</source>
        <translation>Le seuil ou la marge enregistré a été réglé pour l'autre méthode de reconnaissance : il est conservé pour elle, et celle-ci utilise la valeur livrée par défaut avec l'application jusqu'à ce que vous modifiiez la valeur ici.</translation>
    </message>
</context>
<context>
    <name>cd::ReportCardBatch</name>
    <message>
        <source>report-card</source>
        <translation>bulletin</translation>
    </message>
    <message>
        <source>Report cards</source>
        <translation>Bulletins</translation>
    </message>
</context>
<context>
    <name>cd::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d'étudiant</translation>
    </message>
    <message>
        <source>&amp;Show results</source>
        <translation>&amp;Afficher les résultats</translation>
    </message>
    <message>
        <source>&amp;Student number:</source>
        <translation>&amp;Numéro d'étudiant :</translation>
    </message>
    <message>
        <source>Save &amp;report card…</source>
        <translation>Enregistrer le &amp;bulletin…</translation>
    </message>
    <message>
        <source>Save the selected semester's report card as a PDF</source>
        <translation>Enregistrer le bulletin du semestre sélectionné au format PDF</translation>
    </message>
    <message>
        <source>&amp;Print report card…</source>
        <translation>&amp;Imprimer le bulletin…</translation>
    </message>
    <message>
        <source>Results by semester</source>
        <translation>Résultats par semestre</translation>
    </message>
    <message>
        <source>Semester / subject</source>
        <translation>Semestre / matière</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Total marks</source>
        <translation>Total des points</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Total %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Date d'examen</translation>
    </message>
    <message>
        <source>Save report card</source>
        <translation>Enregistrer le bulletin</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report card %1.pdf</source>
        <translation>Bulletin %1.pdf</translation>
    </message>
    <message>
        <source>Your account is not linked to a student record.</source>
        <translation>Votre compte n'est associé à aucun dossier étudiant.</translation>
    </message>
    <message>
        <source>Type a student number to see their results.</source>
        <translation>Saisissez un numéro d'étudiant pour voir ses résultats.</translation>
    </message>
    <message>
        <source>No student you may see has the number %1.</source>
        <translation>Aucun étudiant que vous êtes autorisé à consulter ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Report card saved to %1.</source>
        <translation>Bulletin enregistré dans %1.</translation>
    </message>
    <message>
        <source>Print report card</source>
        <translation>Imprimer le bulletin</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Cumulative GPA: %1</source>
        <translation>Moyenne cumulée (GPA) : %1</translation>
    </message>
    <message>
        <source>%1 — GPA %2, cumulative GPA %3</source>
        <translation>%1 — moyenne %2, moyenne cumulée %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (not published)</source>
        <translation> (non publié)</translation>
    </message>
    <message>
        <source>No results are published for you yet.</source>
        <translation>Aucun résultat n'a encore été publié pour vous.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Aucun résultat pour le moment.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cd::SemesterDialog</name>
    <message>
        <source>New semester</source>
        <translation>Nouveau semestre</translation>
    </message>
    <message>
        <source>Semester name</source>
        <translation>Nom du semestre</translation>
    </message>
    <message>
        <source>for example, Autumn 2026</source>
        <translation>par exemple, Automne 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour :</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>Create &amp;semester</source>
        <translation>Créer le &amp;semestre</translation>
    </message>
</context>
<context>
    <name>cd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>É&amp;tablissement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>School server address</source>
        <translation>Adresse du serveur de l'établissement</translation>
    </message>
    <message>
        <source>School &amp;server:</source>
        <translation>&amp;Serveur de l'établissement :</translation>
    </message>
    <message>
        <source>Connecting to a school server arrives with a coming version. The address is kept until then.</source>
        <translation>La connexion à un serveur de l'établissement arrivera dans une prochaine version. L'adresse est conservée d'ici là.</translation>
    </message>
    <message>
        <source>The school database is at:</source>
        <translation>La base de données de l'établissement se trouve ici :</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>&amp;Move to another place…</source>
        <translation>&amp;Déplacer vers un autre emplacement…</translation>
    </message>
    <message>
        <source>Copies the whole database to a new file, checks the copy and uses it from then on. The old file is kept.</source>
        <translation>Copie l'intégralité de la base de données dans un nouveau fichier, vérifie la copie et l'utilise dorénavant. L'ancien fichier est conservé.</translation>
    </message>
    <message>
        <source>Move the school database to</source>
        <translation>Déplacer la base de données de l'établissement vers</translation>
    </message>
    <message>
        <source>CampusDesk databases (*.sqlite)</source>
        <translation>Bases de données CampusDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open another school database…</source>
        <translation>&amp;Ouvrir une autre base de données d'établissement…</translation>
    </message>
    <message>
        <source>Open a school database</source>
        <translation>Ouvrir une base de données d'établissement</translation>
    </message>
    <message>
        <source>CampusDesk databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données CampusDesk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Moving never deletes anything: the old file stays where it was until you remove it yourself.</source>
        <translation>Le déplacement ne supprime jamais rien : l'ancien fichier reste à sa place jusqu'à ce que vous le supprimiez vous-même.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nom de l'établissement</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nom de l'établissement :</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>Présence minimale</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Minimum &amp;attendance:</source>
        <translation>&amp;Présence minimale :</translation>
    </message>
    <message>
        <source>Enter the server's address, for example https://campusdesk.example.org.</source>
        <translation>Saisissez l'adresse du serveur, par exemple https://campusdesk.example.org.</translation>
    </message>
    <message>
        <source>Enter the school's name.</source>
        <translation>Saisissez le nom de l'établissement.</translation>
    </message>
    <message>
        <source>Late after, in minutes</source>
        <translation>En retard après, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>New attendance sessions count a student as late when they arrive this many minutes after the start.</source>
        <translation>Les nouvelles séances comptent un étudiant en retard s'il arrive plus de ce nombre de minutes après le début.</translation>
    </message>
    <message>
        <source>&amp;Late after:</source>
        <translation>En &amp;retard après :</translation>
    </message>
    <message>
        <source>Face &amp;recognition</source>
        <translation>&amp;Reconnaissance faciale</translation>
    </message>
</context>
<context>
    <name>cd::ShippedDefaultSpinBox</name>
    <message>
        <source>Shipped default (%1)</source>
        <translation>Valeur par défaut de l'application (%1)</translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Sign in — %1 (demo school)</source>
        <translation>Connexion — %1 (établissement de démonstration)</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se &amp;souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps you signed in for 30 days. The sign-in is kept in this computer's keychain, never in a file.</source>
        <translation>Maintient votre connexion pendant 30 jours. La connexion est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sign in with your CampusDesk account.</source>
        <translation>Connectez-vous avec votre compte CampusDesk.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>This is a made-up school for trying CampusDesk. Choose a role to fill in its demo account, then sign in.</source>
        <translation>Ceci est un établissement fictif destiné à essayer CampusDesk. Choisissez un rôle pour remplir son compte de démonstration, puis connectez-vous.</translation>
    </message>
    <message>
        <source>User name %1, password %2</source>
        <translation>Nom d'utilisateur %1, mot de passe %2</translation>
    </message>
</context>
<context>
    <name>cd::StudentAccountDialog</name>
    <message>
        <source>Fees of %1</source>
        <translation>Frais de %1</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>E&amp;xonérer…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Enregistrer le reçu en P&amp;DF…</translation>
    </message>
    <message>
        <source>Select a payment in the statement</source>
        <translation>Sélectionnez un paiement dans le relevé</translation>
    </message>
    <message>
        <source>Pr&amp;int receipt…</source>
        <translation>&amp;Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Save s&amp;tatement as PDF…</source>
        <translation>Enregistrer le r&amp;elevé en PDF…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>Reçu %1.pdf</translation>
    </message>
    <message>
        <source>Save statement of account</source>
        <translation>Enregistrer le relevé de compte</translation>
    </message>
    <message>
        <source>Statement %1.pdf</source>
        <translation>Relevé %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
</context>
<context>
    <name>cd::StudentAccountView</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Date d'émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d'échéance</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Lecture du compte…</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Aucune facture pour le moment.</translation>
    </message>
    <message>
        <source>Charged %1, paid %2, waived %3; amount due %4.</source>
        <translation>Facturé %1, payé %2, exonéré %3 ; montant dû %4.</translation>
    </message>
    <message>
        <source>Last payment on %1.</source>
        <translation>Dernier paiement le %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue.</source>
        <translation>
            <numerusform>%n facture en retard.</numerusform>
            <numerusform>%n factures en retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::StudentDialog</name>
    <message>
        <source>%1 – %2</source>
        <comment>course code – title</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>pas de consentement</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d'étudiant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables légaux</translation>
    </message>
    <message>
        <source>Biometric consent</source>
        <translation>Consentement biométrique</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Nouvel étudiant</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Dossier étudiant</translation>
    </message>
    <message>
        <source>Use &amp;their values</source>
        <translation>Utiliser &amp;ses valeurs</translation>
    </message>
    <message>
        <source>Use the values the other person saved</source>
        <translation>Utiliser les valeurs enregistrées par l'autre personne</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Keep my values and replace theirs when I save</source>
        <translation>Garder mes valeurs et remplacer les siennes à l'enregistrement</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Guardians</source>
        <translation>&amp;Responsables légaux</translation>
    </message>
    <message>
        <source>E&amp;nrolments</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Photo</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>Create &amp;student</source>
        <translation>Créer l'&amp;étudiant</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <source>for example, 2025-000123</source>
        <translation>par exemple, 2025-000123</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Numéro d'étudiant :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>C&amp;onnue</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance :</translation>
    </message>
    <message>
        <source>for example, 2025</source>
        <translation>par exemple, 2025</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Pro&amp;motion :</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rogramme :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>The people to contact about the student, most important first. Each needs a name and a phone number or an email address.</source>
        <translation>Les personnes à contacter au sujet de l'étudiant, de la plus importante à la moins importante. Chacune doit avoir un nom et un numéro de téléphone ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a guardian</source>
        <translation>Ajouter un responsable légal</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected guardian</source>
        <translation>Supprimer le responsable légal sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move the guardian up</source>
        <translation>Déplacer le responsable légal vers le haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move the guardian down</source>
        <translation>Déplacer le responsable légal vers le bas</translation>
    </message>
    <message>
        <source>Courses this semester</source>
        <translation>Cours de ce semestre</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>Enrol in a course</source>
        <translation>Inscrire à un cours</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Désinscrire…</translation>
    </message>
    <message>
        <source>Drop the selected course</source>
        <translation>Désinscrire du cours sélectionné</translation>
    </message>
    <message>
        <source>Enrolments are saved as soon as you make them.</source>
        <translation>Les inscriptions sont enregistrées dès que vous les effectuez.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Choisir un fichier photo</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>The photo is kept as a JPEG of at most %1 pixels a side and saved with the record.</source>
        <translation>La photo est conservée au format JPEG, avec au plus %1 pixels de côté, et enregistrée avec le dossier.</translation>
    </message>
    <message>
        <source>With consent, the camera can recognise this student and mark their attendance. Without it, no face template is kept for them.</source>
        <translation>Avec son consentement, la caméra peut reconnaître cet étudiant et enregistrer sa présence. Sans consentement, aucun gabarit facial n'est conservé pour lui.</translation>
    </message>
    <message>
        <source>The student has &amp;consented to face recognition for attendance</source>
        <translation>L'étudiant a donné son &amp;consentement à la reconnaissance faciale pour les présences</translation>
    </message>
    <message>
        <source>Withdrawing consent deletes this student's face templates when you save. They cannot be recovered; face enrolment would have to be done again.</source>
        <translation>Le retrait du consentement supprime les gabarits faciaux de cet étudiant lors de l'enregistrement. Ils ne pourront pas être récupérés ; il faudrait enregistrer de nouveau son visage.</translation>
    </message>
    <message>
        <source>Student %1 – %2</source>
        <translation>Étudiant %1 – %2</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>Resta&amp;urer…</translation>
    </message>
    <message>
        <source>Restore the student</source>
        <translation>Restaurer l'étudiant</translation>
    </message>
    <message>
        <source>Archive the student</source>
        <translation>Archiver l'étudiant</translation>
    </message>
    <message>
        <source>Save the new student first; then you can enrol them.</source>
        <translation>Enregistrez d'abord le nouvel étudiant ; vous pourrez ensuite l'inscrire.</translation>
    </message>
    <message>
        <source>No semester has been set up yet.</source>
        <translation>Aucun semestre n'a encore été créé.</translation>
    </message>
    <message>
        <source>Not enrolled in any course of %1.</source>
        <translation>Aucune inscription aux cours de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled in %n course(s) of %1:</source>
        <translation>
            <numerusform>Inscrit à %n cours de %1 :</numerusform>
            <numerusform>Inscrit à %n cours de %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Courses of %1:</source>
        <translation>&amp;Cours de %1 :</translation>
    </message>
    <message>
        <source>Courses to enrol in</source>
        <translation>Cours auxquels inscrire l'étudiant</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Drop the course?</source>
        <translation>Désinscrire du cours ?</translation>
    </message>
    <message>
        <source>Drop %1 from %2's courses? Their attendance and marks in it are kept.</source>
        <translation>Désinscrire %2 du cours %1 ? Ses présences et ses notes dans ce cours sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Désinscrire</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>No decision has been recorded.</source>
        <translation>Aucune décision n'a été enregistrée.</translation>
    </message>
    <message>
        <source>an account that no longer exists</source>
        <translation>un compte qui n'existe plus</translation>
    </message>
    <message>
        <source>Consent recorded by %1 on %2 (saved when you save).</source>
        <translation>Consentement enregistré par %1 le %2 (pris en compte à l'enregistrement).</translation>
    </message>
    <message>
        <source>Withdrawal recorded by %1 on %2 (saved when you save).</source>
        <translation>Retrait enregistré par %1 le %2 (pris en compte à l'enregistrement).</translation>
    </message>
    <message>
        <source>Consent recorded by %1 on %2.</source>
        <translation>Consentement enregistré par %1 le %2.</translation>
    </message>
    <message>
        <source>Withdrawal recorded by %1 on %2.</source>
        <translation>Retrait enregistré par %1 le %2.</translation>
    </message>
    <message>
        <source>Archive the student?</source>
        <translation>Archiver l'étudiant ?</translation>
    </message>
    <message>
        <source>Restore the student?</source>
        <translation>Restaurer l'étudiant ?</translation>
    </message>
    <message>
        <source>Archive %1? They leave the everyday lists; their attendance, marks and fees are kept, and you can restore them later.</source>
        <translation>Archiver %1 ? L'étudiant n'apparaîtra plus dans les listes courantes ; ses présences, ses notes et ses frais sont conservés, et vous pourrez le restaurer plus tard.</translation>
    </message>
    <message>
        <source>Restore %1 to the everyday lists?</source>
        <translation>Restaurer %1 dans les listes courantes ?</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>%1 is archived: hidden from everyday lists, with everything kept.</source>
        <translation>%1 a été archivé : il n'apparaît plus dans les listes courantes, mais tout est conservé.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>%1 a été restauré.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: they saved %2; you entered %3.</source>
        <comment>field: their value; your value</comment>
        <translation>%1 : l'autre personne a enregistré %2 ; vous avez saisi %3.</translation>
    </message>
    <message>
        <source>Someone else changed this student while you were editing. Their changes are shown now, together with yours. Check the record and save again.</source>
        <translation>Quelqu'un d'autre a modifié cet étudiant pendant que vous le modifiiez. Ses modifications sont maintenant affichées avec les vôtres. Vérifiez le dossier et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Someone else saved this student while you were editing, and changed the same details as you:</source>
        <translation>Quelqu'un d'autre a enregistré cet étudiant pendant que vous le modifiiez et a modifié les mêmes informations que vous :</translation>
    </message>
    <message>
        <source>Use their values, or keep yours and save again to replace theirs. Your other changes are kept either way.</source>
        <translation>Utilisez ses valeurs, ou gardez les vôtres et enregistrez à nouveau pour remplacer les siennes. Vos autres modifications sont conservées dans les deux cas.</translation>
    </message>
    <message>
        <source>Changed by someone else to %1.</source>
        <translation>Modifié par quelqu'un d'autre : %1.</translation>
    </message>
    <message>
        <source>Their values are shown, with your other changes. Save to keep them.</source>
        <translation>Ses valeurs sont affichées, avec vos autres modifications. Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>Your values are kept. Save to replace theirs.</source>
        <translation>Vos valeurs sont conservées. Enregistrez pour remplacer les siennes.</translation>
    </message>
    <message>
        <source>Guardian %1: %2</source>
        <comment>guardian row number: problem</comment>
        <translation>Responsable légal %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Face enrolment…</source>
        <translation>Enregistrement du &amp;visage…</translation>
    </message>
    <message>
        <source>Take or import photos of the student's face for attendance by camera.</source>
        <translation>Prenez ou importez des photos du visage de l'étudiant pour l'appel par caméra.</translation>
    </message>
</context>
<context>
    <name>cd::StudentFilterBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>Pro&amp;motion :</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;ours :</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Tous les cours</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>Show archived students instead of current ones</source>
        <translation>Afficher les étudiants archivés au lieu des étudiants actuels</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>course code and title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No semester has started yet.</source>
        <translation>Aucun semestre n'a encore commencé.</translation>
    </message>
    <message>
        <source>Courses of %1</source>
        <translation>Cours de %1</translation>
    </message>
</context>
<context>
    <name>cd::StudentHistory</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>cd::StudentTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>cd::StudentsPage</name>
    <message>
        <source>Search by name, student number or email</source>
        <translation>Rechercher par nom, numéro d'étudiant ou e-mail</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Rechercher des étudiants</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>Rechercher un étudiant</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n étudiant</numerusform>
            <numerusform>%n étudiants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) found</source>
        <translation>
            <numerusform>%n étudiant trouvé</numerusform>
            <numerusform>%n étudiants trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Student actions</source>
        <translation>Actions sur les étudiants</translation>
    </message>
    <message>
        <source>&amp;New student…</source>
        <translation>&amp;Nouvel étudiant…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>Les modifications de %1 ont été enregistrées.</translation>
    </message>
    <message>
        <source>Some of the selected rows are still loading. Try again in a moment.</source>
        <translation>Certaines lignes sélectionnées sont encore en cours de chargement. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Archive students</source>
        <translation>Archiver des étudiants</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n student(s)?</source>
        <translation>
            <numerusform>Archiver %n étudiant ?</numerusform>
            <numerusform>Archiver %n étudiants ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived students are left out of everyday lists; everything about them is kept. Show archived students to restore them.</source>
        <translation>Les étudiants archivés n'apparaissent plus dans les listes courantes ; toutes leurs données sont conservées. Affichez les étudiants archivés pour les restaurer.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 a été archivé.</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>%1 a été restauré.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) archived.</source>
        <translation>
            <numerusform>%n étudiant archivé.</numerusform>
            <numerusform>%n étudiants archivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) restored.</source>
        <translation>
            <numerusform>%n étudiant restauré.</numerusform>
            <numerusform>%n étudiants restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export students</source>
        <translation>Exporter les étudiants</translation>
    </message>
    <message>
        <source>students.csv</source>
        <translation>etudiants.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) exported to %1.</source>
        <translation>
            <numerusform>%n étudiant exporté vers %1.</numerusform>
            <numerusform>%n étudiants exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived student(s)</source>
        <translation>
            <numerusform>%n étudiant archivé</numerusform>
            <numerusform>%n étudiants archivés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Face enrolment…</source>
        <translation>Enregistrement du &amp;visage…</translation>
    </message>
</context>
<context>
    <name>cd::TemplateKeychain</name>
    <message>
        <source>The keychain of this computer cannot be used, so face templates cannot be stored safely and face enrolment is turned off.</source>
        <translation>Le trousseau de cet ordinateur est inutilisable ; les gabarits faciaux ne peuvent donc pas être stockés en toute sécurité et l'enregistrement des visages est désactivé.</translation>
    </message>
    <message>
        <source>The face template key in the keychain is damaged, so face templates cannot be read. Restore the key or remove it and enrol the faces again.</source>
        <translation>La clé des gabarits faciaux du trousseau est endommagée ; les gabarits faciaux ne peuvent donc pas être lus. Restaurez la clé, ou supprimez-la et enregistrez à nouveau les visages.</translation>
    </message>
    <message>
        <source>The keychain holds no face template key (it may be locked), so the stored face templates cannot be read.</source>
        <translation>Le trousseau ne contient aucune clé de gabarits faciaux (il est peut-être verrouillé) ; les gabarits faciaux stockés ne peuvent donc pas être lus.</translation>
    </message>
    <message>
        <source>The encryption library could not start, so face templates cannot be stored.</source>
        <translation>La bibliothèque de chiffrement n'a pas pu démarrer ; les gabarits faciaux ne peuvent donc pas être stockés.</translation>
    </message>
</context>
<context>
    <name>cd::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu'à %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) since the last success or unlock.</source>
        <translation>
            <numerusform>%n échec de connexion depuis la dernière connexion réussie ou le dernier déverrouillage.</numerusform>
            <numerusform>%n échecs de connexion depuis la dernière connexion réussie ou le dernier déverrouillage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student record not found</source>
        <translation>Dossier étudiant introuvable</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>student number, then name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Dossier étudiant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cd::VideoFileFrameSource</name>
    <message>
        <source>Video file: %1</source>
        <translation>Fichier vidéo : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>School records, gradebook, fees and attendance.</source>
        <translation>Dossiers de l'établissement, carnet de notes, frais et présences.</translation>
    </message>
    <message>
        <source>Open this school database.</source>
        <translation>Ouvre cette base de données d'établissement.</translation>
    </message>
    <message>
        <source>Use this language (en, ar, fr) for this run.</source>
        <translation>Utilise cette langue (en, ar, fr) pour cette exécution.</translation>
    </message>
    <message>
        <source>Start as usual, show the first window, wait until idle, print the time taken and quit.</source>
        <translation>Démarre normalement, affiche la première fenêtre, attend la fin de l'activité, affiche le temps écoulé et quitte.</translation>
    </message>
    <message>
        <source>CampusDesk cannot open the database</source>
        <translation>CampusDesk ne peut pas ouvrir la base de données</translation>
    </message>
</context>
</TS>