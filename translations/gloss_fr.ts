<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.cpp" line="32"/>
        <source>&amp;Import Posts…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="33"/>
        <source>Add posts from text, Markdown, HTML, RSS, Atom or WordPress files</source>
        <translation>Ajouter des articles depuis des fichiers texte, Markdown, HTML, RSS, Atom ou WordPress</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="34"/>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="35"/>
        <source>Save highlights and notes as Markdown, CSV or JSON</source>
        <translation>Enregistrer les surlignages et les notes au format Markdown, CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="36"/>
        <source>Connect to &amp;Team Library…</source>
        <translation>Se connecter à une bibliothèque d’&amp;équipe…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="37"/>
        <source>Open a library your team shares on a PostgreSQL server, in a new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre une bibliothèque que votre équipe partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="38"/>
        <source>&amp;Manage Arguments…</source>
        <translation>Gérer les argu&amp;ments…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="39"/>
        <source>Create, rename, recolour, move, merge and delete the arguments of the codebook</source>
        <translation>Créer, renommer, recolorer, déplacer, fusionner et supprimer les arguments de la grille de codage</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="40"/>
        <source>Highlight &amp;Colours…</source>
        <translation>&amp;Couleurs de surlignage…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="41"/>
        <source>Say what each highlight colour means</source>
        <translation>Indiquer la signification de chaque couleur de surlignage</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="42"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="43"/>
        <source>Reader font and line width, colour scheme, language and library</source>
        <translation>Police et largeur des lignes de la zone de lecture, jeu de couleurs, langue et bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="44"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="45"/>
        <source>Quit Gloss</source>
        <translation>Quitter Gloss</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="47"/>
        <source>Undo the last change to a highlight, tag or note</source>
        <translation>Annuler la dernière modification d’un surlignage, d’une étiquette ou d’une note</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="50"/>
        <source>Redo the change last undone</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="51"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="52"/>
        <source>Highlight the selected passage</source>
        <translation>Surligner le passage sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="53"/>
        <source>&amp;Delete Highlight</source>
        <translation>Su&amp;pprimer le surlignage</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="55"/>
        <source>Delete the highlight selected in the Highlights panel</source>
        <translation>Supprimer le surlignage sélectionné dans le panneau Surlignages</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="56"/>
        <source>&amp;Filter Posts</source>
        <translation>&amp;Filtrer les articles</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="57"/>
        <source>Filter the document list by title, author or category</source>
        <translation>Filtrer la liste des articles par titre, auteur ou catégorie</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="58"/>
        <source>&amp;Search Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="60"/>
        <source>Search posts, quotes, notes and arguments</source>
        <translation>Rechercher dans les articles, les citations, les notes et les arguments</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="61"/>
        <source>&amp;Find in Post</source>
        <translation>Rechercher dans l’artic&amp;le</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="62"/>
        <source>Find words in the post being read</source>
        <translation>Rechercher des mots dans l’article en cours de lecture</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="63"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="64"/>
        <source>Go to the next match in the post</source>
        <translation>Aller à l’occurrence suivante dans l’article</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="65"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence précé&amp;dente</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="66"/>
        <source>Go to the previous match in the post</source>
        <translation>Aller à l’occurrence précédente dans l’article</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="67"/>
        <source>&amp;Next Post</source>
        <translation>Article suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="68"/>
        <source>Open the next post in the list</source>
        <translation>Ouvrir l’article suivant de la liste</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="69"/>
        <source>&amp;Previous Post</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="70"/>
        <source>Open the previous post in the list</source>
        <translation>Ouvrir l’article précédent de la liste</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="71"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="72"/>
        <source>Make the reader&apos;s text larger</source>
        <translation>Agrandir le texte de la zone de lecture</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="73"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="74"/>
        <source>Make the reader&apos;s text smaller</source>
        <translation>Réduire le texte de la zone de lecture</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="75"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="76"/>
        <source>Show the reader&apos;s text at its normal size</source>
        <translation>Afficher le texte de la zone de lecture à sa taille normale</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="77"/>
        <source>Show &amp;Document List</source>
        <translation>Afficher la l&amp;iste des articles</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="78"/>
        <source>Show or hide the list of posts</source>
        <translation>Afficher ou masquer la liste des articles</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="79"/>
        <source>Show &amp;Argument Labels</source>
        <translation>Afficher les arguments dans la &amp;marge</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="80"/>
        <source>Write each highlight&apos;s argument in the margin beside it</source>
        <translation>Écrire l’argument de chaque surlignage dans la marge, à côté de celui-ci</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="81"/>
        <source>F&amp;ull Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="82"/>
        <source>Read without distractions</source>
        <translation>Lire sans distraction</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="83"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="84"/>
        <source>List every command and its keys</source>
        <translation>Afficher toutes les commandes et leurs raccourcis</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="85"/>
        <source>&amp;About Gloss</source>
        <translation>À &amp;propos de Gloss</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="85"/>
        <source>Version and licence of Gloss</source>
        <translation>Version et licence de Gloss</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="86"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="86"/>
        <source>Version of the Qt toolkit</source>
        <translation>Version de la boîte à outils Qt</translation>
    </message>
</context>
<context>
    <name>AddHighlightCommand</name>
    <message>
        <location filename="../model/addhighlightcommand.cpp" line="10"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
</context>
<context>
    <name>AddTagCommand</name>
    <message>
        <location filename="../model/addtagcommand.cpp" line="9"/>
        <source>New Argument “%1”</source>
        <translation>Nouvel argument «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="43"/>
        <source>Group highlights</source>
        <translation>Regrouper les surlignages</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="44"/>
        <source>By argument</source>
        <translation>Par argument</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="45"/>
        <source>By post</source>
        <translation>Par article</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="48"/>
        <source>Filter highlights</source>
        <translation>Filtrer les surlignages</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="49"/>
        <source>Filter by quote, note or post</source>
        <translation>Filtrer par citation, note ou article</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="53"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="54"/>
        <source>Any stance</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="59"/>
        <source>Highlights of the library</source>
        <translation>Surlignages de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="72"/>
        <source>Posts and arguments</source>
        <translation>Articles et arguments</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="83"/>
        <source>Orphaned highlights</source>
        <translation>Surlignages orphelins</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="92"/>
        <source>These highlights lost their passage when their post changed. Open one, select its new passage in the reader, and press Re-attach in the Highlights panel.</source>
        <translation>Ces surlignages ont perdu leur passage quand leur article a changé. Ouvrez-en un, sélectionnez son nouveau passage dans la zone de lecture, puis cliquez sur «&#xa0;Rattacher&#xa0;» dans le panneau Surlignages.</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="102"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="103"/>
        <source>Posts × Arguments</source>
        <translation>Articles × arguments</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="107"/>
        <source>&amp;Group:</source>
        <translation>&amp;Regrouper&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="128"/>
        <source>Made by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="129"/>
        <source>Show only the highlights one person made</source>
        <translation>N’afficher que les surlignages d’une seule personne</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="167"/>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotationbrowser.cpp" line="191"/>
        <source>Orphaned (%n)</source>
        <translation>
            <numerusform>Orphelin (%n)</numerusform>
            <numerusform>Orphelins (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../model/annotationeditor.cpp" line="90"/>
        <location filename="../model/annotationeditor.cpp" line="117"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="91"/>
        <source>%1 changed this note while you were writing it.</source>
        <translation>%1 a modifié cette note pendant que vous l’écriviez.</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="94"/>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="117"/>
        <source>%1 changed this highlight after you did.</source>
        <translation>%1 a modifié ce surlignage après vous.</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="177"/>
        <source>Cannot undo “%1”: %2 Undoing it would overwrite that change, so it was taken off the undo list.</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2 L’annulation écraserait cette modification&#xa0;; l’étape a donc été retirée de la liste d’annulation.</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="180"/>
        <source>Cannot redo “%1”: %2 Redoing it would overwrite that change, so it was taken off the redo list.</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2 Le rétablissement écraserait cette modification&#xa0;; l’étape a donc été retirée de la liste de rétablissement.</translation>
    </message>
</context>
<context>
    <name>AnnotationTreeModel</name>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="127"/>
        <source>No argument</source>
        <translation>Sans argument</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="430"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="432"/>
        <source>%n supporting</source>
        <translation>
            <numerusform>%n soutient</numerusform>
            <numerusform>%n soutiennent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="433"/>
        <source>%n challenging</source>
        <translation>
            <numerusform>%n conteste</numerusform>
            <numerusform>%n contestent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="434"/>
        <source>%n examples</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="437"/>
        <source>%n loaded so far</source>
        <translation>
            <numerusform>%n chargé pour l’instant</numerusform>
            <numerusform>%n chargés pour l’instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="441"/>
        <source>%1: %n highlights</source>
        <translation>
            <numerusform>%1&#xa0;: %n surlignage</numerusform>
            <numerusform>%1&#xa0;: %n surlignages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="487"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="534"/>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="538"/>
        <source>Highlight in “%1”: %2</source>
        <translation>Surlignage dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="615"/>
        <source>Argument / passage</source>
        <translation>Argument / passage</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="615"/>
        <source>Post / passage</source>
        <translation>Article / passage</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="617"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="619"/>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="621"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="623"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="625"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="627"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ArgumentMatrixModel</name>
    <message>
        <location filename="../model/argumentmatrixmodel.cpp" line="131"/>
        <source>%1 / %2</source>
        <comment>supports / challenges</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../model/argumentmatrixmodel.cpp" line="134"/>
        <source>“%1” on %2:</source>
        <translation>Dans «&#xa0;%1&#xa0;», pour %2&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/argumentmatrixmodel.cpp" line="135"/>
        <source>%n passages support it</source>
        <translation>
            <numerusform>%n passage le soutient</numerusform>
            <numerusform>%n passages le soutiennent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/argumentmatrixmodel.cpp" line="136"/>
        <source>%n passages challenge it</source>
        <translation>
            <numerusform>%n passage le conteste</numerusform>
            <numerusform>%n passages le contestent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/argumentmatrixmodel.cpp" line="137"/>
        <source>%n passages are examples</source>
        <translation>
            <numerusform>%n passage en est un exemple</numerusform>
            <numerusform>%n passages en sont des exemples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArgumentMenu</name>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="34"/>
        <source>Highlight the passage as supporting “%1”</source>
        <translation>Surligner le passage comme soutenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="36"/>
        <source>Highlight the passage as challenging “%1”</source>
        <translation>Surligner le passage comme contestant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="38"/>
        <source>Highlight the passage as an example of “%1”</source>
        <translation>Surligner le passage comme exemple de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BundledLibrary</name>
    <message>
        <location filename="../model/bundledlibrary.cpp" line="54"/>
        <source>The bundled post %1 is missing from this build.</source>
        <translation>L’article fourni %1 est absent de cette compilation de Gloss.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="345"/>
        <source>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</source>
        <translation>
            <numerusform>la citation apparaît %n fois dans l’article %1&#xa0;; précisez laquelle avec --occurrence N (de 1 à %n).</numerusform>
            <numerusform>la citation apparaît %n fois dans l’article %1&#xa0;; précisez laquelle avec --occurrence N (de 1 à %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="352"/>
        <source>--occurrence %1 is out of range: the quote occurs %n time(s) in post %2.</source>
        <translation>
            <numerusform>--occurrence %1 est hors limites&#xa0;: la citation apparaît %n fois dans l’article %2.</numerusform>
            <numerusform>--occurrence %1 est hors limites&#xa0;: la citation apparaît %n fois dans l’article %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="462"/>
        <source>Gloss: read blog posts and annotate them.

Without a command, Gloss opens its window.

Commands:
</source>
        <translation>Gloss&#xa0;: lisez des articles de blog et annotez-les.

Sans commande, Gloss ouvre sa fenêtre.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="469"/>
        <source>
Run “gloss COMMAND --help” for a command’s options.</source>
        <translation>
Lancez «&#xa0;gloss COMMANDE --help&#xa0;» pour connaître les options d’une commande.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="474"/>
        <source>What to do (see above).</source>
        <translation>La commande à exécuter (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="474"/>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="477"/>
        <source>gloss: %1</source>
        <translation>gloss&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="529"/>
        <source>gloss: unknown command “%1”. Run “gloss --help” for the list of commands.</source>
        <translation>gloss&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;gloss --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="536"/>
        <source>List the posts in the library.</source>
        <translation>Lister les articles de la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="571"/>
        <source>Highlight a quote in a post and print the new highlight’s id. Nothing is written unless the post, the quote and every tag are found.</source>
        <translation>Surligner une citation dans un article et afficher l’identifiant du nouveau surlignage. Rien n’est écrit si l’article, la citation ou l’une des étiquettes est introuvable.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="591"/>
        <source>unknown colour “%1”; use #rrggbb or one of: %2.</source>
        <translation>couleur inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez #rrggbb ou l’un de ces noms&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="602"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="626"/>
        <source>Only the highlights of this post.</source>
        <translation>Uniquement les surlignages de cet article.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="261"/>
        <location filename="../model/cli.cpp" line="626"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="39"/>
        <source>List the posts in the library (id, date, title, author, categories, counts).</source>
        <translation>Lister les articles de la bibliothèque (identifiant, date, titre, auteur, catégories, décomptes).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="40"/>
        <source>Highlight a quote in a post, with tags, stance, note and colour; prints the new id.</source>
        <translation>Surligner une citation dans un article, avec étiquettes, position, note et couleur&#xa0;; affiche le nouvel identifiant.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="41"/>
        <source>List the highlights (quote, offsets, note, tags, colour), of a post or tag if asked.</source>
        <translation>Lister les surlignages (citation, décalages, note, étiquettes, couleur), éventuellement d’un seul article ou d’une seule étiquette.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="42"/>
        <source>List the codebook, parents before children, with each tag’s highlight count.</source>
        <translation>Lister la grille de codage, parents avant enfants, avec le nombre de surlignages de chaque étiquette.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="43"/>
        <source>Search posts and highlights; prints the best matches with a snippet.</source>
        <translation>Rechercher dans les articles et les surlignages&#xa0;; affiche les meilleurs résultats avec un extrait.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="44"/>
        <source>Export highlights and notes as Markdown, CSV or W3C Web Annotation JSON.</source>
        <translation>Exporter les surlignages et les notes en Markdown, CSV ou JSON W3C Web Annotation.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="45"/>
        <source>Import posts from text, Markdown, HTML, RSS, Atom or WordPress files and folders.</source>
        <translation>Importer des articles depuis des fichiers et dossiers texte, Markdown, HTML, RSS, Atom ou WordPress.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="46"/>
        <source>Restore highlights from a W3C Web Annotation JSON export.</source>
        <translation>Restaurer des surlignages depuis une exportation JSON W3C Web Annotation.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="47"/>
        <source>Copy a whole library between a file and a team library, verified and resumable.</source>
        <translation>Copier une bibliothèque entière entre un fichier et une bibliothèque d’équipe, vérifiée et reprenable.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="53"/>
        <source>Use the library at &lt;path&gt; instead of the default one.</source>
        <translation>Utiliser la bibliothèque située à &lt;chemin&gt; au lieu de celle par défaut.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="60"/>
        <source>Use the team library at &lt;url&gt; (postgresql://user@host:port/database; the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Utiliser la bibliothèque d’équipe à l’adresse &lt;url&gt; (postgresql://utilisateur@hôte:port/base ; le mot de passe vient de PGPASSWORD ou de ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="62"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="133"/>
        <source>Usage: gloss %1 [options]</source>
        <translation>Utilisation&#xa0;: gloss %1 [options]</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="138"/>
        <source>tsv or json</source>
        <translation>tsv ou json</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="144"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="151"/>
        <source>gloss %1: %2</source>
        <translation>gloss %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="164"/>
        <source>this command needs --%1 with a value.</source>
        <translation>cette commande nécessite --%1 avec une valeur.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="181"/>
        <source>--%1 wants a whole number from 1 up, not “%2”.</source>
        <translation>--%1 attend un nombre entier à partir de 1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="193"/>
        <source>unknown %1 “%2”; use %3.</source>
        <translation>valeur inconnue pour --%1&#xa0;: «&#xa0;%2&#xa0;»&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="243"/>
        <source>Output format: tsv (default) or json.</source>
        <translation>Format de sortie&#xa0;: tsv (par défaut) ou json.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="243"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="260"/>
        <source>The post to highlight in (its id, as “gloss list” shows).</source>
        <translation>L’article dans lequel surligner (son identifiant, tel qu’affiché par «&#xa0;gloss list&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="262"/>
        <source>The exact text to highlight.</source>
        <translation>Le texte exact à surligner.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="262"/>
        <location filename="../model/cli.cpp" line="273"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="264"/>
        <source>Which occurrence of the quote to highlight, from 1, when it occurs more than once.</source>
        <translation>L’occurrence de la citation à surligner, à partir de 1, quand elle apparaît plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="265"/>
        <location filename="../model/cli.cpp" line="753"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="267"/>
        <source>Tag it with the codebook tag at &lt;path&gt; (“Parent/Child”, any case); repeat for more tags.</source>
        <translation>L’étiqueter avec l’étiquette de la grille de codage située à &lt;chemin&gt; («&#xa0;Parent/Enfant&#xa0;», casse indifférente)&#xa0;; répétez l’option pour ajouter d’autres étiquettes.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="271"/>
        <source>How it bears on its tags: supports (default), challenges or example.</source>
        <translation>Sa position vis-à-vis de ses étiquettes&#xa0;: supports (par défaut), challenges ou example.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="272"/>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="273"/>
        <source>A note on it (Markdown).</source>
        <translation>Une note à son sujet (Markdown).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="275"/>
        <source>Its colour: #rrggbb or a highlight colour’s name such as yellow (default: its first tag’s).</source>
        <translation>Sa couleur&#xa0;: #rrggbb ou le nom d’une couleur de surlignage, comme yellow (par défaut&#xa0;: celle de sa première étiquette).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="276"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="277"/>
        <source>background (default), underline or strikethrough.</source>
        <translation>background (par défaut), underline ou strikethrough.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="278"/>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="302"/>
        <source>supports, challenges or example</source>
        <translation>supports, challenges ou example</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="304"/>
        <source>background, underline or strikethrough</source>
        <translation>background, underline ou strikethrough</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="342"/>
        <source>the quote is not in post %1.</source>
        <translation>la citation ne figure pas dans l’article %1.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="367"/>
        <source>there is no tag “%1” in the codebook (“gloss tags” lists them).</source>
        <translation>il n’y a pas d’étiquette «&#xa0;%1&#xa0;» dans la grille de codage («&#xa0;gloss tags&#xa0;» les liste).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="495"/>
        <source>gloss: --database and --server name two libraries; use one of them.</source>
        <translation>gloss : --database et --server désignent deux bibliothèques ; n’en utilisez qu’une.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="622"/>
        <source>List the highlights: id, post, post title, offsets, orphaned, quote, note, tags with their stance, colour (its own, else its first tag’s), style, created and modified (UTC), who made it and who changed it last.</source>
        <translation>Lister les surlignages&#xa0;: identifiant, article, titre de l’article, positions, orphelin, citation, note, étiquettes avec leur position, couleur (la sienne, sinon celle de sa première étiquette), style, création et modification (UTC), qui l’a créé et qui l’a modifié en dernier.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="627"/>
        <source>Only highlights tagged with &lt;path&gt; or a tag below it.</source>
        <translation>Uniquement les surlignages étiquetés avec &lt;chemin&gt; ou une étiquette située en dessous.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="629"/>
        <source>Only the highlights &lt;name&gt; made.</source>
        <translation>Seulement les surlignages créés par &lt;nom&gt;.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="629"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="742"/>
        <source>Search the posts (title, author, text, comments) and the highlights (quote, note, tag names). Prints matching posts, best first, then matching highlights: post id, highlight id (0 for a post), kind (post or highlight), score (higher is better), post title and a snippet with the matched words between ** and **. JSON adds a highlight’s start and end offsets.

Query: words (all must match), &quot;exact phrase&quot;, prefix*, -exclude, and the fields title:, author:, tag:, note:, stance: (supports, challenges or example). Case and accents do not matter. Put the query in single quotes to keep its quotation marks, and after -- when it excludes words: gloss search -- &apos;marketing -&quot;customer service&quot;&apos;.</source>
        <translation>Rechercher dans les articles (titre, auteur, texte, commentaires) et dans les surlignages (citation, note, noms d’étiquettes). Affiche les articles correspondants, les meilleurs d’abord, puis les surlignages correspondants&#xa0;: identifiant de l’article, identifiant du surlignage (0 pour un article), type (post ou highlight), score (plus il est élevé, meilleur est le résultat), titre de l’article et un extrait où les mots trouvés sont placés entre ** et **. Le JSON ajoute les décalages de début et de fin des surlignages.

Requête&#xa0;: des mots (tous doivent correspondre), &quot;expression exacte&quot;, préfixe*, -exclusion, et les champs title:, author:, tag:, note:, stance: (supports, challenges ou example). La casse et les accents sont ignorés. Mettez la requête entre apostrophes (&apos;) pour conserver ses guillemets, et placez-la après -- si elle exclut des mots&#xa0;: gloss search -- &apos;marketing -&quot;customer service&quot;&apos;.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="752"/>
        <source>At most &lt;n&gt; posts and &lt;n&gt; highlights (default 20).</source>
        <translation>Au plus &lt;n&gt; articles et &lt;n&gt; surlignages (20 par défaut).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="756"/>
        <source>What to look for; several arguments are joined by spaces.</source>
        <translation>Ce qu’il faut chercher&#xa0;; plusieurs arguments sont joints par des espaces.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="757"/>
        <source>query…</source>
        <translation>requête…</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="768"/>
        <source>say what to search for, e.g. gloss search receptionist.</source>
        <translation>indiquez ce qu’il faut chercher, par exemple&#xa0;: gloss search receptionist.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="54"/>
        <location filename="../model/cli.cpp" line="269"/>
        <location filename="../model/cli.cpp" line="628"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="705"/>
        <source>List the codebook depth-first (parents before children, siblings in order): id, parent id (0 at the top level), path (“Parent/Child”), colour, description and the number of highlights tagged with it. JSON is a flat array of such objects; rebuild the tree from “parent”.</source>
        <translation>Lister la grille de codage en profondeur d’abord (parents avant enfants, étiquettes sœurs dans l’ordre)&#xa0;: identifiant, identifiant du parent (0 au premier niveau), chemin («&#xa0;Parent/Enfant&#xa0;»), couleur, description et nombre de surlignages portant cette étiquette. Le JSON est un tableau plat de ces objets&#xa0;; reconstruisez l’arborescence à partir de «&#xa0;parent&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../model/codebookeditor.cpp" line="22"/>
        <source>The argument no longer exists.</source>
        <translation>L’argument n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="38"/>
        <source>An argument needs a name.</source>
        <translation>Un argument doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="40"/>
        <source>“%1” contains “/”, which separates the levels of an argument’s path. Choose a name without it.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;», qui sépare les niveaux du chemin d’un argument. Choisissez un nom sans ce caractère.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="49"/>
        <source>“%1” already has a sub-argument named “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà un sous-argument nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="50"/>
        <source>There already is a top-level argument named “%1”.</source>
        <translation>Il existe déjà un argument de premier niveau nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="94"/>
        <source>Rename Argument “%1”</source>
        <translation>Renommer l’argument «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="100"/>
        <source>Choose a colour for the argument.</source>
        <translation>Choisissez une couleur pour l’argument.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="109"/>
        <source>Change Colour of “%1”</source>
        <translation>Changer la couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="133"/>
        <source>“%1” cannot be moved into itself or one of its own sub-arguments.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être déplacé dans lui-même ni dans l’un de ses sous-arguments.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="143"/>
        <source>Move Argument “%1”</source>
        <translation>Déplacer l’argument «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="158"/>
        <source>An argument cannot be merged into itself.</source>
        <translation>Un argument ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="160"/>
        <source>“%1” cannot be merged into one of its own sub-arguments.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné dans l’un de ses propres sous-arguments.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="165"/>
        <source>“%1” already has a sub-argument named “%2”. Rename one of them before merging.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà un sous-argument nommé «&#xa0;%2&#xa0;». Renommez l’un des deux avant la fusion.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="172"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="186"/>
        <source>“%1” is a top-level argument: there is no parent to tag its highlights with.</source>
        <translation>«&#xa0;%1&#xa0;» est un argument de premier niveau&#xa0;: il n’a pas de parent auquel rattacher ses surlignages.</translation>
    </message>
</context>
<context>
    <name>ColourMeaningsDialog</name>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="21"/>
        <source>Highlight Colours</source>
        <translation>Couleurs de surlignage</translation>
    </message>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="27"/>
        <source>Meaning of %1</source>
        <translation>Signification de %1</translation>
    </message>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="28"/>
        <source>What this colour marks</source>
        <translation>Ce que signale cette couleur</translation>
    </message>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="49"/>
        <source>Give each colour a meaning; menus show it beside the colour.</source>
        <translation>Donnez une signification à chaque couleur&#xa0;; les menus l’affichent à côté de la couleur.</translation>
    </message>
</context>
<context>
    <name>ColourMenu</name>
    <message>
        <location filename="../ui/colourmenu.cpp" line="19"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/colourmenu.cpp" line="21"/>
        <source>Colour the highlight %1</source>
        <translation>Donner au surlignage la couleur %1</translation>
    </message>
    <message>
        <location filename="../ui/colourmenu.cpp" line="27"/>
        <source>Colour of the First Argument</source>
        <translation>Couleur du premier argument</translation>
    </message>
    <message>
        <location filename="../ui/colourmenu.cpp" line="28"/>
        <source>Let the highlight take the colour of its first argument</source>
        <translation>Donner au surlignage la couleur de son premier argument</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="22"/>
        <source>Connect to Team Library</source>
        <translation>Se connecter à une bibliothèque d’équipe</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="29"/>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Vide&#xa0;: depuis PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="34"/>
        <source>A team library lives on a PostgreSQL server that your team shares. Gloss opens it in a new window. The password is not saved.</source>
        <translation>Une bibliothèque d’équipe se trouve sur un serveur PostgreSQL que votre équipe partage. Gloss l’ouvre dans une nouvelle fenêtre. Le mot de passe n’est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../model/copycommand.cpp" line="108"/>
        <location filename="../model/copycommand.cpp" line="177"/>
        <source>gloss copy: %1</source>
        <translation>gloss copy&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="114"/>
        <source>Copy a whole library, posts, codebook, highlights and notes, from a library file to a team library or back. The target must be empty (a new file, or an empty database on the server). Every table is compared after the copy. An interrupted copy continues where it stopped when the same command is run again.</source>
        <translation>Copier une bibliothèque entière (articles, grille de codage, surlignages et notes) d’un fichier de bibliothèque vers une bibliothèque d’équipe, ou l’inverse. La cible doit être vide (un nouveau fichier, ou une base de données vide sur le serveur). Chaque table est comparée après la copie. Une copie interrompue reprend là où elle s’est arrêtée quand la même commande est relancée.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="119"/>
        <source>Copy the library at &lt;where&gt;: a file or a postgresql:// URL.</source>
        <translation>Copier la bibliothèque située à &lt;emplacement&gt;&#xa0;: un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="120"/>
        <location filename="../model/copycommand.cpp" line="122"/>
        <source>where</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="121"/>
        <source>Into the library at &lt;where&gt;: a file or a postgresql:// URL.</source>
        <translation>Vers la bibliothèque située à &lt;emplacement&gt;&#xa0;: un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="123"/>
        <source>Summary format: tsv (default) or json.</source>
        <translation>Format du résumé&#xa0;: tsv (par défaut) ou json.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="123"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="125"/>
        <source>Rows per transaction (default 500).</source>
        <translation>Lignes par transaction (500 par défaut).</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="126"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="136"/>
        <source>Usage: gloss copy --from WHERE --to WHERE [options]</source>
        <translation>Usage&#xa0;: gloss copy --from EMPLACEMENT --to EMPLACEMENT [options]</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="142"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="145"/>
        <source>this command needs --%1 with a file or a postgresql:// URL.</source>
        <translation>cette commande demande --%1 avec un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="150"/>
        <source>unknown format “%1”; use tsv or json.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez tsv ou json.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="154"/>
        <source>--batch-size wants a number of rows from 1 to 100000, not “%1”.</source>
        <translation>--batch-size attend un nombre de lignes de 1 à 100000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="169"/>
        <source>copying %1: %2 of %3 rows</source>
        <translation>copie de %1&#xa0;: %2 lignes sur %3</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="170"/>
        <source>verifying %1: %2 of %3 rows</source>
        <translation>vérification de %1&#xa0;: %2 lignes sur %3</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="195"/>
        <source>interrupted: %1 holds part of the copy (%2 rows written now). Run the same command again to continue it.</source>
        <translation>interrompu&#xa0;: %1 contient une partie de la copie (%2 lignes écrites cette fois). Relancez la même commande pour la poursuivre.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="202"/>
        <source>gloss copy: %1 already was a complete copy of %2; compared again, it matches.</source>
        <translation>gloss copy&#xa0;: %1 était déjà une copie complète de %2&#xa0;; comparée à nouveau, elle correspond.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="206"/>
        <source>gloss copy: continued the copy of %1 into %2 (%3 more rows); every table matches.</source>
        <translation>gloss copy&#xa0;: copie de %1 vers %2 poursuivie (%3 lignes de plus)&#xa0;; chaque table correspond.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="208"/>
        <source>gloss copy: copied %1 into %2 (%3 rows); every table matches.</source>
        <translation>gloss copy&#xa0;: %1 copiée vers %2 (%3 lignes)&#xa0;; chaque table correspond.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../model/database.cpp" line="224"/>
        <location filename="../model/database.cpp" line="310"/>
        <source>%1: the database reported “%2”.</source>
        <translation>%1&#xa0;: la base de données a signalé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="334"/>
        <source>“%1” is a folder, not a Gloss library.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une bibliothèque Gloss.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="337"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="341"/>
        <source>“%1” is not a Gloss library (it is not an SQLite database). It was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque Gloss (ce n’est pas une base de données SQLite). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="351"/>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="392"/>
        <location filename="../model/database.cpp" line="416"/>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite pour Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="418"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="435"/>
        <source>Cannot prepare “%1”</source>
        <translation>Impossible de préparer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="162"/>
        <source>“%1” is damaged or not a database (%2). It was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou n’est pas une base de données (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="104"/>
        <source>Cannot read “%1” now (%2). Try again.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» pour le moment (%2). Réessayez.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="161"/>
        <source>“%1” is damaged or not a complete database. It was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou n’est pas une base de données complète. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="164"/>
        <source>A copy taken before its last update is at “%1”.</source>
        <translation>Une copie réalisée avant sa dernière mise à jour est enregistrée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="291"/>
        <source>%1: there is no space left for the library. Nothing of this change was saved; free some disk space and try again.</source>
        <translation>%1&#xa0;: il n’y a plus d’espace disque pour la bibliothèque. Aucune partie de cette modification n’a été enregistrée&#xa0;; libérez de l’espace disque et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="206"/>
        <location filename="../model/database.cpp" line="295"/>
        <source>%1: the library is read-only, so nothing of this change was saved.</source>
        <translation>%1&#xa0;: la bibliothèque est en lecture seule&#xa0;; cette modification n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="201"/>
        <source>%1: the team library&apos;s server cannot be reached (%2). Nothing of this change was saved; check the connection and try again.</source>
        <translation>%1 : le serveur de la bibliothèque d’équipe est injoignable (%2). Rien de cette modification n’a été enregistré ; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="210"/>
        <source>%1: your account may not change the team library, so nothing of this change was saved.</source>
        <translation>%1 : votre compte n’a pas le droit de modifier la bibliothèque d’équipe ; rien de cette modification n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="215"/>
        <source>%1: the team library&apos;s server has no space left. Nothing of this change was saved.</source>
        <translation>%1 : le serveur de la bibliothèque d’équipe n’a plus d’espace libre. Rien de cette modification n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="220"/>
        <source>%1: a teammate&apos;s change was being saved at the same moment. Nothing of this change was saved; try again.</source>
        <translation>%1 : la modification d’un membre de l’équipe était enregistrée au même moment. Rien de cette modification n’a été enregistré ; réessayez.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="282"/>
        <source>%1: the connection to the library is closed. Nothing of this change was saved; open the library again.</source>
        <translation>%1&#xa0;: la connexion à la bibliothèque est fermée. Rien de cette modification n’a été enregistré&#xa0;; rouvrez la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="299"/>
        <source>%1: the library is in use by another program (or another Gloss) and stayed busy. Nothing of this change was saved; try again.</source>
        <translation>%1&#xa0;: la bibliothèque est utilisée par un autre programme (ou une autre instance de Gloss) et est restée occupée. Aucune partie de cette modification n’a été enregistrée&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="305"/>
        <source>%1: the library is damaged (the database reported “%2”).</source>
        <translation>%1&#xa0;: la bibliothèque est endommagée (la base de données a signalé «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="360"/>
        <source>“%1” is read-only: you can read and search it, but highlights, notes and tags cannot be changed or added. To change it, make the file writable and open it again.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;: vous pouvez lire son contenu et y faire des recherches, mais les surlignages, les notes et les étiquettes ne peuvent être ni modifiés ni ajoutés. Pour pouvoir le modifier, rendez le fichier accessible en écriture et rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="365"/>
        <source>“%1” is in a folder that cannot be written (“%2”), so it opens read-only: you can read and search it, but not change it.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve dans un dossier non accessible en écriture («&#xa0;%2&#xa0;»)&#xa0;; il est donc ouvert en lecture seule&#xa0;: vous pouvez lire son contenu et y faire des recherches, mais pas le modifier.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="370"/>
        <source>Cannot create a library in “%1”: the folder cannot be written.</source>
        <translation>Impossible de créer une bibliothèque dans «&#xa0;%1&#xa0;»&#xa0;: le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="373"/>
        <source>“%1” was opened read-only: it cannot be changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été ouvert en lecture seule&#xa0;: il ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="376"/>
        <source>“%1” is empty and cannot be written: there is no library to read.</source>
        <translation>«&#xa0;%1&#xa0;» est vide et n’est pas accessible en écriture&#xa0;: il n’y a aucune bibliothèque à lire.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="442"/>
        <source>“%1” is read-only and was written by an older Gloss: it needs updating to library format %2 before this version can read it. Make it writable, or open a copy. It was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule et a été écrit par une version plus ancienne de Gloss&#xa0;: il doit être mis à jour au format de bibliothèque %2 pour que cette version puisse le lire. Rendez-le accessible en écriture ou ouvrez-en une copie. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="475"/>
        <source>“%1” is another program’s SQLite database, not a Gloss library. It was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données SQLite d’un autre programme, pas une bibliothèque Gloss. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="482"/>
        <source>“%1” was written by a newer version of Gloss (library format %2; this version reads up to %3). Update Gloss to open it. The file was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Gloss (format de bibliothèque %2&#xa0;; cette version lit jusqu’au format %3). Mettez Gloss à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="527"/>
        <source>Before updating “%1” to a new library format, Gloss copies it to “%2”, and that failed: %3 The library was left unchanged.</source>
        <translation>Avant de mettre à jour «&#xa0;%1&#xa0;» vers un nouveau format de bibliothèque, Gloss en fait une copie dans «&#xa0;%2&#xa0;», et cette copie a échoué&#xa0;: %3 La bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="537"/>
        <source>Copying</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="539"/>
        <source>the copy could not be written to the disk.</source>
        <translation>la copie n’a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="544"/>
        <location filename="../model/database.cpp" line="546"/>
        <source>the copy did not read back intact.</source>
        <translation>la copie relue n’est pas intacte.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="550"/>
        <source>the copy could not be renamed.</source>
        <translation>la copie n’a pas pu être renommée.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="575"/>
        <source>Schema file %1 is missing from this build.</source>
        <translation>Le fichier de schéma %1 est absent de cette compilation de Gloss.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="582"/>
        <source>Updating the library to format %1 failed</source>
        <translation>La mise à jour de la bibliothèque au format %1 a échoué</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="649"/>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="678"/>
        <source>No transaction to commit.</source>
        <translation>Aucune transaction à valider.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="688"/>
        <location filename="../model/database.cpp" line="703"/>
        <source>Saving failed</source>
        <translation>L’enregistrement a échoué</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="50"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL pour Qt (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="54"/>
        <source>Cannot connect to the team library %1: %2</source>
        <translation>Impossible de se connecter à la bibliothèque d’équipe %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="59"/>
        <location filename="../model/databaseserver.cpp" line="62"/>
        <source>Cannot prepare the connection to %1</source>
        <translation>Impossible de préparer la connexion à %1</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="70"/>
        <source>Cannot read the format of the team library %1.</source>
        <translation>Impossible de lire le format de la bibliothèque d’équipe %1.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="73"/>
        <source>The team library %1 was written by a newer Gloss (library format %2; this version knows up to %3). Update Gloss to open it. It was left unchanged.</source>
        <translation>La bibliothèque d’équipe %1 a été écrite par un Gloss plus récent (format %2 ; cette version connaît jusqu’au format %3). Mettez Gloss à jour pour l’ouvrir. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="81"/>
        <source>The team library %1 was opened read-only: it cannot be changed.</source>
        <translation>La bibliothèque d’équipe %1 a été ouverte en lecture seule : elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="86"/>
        <source>The team library %1 needs updating to library format %2, and it was opened read-only. It was left unchanged.</source>
        <translation>La bibliothèque d’équipe %1 doit être mise à jour au format %2, mais elle a été ouverte en lecture seule. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="103"/>
        <source>Cannot inspect the team library %1</source>
        <translation>Impossible d’examiner la bibliothèque d’équipe %1</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="120"/>
        <source>The database %1 holds tables of another program. Gloss makes a team library only in an empty database, or opens one it made. It was left unchanged.</source>
        <translation>La base %1 contient les tables d’un autre programme. Gloss ne crée une bibliothèque d’équipe que dans une base vide, ou ouvre une bibliothèque qu’il a créée. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="138"/>
        <source>Your account may read the team library %1 but not change it: you can read it and export its notes, but highlights, notes and tags cannot be added or changed. Ask whoever runs the server for write access.</source>
        <translation>Votre compte peut lire la bibliothèque d’équipe %1 mais pas la modifier : vous pouvez la lire et exporter ses notes, mais pas ajouter ni modifier de surlignages, de notes ou d’étiquettes. Demandez les droits d’écriture à la personne qui gère le serveur.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="20"/>
        <source>Cannot Open the Library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="33"/>
        <source>You can open another library, or start a fresh one in a new file. The file above is not changed either way.</source>
        <translation>Vous pouvez ouvrir une autre bibliothèque ou en créer une nouvelle dans un nouveau fichier. Dans les deux cas, le fichier ci-dessus n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="43"/>
        <source>&amp;Open Another…</source>
        <translation>&amp;Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="45"/>
        <source>&amp;Start a Fresh Library…</source>
        <translation>&amp;Créer une nouvelle bibliothèque…</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="66"/>
        <source>Gloss libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliothèques Gloss (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="68"/>
        <source>Open a Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="70"/>
        <source>Start a Fresh Library</source>
        <translation>Créer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="99"/>
        <source>That is the library that cannot be opened. Choose another file.</source>
        <translation>C’est justement la bibliothèque qui ne peut pas être ouverte. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="115"/>
        <source>“%1” already exists. A fresh library needs a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Une nouvelle bibliothèque nécessite un nouveau nom de fichier.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../model/exportcommand.cpp" line="80"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="35"/>
        <location filename="../model/exportcommand.cpp" line="53"/>
        <location filename="../model/exportcommand.cpp" line="65"/>
        <location filename="../model/exportcommand.cpp" line="174"/>
        <source>gloss %1: %2</source>
        <translation>gloss %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="40"/>
        <source>Usage: gloss %1 [options]</source>
        <translation>Utilisation&#xa0;: gloss %1 [options]</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="70"/>
        <source>Export highlights and notes as Markdown, CSV or Web Annotation JSON.</source>
        <translation>Exporter les surlignages et les notes en Markdown, CSV ou JSON Web Annotation.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="73"/>
        <source>markdown (default), csv or json.</source>
        <translation>markdown (par défaut), csv ou json.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="73"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="75"/>
        <source>Markdown: arrange by post (default) or by argument.</source>
        <translation>Markdown&#xa0;: regrouper par article (post, par défaut) ou par argument (argument).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="75"/>
        <source>arrangement</source>
        <translation>regroupement</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="77"/>
        <source>Export this post (its id, as “gloss list” shows); repeat for more.</source>
        <translation>Exporter cet article (son identifiant, tel qu’affiché par «&#xa0;gloss list&#xa0;»)&#xa0;; répétez l’option pour d’autres articles.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="78"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="79"/>
        <source>Export the highlights of this argument and those below it (“Parent/Child”).</source>
        <translation>Exporter les surlignages de cet argument et de ceux situés en dessous («&#xa0;Parent/Enfant&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="81"/>
        <source>Markdown: lay out with this template file.</source>
        <translation>Markdown&#xa0;: mettre en page avec ce fichier modèle.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="82"/>
        <location filename="../model/exportcommand.cpp" line="85"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="83"/>
        <source>CSV: start with a UTF-8 byte order mark (for some spreadsheet programs).</source>
        <translation>CSV&#xa0;: commencer par un indicateur d’ordre des octets UTF-8 (pour certains tableurs).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="84"/>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>Écrire dans &lt;fichier&gt; au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="86"/>
        <source>Name who made and last changed each highlight.</source>
        <translation>Nommer qui a créé et modifié en dernier chaque surlignage.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="92"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="95"/>
        <source>unknown format “%1”; use markdown, csv or json.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez markdown, csv ou json.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="101"/>
        <source>unknown arrangement “%1”; use post or argument.</source>
        <translation>regroupement inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez post ou argument.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="103"/>
        <source>--template and --by apply to --format markdown only.</source>
        <translation>--template et --by ne s’appliquent qu’avec --format markdown.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="105"/>
        <source>use either --post or --tag, not both.</source>
        <translation>utilisez --post ou --tag, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="111"/>
        <source>--post wants a whole number from 1 up, not “%1”.</source>
        <translation>--post attend un nombre entier à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="115"/>
        <source>-o wants a file name.</source>
        <translation>-o attend un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="120"/>
        <source>there is no template file “%1”.</source>
        <translation>il n’y a pas de fichier modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="131"/>
        <source>there is no post %1 (“gloss list” shows them).</source>
        <translation>il n’y a pas d’article %1 («&#xa0;gloss list&#xa0;» les affiche).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="140"/>
        <source>there is no tag “%1” in the codebook (“gloss tags” lists them).</source>
        <translation>il n’y a pas d’étiquette «&#xa0;%1&#xa0;» dans la grille de codage («&#xa0;gloss tags&#xa0;» les liste).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="165"/>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="179"/>
        <source>Restore highlights from Web Annotation JSON (as “gloss export --format json” writes it).</source>
        <translation>Restaurer des surlignages depuis du JSON Web Annotation (tel que l’écrit «&#xa0;gloss export --format json&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="182"/>
        <source>The JSON file to import.</source>
        <translation>Le fichier JSON à importer.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="182"/>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="187"/>
        <source>give exactly one JSON file to import.</source>
        <translation>indiquez exactement un fichier JSON à importer.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="197"/>
        <source>restored: %1</source>
        <translation>restaurés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="198"/>
        <source>orphaned: %1</source>
        <translation>orphelins&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="199"/>
        <source>already present: %1</source>
        <translation>déjà présents&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="200"/>
        <source>tags created: %1</source>
        <translation>étiquettes créées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="203"/>
        <source>refused: %1</source>
        <translation>refusés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="59"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="60"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="61"/>
        <source>Start with a byte order mark (for spreadsheet programs that need one)</source>
        <translation>Commencer par un indicateur d’ordre des octets (pour les tableurs qui en ont besoin)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="62"/>
        <source>Name who made each &amp;highlight</source>
        <translation>Nommer qui a créé chaque &amp;surlignage</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="67"/>
        <location filename="../ui/exportdialog.cpp" line="284"/>
        <location filename="../ui/exportdialog.cpp" line="289"/>
        <location filename="../ui/exportdialog.cpp" line="296"/>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="71"/>
        <source>Markdown (Obsidian, Logseq)</source>
        <translation>Markdown (Obsidian, Logseq)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="72"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="73"/>
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON (W3C Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>Current post</source>
        <translation>Article actuel</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="77"/>
        <source>All posts</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="78"/>
        <source>One argument and those below it</source>
        <translation>Un argument et ceux situés en dessous</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="82"/>
        <source>By post</source>
        <translation>Par article</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="83"/>
        <source>By argument (argument brief)</source>
        <translation>Par argument (dossier argumentaire)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="86"/>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="103"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="104"/>
        <source>A&amp;rgument:</source>
        <translation>A&amp;rgument&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="105"/>
        <source>&amp;Arrangement:</source>
        <translation>Re&amp;groupement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="106"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="111"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="113"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="122"/>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="235"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="274"/>
        <source>Choose a Markdown Template</source>
        <translation>Choisir un modèle Markdown</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="275"/>
        <source>Markdown templates (*.md *.txt);;All files (*)</source>
        <translation>Modèles Markdown (*.md *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="285"/>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Fichiers %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <location filename="../model/exportdocument.cpp" line="130"/>
        <source>There is no argument with id %1.</source>
        <translation>Il n’y a pas d’argument avec l’identifiant %1.</translation>
    </message>
    <message>
        <location filename="../model/exportdocument.cpp" line="175"/>
        <source>Gloss notes</source>
        <translation>Notes Gloss</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/exporter.cpp" line="29"/>
        <source>Unknown export format “%1”; use %2.</source>
        <translation>Format d’exportation inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <location filename="../model/feedparser.cpp" line="93"/>
        <source>The feed declares entities of its own in its document type; Gloss does not read such files.</source>
        <translation>Le flux déclare ses propres entités dans sa définition de type de document&#xa0;; Gloss ne lit pas ce genre de fichier.</translation>
    </message>
    <message>
        <location filename="../model/feedparser.cpp" line="110"/>
        <source>This XML file is not an RSS or Atom feed (its root element is &lt;%1&gt;).</source>
        <translation>Ce fichier XML n’est pas un flux RSS ou Atom (son élément racine est &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../model/feedparser.cpp" line="127"/>
        <source>The feed is not well-formed XML (line %1, column %2: %3).</source>
        <translation>Le flux n’est pas un document XML bien formé (ligne %1, colonne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <location filename="../model/feedparser.cpp" line="133"/>
        <source>The feed ends before it is complete.</source>
        <translation>Le flux s’interrompt avant la fin.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="93"/>
        <source>Find in post</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="98"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="103"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="101"/>
        <source>Previous match (%1)</source>
        <translation>Occurrence précédente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="105"/>
        <source>Next match (%1)</source>
        <translation>Occurrence suivante (%1)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="108"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="109"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="261"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findbar.cpp" line="263"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="135"/>
        <location filename="../model/highlightlistmodel.cpp" line="156"/>
        <source>Orphaned: the passage is no longer in the post</source>
        <translation>Orphelin&#xa0;: le passage ne figure plus dans l’article</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="141"/>
        <source>Highlighted by %1</source>
        <translation>Surligné par %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="143"/>
        <source>Last changed by %1</source>
        <translation>Modifié en dernier par %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="147"/>
        <source>Highlight: %1</source>
        <translation>Surlignage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="152"/>
        <source>No arguments</source>
        <translation>Aucun argument</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="152"/>
        <source>Arguments: %1</source>
        <translation>Arguments&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="154"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HighlightPanel</name>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="38"/>
        <source>Tag as Argument</source>
        <translation>Étiqueter comme argument</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="41"/>
        <location filename="../ui/highlightpanel.cpp" line="89"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="43"/>
        <location filename="../ui/highlightpanel.cpp" line="93"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="48"/>
        <source>Highlights of this post</source>
        <translation>Surlignages de cet article</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="52"/>
        <source>Show highlights of argument</source>
        <translation>Afficher les surlignages de l’argument</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="53"/>
        <source>Show only the highlights tagged with an argument or one below it</source>
        <translation>N’afficher que les surlignages étiquetés avec un argument ou l’un de ses sous-arguments</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="60"/>
        <source>Show highlights made by</source>
        <translation>Afficher les surlignages de</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="61"/>
        <source>Show only the highlights one person made</source>
        <translation>N’afficher que les surlignages d’une seule personne</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="75"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="76"/>
        <source>Note on the selected highlight (Markdown)</source>
        <translation>Note sur le surlignage sélectionné (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="80"/>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="81"/>
        <source>Tag the selected highlight as an argument</source>
        <translation>Étiqueter le surlignage sélectionné comme argument</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="84"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="86"/>
        <source>Delete the selected highlight (%1)</source>
        <translation>Supprimer le surlignage sélectionné (%1)</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="90"/>
        <source>Colour of the selected highlight</source>
        <translation>Couleur du surlignage sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="94"/>
        <source>How the selected highlight is drawn</source>
        <translation>Apparence du surlignage sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="98"/>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="99"/>
        <source>Underline</source>
        <translation>Soulignement</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="100"/>
        <source>Strike-Through</source>
        <translation>Barré</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="111"/>
        <source>Re-attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="112"/>
        <source>Attach this orphaned highlight to the passage selected in the reader</source>
        <translation>Rattacher ce surlignage orphelin au passage sélectionné dans la zone de lecture</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="122"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="186"/>
        <source>All arguments</source>
        <translation>Tous les arguments</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="246"/>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
</context>
<context>
    <name>HighlightStore</name>
    <message>
        <location filename="../model/highlightstore.cpp" line="228"/>
        <source>A highlight to restore needs its id.</source>
        <translation>Un surlignage à restaurer doit avoir un identifiant.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="175"/>
        <location filename="../model/highlightstore.cpp" line="251"/>
        <source>Cannot save the highlight</source>
        <translation>Impossible d’enregistrer le surlignage</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="119"/>
        <location filename="../model/highlightstore.cpp" line="127"/>
        <location filename="../model/highlightstore.cpp" line="185"/>
        <source>Cannot save the tags of the highlight</source>
        <translation>Impossible d’enregistrer les étiquettes du surlignage</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="282"/>
        <source>The highlight no longer exists.</source>
        <translation>Le surlignage n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="268"/>
        <source>Cannot delete the highlight</source>
        <translation>Impossible de supprimer le surlignage</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="308"/>
        <location filename="../model/highlightstore.cpp" line="315"/>
        <source>Cannot read the highlight</source>
        <translation>Impossible de lire le surlignage</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="310"/>
        <source>There is no highlight %1.</source>
        <translation>Il n’y a pas de surlignage %1.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="295"/>
        <location filename="../model/highlightstore.cpp" line="344"/>
        <location filename="../model/highlightstore.cpp" line="363"/>
        <location filename="../model/highlightstore.cpp" line="480"/>
        <location filename="../model/highlightstore.cpp" line="498"/>
        <location filename="../model/highlightstore.cpp" line="517"/>
        <source>Cannot read the highlights</source>
        <translation>Impossible de lire les surlignages</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="284"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="286"/>
        <source>%1 changed this highlight at %2, after you last saw it.</source>
        <translation>%1 a modifié ce surlignage à %2, après que vous l’avez vu pour la dernière fois.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="420"/>
        <source>Cannot count the highlights per argument</source>
        <translation>Impossible de compter les surlignages par argument</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="444"/>
        <source>Cannot count the highlights per post</source>
        <translation>Impossible de compter les surlignages par article</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="533"/>
        <source>Cannot count the arguments per post</source>
        <translation>Impossible de compter les arguments par article</translation>
    </message>
</context>
<context>
    <name>HtmlPostExtractor</name>
    <message>
        <location filename="../model/htmlpostextractor.cpp" line="601"/>
        <source>The page’s text was cut at %1 characters.</source>
        <translation>Le texte de la page a été tronqué à %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/htmlpostextractor.cpp" line="603"/>
        <source>Markup nested deeper than %1 levels was flattened.</source>
        <translation>Le balisage imbriqué sur plus de %1 niveaux a été aplati.</translation>
    </message>
    <message>
        <location filename="../model/htmlpostextractor.cpp" line="606"/>
        <source>The page holds no readable text.</source>
        <translation>La page ne contient aucun texte lisible.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../model/importcommand.cpp" line="32"/>
        <source>gloss import: %1</source>
        <translation>gloss import&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="38"/>
        <source>Import blog posts: plain text, Markdown, saved HTML pages, RSS, Atom and WordPress export files, and Web Annotation JSON exported by Gloss. Folders are read recursively.</source>
        <translation>Importer des articles de blog&#xa0;: texte brut, Markdown, pages HTML enregistrées, fichiers RSS, Atom et exports WordPress, ainsi que le JSON Web Annotation exporté par Gloss. Les dossiers sont lus récursivement.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="42"/>
        <source>Refuse files larger than &lt;MB&gt; megabytes (default 20).</source>
        <translation>Refuser les fichiers de plus de &lt;Mo&gt; mégaoctets (20 par défaut).</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="43"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="45"/>
        <source>paths</source>
        <translation>chemins</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="45"/>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="45"/>
        <source>PATH…</source>
        <translation>CHEMIN…</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="51"/>
        <source>Usage: gloss import [options] PATH…</source>
        <translation>Utilisation&#xa0;: gloss import [options] CHEMIN…</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="58"/>
        <source>name at least one file or folder to import.</source>
        <translation>indiquez au moins un fichier ou un dossier à importer.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="62"/>
        <source>--max-size wants a number of megabytes between 0 and 4096, not “%1”.</source>
        <translation>--max-size attend un nombre de mégaoctets entre 0 et 4096, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="74"/>
        <source>Imported: %1</source>
        <translation>Importés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="75"/>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="78"/>
        <source>(%1 highlights moved, %2 orphaned)</source>
        <translation>(%1 surlignages déplacés, %2 orphelins)</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="81"/>
        <source>Unchanged: %1</source>
        <translation>Inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="83"/>
        <source>Annotations restored: %1 (%2 orphaned)</source>
        <translation>Annotations restaurées&#xa0;: %1 (%2 orphelines)</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="88"/>
        <source>Refused: %1</source>
        <translation>Refusés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LibraryCopier</name>
    <message>
        <location filename="../model/librarycopier.cpp" line="168"/>
        <source>the team library %1</source>
        <translation>la bibliothèque d’équipe %1</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="169"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="188"/>
        <location filename="../model/librarycopier.cpp" line="353"/>
        <location filename="../model/librarycopier.cpp" line="675"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="257"/>
        <source>Cannot read the settings of %1</source>
        <translation>Impossible de lire les réglages de %1</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="289"/>
        <location filename="../model/librarycopier.cpp" line="761"/>
        <location filename="../model/librarycopier.cpp" line="777"/>
        <location filename="../model/librarycopier.cpp" line="879"/>
        <source>Cannot copy the table %1</source>
        <translation>Impossible de copier la table %1</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="447"/>
        <location filename="../model/librarycopier.cpp" line="515"/>
        <source>The source and the target are the same library: copy into another file or database.</source>
        <translation>La source et la cible sont la même bibliothèque&#xa0;: copiez vers un autre fichier ou une autre base de données.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="466"/>
        <source>There is no library at “%1” to copy.</source>
        <translation>Il n’y a pas de bibliothèque à copier à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="492"/>
        <source>Cannot mark %1 as the copy’s source</source>
        <translation>Impossible de marquer %1 comme source de la copie</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="505"/>
        <source>Cannot copy into %1: %2</source>
        <translation>Impossible de copier vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="545"/>
        <source>%1 is a finished copy of this library, and the two now differ (%2): one of them was changed since. It was left unchanged.</source>
        <translation>%1 est une copie terminée de cette bibliothèque, et les deux diffèrent maintenant (%2)&#xa0;: l’une d’elles a été modifiée depuis. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="556"/>
        <source>%1 holds a copy of another library (%2). Gloss copies only into an empty library or continues its own unfinished copy. It was left unchanged.</source>
        <translation>%1 contient une copie d’une autre bibliothèque (%2). Gloss ne copie que vers une bibliothèque vide ou poursuit sa propre copie inachevée. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="558"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="561"/>
        <source>%1 already holds a library of its own. Gloss copies only into an empty library (a new file, or an empty database on the server) or continues its own unfinished copy. It was left unchanged.</source>
        <translation>%1 contient déjà sa propre bibliothèque. Gloss ne copie que vers une bibliothèque vide (un nouveau fichier, ou une base de données vide sur le serveur) ou poursuit sa propre copie inachevée. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="586"/>
        <source>The copy in %1 does not match its source in %2. It stays unfinished. If the source was changed since the copy began, copy again into a new, empty library.</source>
        <translation>La copie dans %1 ne correspond pas à sa source dans %2. Elle reste inachevée. Si la source a changé depuis le début de la copie, copiez à nouveau vers une nouvelle bibliothèque vide.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="597"/>
        <location filename="../model/librarycopier.cpp" line="600"/>
        <source>Cannot mark the copy in %1 complete</source>
        <translation>Impossible de marquer la copie dans %1 comme terminée</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="629"/>
        <source>table %1: %2 rows in the source, %3 in the copy</source>
        <translation>table %1&#xa0;: %2 lignes dans la source, %3 dans la copie</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="633"/>
        <source>table %1: the same number of rows, but not the same content</source>
        <translation>table %1&#xa0;: autant de lignes, mais pas le même contenu</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="647"/>
        <source>The table %1 is missing from %2.</source>
        <translation>La table %1 manque dans %2.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="655"/>
        <source>The table %1 of %2 has a column %3 that %4 lacks, so its values would be lost. Nothing was copied.</source>
        <translation>La table %1 de %2 a une colonne %3 qui manque à %4&#xa0;; ses valeurs seraient perdues. Rien n’a été copié.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="664"/>
        <location filename="../model/librarycopier.cpp" line="884"/>
        <source>The table %1 of %2 has no column %3.</source>
        <translation>La table %1 de %2 n’a pas de colonne %3.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="690"/>
        <source>Cannot begin the copy into %1</source>
        <translation>Impossible de commencer la copie vers %1</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="938"/>
        <source>Cannot compare the table %1</source>
        <translation>Impossible de comparer la table %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Highlight as &amp;Argument</source>
        <translation>Surligner comme ar&amp;gument</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Highlight &amp;With</source>
        <translation>Surligner a&amp;vec</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <location filename="../ui/mainwindow.cpp" line="939"/>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Filter by title, author or category</source>
        <translation>Filtrer par titre, auteur ou catégorie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Filter posts</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Show or hide the search of the whole library</source>
        <translation>Afficher ou masquer la recherche dans toute la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Show or hide every highlight of the library, by argument or by post, and the posts × arguments matrix</source>
        <translation>Afficher ou masquer tous les surlignages de la bibliothèque, par argument ou par article, ainsi que la matrice articles × arguments</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Show or hide the highlights of the post</source>
        <translation>Afficher ou masquer les surlignages de l’article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Highlight the selected passage and tag it as an argument</source>
        <translation>Surligner le passage sélectionné et l’étiqueter comme argument</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Highlight the selected passage in a colour of your choice</source>
        <translation>Surligner le passage sélectionné dans la couleur de votre choix</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Document List &amp;Columns</source>
        <translation>&amp;Colonnes de la liste des articles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Choose which columns the list of posts shows</source>
        <translation>Choisir les colonnes affichées dans la liste des articles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Colour Highlight</source>
        <translation>Colorer le surlignage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Change Highlight Style</source>
        <translation>Changer le style du surlignage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>%1 — %2 — Gloss</source>
        <translation>%1 — %2 — Gloss</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Team library: %1 (as %2)</source>
        <translation>Bibliothèque d’équipe&#xa0;: %1 (en tant que %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 sur %n article</numerusform>
            <numerusform>%1 sur %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>About Gloss</source>
        <translation>À propos de Gloss</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read blog posts and annotate them: highlight passages, tag them as arguments, write notes, and take them elsewhere.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Lisez des articles de blog et annotez-les&#xa0;: surlignez des passages, étiquetez-les comme arguments, rédigez des notes et emportez-les dans vos autres outils.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Delete This Highlight</source>
        <translation>Supprimer ce surlignage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>Select a passage of the post first.</source>
        <translation>Sélectionnez d’abord un passage de l’article.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>Highlighted and saved.</source>
        <translation>Surligné et enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <source>Kept their note; yours is on the clipboard.</source>
        <translation>Leur note a été gardée&#xa0;; la vôtre est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>Tag as Argument</source>
        <translation>Étiqueter comme argument</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Select the passage the highlight belongs to, then Re-attach.</source>
        <translation>Sélectionnez le passage auquel appartient le surlignage, puis cliquez sur Rattacher.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>Re-attach Highlight</source>
        <translation>Rattacher le surlignage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>Cannot start Gloss for the team library: %1</source>
        <translation>Impossible de lancer Gloss pour la bibliothèque d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="853"/>
        <location filename="../ui/mainwindow.cpp" line="864"/>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Import Posts</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>Posts and feeds (*.txt *.md *.markdown *.html *.htm *.xml *.rss *.atom *.json);;All files (*)</source>
        <translation>Articles et flux (*.txt *.md *.markdown *.html *.htm *.xml *.rss *.atom *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="874"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>%n post(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="894"/>
        <source>%n post(s) updated</source>
        <translation>
            <numerusform>%n article mis à jour</numerusform>
            <numerusform>%n articles mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="895"/>
        <source>%n post(s) unchanged</source>
        <translation>
            <numerusform>%n article inchangé</numerusform>
            <numerusform>%n articles inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>%n highlight(s) moved with their passage</source>
        <translation>
            <numerusform>%n surlignage déplacé avec son passage</numerusform>
            <numerusform>%n surlignages déplacés avec leur passage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="898"/>
        <source>%n highlight(s) orphaned: their passage is gone; see the Highlights panel</source>
        <translation>
            <numerusform>%n surlignage orphelin&#xa0;: son passage a disparu&#xa0;; consultez le panneau Surlignages</numerusform>
            <numerusform>%n surlignages orphelins&#xa0;: leur passage a disparu&#xa0;; consultez le panneau Surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="902"/>
        <source>%n annotation(s) restored</source>
        <translation>
            <numerusform>%n annotation restaurée</numerusform>
            <numerusform>%n annotations restaurées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="904"/>
        <source>Cancelled: the posts imported before it are kept whole.</source>
        <translation>Annulé&#xa0;: les articles importés auparavant sont conservés en entier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="906"/>
        <source>Refused %1: %2</source>
        <translation>Fichier %1 refusé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <location filename="../model/markdownexporter.cpp" line="336"/>
        <source>Error in the template “%1”, line %2: %3</source>
        <translation>Erreur dans le modèle «&#xa0;%1&#xa0;», ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/markdownexporter.cpp" line="338"/>
        <source>Error in the template “%1”: %2</source>
        <translation>Erreur dans le modèle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/markdownexporter.cpp" line="746"/>
        <source>Cannot read the template “%1”: %2</source>
        <translation>Impossible de lire le modèle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="34"/>
        <source>Note Changed by Someone Else</source>
        <translation>Note modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="35"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="36"/>
        <source>&lt;b&gt;%1 changed this note at %2 while you were writing it.&lt;/b&gt;&lt;br&gt;Keep one of the two. If you keep theirs, yours is copied to the clipboard.</source>
        <translation>&lt;b&gt;%1 a modifié cette note à %2 pendant que vous l’écriviez.&lt;/b&gt;&lt;br&gt;Gardez l’une des deux. Si vous gardez la leur, la vôtre est copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="45"/>
        <source>&amp;Their note (%1):</source>
        <translation>&amp;Leur note (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="47"/>
        <source>&amp;Your note:</source>
        <translation>&amp;Votre note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="57"/>
        <source>Keep &amp;Their Note</source>
        <translation>Garder &amp;leur note</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="59"/>
        <source>Your note is copied to the clipboard</source>
        <translation>Votre note est copiée dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="60"/>
        <source>Keep &amp;My Note</source>
        <translation>Garder &amp;ma note</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="62"/>
        <source>Your note replaces theirs</source>
        <translation>Votre note remplace la leur</translation>
    </message>
</context>
<context>
    <name>OrphanListModel</name>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="61"/>
        <source>Orphaned highlight: %1</source>
        <translation>Surlignage orphelin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="85"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="87"/>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="89"/>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>PostDocument</name>
    <message>
        <location filename="../model/postdocument.cpp" line="83"/>
        <source>This post has no title; this one was made from its opening words.</source>
        <translation>Cet article n’a pas de titre&#xa0;; celui-ci a été créé à partir de ses premiers mots.</translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="91"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="95"/>
        <source>No date or author given</source>
        <translation>Ni date ni auteur indiqués</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/postdocument.cpp" line="110"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="126"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="128"/>
        <source>trackback</source>
        <translation>rétrolien</translation>
    </message>
</context>
<context>
    <name>PostImporter</name>
    <message>
        <location filename="../model/postimporter.cpp" line="166"/>
        <source>There is no such file or folder.</source>
        <translation>Ce fichier ou dossier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="216"/>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="218"/>
        <source>“%1” is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="221"/>
        <source>“%1” is larger than %2 MB; raise the limit to import it.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo&#xa0;; augmentez la limite pour l’importer.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="229"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="240"/>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="266"/>
        <source>“%1” holds annotations, not posts.</source>
        <translation>«&#xa0;%1&#xa0;» contient des annotations, pas des articles.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="276"/>
        <location filename="../model/postimporter.cpp" line="283"/>
        <location filename="../model/postimporter.cpp" line="391"/>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="285"/>
        <source>“%1” is a feed without posts.</source>
        <translation>«&#xa0;%1&#xa0;» est un flux sans articles.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="307"/>
        <source>“%1” holds no text to read.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte à lire.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="481"/>
        <source>“%1” is JSON, but not Web Annotation data (as Gloss exports highlights).</source>
        <translation>«&#xa0;%1&#xa0;» est au format JSON, mais ne contient pas de données Web Annotation (comme celles des surlignages exportés par Gloss).</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../model/postlistmodel.cpp" line="90"/>
        <source>This post has no title; Gloss made one from its opening words.</source>
        <translation>Cet article n’a pas de titre&#xa0;; Gloss en a créé un à partir de ses premiers mots.</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="139"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="141"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="143"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="145"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="147"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="149"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
</context>
<context>
    <name>PostParser</name>
    <message>
        <location filename="../model/postparser.cpp" line="435"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message>
        <location filename="../model/poststore.cpp" line="139"/>
        <source>Cannot add “%1”</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="166"/>
        <source>Cannot add the categories of “%1”</source>
        <translation>Impossible d’ajouter les catégories de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="179"/>
        <source>Cannot add the comments of “%1”</source>
        <translation>Impossible d’ajouter les commentaires de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="273"/>
        <location filename="../model/poststore.cpp" line="287"/>
        <location filename="../model/poststore.cpp" line="294"/>
        <location filename="../model/poststore.cpp" line="313"/>
        <source>Cannot read post %1</source>
        <translation>Impossible de lire l’article %1</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="234"/>
        <location filename="../model/poststore.cpp" line="275"/>
        <location filename="../model/poststore.cpp" line="315"/>
        <source>There is no post %1 in this library.</source>
        <translation>Il n’y a pas d’article %1 dans cette bibliothèque.</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="103"/>
        <source>Cannot prepare to write posts</source>
        <translation>Impossible de préparer l’écriture des articles</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="201"/>
        <source>Cannot add the new posts to the search index</source>
        <translation>Impossible d’ajouter les nouveaux articles à l’index de recherche</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="232"/>
        <location filename="../model/poststore.cpp" line="241"/>
        <source>Cannot update “%1”</source>
        <translation>Impossible de mettre à jour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="257"/>
        <location filename="../model/poststore.cpp" line="355"/>
        <source>Cannot look up a post</source>
        <translation>Impossible de retrouver un article</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="332"/>
        <location filename="../model/poststore.cpp" line="344"/>
        <source>Cannot look up “%1”</source>
        <translation>Impossible de retrouver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="373"/>
        <location filename="../model/poststore.cpp" line="392"/>
        <source>Cannot list the posts</source>
        <translation>Impossible de lister les articles</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="411"/>
        <source>Cannot count the posts</source>
        <translation>Impossible de compter les articles</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="421"/>
        <source>Cannot read the library settings</source>
        <translation>Impossible de lire les paramètres de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="433"/>
        <source>Cannot save the library settings</source>
        <translation>Impossible d’enregistrer les paramètres de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="45"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="49"/>
        <source>Reader font</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="54"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="55"/>
        <source>Reader font size</source>
        <translation>Taille de la police de lecture</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <source>As wide as the window</source>
        <translation>Aussi large que la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="61"/>
        <source>Longest line</source>
        <translation>Largeur de ligne maximale</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="62"/>
        <source>Long lines are hard to read; about 70 to 90 characters is comfortable.</source>
        <translation>Les lignes trop longues sont difficiles à lire&#xa0;; une longueur d’environ 70 à 90 caractères est confortable.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="66"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="68"/>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>Colour of the first argument</source>
        <translation>Couleur du premier argument</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="78"/>
        <source>Colour of new highlights</source>
        <translation>Couleur des nouveaux surlignages</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="81"/>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="89"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="93"/>
        <source>Library file</source>
        <translation>Fichier de bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="94"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="96"/>
        <source>Open another library file, or name a new one to start afresh</source>
        <translation>Ouvrir un autre fichier de bibliothèque, ou en nommer un nouveau pour repartir de zéro</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="97"/>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="105"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="107"/>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="108"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="109"/>
        <source>Longest &amp;line:</source>
        <translation>&amp;Largeur de ligne maximale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="111"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="113"/>
        <source>Colour &amp;scheme:</source>
        <translation>Jeu de &amp;couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="114"/>
        <source>New &amp;highlights:</source>
        <translation>&amp;Nouveaux surlignages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="116"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="118"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="119"/>
        <source>Li&amp;brary:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="123"/>
        <source>Gloss uses the new language and library the next time it starts.</source>
        <translation>Gloss utilisera la nouvelle langue et la nouvelle bibliothèque au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="213"/>
        <source>Choose Library</source>
        <translation>Choisir une bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="214"/>
        <source>Gloss libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliothèques Gloss (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="28"/>
        <source>Reader</source>
        <translation>Zone de lecture</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="29"/>
        <source>The selected post, with its comments</source>
        <translation>L’article sélectionné, avec ses commentaires</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="37"/>
        <source>Select a post to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="166"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="367"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="371"/>
        <source>Highlight without tags or note</source>
        <translation>Surlignage sans étiquette ni note</translation>
    </message>
</context>
<context>
    <name>RemoveHighlightCommand</name>
    <message>
        <location filename="../model/removehighlightcommand.cpp" line="10"/>
        <source>Delete Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <location filename="../model/removetagcommand.cpp" line="10"/>
        <source>Delete Argument “%1”</source>
        <translation>Supprimer l’argument «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/searchpanel.cpp" line="86"/>
        <source>Highlight in “%1”</source>
        <translation>Surlignage dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/searchpanel.cpp" line="120"/>
        <source>Search posts and highlights</source>
        <translation>Rechercher dans les articles et les surlignages</translation>
    </message>
    <message>
        <location filename="../ui/searchpanel.cpp" line="122"/>
        <source>Words must all match. &quot;exact phrase&quot;, prefix*, -leave out; title:, author:, tag:, note:, stance:</source>
        <translation>Tous les mots doivent correspondre. &quot;expression exacte&quot;, préfixe*, -exclusion&#xa0;; title:, author:, tag:, note:, stance:</translation>
    </message>
    <message>
        <location filename="../ui/searchpanel.cpp" line="188"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../model/searchquery.cpp" line="188"/>
        <location filename="../model/searchquery.cpp" line="277"/>
        <source>The search is too long; try a few distinctive words.</source>
        <translation>La recherche est trop longue&#xa0;; essayez quelques mots distinctifs.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="190"/>
        <location filename="../model/searchquery.cpp" line="233"/>
        <source>A quotation mark is missing its partner: &quot;like this&quot;.</source>
        <translation>Un guillemet n’est pas refermé&#xa0;: &quot;comme ceci&quot;.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="221"/>
        <source>“%1” needs something to look for right after it, like tag:pricing.</source>
        <translation>«&#xa0;%1&#xa0;» doit être suivi immédiatement de ce qu’il faut chercher, par exemple tag:pricing.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="242"/>
        <location filename="../model/searchquery.cpp" line="257"/>
        <source>Put one * at the end of a word: market*.</source>
        <translation>Placez un seul * à la fin d’un mot&#xa0;: market*.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="250"/>
        <source>Parentheses are not part of searches; use words, &quot;phrases&quot;, prefix* and -exclusions.</source>
        <translation>Les parenthèses ne font pas partie de la syntaxe de recherche&#xa0;; utilisez des mots, des &quot;expressions&quot;, des préfixes* et des -exclusions.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="263"/>
        <source>The quotation marks hold no words to look for.</source>
        <translation>Les guillemets ne contiennent aucun mot à chercher.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="264"/>
        <source>“%1” has no letters or digits to look for.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient ni lettre ni chiffre à chercher.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="270"/>
        <source>stance: is supports, challenges or example.</source>
        <translation>stance: accepte supports, challenges ou example.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="279"/>
        <source>Say what to find, not only what to leave out: marketing -sales.</source>
        <translation>Indiquez ce qu’il faut trouver, pas seulement ce qu’il faut exclure&#xa0;: marketing -sales.</translation>
    </message>
</context>
<context>
    <name>SearchStore</name>
    <message>
        <location filename="../model/searchstore.cpp" line="188"/>
        <location filename="../model/searchstore.cpp" line="202"/>
        <location filename="../model/searchstoreserver.cpp" line="53"/>
        <source>Searching the posts failed</source>
        <translation>La recherche dans les articles a échoué</translation>
    </message>
    <message>
        <location filename="../model/searchstore.cpp" line="247"/>
        <location filename="../model/searchstore.cpp" line="262"/>
        <location filename="../model/searchstoreserver.cpp" line="105"/>
        <source>Searching the highlights failed</source>
        <translation>La recherche dans les surlignages a échoué</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../model/serverurl.cpp" line="40"/>
        <source>This is not a team library address: %1 Write it as postgresql://user@host:port/database.</source>
        <translation>Ce n’est pas une adresse de bibliothèque d’équipe : %1 Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="45"/>
        <source>it does not start with postgresql://.</source>
        <translation>elle ne commence pas par postgresql://.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="48"/>
        <source>it is not a valid URL.</source>
        <translation>ce n’est pas une URL valide.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="52"/>
        <source>it names no server.</source>
        <translation>elle ne nomme aucun serveur.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="56"/>
        <source>it names no database (the part after the last “/”).</source>
        <translation>elle ne nomme aucune base (la partie après le dernier « / »).</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="60"/>
        <source>it has a “#” part.</source>
        <translation>elle a une partie « # ».</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="65"/>
        <source>the option “%1” holds a “;”.</source>
        <translation>l’option « %1 » contient un « ; ».</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="68"/>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode doit valoir l’une de ces valeurs : %1.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="72"/>
        <source>connect_timeout must be a number of seconds.</source>
        <translation>connect_timeout doit être un nombre de secondes.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="74"/>
        <source>Gloss does not know the option “%1” (it knows sslmode, %2 and connect_timeout).</source>
        <translation>Gloss ne connaît pas l’option « %1 » (il connaît sslmode, %2 et connect_timeout).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="43"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="44"/>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="44"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="59"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="78"/>
        <source>Find a command or a key</source>
        <translation>Chercher une commande ou une touche</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="80"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../model/highlight.cpp" line="34"/>
        <source>supports</source>
        <translation>soutient</translation>
    </message>
    <message>
        <location filename="../model/highlight.cpp" line="36"/>
        <source>challenges</source>
        <translation>conteste</translation>
    </message>
    <message>
        <location filename="../model/highlight.cpp" line="38"/>
        <source>example</source>
        <translation>exemple</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="56"/>
        <source>Manage Arguments</source>
        <translation>Gérer les arguments</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="61"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="62"/>
        <source>The codebook. Drag an argument onto another to make it a sub-argument.</source>
        <translation>La grille de codage. Faites glisser un argument sur un autre pour en faire un sous-argument.</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="79"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="83"/>
        <source>&amp;New Argument</source>
        <translation>&amp;Nouvel argument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="84"/>
        <source>Add an argument next to the selected one</source>
        <translation>Ajouter un argument au même niveau que celui sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="85"/>
        <source>New &amp;Sub-argument</source>
        <translation>Nouveau &amp;sous-argument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="86"/>
        <source>Add an argument below the selected one</source>
        <translation>Ajouter un argument sous celui sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="87"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="88"/>
        <source>Rename the selected argument</source>
        <translation>Renommer l’argument sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="89"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="90"/>
        <source>Choose the colour of the selected argument</source>
        <translation>Choisir la couleur de l’argument sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="91"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="92"/>
        <source>Tag the selected argument’s highlights with another argument and remove it</source>
        <translation>Étiqueter les surlignages de l’argument sélectionné avec un autre argument, puis le supprimer</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="93"/>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="94"/>
        <source>Delete the selected argument and its sub-arguments</source>
        <translation>Supprimer l’argument sélectionné et ses sous-arguments</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="99"/>
        <source>Re&amp;do</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="126"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="126"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="205"/>
        <source>New argument</source>
        <translation>Nouvel argument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="207"/>
        <source>New argument %1</source>
        <translation>Nouvel argument %1</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="229"/>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="254"/>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="257"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="260"/>
        <source>Argument to merge into</source>
        <translation>Argument dans lequel fusionner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="274"/>
        <source>%n highlights tagged with “%1” will be tagged with “%2” instead.</source>
        <translation>
            <numerusform>%n surlignage étiqueté avec «&#xa0;%1&#xa0;» sera étiqueté avec «&#xa0;%2&#xa0;» à la place.</numerusform>
            <numerusform>%n surlignages étiquetés avec «&#xa0;%1&#xa0;» seront étiquetés avec «&#xa0;%2&#xa0;» à la place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="277"/>
        <source>Its %n sub-arguments move along.</source>
        <translation>
            <numerusform>%n sous-argument est déplacé avec lui.</numerusform>
            <numerusform>%n sous-arguments sont déplacés avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="284"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="314"/>
        <source>Delete Argument</source>
        <translation>Supprimer l’argument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="314"/>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="320"/>
        <source>Its %n sub-arguments are deleted with it.</source>
        <translation>
            <numerusform>%n sous-argument sera supprimé avec lui.</numerusform>
            <numerusform>%n sous-arguments seront supprimés avec lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="330"/>
        <source>%n highlights are tagged with this argument or its children.</source>
        <translation>
            <numerusform>%n surlignage est étiqueté avec cet argument ou ses sous-arguments.</numerusform>
            <numerusform>%n surlignages sont étiquetés avec cet argument ou ses sous-arguments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="331"/>
        <source>What should become of them?</source>
        <translation>Que doivent-ils devenir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="332"/>
        <source>&amp;Keep Them Untagged</source>
        <translation>Les &amp;conserver sans étiquette</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="335"/>
        <source>&amp;Tag Them with “%1”</source>
        <translation>Les é&amp;tiqueter avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="338"/>
        <source>&amp;Delete Them Too</source>
        <translation>Les &amp;supprimer aussi</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="341"/>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../model/tagstore.cpp" line="79"/>
        <location filename="../model/tagstore.cpp" line="143"/>
        <source>Cannot read the codebook</source>
        <translation>Impossible de lire la grille de codage</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="85"/>
        <source>The default codebook is missing from this build.</source>
        <translation>La grille de codage par défaut est absente de cette compilation de Gloss.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="102"/>
        <source>Cannot add the default colours</source>
        <translation>Impossible d’ajouter les couleurs par défaut</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="119"/>
        <location filename="../model/tagstore.cpp" line="133"/>
        <source>Cannot add the default codebook</source>
        <translation>Impossible d’ajouter la grille de codage par défaut</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="154"/>
        <source>Cannot read the highlight colours</source>
        <translation>Impossible de lire les couleurs de surlignage</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="174"/>
        <source>Cannot save the meaning of %1</source>
        <translation>Impossible d’enregistrer la signification de %1</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="183"/>
        <source>Cannot count the highlights per tag</source>
        <translation>Impossible de compter les surlignages par étiquette</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="196"/>
        <location filename="../model/tagstore.cpp" line="278"/>
        <location filename="../model/tagstore.cpp" line="362"/>
        <location filename="../model/tagstore.cpp" line="425"/>
        <source>The argument no longer exists.</source>
        <translation>L’argument n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="202"/>
        <source>Cannot count the highlights of the argument</source>
        <translation>Impossible de compter les surlignages de l’argument</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="216"/>
        <source>Cannot add the tag “%1”</source>
        <translation>Impossible d’ajouter l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="227"/>
        <source>Cannot restore the tag “%1”</source>
        <translation>Impossible de restaurer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="242"/>
        <source>Cannot change the tag “%1”</source>
        <translation>Impossible de modifier l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="252"/>
        <source>Cannot delete the tag</source>
        <translation>Impossible de supprimer l’étiquette</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="281"/>
        <source>“%1” cannot be moved into itself or one of its own sub-arguments.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être déplacé dans lui-même ni dans l’un de ses sous-arguments.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="327"/>
        <location filename="../model/tagstore.cpp" line="344"/>
        <source>Cannot read the highlights of the argument</source>
        <translation>Impossible de lire les surlignages de l’argument</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="365"/>
        <source>“%1” is a top-level argument: there is no parent to tag its highlights with.</source>
        <translation>«&#xa0;%1&#xa0;» est un argument de premier niveau&#xa0;: il n’a pas de parent auquel rattacher ses surlignages.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="394"/>
        <source>Cannot delete the highlights of the argument</source>
        <translation>Impossible de supprimer les surlignages de l’argument</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="404"/>
        <source>Cannot tag the highlights with the parent argument</source>
        <translation>Impossible d’étiqueter les surlignages avec l’argument parent</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="428"/>
        <source>“%1” cannot be merged into itself or one of its own sub-arguments.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné dans lui-même ni dans l’un de ses sous-arguments.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="447"/>
        <source>Cannot move the highlights to “%1”</source>
        <translation>Impossible de déplacer les surlignages vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="490"/>
        <location filename="../model/tagstore.cpp" line="498"/>
        <source>Cannot restore the highlights of the argument</source>
        <translation>Impossible de restaurer les surlignages de l’argument</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message numerus="yes">
        <location filename="../model/tagtreemodel.cpp" line="321"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/tagtreemodel.cpp" line="349"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location filename="../model/tagtreemodel.cpp" line="351"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../model/tagtreemodel.cpp" line="353"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/tagtreemodel.cpp" line="447"/>
        <source>Move %n Arguments</source>
        <translation>
            <numerusform>Déplacer %n argument</numerusform>
            <numerusform>Déplacer %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../model/textdecoder.cpp" line="103"/>
        <source>“%1” %2</source>
        <translation>«&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="119"/>
        <source>is not valid %1 text, although it starts as such.</source>
        <translation>n’est pas un texte %1 valide, bien qu’il commence comme tel.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="121"/>
        <location filename="../model/textdecoder.cpp" line="145"/>
        <source>holds control characters: it looks like a binary file, not text.</source>
        <translation>contient des caractères de contrôle&#xa0;: il semble s’agir d’un fichier binaire, pas de texte.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="126"/>
        <source>contains NUL bytes: it looks like a binary file, not text.</source>
        <translation>contient des octets NUL&#xa0;: il semble s’agir d’un fichier binaire, pas de texte.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="151"/>
        <source>is not valid %1 text.</source>
        <translation>n’est pas un texte %1 valide.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="152"/>
        <source>is neither UTF-8 nor Windows-1252 text: it may be binary or in an unknown encoding.</source>
        <translation>n’est ni du texte UTF-8 ni du texte Windows-1252&#xa0;: il s’agit peut-être d’un fichier binaire ou d’un encodage inconnu.</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="112"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="121"/>
        <source>This is not JSON (at character %1: %2).</source>
        <translation>Ce n’est pas du JSON (au caractère %1&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="178"/>
        <source>annotation %1</source>
        <translation>annotation %1</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="181"/>
        <source>%1: not an Annotation.</source>
        <translation>%1&#xa0;: ce n’est pas une Annotation.</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="186"/>
        <source>%1: no target source with a text quote or position.</source>
        <translation>%1&#xa0;: aucune source cible avec une citation textuelle ou une position.</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="209"/>
        <source>%1: the library has no post “%2”.</source>
        <translation>%1&#xa0;: la bibliothèque ne contient pas d’article «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="250"/>
        <source>%1: a body that is not text was left out; the rest was restored.</source>
        <translation>%1&#xa0;: un corps qui n’est pas du texte a été ignoré&#xa0;; le reste a été restauré.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Cannot Open the Team Library</source>
        <translation>Impossible d’ouvrir la bibliothèque d’équipe</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Read-Only Library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
</context>
</TS>
