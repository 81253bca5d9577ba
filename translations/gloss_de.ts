<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.cpp" line="32"/>
        <source>&amp;Import Posts…</source>
        <translation>Beiträge &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="33"/>
        <source>Add posts from text, Markdown, HTML, RSS, Atom or WordPress files</source>
        <translation>Beiträge aus Text-, Markdown-, HTML-, RSS-, Atom- oder WordPress-Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="34"/>
        <source>&amp;Export Notes…</source>
        <translation>Notizen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="35"/>
        <source>Save highlights and notes as Markdown, CSV or JSON</source>
        <translation>Markierungen und Notizen als Markdown, CSV oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="36"/>
        <source>Connect to &amp;Team Library…</source>
        <translation>Mit &amp;Teambibliothek verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="37"/>
        <source>Open a library your team shares on a PostgreSQL server, in a new window</source>
        <translation>Eine Bibliothek, die Ihr Team auf einem PostgreSQL-Server teilt, in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="38"/>
        <source>&amp;Manage Arguments…</source>
        <translation>Argumente &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="39"/>
        <source>Create, rename, recolour, move, merge and delete the arguments of the codebook</source>
        <translation>Argumente des Codebuchs anlegen, umbenennen, umfärben, verschieben, zusammenführen und löschen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="40"/>
        <source>Highlight &amp;Colours…</source>
        <translation>Markierungs&amp;farben…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="41"/>
        <source>Say what each highlight colour means</source>
        <translation>Festlegen, wofür jede Markierungsfarbe steht</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="42"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="43"/>
        <source>Reader font and line width, colour scheme, language and library</source>
        <translation>Schrift und Zeilenbreite der Leseansicht, Farbschema, Sprache und Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="44"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="45"/>
        <source>Quit Gloss</source>
        <translation>Gloss beenden</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="47"/>
        <source>Undo the last change to a highlight, tag or note</source>
        <translation>Die letzte Änderung an einer Markierung, Argumentzuordnung oder Notiz rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="48"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="50"/>
        <source>Redo the change last undone</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="51"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="52"/>
        <source>Highlight the selected passage</source>
        <translation>Die ausgewählte Textstelle markieren</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="53"/>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="55"/>
        <source>Delete the highlight selected in the Highlights panel</source>
        <translation>Die im Bereich „Markierungen“ ausgewählte Markierung löschen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="56"/>
        <source>&amp;Filter Posts</source>
        <translation>Beiträge &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="57"/>
        <source>Filter the document list by title, author or category</source>
        <translation>Die Beitragsliste nach Titel, Autor oder Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="58"/>
        <source>&amp;Search Library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="60"/>
        <source>Search posts, quotes, notes and arguments</source>
        <translation>Beiträge, Zitate, Notizen und Argumente durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="61"/>
        <source>&amp;Find in Post</source>
        <translation>Im Beitrag &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="62"/>
        <source>Find words in the post being read</source>
        <translation>Wörter im gerade gelesenen Beitrag suchen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="63"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="64"/>
        <source>Go to the next match in the post</source>
        <translation>Zum nächsten Treffer im Beitrag springen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="65"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="66"/>
        <source>Go to the previous match in the post</source>
        <translation>Zum vorherigen Treffer im Beitrag springen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="67"/>
        <source>&amp;Next Post</source>
        <translation>&amp;Nächster Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="68"/>
        <source>Open the next post in the list</source>
        <translation>Den nächsten Beitrag der Liste öffnen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="69"/>
        <source>&amp;Previous Post</source>
        <translation>&amp;Vorheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="70"/>
        <source>Open the previous post in the list</source>
        <translation>Den vorherigen Beitrag der Liste öffnen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="71"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="72"/>
        <source>Make the reader&apos;s text larger</source>
        <translation>Den Text der Leseansicht vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="73"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="74"/>
        <source>Make the reader&apos;s text smaller</source>
        <translation>Den Text der Leseansicht verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="75"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="76"/>
        <source>Show the reader&apos;s text at its normal size</source>
        <translation>Den Text der Leseansicht in normaler Größe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="77"/>
        <source>Show &amp;Document List</source>
        <translation>&amp;Beitragsliste anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="78"/>
        <source>Show or hide the list of posts</source>
        <translation>Die Liste der Beiträge ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="79"/>
        <source>Show &amp;Argument Labels</source>
        <translation>&amp;Argumente am Rand anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="80"/>
        <source>Write each highlight&apos;s argument in the margin beside it</source>
        <translation>Das Argument jeder Markierung daneben an den Rand schreiben</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="81"/>
        <source>F&amp;ull Screen</source>
        <translation>Vollbild&amp;modus</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="82"/>
        <source>Read without distractions</source>
        <translation>Ohne Ablenkung lesen</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="83"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="84"/>
        <source>List every command and its keys</source>
        <translation>Alle Befehle mit ihren Tastenkürzeln auflisten</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="85"/>
        <source>&amp;About Gloss</source>
        <translation>Ü&amp;ber Gloss</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="85"/>
        <source>Version and licence of Gloss</source>
        <translation>Version und Lizenz von Gloss</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="86"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="86"/>
        <source>Version of the Qt toolkit</source>
        <translation>Version des Qt-Toolkits</translation>
    </message>
</context>
<context>
    <name>AddHighlightCommand</name>
    <message>
        <location filename="../model/addhighlightcommand.cpp" line="10"/>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
</context>
<context>
    <name>AddTagCommand</name>
    <message>
        <location filename="../model/addtagcommand.cpp" line="9"/>
        <source>New Argument “%1”</source>
        <translation>Neues Argument „%1“</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="43"/>
        <source>Group highlights</source>
        <translation>Markierungen gruppieren</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="44"/>
        <source>By argument</source>
        <translation>Nach Argument</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="45"/>
        <source>By post</source>
        <translation>Nach Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="48"/>
        <source>Filter highlights</source>
        <translation>Markierungen filtern</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="49"/>
        <source>Filter by quote, note or post</source>
        <translation>Nach Zitat, Notiz oder Beitrag filtern</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="53"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="54"/>
        <source>Any stance</source>
        <translation>Alle Haltungen</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="59"/>
        <source>Highlights of the library</source>
        <translation>Markierungen der Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="72"/>
        <source>Posts and arguments</source>
        <translation>Beiträge und Argumente</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="83"/>
        <source>Orphaned highlights</source>
        <translation>Verwaiste Markierungen</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="92"/>
        <source>These highlights lost their passage when their post changed. Open one, select its new passage in the reader, and press Re-attach in the Highlights panel.</source>
        <translation>Diese Markierungen haben ihre Textstelle verloren, als sich ihr Beitrag geändert hat. Öffnen Sie eine, wählen Sie ihre neue Textstelle in der Leseansicht aus und klicken Sie im Bereich „Markierungen“ auf „Neu verankern“.</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="102"/>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="103"/>
        <source>Posts × Arguments</source>
        <translation>Beiträge × Argumente</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="107"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="128"/>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="129"/>
        <source>Show only the highlights one person made</source>
        <translation>Nur die Markierungen einer Person zeigen</translation>
    </message>
    <message>
        <location filename="../ui/annotationbrowser.cpp" line="167"/>
        <source>All authors</source>
        <translation>Alle Autoren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotationbrowser.cpp" line="191"/>
        <source>Orphaned (%n)</source>
        <translation>
            <numerusform>Verwaist (%n)</numerusform>
            <numerusform>Verwaist (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../model/annotationeditor.cpp" line="90"/>
        <location filename="../model/annotationeditor.cpp" line="117"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="91"/>
        <source>%1 changed this note while you were writing it.</source>
        <translation>%1 hat diese Notiz geändert, während Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="94"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="117"/>
        <source>%1 changed this highlight after you did.</source>
        <translation>%1 hat diese Markierung nach Ihnen geändert.</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="177"/>
        <source>Cannot undo “%1”: %2 Undoing it would overwrite that change, so it was taken off the undo list.</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2 Das Rückgängigmachen würde diese Änderung überschreiben, daher wurde der Schritt aus der Rückgängig-Liste entfernt.</translation>
    </message>
    <message>
        <location filename="../model/annotationeditor.cpp" line="180"/>
        <source>Cannot redo “%1”: %2 Redoing it would overwrite that change, so it was taken off the redo list.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2 Das Wiederherstellen würde diese Änderung überschreiben, daher wurde der Schritt aus der Wiederherstellen-Liste entfernt.</translation>
    </message>
</context>
<context>
    <name>AnnotationTreeModel</name>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="127"/>
        <source>No argument</source>
        <translation>Kein Argument</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="430"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="432"/>
        <source>%n supporting</source>
        <translation>
            <numerusform>%n stützende</numerusform>
            <numerusform>%n stützende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="433"/>
        <source>%n challenging</source>
        <translation>
            <numerusform>%n widersprechende</numerusform>
            <numerusform>%n widersprechende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="434"/>
        <source>%n examples</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="437"/>
        <source>%n loaded so far</source>
        <translation>
            <numerusform>%n bisher geladen</numerusform>
            <numerusform>%n bisher geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/annotationtreemodel.cpp" line="441"/>
        <source>%1: %n highlights</source>
        <translation>
            <numerusform>%1: %n Markierung</numerusform>
            <numerusform>%1: %n Markierungen</numerusform>
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
        <translation>%1, von %2</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="538"/>
        <source>Highlight in “%1”: %2</source>
        <translation>Markierung in „%1“: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="615"/>
        <source>Argument / passage</source>
        <translation>Argument / Textstelle</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="615"/>
        <source>Post / passage</source>
        <translation>Beitrag / Textstelle</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="617"/>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="619"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="621"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="623"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="625"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../model/annotationtreemodel.cpp" line="627"/>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>„%1“ zu %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/argumentmatrixmodel.cpp" line="135"/>
        <source>%n passages support it</source>
        <translation>
            <numerusform>%n Textstelle stützt es</numerusform>
            <numerusform>%n Textstellen stützen es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/argumentmatrixmodel.cpp" line="136"/>
        <source>%n passages challenge it</source>
        <translation>
            <numerusform>%n Textstelle widerspricht ihm</numerusform>
            <numerusform>%n Textstellen widersprechen ihm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/argumentmatrixmodel.cpp" line="137"/>
        <source>%n passages are examples</source>
        <translation>
            <numerusform>%n Textstelle ist ein Beispiel</numerusform>
            <numerusform>%n Textstellen sind Beispiele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArgumentMenu</name>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="34"/>
        <source>Highlight the passage as supporting “%1”</source>
        <translation>Textstelle als Beleg für „%1“ markieren</translation>
    </message>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="36"/>
        <source>Highlight the passage as challenging “%1”</source>
        <translation>Textstelle als Einwand gegen „%1“ markieren</translation>
    </message>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="38"/>
        <source>Highlight the passage as an example of “%1”</source>
        <translation>Textstelle als Beispiel für „%1“ markieren</translation>
    </message>
</context>
<context>
    <name>BundledLibrary</name>
    <message>
        <location filename="../model/bundledlibrary.cpp" line="54"/>
        <source>The bundled post %1 is missing from this build.</source>
        <translation>Der mitgelieferte Beitrag %1 fehlt in dieser Programmversion.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="345"/>
        <source>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</source>
        <translation>
            <numerusform>das Zitat kommt in Beitrag %1 %n-mal vor; geben Sie mit --occurrence N an, welches gemeint ist (1 bis %n).</numerusform>
            <numerusform>das Zitat kommt in Beitrag %1 %n-mal vor; geben Sie mit --occurrence N an, welches gemeint ist (1 bis %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="352"/>
        <source>--occurrence %1 is out of range: the quote occurs %n time(s) in post %2.</source>
        <translation>
            <numerusform>--occurrence %1 liegt außerhalb des gültigen Bereichs: Das Zitat kommt in Beitrag %2 nur %n-mal vor.</numerusform>
            <numerusform>--occurrence %1 liegt außerhalb des gültigen Bereichs: Das Zitat kommt in Beitrag %2 nur %n-mal vor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="462"/>
        <source>Gloss: read blog posts and annotate them.

Without a command, Gloss opens its window.

Commands:
</source>
        <translation>Gloss: Blogbeiträge lesen und annotieren.

Ohne Befehl öffnet Gloss sein Fenster.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="469"/>
        <source>
Run “gloss COMMAND --help” for a command’s options.</source>
        <translation>
Die Optionen eines Befehls zeigt „gloss BEFEHL --help“.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="474"/>
        <source>What to do (see above).</source>
        <translation>Auszuführender Befehl (siehe oben).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="474"/>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="477"/>
        <source>gloss: %1</source>
        <translation>gloss: %1</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="529"/>
        <source>gloss: unknown command “%1”. Run “gloss --help” for the list of commands.</source>
        <translation>gloss: unbekannter Befehl „%1“. „gloss --help“ listet alle Befehle auf.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="536"/>
        <source>List the posts in the library.</source>
        <translation>Die Beiträge der Bibliothek auflisten.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="571"/>
        <source>Highlight a quote in a post and print the new highlight’s id. Nothing is written unless the post, the quote and every tag are found.</source>
        <translation>Ein Zitat in einem Beitrag markieren und die ID der neuen Markierung ausgeben. Es wird nur dann etwas geschrieben, wenn der Beitrag, das Zitat und alle Tags gefunden werden.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="591"/>
        <source>unknown colour “%1”; use #rrggbb or one of: %2.</source>
        <translation>unbekannte Farbe „%1“; verwenden Sie #rrggbb oder eine von: %2.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="602"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="626"/>
        <source>Only the highlights of this post.</source>
        <translation>Nur die Markierungen dieses Beitrags.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="261"/>
        <location filename="../model/cli.cpp" line="626"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="39"/>
        <source>List the posts in the library (id, date, title, author, categories, counts).</source>
        <translation>Die Beiträge der Bibliothek auflisten (ID, Datum, Titel, Autor, Kategorien, Anzahlen).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="40"/>
        <source>Highlight a quote in a post, with tags, stance, note and colour; prints the new id.</source>
        <translation>Ein Zitat in einem Beitrag markieren, mit Tags, Haltung, Notiz und Farbe; gibt die neue ID aus.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="41"/>
        <source>List the highlights (quote, offsets, note, tags, colour), of a post or tag if asked.</source>
        <translation>Die Markierungen auflisten (Zitat, Positionen, Notiz, Tags, Farbe), auf Wunsch nur die eines Beitrags oder Tags.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="42"/>
        <source>List the codebook, parents before children, with each tag’s highlight count.</source>
        <translation>Das Codebuch auflisten, übergeordnete vor untergeordneten Tags, mit der Anzahl der Markierungen je Tag.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="43"/>
        <source>Search posts and highlights; prints the best matches with a snippet.</source>
        <translation>Beiträge und Markierungen durchsuchen; gibt die besten Treffer mit einem Textausschnitt aus.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="44"/>
        <source>Export highlights and notes as Markdown, CSV or W3C Web Annotation JSON.</source>
        <translation>Markierungen und Notizen als Markdown, CSV oder JSON (W3C Web Annotation) exportieren.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="45"/>
        <source>Import posts from text, Markdown, HTML, RSS, Atom or WordPress files and folders.</source>
        <translation>Beiträge aus Text-, Markdown-, HTML-, RSS-, Atom- oder WordPress-Dateien und -Ordnern importieren.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="46"/>
        <source>Restore highlights from a W3C Web Annotation JSON export.</source>
        <translation>Markierungen aus einem JSON-Export im Format W3C Web Annotation wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="47"/>
        <source>Copy a whole library between a file and a team library, verified and resumable.</source>
        <translation>Eine ganze Bibliothek zwischen einer Datei und einer Team-Bibliothek kopieren, geprüft und fortsetzbar.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="53"/>
        <source>Use the library at &lt;path&gt; instead of the default one.</source>
        <translation>Die Bibliothek unter &lt;Pfad&gt; statt der Standardbibliothek verwenden.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="60"/>
        <source>Use the team library at &lt;url&gt; (postgresql://user@host:port/database; the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Die Teambibliothek unter &lt;url&gt; verwenden (postgresql://benutzer@host:port/datenbank; das Passwort kommt aus PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="62"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="133"/>
        <source>Usage: gloss %1 [options]</source>
        <translation>Aufruf: gloss %1 [Optionen]</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="138"/>
        <source>tsv or json</source>
        <translation>tsv oder json</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="144"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="151"/>
        <source>gloss %1: %2</source>
        <translation>gloss %1: %2</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="164"/>
        <source>this command needs --%1 with a value.</source>
        <translation>dieser Befehl braucht --%1 mit einem Wert.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="181"/>
        <source>--%1 wants a whole number from 1 up, not “%2”.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 1, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="193"/>
        <source>unknown %1 “%2”; use %3.</source>
        <translation>unbekannter Wert „%2“ für --%1; verwenden Sie %3.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="243"/>
        <source>Output format: tsv (default) or json.</source>
        <translation>Ausgabeformat: tsv (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="243"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="260"/>
        <source>The post to highlight in (its id, as “gloss list” shows).</source>
        <translation>Der Beitrag, in dem markiert wird (seine ID, wie „gloss list“ sie anzeigt).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="262"/>
        <source>The exact text to highlight.</source>
        <translation>Der genaue Text, der markiert werden soll.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="262"/>
        <location filename="../model/cli.cpp" line="273"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="264"/>
        <source>Which occurrence of the quote to highlight, from 1, when it occurs more than once.</source>
        <translation>Welches Vorkommen des Zitats markiert werden soll (ab 1), wenn es mehrmals vorkommt.</translation>
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
        <translation>Die Markierung dem Codebuch-Tag unter &lt;Pfad&gt; zuordnen („Eltern/Kind“, Groß-/Kleinschreibung beliebig); für weitere Tags wiederholen.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="271"/>
        <source>How it bears on its tags: supports (default), challenges or example.</source>
        <translation>Wie sich die Markierung zu ihren Tags verhält: supports (Standard), challenges oder example.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="272"/>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="273"/>
        <source>A note on it (Markdown).</source>
        <translation>Eine Notiz zur Markierung (Markdown).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="275"/>
        <source>Its colour: #rrggbb or a highlight colour’s name such as yellow (default: its first tag’s).</source>
        <translation>Farbe der Markierung: #rrggbb oder der Name einer Markierungsfarbe wie yellow (Standard: die Farbe ihres ersten Tags).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="276"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="277"/>
        <source>background (default), underline or strikethrough.</source>
        <translation>background (Standard), underline oder strikethrough.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="278"/>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="302"/>
        <source>supports, challenges or example</source>
        <translation>supports, challenges oder example</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="304"/>
        <source>background, underline or strikethrough</source>
        <translation>background, underline oder strikethrough</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="342"/>
        <source>the quote is not in post %1.</source>
        <translation>das Zitat kommt in Beitrag %1 nicht vor.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="367"/>
        <source>there is no tag “%1” in the codebook (“gloss tags” lists them).</source>
        <translation>im Codebuch gibt es kein Tag „%1“ („gloss tags“ listet alle auf).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="495"/>
        <source>gloss: --database and --server name two libraries; use one of them.</source>
        <translation>gloss: --database und --server nennen zwei Bibliotheken; verwenden Sie nur eine davon.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="622"/>
        <source>List the highlights: id, post, post title, offsets, orphaned, quote, note, tags with their stance, colour (its own, else its first tag’s), style, created and modified (UTC), who made it and who changed it last.</source>
        <translation>Die Markierungen auflisten: ID, Beitrag, Beitragstitel, Positionen, verwaist, Zitat, Notiz, Tags mit ihrer Haltung, Farbe (die eigene, sonst die des ersten Tags), Stil, erstellt und geändert (UTC), wer sie erstellt und wer sie zuletzt geändert hat.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="627"/>
        <source>Only highlights tagged with &lt;path&gt; or a tag below it.</source>
        <translation>Nur Markierungen, die &lt;Pfad&gt; oder einem Tag darunter zugeordnet sind.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="629"/>
        <source>Only the highlights &lt;name&gt; made.</source>
        <translation>Nur die Markierungen, die &lt;name&gt; erstellt hat.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="629"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="742"/>
        <source>Search the posts (title, author, text, comments) and the highlights (quote, note, tag names). Prints matching posts, best first, then matching highlights: post id, highlight id (0 for a post), kind (post or highlight), score (higher is better), post title and a snippet with the matched words between ** and **. JSON adds a highlight’s start and end offsets.

Query: words (all must match), &quot;exact phrase&quot;, prefix*, -exclude, and the fields title:, author:, tag:, note:, stance: (supports, challenges or example). Case and accents do not matter. Put the query in single quotes to keep its quotation marks, and after -- when it excludes words: gloss search -- &apos;marketing -&quot;customer service&quot;&apos;.</source>
        <translation>Die Beiträge (Titel, Autor, Text, Kommentare) und die Markierungen (Zitat, Notiz, Tag-Namen) durchsuchen. Gibt die passenden Beiträge aus, die besten zuerst, danach die passenden Markierungen: Beitrags-ID, Markierungs-ID (0 bei einem Beitrag), Art (post oder highlight), Punktzahl (höher ist besser), Beitragstitel und einen Textausschnitt, in dem die gefundenen Wörter zwischen ** und ** stehen. JSON enthält zusätzlich Start- und Endposition einer Markierung.

Suchanfrage: Wörter (alle müssen passen), &quot;genaue Phrase&quot;, Präfix*, -Ausschluss sowie die Felder title:, author:, tag:, note:, stance: (supports, challenges oder example). Groß-/Kleinschreibung und Akzente spielen keine Rolle. Setzen Sie die Suchanfrage in einfache Anführungszeichen, damit ihre Anführungszeichen erhalten bleiben, und hinter --, wenn sie Wörter ausschließt: gloss search -- &apos;marketing -&quot;customer service&quot;&apos;.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="752"/>
        <source>At most &lt;n&gt; posts and &lt;n&gt; highlights (default 20).</source>
        <translation>Höchstens &lt;n&gt; Beiträge und &lt;n&gt; Markierungen (Standard: 20).</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="756"/>
        <source>What to look for; several arguments are joined by spaces.</source>
        <translation>Wonach gesucht wird; mehrere Argumente werden mit Leerzeichen verbunden.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="757"/>
        <source>query…</source>
        <translation>Suchanfrage…</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="768"/>
        <source>say what to search for, e.g. gloss search receptionist.</source>
        <translation>geben Sie an, wonach gesucht werden soll, z. B. gloss search receptionist.</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="54"/>
        <location filename="../model/cli.cpp" line="269"/>
        <location filename="../model/cli.cpp" line="628"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="705"/>
        <source>List the codebook depth-first (parents before children, siblings in order): id, parent id (0 at the top level), path (“Parent/Child”), colour, description and the number of highlights tagged with it. JSON is a flat array of such objects; rebuild the tree from “parent”.</source>
        <translation>Das Codebuch der Tiefe nach auflisten (übergeordnete vor untergeordneten Tags, Geschwister in ihrer Reihenfolge): ID, Eltern-ID (0 auf oberster Ebene), Pfad („Eltern/Kind“), Farbe, Beschreibung und die Anzahl der zugeordneten Markierungen. JSON ist ein flaches Array solcher Objekte; der Baum lässt sich über „parent“ wieder aufbauen.</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../model/codebookeditor.cpp" line="22"/>
        <source>The argument no longer exists.</source>
        <translation>Das Argument existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="38"/>
        <source>An argument needs a name.</source>
        <translation>Ein Argument braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="40"/>
        <source>“%1” contains “/”, which separates the levels of an argument’s path. Choose a name without it.</source>
        <translation>„%1“ enthält „/“, das die Ebenen im Pfad eines Arguments trennt. Wählen Sie einen Namen ohne dieses Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="49"/>
        <source>“%1” already has a sub-argument named “%2”.</source>
        <translation>„%1“ hat bereits ein Unterargument namens „%2“.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="50"/>
        <source>There already is a top-level argument named “%1”.</source>
        <translation>Es gibt bereits ein Argument namens „%1“ auf oberster Ebene.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="94"/>
        <source>Rename Argument “%1”</source>
        <translation>Argument „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="100"/>
        <source>Choose a colour for the argument.</source>
        <translation>Wählen Sie eine Farbe für das Argument.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="109"/>
        <source>Change Colour of “%1”</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="133"/>
        <source>“%1” cannot be moved into itself or one of its own sub-arguments.</source>
        <translation>„%1“ kann nicht in sich selbst oder eines seiner Unterargumente verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="143"/>
        <source>Move Argument “%1”</source>
        <translation>Argument „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="158"/>
        <source>An argument cannot be merged into itself.</source>
        <translation>Ein Argument kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="160"/>
        <source>“%1” cannot be merged into one of its own sub-arguments.</source>
        <translation>„%1“ kann nicht mit einem seiner eigenen Unterargumente zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="165"/>
        <source>“%1” already has a sub-argument named “%2”. Rename one of them before merging.</source>
        <translation>„%1“ hat bereits ein Unterargument namens „%2“. Benennen Sie vor dem Zusammenführen eines davon um.</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="172"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../model/codebookeditor.cpp" line="186"/>
        <source>“%1” is a top-level argument: there is no parent to tag its highlights with.</source>
        <translation>„%1“ ist ein Argument der obersten Ebene: Es gibt kein übergeordnetes Argument, dem seine Markierungen zugeordnet werden könnten.</translation>
    </message>
</context>
<context>
    <name>ColourMeaningsDialog</name>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="21"/>
        <source>Highlight Colours</source>
        <translation>Markierungsfarben</translation>
    </message>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="27"/>
        <source>Meaning of %1</source>
        <translation>Bedeutung von %1</translation>
    </message>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="28"/>
        <source>What this colour marks</source>
        <translation>Wofür diese Farbe steht</translation>
    </message>
    <message>
        <location filename="../ui/colourmeaningsdialog.cpp" line="49"/>
        <source>Give each colour a meaning; menus show it beside the colour.</source>
        <translation>Geben Sie jeder Farbe eine Bedeutung; Menüs zeigen sie neben der Farbe an.</translation>
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
        <translation>Farbe der Markierung: %1</translation>
    </message>
    <message>
        <location filename="../ui/colourmenu.cpp" line="27"/>
        <source>Colour of the First Argument</source>
        <translation>Farbe des ersten Arguments</translation>
    </message>
    <message>
        <location filename="../ui/colourmenu.cpp" line="28"/>
        <source>Let the highlight take the colour of its first argument</source>
        <translation>Die Markierung erhält die Farbe ihres ersten Arguments</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="22"/>
        <source>Connect to Team Library</source>
        <translation>Mit Teambibliothek verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="29"/>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Leer: aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="34"/>
        <source>A team library lives on a PostgreSQL server that your team shares. Gloss opens it in a new window. The password is not saved.</source>
        <translation>Eine Teambibliothek liegt auf einem PostgreSQL-Server, den Ihr Team teilt. Gloss öffnet sie in einem neuen Fenster. Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../model/copycommand.cpp" line="108"/>
        <location filename="../model/copycommand.cpp" line="177"/>
        <source>gloss copy: %1</source>
        <translation>gloss copy: %1</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="114"/>
        <source>Copy a whole library, posts, codebook, highlights and notes, from a library file to a team library or back. The target must be empty (a new file, or an empty database on the server). Every table is compared after the copy. An interrupted copy continues where it stopped when the same command is run again.</source>
        <translation>Eine ganze Bibliothek – Beiträge, Codebuch, Markierungen und Notizen – aus einer Bibliotheksdatei in eine Team-Bibliothek kopieren oder zurück. Das Ziel muss leer sein (eine neue Datei oder eine leere Datenbank auf dem Server). Nach dem Kopieren wird jede Tabelle verglichen. Ein unterbrochener Kopiervorgang wird fortgesetzt, wenn derselbe Befehl erneut ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="119"/>
        <source>Copy the library at &lt;where&gt;: a file or a postgresql:// URL.</source>
        <translation>Die Bibliothek unter &lt;ort&gt; kopieren: eine Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="120"/>
        <location filename="../model/copycommand.cpp" line="122"/>
        <source>where</source>
        <translation>ort</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="121"/>
        <source>Into the library at &lt;where&gt;: a file or a postgresql:// URL.</source>
        <translation>In die Bibliothek unter &lt;ort&gt;: eine Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="123"/>
        <source>Summary format: tsv (default) or json.</source>
        <translation>Format der Zusammenfassung: tsv (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="123"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="125"/>
        <source>Rows per transaction (default 500).</source>
        <translation>Zeilen pro Transaktion (Standard 500).</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="126"/>
        <source>rows</source>
        <translation>zeilen</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="136"/>
        <source>Usage: gloss copy --from WHERE --to WHERE [options]</source>
        <translation>Aufruf: gloss copy --from ORT --to ORT [Optionen]</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="142"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="145"/>
        <source>this command needs --%1 with a file or a postgresql:// URL.</source>
        <translation>dieser Befehl braucht --%1 mit einer Datei oder einer postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="150"/>
        <source>unknown format “%1”; use tsv or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie tsv oder json.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="154"/>
        <source>--batch-size wants a number of rows from 1 to 100000, not “%1”.</source>
        <translation>--batch-size erwartet eine Zeilenzahl von 1 bis 100000, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="169"/>
        <source>copying %1: %2 of %3 rows</source>
        <translation>kopiere %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="170"/>
        <source>verifying %1: %2 of %3 rows</source>
        <translation>prüfe %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="195"/>
        <source>interrupted: %1 holds part of the copy (%2 rows written now). Run the same command again to continue it.</source>
        <translation>unterbrochen: %1 enthält einen Teil der Kopie (jetzt %2 Zeilen geschrieben). Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="202"/>
        <source>gloss copy: %1 already was a complete copy of %2; compared again, it matches.</source>
        <translation>gloss copy: %1 war bereits eine vollständige Kopie von %2; erneut verglichen, stimmt sie überein.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="206"/>
        <source>gloss copy: continued the copy of %1 into %2 (%3 more rows); every table matches.</source>
        <translation>gloss copy: Kopie von %1 nach %2 fortgesetzt (%3 weitere Zeilen); jede Tabelle stimmt überein.</translation>
    </message>
    <message>
        <location filename="../model/copycommand.cpp" line="208"/>
        <source>gloss copy: copied %1 into %2 (%3 rows); every table matches.</source>
        <translation>gloss copy: %1 nach %2 kopiert (%3 Zeilen); jede Tabelle stimmt überein.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../model/database.cpp" line="224"/>
        <location filename="../model/database.cpp" line="310"/>
        <source>%1: the database reported “%2”.</source>
        <translation>%1: Die Datenbank meldete „%2“.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="334"/>
        <source>“%1” is a folder, not a Gloss library.</source>
        <translation>„%1“ ist ein Ordner, keine Gloss-Bibliothek.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="337"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="341"/>
        <source>“%1” is not a Gloss library (it is not an SQLite database). It was left unchanged.</source>
        <translation>„%1“ ist keine Gloss-Bibliothek (es ist keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="351"/>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="392"/>
        <location filename="../model/database.cpp" line="416"/>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber für Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="418"/>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="435"/>
        <source>Cannot prepare “%1”</source>
        <translation>„%1“ kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="162"/>
        <source>“%1” is damaged or not a database (%2). It was left unchanged.</source>
        <translation>„%1“ ist beschädigt oder keine Datenbank (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="104"/>
        <source>Cannot read “%1” now (%2). Try again.</source>
        <translation>„%1“ kann gerade nicht gelesen werden (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="161"/>
        <source>“%1” is damaged or not a complete database. It was left unchanged.</source>
        <translation>„%1“ ist beschädigt oder keine vollständige Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="164"/>
        <source>A copy taken before its last update is at “%1”.</source>
        <translation>Eine Kopie vom Stand vor der letzten Aktualisierung liegt unter „%1“.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="291"/>
        <source>%1: there is no space left for the library. Nothing of this change was saved; free some disk space and try again.</source>
        <translation>%1: Für die Bibliothek ist kein Speicherplatz mehr frei. Von dieser Änderung wurde nichts gespeichert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="206"/>
        <location filename="../model/database.cpp" line="295"/>
        <source>%1: the library is read-only, so nothing of this change was saved.</source>
        <translation>%1: Die Bibliothek ist schreibgeschützt, daher wurde von dieser Änderung nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="201"/>
        <source>%1: the team library&apos;s server cannot be reached (%2). Nothing of this change was saved; check the connection and try again.</source>
        <translation>%1: Der Server der Teambibliothek ist nicht erreichbar (%2). Nichts von dieser Änderung wurde gespeichert; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="210"/>
        <source>%1: your account may not change the team library, so nothing of this change was saved.</source>
        <translation>%1: Ihr Konto darf die Teambibliothek nicht ändern, daher wurde nichts von dieser Änderung gespeichert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="215"/>
        <source>%1: the team library&apos;s server has no space left. Nothing of this change was saved.</source>
        <translation>%1: Auf dem Server der Teambibliothek ist kein Platz mehr frei. Nichts von dieser Änderung wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="220"/>
        <source>%1: a teammate&apos;s change was being saved at the same moment. Nothing of this change was saved; try again.</source>
        <translation>%1: Im selben Moment wurde die Änderung eines Teammitglieds gespeichert. Nichts von dieser Änderung wurde gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="282"/>
        <source>%1: the connection to the library is closed. Nothing of this change was saved; open the library again.</source>
        <translation>%1: Die Verbindung zur Bibliothek ist geschlossen. Von dieser Änderung wurde nichts gespeichert; öffnen Sie die Bibliothek erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="299"/>
        <source>%1: the library is in use by another program (or another Gloss) and stayed busy. Nothing of this change was saved; try again.</source>
        <translation>%1: Die Bibliothek wird von einem anderen Programm (oder einer anderen Gloss-Instanz) verwendet und blieb belegt. Von dieser Änderung wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="305"/>
        <source>%1: the library is damaged (the database reported “%2”).</source>
        <translation>%1: Die Bibliothek ist beschädigt (die Datenbank meldete „%2“).</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="360"/>
        <source>“%1” is read-only: you can read and search it, but highlights, notes and tags cannot be changed or added. To change it, make the file writable and open it again.</source>
        <translation>„%1“ ist schreibgeschützt: Sie können die Bibliothek lesen und durchsuchen, aber keine Markierungen, Notizen oder Argumentzuordnungen ändern oder hinzufügen. Um sie zu ändern, machen Sie die Datei beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="365"/>
        <source>“%1” is in a folder that cannot be written (“%2”), so it opens read-only: you can read and search it, but not change it.</source>
        <translation>„%1“ liegt in einem nicht beschreibbaren Ordner („%2“) und wird daher schreibgeschützt geöffnet: Sie können die Bibliothek lesen und durchsuchen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="370"/>
        <source>Cannot create a library in “%1”: the folder cannot be written.</source>
        <translation>In „%1“ kann keine Bibliothek angelegt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="373"/>
        <source>“%1” was opened read-only: it cannot be changed.</source>
        <translation>„%1“ wurde schreibgeschützt geöffnet: Die Bibliothek kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="376"/>
        <source>“%1” is empty and cannot be written: there is no library to read.</source>
        <translation>„%1“ ist leer und nicht beschreibbar: Es gibt keine Bibliothek, die gelesen werden könnte.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="442"/>
        <source>“%1” is read-only and was written by an older Gloss: it needs updating to library format %2 before this version can read it. Make it writable, or open a copy. It was left unchanged.</source>
        <translation>„%1“ ist schreibgeschützt und wurde von einer älteren Gloss-Version geschrieben: Die Datei muss auf das Bibliotheksformat %2 aktualisiert werden, bevor diese Version sie lesen kann. Machen Sie sie beschreibbar oder öffnen Sie eine Kopie. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="475"/>
        <source>“%1” is another program’s SQLite database, not a Gloss library. It was left unchanged.</source>
        <translation>„%1“ ist die SQLite-Datenbank eines anderen Programms, keine Gloss-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="482"/>
        <source>“%1” was written by a newer version of Gloss (library format %2; this version reads up to %3). Update Gloss to open it. The file was left unchanged.</source>
        <translation>„%1“ wurde von einer neueren Gloss-Version geschrieben (Bibliotheksformat %2; diese Version liest bis Format %3). Aktualisieren Sie Gloss, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="527"/>
        <source>Before updating “%1” to a new library format, Gloss copies it to “%2”, and that failed: %3 The library was left unchanged.</source>
        <translation>Bevor Gloss „%1“ auf ein neues Bibliotheksformat aktualisiert, kopiert es die Datei nach „%2“, und das ist fehlgeschlagen: %3 Die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="537"/>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="539"/>
        <source>the copy could not be written to the disk.</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="544"/>
        <location filename="../model/database.cpp" line="546"/>
        <source>the copy did not read back intact.</source>
        <translation>die Kopie ließ sich nicht unversehrt zurücklesen.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="550"/>
        <source>the copy could not be renamed.</source>
        <translation>die Kopie konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="575"/>
        <source>Schema file %1 is missing from this build.</source>
        <translation>Die Schemadatei %1 fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="582"/>
        <source>Updating the library to format %1 failed</source>
        <translation>Die Aktualisierung der Bibliothek auf Format %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="649"/>
        <source>Cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="678"/>
        <source>No transaction to commit.</source>
        <translation>Es gibt keine Transaktion, die abgeschlossen werden könnte.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="688"/>
        <location filename="../model/database.cpp" line="703"/>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="50"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="54"/>
        <source>Cannot connect to the team library %1: %2</source>
        <translation>Keine Verbindung zur Teambibliothek %1: %2</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="59"/>
        <location filename="../model/databaseserver.cpp" line="62"/>
        <source>Cannot prepare the connection to %1</source>
        <translation>Die Verbindung zu %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="70"/>
        <source>Cannot read the format of the team library %1.</source>
        <translation>Das Format der Teambibliothek %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="73"/>
        <source>The team library %1 was written by a newer Gloss (library format %2; this version knows up to %3). Update Gloss to open it. It was left unchanged.</source>
        <translation>Die Teambibliothek %1 wurde von einem neueren Gloss geschrieben (Bibliotheksformat %2; diese Version kennt bis %3). Aktualisieren Sie Gloss, um sie zu öffnen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="81"/>
        <source>The team library %1 was opened read-only: it cannot be changed.</source>
        <translation>Die Teambibliothek %1 wurde schreibgeschützt geöffnet: Sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="86"/>
        <source>The team library %1 needs updating to library format %2, and it was opened read-only. It was left unchanged.</source>
        <translation>Die Teambibliothek %1 muss auf Bibliotheksformat %2 aktualisiert werden, wurde aber schreibgeschützt geöffnet. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="103"/>
        <source>Cannot inspect the team library %1</source>
        <translation>Die Teambibliothek %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="120"/>
        <source>The database %1 holds tables of another program. Gloss makes a team library only in an empty database, or opens one it made. It was left unchanged.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms. Gloss legt eine Teambibliothek nur in einer leeren Datenbank an oder öffnet eine, die es selbst angelegt hat. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/databaseserver.cpp" line="138"/>
        <source>Your account may read the team library %1 but not change it: you can read it and export its notes, but highlights, notes and tags cannot be added or changed. Ask whoever runs the server for write access.</source>
        <translation>Ihr Konto darf die Teambibliothek %1 lesen, aber nicht ändern: Sie können sie lesen und ihre Notizen exportieren, aber keine Markierungen, Notizen oder Schlagwörter hinzufügen oder ändern. Bitten Sie die Person, die den Server betreut, um Schreibrechte.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="20"/>
        <source>Cannot Open the Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="33"/>
        <source>You can open another library, or start a fresh one in a new file. The file above is not changed either way.</source>
        <translation>Sie können eine andere Bibliothek öffnen oder eine neue in einer neuen Datei anlegen. Die oben genannte Datei bleibt in beiden Fällen unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="43"/>
        <source>&amp;Open Another…</source>
        <translation>&amp;Andere Bibliothek öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="45"/>
        <source>&amp;Start a Fresh Library…</source>
        <translation>&amp;Neue Bibliothek anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="66"/>
        <source>Gloss libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Gloss-Bibliotheken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="68"/>
        <source>Open a Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="70"/>
        <source>Start a Fresh Library</source>
        <translation>Neue Bibliothek anlegen</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="99"/>
        <source>That is the library that cannot be opened. Choose another file.</source>
        <translation>Das ist die Bibliothek, die sich nicht öffnen lässt. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../ui/databaseproblemdialog.cpp" line="115"/>
        <source>“%1” already exists. A fresh library needs a new file name.</source>
        <translation>„%1“ existiert bereits. Eine neue Bibliothek braucht einen neuen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../model/exportcommand.cpp" line="80"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="35"/>
        <location filename="../model/exportcommand.cpp" line="53"/>
        <location filename="../model/exportcommand.cpp" line="65"/>
        <location filename="../model/exportcommand.cpp" line="174"/>
        <source>gloss %1: %2</source>
        <translation>gloss %1: %2</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="40"/>
        <source>Usage: gloss %1 [options]</source>
        <translation>Aufruf: gloss %1 [Optionen]</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="70"/>
        <source>Export highlights and notes as Markdown, CSV or Web Annotation JSON.</source>
        <translation>Markierungen und Notizen als Markdown, CSV oder JSON (Web Annotation) exportieren.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="73"/>
        <source>markdown (default), csv or json.</source>
        <translation>markdown (Standard), csv oder json.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="73"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="75"/>
        <source>Markdown: arrange by post (default) or by argument.</source>
        <translation>Markdown: nach Beitrag (post, Standard) oder nach Argument (argument) anordnen.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="75"/>
        <source>arrangement</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="77"/>
        <source>Export this post (its id, as “gloss list” shows); repeat for more.</source>
        <translation>Diesen Beitrag exportieren (seine ID, wie „gloss list“ sie anzeigt); für weitere wiederholen.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="78"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="79"/>
        <source>Export the highlights of this argument and those below it (“Parent/Child”).</source>
        <translation>Die Markierungen dieses Arguments und der darunterliegenden exportieren („Eltern/Kind“).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="81"/>
        <source>Markdown: lay out with this template file.</source>
        <translation>Markdown: mit dieser Vorlagendatei gestalten.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="82"/>
        <location filename="../model/exportcommand.cpp" line="85"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="83"/>
        <source>CSV: start with a UTF-8 byte order mark (for some spreadsheet programs).</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolge-Markierung (BOM) beginnen (für manche Tabellenkalkulationen).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="84"/>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>In &lt;Datei&gt; statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="86"/>
        <source>Name who made and last changed each highlight.</source>
        <translation>Nennen, wer jede Markierung erstellt und zuletzt geändert hat.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="92"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="95"/>
        <source>unknown format “%1”; use markdown, csv or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie markdown, csv oder json.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="101"/>
        <source>unknown arrangement “%1”; use post or argument.</source>
        <translation>unbekannte Anordnung „%1“; verwenden Sie post oder argument.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="103"/>
        <source>--template and --by apply to --format markdown only.</source>
        <translation>--template und --by gelten nur für --format markdown.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="105"/>
        <source>use either --post or --tag, not both.</source>
        <translation>verwenden Sie entweder --post oder --tag, nicht beides.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="111"/>
        <source>--post wants a whole number from 1 up, not “%1”.</source>
        <translation>--post erwartet eine ganze Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="115"/>
        <source>-o wants a file name.</source>
        <translation>-o erwartet einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="120"/>
        <source>there is no template file “%1”.</source>
        <translation>die Vorlagendatei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="131"/>
        <source>there is no post %1 (“gloss list” shows them).</source>
        <translation>es gibt keinen Beitrag %1 („gloss list“ zeigt alle an).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="140"/>
        <source>there is no tag “%1” in the codebook (“gloss tags” lists them).</source>
        <translation>im Codebuch gibt es kein Tag „%1“ („gloss tags“ listet alle auf).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="165"/>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="179"/>
        <source>Restore highlights from Web Annotation JSON (as “gloss export --format json” writes it).</source>
        <translation>Markierungen aus JSON im Format Web Annotation wiederherstellen (wie „gloss export --format json“ es schreibt).</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="182"/>
        <source>The JSON file to import.</source>
        <translation>Die zu importierende JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="182"/>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="187"/>
        <source>give exactly one JSON file to import.</source>
        <translation>geben Sie genau eine JSON-Datei zum Importieren an.</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="197"/>
        <source>restored: %1</source>
        <translation>wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="198"/>
        <source>orphaned: %1</source>
        <translation>verwaist: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="199"/>
        <source>already present: %1</source>
        <translation>bereits vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="200"/>
        <source>tags created: %1</source>
        <translation>Tags angelegt: %1</translation>
    </message>
    <message>
        <location filename="../model/exportcommand.cpp" line="203"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="59"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="60"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="61"/>
        <source>Start with a byte order mark (for spreadsheet programs that need one)</source>
        <translation>Mit einer Bytereihenfolge-Markierung (BOM) beginnen (für Tabellenkalkulationen, die sie benötigen)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="62"/>
        <source>Name who made each &amp;highlight</source>
        <translation>Nennen, wer jede &amp;Markierung erstellt hat</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="67"/>
        <location filename="../ui/exportdialog.cpp" line="284"/>
        <location filename="../ui/exportdialog.cpp" line="289"/>
        <location filename="../ui/exportdialog.cpp" line="296"/>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="71"/>
        <source>Markdown (Obsidian, Logseq)</source>
        <translation>Markdown (Obsidian, Logseq)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="72"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="73"/>
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON (W3C Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>Current post</source>
        <translation>Aktueller Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="77"/>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="78"/>
        <source>One argument and those below it</source>
        <translation>Ein Argument und die darunterliegenden</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="82"/>
        <source>By post</source>
        <translation>Nach Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="83"/>
        <source>By argument (argument brief)</source>
        <translation>Nach Argument (Argumentübersicht)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="86"/>
        <source>Default template</source>
        <translation>Standardvorlage</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="103"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="104"/>
        <source>A&amp;rgument:</source>
        <translation>A&amp;rgument:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="105"/>
        <source>&amp;Arrangement:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="106"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="111"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="113"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="122"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="235"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="274"/>
        <source>Choose a Markdown Template</source>
        <translation>Markdown-Vorlage auswählen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="275"/>
        <source>Markdown templates (*.md *.txt);;All files (*)</source>
        <translation>Markdown-Vorlagen (*.md *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="285"/>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <location filename="../model/exportdocument.cpp" line="130"/>
        <source>There is no argument with id %1.</source>
        <translation>Es gibt kein Argument mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../model/exportdocument.cpp" line="175"/>
        <source>Gloss notes</source>
        <translation>Gloss-Notizen</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/exporter.cpp" line="29"/>
        <source>Unknown export format “%1”; use %2.</source>
        <translation>Unbekanntes Exportformat „%1“; verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <location filename="../model/feedparser.cpp" line="93"/>
        <source>The feed declares entities of its own in its document type; Gloss does not read such files.</source>
        <translation>Der Feed deklariert in seiner Dokumenttypdeklaration eigene Entitäten; solche Dateien liest Gloss nicht.</translation>
    </message>
    <message>
        <location filename="../model/feedparser.cpp" line="110"/>
        <source>This XML file is not an RSS or Atom feed (its root element is &lt;%1&gt;).</source>
        <translation>Diese XML-Datei ist kein RSS- oder Atom-Feed (ihr Wurzelelement ist &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../model/feedparser.cpp" line="127"/>
        <source>The feed is not well-formed XML (line %1, column %2: %3).</source>
        <translation>Der Feed ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <location filename="../model/feedparser.cpp" line="133"/>
        <source>The feed ends before it is complete.</source>
        <translation>Der Feed endet, bevor er vollständig ist.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="93"/>
        <source>Find in post</source>
        <translation>Im Beitrag suchen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="98"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="103"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="101"/>
        <source>Previous match (%1)</source>
        <translation>Vorheriger Treffer (%1)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="105"/>
        <source>Next match (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="108"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="109"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="261"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findbar.cpp" line="263"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="135"/>
        <location filename="../model/highlightlistmodel.cpp" line="156"/>
        <source>Orphaned: the passage is no longer in the post</source>
        <translation>Verwaist: Die Textstelle ist nicht mehr im Beitrag enthalten</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="141"/>
        <source>Highlighted by %1</source>
        <translation>Markiert von %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="143"/>
        <source>Last changed by %1</source>
        <translation>Zuletzt geändert von %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="147"/>
        <source>Highlight: %1</source>
        <translation>Markierung: %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="152"/>
        <source>No arguments</source>
        <translation>Keine Argumente</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="152"/>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="154"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>HighlightPanel</name>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="38"/>
        <source>Tag as Argument</source>
        <translation>Argument zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="41"/>
        <location filename="../ui/highlightpanel.cpp" line="89"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="43"/>
        <location filename="../ui/highlightpanel.cpp" line="93"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="48"/>
        <source>Highlights of this post</source>
        <translation>Markierungen dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="52"/>
        <source>Show highlights of argument</source>
        <translation>Markierungen eines Arguments anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="53"/>
        <source>Show only the highlights tagged with an argument or one below it</source>
        <translation>Nur die Markierungen anzeigen, die einem Argument oder einem darunterliegenden zugeordnet sind</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="60"/>
        <source>Show highlights made by</source>
        <translation>Markierungen zeigen von</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="61"/>
        <source>Show only the highlights one person made</source>
        <translation>Nur die Markierungen einer Person zeigen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="75"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="76"/>
        <source>Note on the selected highlight (Markdown)</source>
        <translation>Notiz zur ausgewählten Markierung (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="80"/>
        <source>Tag…</source>
        <translation>Zuordnen…</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="81"/>
        <source>Tag the selected highlight as an argument</source>
        <translation>Die ausgewählte Markierung einem Argument zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="84"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="86"/>
        <source>Delete the selected highlight (%1)</source>
        <translation>Die ausgewählte Markierung löschen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="90"/>
        <source>Colour of the selected highlight</source>
        <translation>Farbe der ausgewählten Markierung</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="94"/>
        <source>How the selected highlight is drawn</source>
        <translation>Wie die ausgewählte Markierung dargestellt wird</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="98"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="99"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="100"/>
        <source>Strike-Through</source>
        <translation>Durchgestrichen</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="111"/>
        <source>Re-attach</source>
        <translation>Neu verankern</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="112"/>
        <source>Attach this orphaned highlight to the passage selected in the reader</source>
        <translation>Diese verwaiste Markierung an der in der Leseansicht ausgewählten Textstelle verankern</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="122"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="186"/>
        <source>All arguments</source>
        <translation>Alle Argumente</translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="246"/>
        <source>All authors</source>
        <translation>Alle Autoren</translation>
    </message>
</context>
<context>
    <name>HighlightStore</name>
    <message>
        <location filename="../model/highlightstore.cpp" line="228"/>
        <source>A highlight to restore needs its id.</source>
        <translation>Eine wiederherzustellende Markierung braucht ihre ID.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="175"/>
        <location filename="../model/highlightstore.cpp" line="251"/>
        <source>Cannot save the highlight</source>
        <translation>Die Markierung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="119"/>
        <location filename="../model/highlightstore.cpp" line="127"/>
        <location filename="../model/highlightstore.cpp" line="185"/>
        <source>Cannot save the tags of the highlight</source>
        <translation>Die Argumente der Markierung können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="282"/>
        <source>The highlight no longer exists.</source>
        <translation>Die Markierung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="268"/>
        <source>Cannot delete the highlight</source>
        <translation>Die Markierung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="308"/>
        <location filename="../model/highlightstore.cpp" line="315"/>
        <source>Cannot read the highlight</source>
        <translation>Die Markierung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="310"/>
        <source>There is no highlight %1.</source>
        <translation>Es gibt keine Markierung %1.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="295"/>
        <location filename="../model/highlightstore.cpp" line="344"/>
        <location filename="../model/highlightstore.cpp" line="363"/>
        <location filename="../model/highlightstore.cpp" line="480"/>
        <location filename="../model/highlightstore.cpp" line="498"/>
        <location filename="../model/highlightstore.cpp" line="517"/>
        <source>Cannot read the highlights</source>
        <translation>Die Markierungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="284"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="286"/>
        <source>%1 changed this highlight at %2, after you last saw it.</source>
        <translation>%1 hat diese Markierung um %2 geändert, nachdem Sie sie zuletzt gesehen haben.</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="420"/>
        <source>Cannot count the highlights per argument</source>
        <translation>Die Markierungen je Argument können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="444"/>
        <source>Cannot count the highlights per post</source>
        <translation>Die Markierungen je Beitrag können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="533"/>
        <source>Cannot count the arguments per post</source>
        <translation>Die Argumente je Beitrag können nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>HtmlPostExtractor</name>
    <message>
        <location filename="../model/htmlpostextractor.cpp" line="601"/>
        <source>The page’s text was cut at %1 characters.</source>
        <translation>Der Text der Seite wurde nach %1 Zeichen abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../model/htmlpostextractor.cpp" line="603"/>
        <source>Markup nested deeper than %1 levels was flattened.</source>
        <translation>Auszeichnungen, die tiefer als %1 Ebenen verschachtelt sind, wurden abgeflacht.</translation>
    </message>
    <message>
        <location filename="../model/htmlpostextractor.cpp" line="606"/>
        <source>The page holds no readable text.</source>
        <translation>Die Seite enthält keinen lesbaren Text.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../model/importcommand.cpp" line="32"/>
        <source>gloss import: %1</source>
        <translation>gloss import: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="38"/>
        <source>Import blog posts: plain text, Markdown, saved HTML pages, RSS, Atom and WordPress export files, and Web Annotation JSON exported by Gloss. Folders are read recursively.</source>
        <translation>Blogbeiträge importieren: reiner Text, Markdown, gespeicherte HTML-Seiten, RSS, Atom und WordPress-Exportdateien sowie von Gloss exportiertes Web-Annotation-JSON. Ordner werden rekursiv gelesen.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="42"/>
        <source>Refuse files larger than &lt;MB&gt; megabytes (default 20).</source>
        <translation>Dateien ablehnen, die größer als &lt;MB&gt; Megabyte sind (Standard: 20).</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="43"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="45"/>
        <source>paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="45"/>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="45"/>
        <source>PATH…</source>
        <translation>PFAD…</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="51"/>
        <source>Usage: gloss import [options] PATH…</source>
        <translation>Aufruf: gloss import [Optionen] PFAD…</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="58"/>
        <source>name at least one file or folder to import.</source>
        <translation>Geben Sie mindestens eine Datei oder einen Ordner zum Importieren an.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="62"/>
        <source>--max-size wants a number of megabytes between 0 and 4096, not “%1”.</source>
        <translation>--max-size erwartet eine Anzahl Megabyte zwischen 0 und 4096, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="74"/>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="75"/>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="78"/>
        <source>(%1 highlights moved, %2 orphaned)</source>
        <translation>(%1 Markierungen verschoben, %2 verwaist)</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="81"/>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="83"/>
        <source>Annotations restored: %1 (%2 orphaned)</source>
        <translation>Wiederhergestellte Anmerkungen: %1 (%2 verwaist)</translation>
    </message>
    <message>
        <location filename="../model/importcommand.cpp" line="88"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>LibraryCopier</name>
    <message>
        <location filename="../model/librarycopier.cpp" line="168"/>
        <source>the team library %1</source>
        <translation>die Team-Bibliothek %1</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="169"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="188"/>
        <location filename="../model/librarycopier.cpp" line="353"/>
        <location filename="../model/librarycopier.cpp" line="675"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="257"/>
        <source>Cannot read the settings of %1</source>
        <translation>Die Einstellungen von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="289"/>
        <location filename="../model/librarycopier.cpp" line="761"/>
        <location filename="../model/librarycopier.cpp" line="777"/>
        <location filename="../model/librarycopier.cpp" line="879"/>
        <source>Cannot copy the table %1</source>
        <translation>Die Tabelle %1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="447"/>
        <location filename="../model/librarycopier.cpp" line="515"/>
        <source>The source and the target are the same library: copy into another file or database.</source>
        <translation>Quelle und Ziel sind dieselbe Bibliothek: Kopieren Sie in eine andere Datei oder Datenbank.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="466"/>
        <source>There is no library at “%1” to copy.</source>
        <translation>Unter „%1“ gibt es keine Bibliothek zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="492"/>
        <source>Cannot mark %1 as the copy’s source</source>
        <translation>%1 kann nicht als Quelle der Kopie gekennzeichnet werden</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="505"/>
        <source>Cannot copy into %1: %2</source>
        <translation>In %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="545"/>
        <source>%1 is a finished copy of this library, and the two now differ (%2): one of them was changed since. It was left unchanged.</source>
        <translation>%1 ist eine fertige Kopie dieser Bibliothek, und die beiden unterscheiden sich jetzt (%2): Eine von beiden wurde seitdem geändert. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="556"/>
        <source>%1 holds a copy of another library (%2). Gloss copies only into an empty library or continues its own unfinished copy. It was left unchanged.</source>
        <translation>%1 enthält eine Kopie einer anderen Bibliothek (%2). Gloss kopiert nur in eine leere Bibliothek oder setzt seine eigene unfertige Kopie fort. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="558"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="561"/>
        <source>%1 already holds a library of its own. Gloss copies only into an empty library (a new file, or an empty database on the server) or continues its own unfinished copy. It was left unchanged.</source>
        <translation>%1 enthält bereits eine eigene Bibliothek. Gloss kopiert nur in eine leere Bibliothek (eine neue Datei oder eine leere Datenbank auf dem Server) oder setzt seine eigene unfertige Kopie fort. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="586"/>
        <source>The copy in %1 does not match its source in %2. It stays unfinished. If the source was changed since the copy began, copy again into a new, empty library.</source>
        <translation>Die Kopie in %1 stimmt nicht mit ihrer Quelle in %2 überein. Sie bleibt unfertig. Wenn die Quelle seit Beginn der Kopie geändert wurde, kopieren Sie erneut in eine neue, leere Bibliothek.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="597"/>
        <location filename="../model/librarycopier.cpp" line="600"/>
        <source>Cannot mark the copy in %1 complete</source>
        <translation>Die Kopie in %1 kann nicht als vollständig gekennzeichnet werden</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="629"/>
        <source>table %1: %2 rows in the source, %3 in the copy</source>
        <translation>Tabelle %1: %2 Zeilen in der Quelle, %3 in der Kopie</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="633"/>
        <source>table %1: the same number of rows, but not the same content</source>
        <translation>Tabelle %1: gleich viele Zeilen, aber nicht derselbe Inhalt</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="647"/>
        <source>The table %1 is missing from %2.</source>
        <translation>Die Tabelle %1 fehlt in %2.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="655"/>
        <source>The table %1 of %2 has a column %3 that %4 lacks, so its values would be lost. Nothing was copied.</source>
        <translation>Die Tabelle %1 von %2 hat eine Spalte %3, die %4 fehlt; ihre Werte gingen verloren. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="664"/>
        <location filename="../model/librarycopier.cpp" line="884"/>
        <source>The table %1 of %2 has no column %3.</source>
        <translation>Die Tabelle %1 von %2 hat keine Spalte %3.</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="690"/>
        <source>Cannot begin the copy into %1</source>
        <translation>Die Kopie nach %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../model/librarycopier.cpp" line="938"/>
        <source>Cannot compare the table %1</source>
        <translation>Die Tabelle %1 kann nicht verglichen werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Highlight as &amp;Argument</source>
        <translation>Als &amp;Argument markieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Highlight &amp;With</source>
        <translation>Markieren m&amp;it</translation>
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
        <translation>Nach Titel, Autor oder Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Filter posts</source>
        <translation>Beiträge filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Show or hide the search of the whole library</source>
        <translation>Die Suche in der gesamten Bibliothek ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Show or hide every highlight of the library, by argument or by post, and the posts × arguments matrix</source>
        <translation>Alle Markierungen der Bibliothek nach Argument oder nach Beitrag sowie die Matrix Beiträge × Argumente ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Show or hide the highlights of the post</source>
        <translation>Die Markierungen des Beitrags ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Highlight the selected passage and tag it as an argument</source>
        <translation>Die ausgewählte Textstelle markieren und einem Argument zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Highlight the selected passage in a colour of your choice</source>
        <translation>Die ausgewählte Textstelle in einer Farbe Ihrer Wahl markieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Document List &amp;Columns</source>
        <translation>&amp;Spalten der Beitragsliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Choose which columns the list of posts shows</source>
        <translation>Wählen, welche Spalten die Liste der Beiträge zeigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Redo %1</source>
        <translation>Wieder&amp;herstellen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Colour Highlight</source>
        <translation>Markierung einfärben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Change Highlight Style</source>
        <translation>Markierungsstil ändern</translation>
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
        <translation>Team-Bibliothek: %1 (als %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 von %n Beitrag</numerusform>
            <numerusform>%1 von %n Beiträgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>About Gloss</source>
        <translation>Über Gloss</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read blog posts and annotate them: highlight passages, tag them as arguments, write notes, and take them elsewhere.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Blogbeiträge lesen und annotieren: Textstellen markieren, Argumenten zuordnen, Notizen schreiben und alles in andere Programme mitnehmen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Delete This Highlight</source>
        <translation>Diese Markierung löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>Select a passage of the post first.</source>
        <translation>Wählen Sie zuerst eine Textstelle im Beitrag aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>Highlighted and saved.</source>
        <translation>Markiert und gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <source>Kept their note; yours is on the clipboard.</source>
        <translation>Deren Notiz behalten; Ihre liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>Tag as Argument</source>
        <translation>Argument zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Select the passage the highlight belongs to, then Re-attach.</source>
        <translation>Wählen Sie die Textstelle aus, zu der die Markierung gehört, und klicken Sie dann auf „Neu verankern“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>Re-attach Highlight</source>
        <translation>Markierung neu verankern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>Cannot start Gloss for the team library: %1</source>
        <translation>Gloss kann für die Teambibliothek nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="853"/>
        <location filename="../ui/mainwindow.cpp" line="864"/>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Import Posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>Posts and feeds (*.txt *.md *.markdown *.html *.htm *.xml *.rss *.atom *.json);;All files (*)</source>
        <translation>Beiträge und Feeds (*.txt *.md *.markdown *.html *.htm *.xml *.rss *.atom *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="874"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>%n post(s) imported</source>
        <translation>
            <numerusform>%n Beitrag importiert</numerusform>
            <numerusform>%n Beiträge importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="894"/>
        <source>%n post(s) updated</source>
        <translation>
            <numerusform>%n Beitrag aktualisiert</numerusform>
            <numerusform>%n Beiträge aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="895"/>
        <source>%n post(s) unchanged</source>
        <translation>
            <numerusform>%n Beitrag unverändert</numerusform>
            <numerusform>%n Beiträge unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>%n highlight(s) moved with their passage</source>
        <translation>
            <numerusform>%n Markierung mit ihrer Textstelle verschoben</numerusform>
            <numerusform>%n Markierungen mit ihren Textstellen verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="898"/>
        <source>%n highlight(s) orphaned: their passage is gone; see the Highlights panel</source>
        <translation>
            <numerusform>%n Markierung verwaist: Ihre Textstelle ist nicht mehr vorhanden; siehe Bereich „Markierungen“</numerusform>
            <numerusform>%n Markierungen verwaist: Ihre Textstellen sind nicht mehr vorhanden; siehe Bereich „Markierungen“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="902"/>
        <source>%n annotation(s) restored</source>
        <translation>
            <numerusform>%n Anmerkung wiederhergestellt</numerusform>
            <numerusform>%n Anmerkungen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="904"/>
        <source>Cancelled: the posts imported before it are kept whole.</source>
        <translation>Abgebrochen: Die bis dahin importierten Beiträge bleiben vollständig erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="906"/>
        <source>Refused %1: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <location filename="../model/markdownexporter.cpp" line="336"/>
        <source>Error in the template “%1”, line %2: %3</source>
        <translation>Fehler in der Vorlage „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../model/markdownexporter.cpp" line="338"/>
        <source>Error in the template “%1”: %2</source>
        <translation>Fehler in der Vorlage „%1“: %2</translation>
    </message>
    <message>
        <location filename="../model/markdownexporter.cpp" line="746"/>
        <source>Cannot read the template “%1”: %2</source>
        <translation>Die Vorlage „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="34"/>
        <source>Note Changed by Someone Else</source>
        <translation>Notiz von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="35"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="36"/>
        <source>&lt;b&gt;%1 changed this note at %2 while you were writing it.&lt;/b&gt;&lt;br&gt;Keep one of the two. If you keep theirs, yours is copied to the clipboard.</source>
        <translation>&lt;b&gt;%1 hat diese Notiz um %2 geändert, während Sie sie geschrieben haben.&lt;/b&gt;&lt;br&gt;Behalten Sie eine der beiden. Wenn Sie deren behalten, wird Ihre in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="45"/>
        <source>&amp;Their note (%1):</source>
        <translation>&amp;Deren Notiz (%1):</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="47"/>
        <source>&amp;Your note:</source>
        <translation>&amp;Ihre Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="57"/>
        <source>Keep &amp;Their Note</source>
        <translation>&amp;Deren Notiz behalten</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="59"/>
        <source>Your note is copied to the clipboard</source>
        <translation>Ihre Notiz wird in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="60"/>
        <source>Keep &amp;My Note</source>
        <translation>&amp;Meine Notiz behalten</translation>
    </message>
    <message>
        <location filename="../ui/noteconflictdialog.cpp" line="62"/>
        <source>Your note replaces theirs</source>
        <translation>Ihre Notiz ersetzt deren</translation>
    </message>
</context>
<context>
    <name>OrphanListModel</name>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="61"/>
        <source>Orphaned highlight: %1</source>
        <translation>Verwaiste Markierung: %1</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="85"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="87"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="89"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>PostDocument</name>
    <message>
        <location filename="../model/postdocument.cpp" line="83"/>
        <source>This post has no title; this one was made from its opening words.</source>
        <translation>Dieser Beitrag hat keinen Titel; dieser wurde aus seinen ersten Wörtern gebildet.</translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="91"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="95"/>
        <source>No date or author given</source>
        <translation>Ohne Datum und Autor</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/postdocument.cpp" line="110"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="126"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="128"/>
        <source>trackback</source>
        <translation>Trackback</translation>
    </message>
</context>
<context>
    <name>PostImporter</name>
    <message>
        <location filename="../model/postimporter.cpp" line="166"/>
        <source>There is no such file or folder.</source>
        <translation>Datei oder Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="216"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="218"/>
        <source>“%1” is not a regular file.</source>
        <translation>„%1“ ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="221"/>
        <source>“%1” is larger than %2 MB; raise the limit to import it.</source>
        <translation>„%1“ ist größer als %2 MB; erhöhen Sie die Grenze, um die Datei zu importieren.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="229"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="240"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="266"/>
        <source>“%1” holds annotations, not posts.</source>
        <translation>„%1“ enthält Anmerkungen, keine Beiträge.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="276"/>
        <location filename="../model/postimporter.cpp" line="283"/>
        <location filename="../model/postimporter.cpp" line="391"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="285"/>
        <source>“%1” is a feed without posts.</source>
        <translation>„%1“ ist ein Feed ohne Beiträge.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="307"/>
        <source>“%1” holds no text to read.</source>
        <translation>„%1“ enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <location filename="../model/postimporter.cpp" line="481"/>
        <source>“%1” is JSON, but not Web Annotation data (as Gloss exports highlights).</source>
        <translation>„%1“ ist JSON, aber keine Web-Annotation-Daten (wie Gloss sie beim Export von Markierungen schreibt).</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../model/postlistmodel.cpp" line="90"/>
        <source>This post has no title; Gloss made one from its opening words.</source>
        <translation>Dieser Beitrag hat keinen Titel; Gloss hat einen aus seinen ersten Wörtern gebildet.</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="139"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="141"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="143"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="145"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="147"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="149"/>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>PostParser</name>
    <message>
        <location filename="../model/postparser.cpp" line="435"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message>
        <location filename="../model/poststore.cpp" line="139"/>
        <source>Cannot add “%1”</source>
        <translation>„%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="166"/>
        <source>Cannot add the categories of “%1”</source>
        <translation>Die Kategorien von „%1“ können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="179"/>
        <source>Cannot add the comments of “%1”</source>
        <translation>Die Kommentare von „%1“ können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="273"/>
        <location filename="../model/poststore.cpp" line="287"/>
        <location filename="../model/poststore.cpp" line="294"/>
        <location filename="../model/poststore.cpp" line="313"/>
        <source>Cannot read post %1</source>
        <translation>Beitrag %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="234"/>
        <location filename="../model/poststore.cpp" line="275"/>
        <location filename="../model/poststore.cpp" line="315"/>
        <source>There is no post %1 in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Beitrag %1.</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="103"/>
        <source>Cannot prepare to write posts</source>
        <translation>Das Schreiben der Beiträge kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="201"/>
        <source>Cannot add the new posts to the search index</source>
        <translation>Die neuen Beiträge können nicht in den Suchindex aufgenommen werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="232"/>
        <location filename="../model/poststore.cpp" line="241"/>
        <source>Cannot update “%1”</source>
        <translation>„%1“ kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="257"/>
        <location filename="../model/poststore.cpp" line="355"/>
        <source>Cannot look up a post</source>
        <translation>Ein Beitrag kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="332"/>
        <location filename="../model/poststore.cpp" line="344"/>
        <source>Cannot look up “%1”</source>
        <translation>„%1“ kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="373"/>
        <location filename="../model/poststore.cpp" line="392"/>
        <source>Cannot list the posts</source>
        <translation>Die Beiträge können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="411"/>
        <source>Cannot count the posts</source>
        <translation>Die Beiträge können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="421"/>
        <source>Cannot read the library settings</source>
        <translation>Die Bibliothekseinstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="433"/>
        <source>Cannot save the library settings</source>
        <translation>Die Bibliothekseinstellungen können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="45"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="49"/>
        <source>Reader font</source>
        <translation>Schrift der Leseansicht</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="54"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="55"/>
        <source>Reader font size</source>
        <translation>Schriftgröße der Leseansicht</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <source>As wide as the window</source>
        <translation>So breit wie das Fenster</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="61"/>
        <source>Longest line</source>
        <translation>Maximale Zeilenlänge</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="62"/>
        <source>Long lines are hard to read; about 70 to 90 characters is comfortable.</source>
        <translation>Lange Zeilen sind schwer zu lesen; angenehm sind etwa 70 bis 90 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="66"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="68"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>Colour of the first argument</source>
        <translation>Farbe des ersten Arguments</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="78"/>
        <source>Colour of new highlights</source>
        <translation>Farbe neuer Markierungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="81"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="89"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="93"/>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="94"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="96"/>
        <source>Open another library file, or name a new one to start afresh</source>
        <translation>Eine andere Bibliotheksdatei öffnen oder eine neue benennen, um neu anzufangen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="97"/>
        <source>&amp;Default</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="105"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="107"/>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="108"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="109"/>
        <source>Longest &amp;line:</source>
        <translation>Maximale &amp;Zeilenlänge:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="111"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="113"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="114"/>
        <source>New &amp;highlights:</source>
        <translation>&amp;Neue Markierungen:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="116"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="118"/>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="119"/>
        <source>Li&amp;brary:</source>
        <translation>&amp;Bibliothek:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="123"/>
        <source>Gloss uses the new language and library the next time it starts.</source>
        <translation>Gloss verwendet die neue Sprache und Bibliothek ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="213"/>
        <source>Choose Library</source>
        <translation>Bibliothek auswählen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="214"/>
        <source>Gloss libraries (*.sqlite);;All files (*)</source>
        <translation>Gloss-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="28"/>
        <source>Reader</source>
        <translation>Leseansicht</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="29"/>
        <source>The selected post, with its comments</source>
        <translation>Der ausgewählte Beitrag mit seinen Kommentaren</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="37"/>
        <source>Select a post to read it.</source>
        <translation>Wählen Sie einen Beitrag aus, um ihn zu lesen.</translation>
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
        <translation>Markierung ohne Argumente und Notiz</translation>
    </message>
</context>
<context>
    <name>RemoveHighlightCommand</name>
    <message>
        <location filename="../model/removehighlightcommand.cpp" line="10"/>
        <source>Delete Highlight</source>
        <translation>Markierung löschen</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <location filename="../model/removetagcommand.cpp" line="10"/>
        <source>Delete Argument “%1”</source>
        <translation>Argument „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/searchpanel.cpp" line="86"/>
        <source>Highlight in “%1”</source>
        <translation>Markierung in „%1“</translation>
    </message>
    <message>
        <location filename="../ui/searchpanel.cpp" line="120"/>
        <source>Search posts and highlights</source>
        <translation>Beiträge und Markierungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/searchpanel.cpp" line="122"/>
        <source>Words must all match. &quot;exact phrase&quot;, prefix*, -leave out; title:, author:, tag:, note:, stance:</source>
        <translation>Alle Wörter müssen passen. &quot;genaue Phrase&quot;, Präfix*, -weglassen; title:, author:, tag:, note:, stance:</translation>
    </message>
    <message>
        <location filename="../ui/searchpanel.cpp" line="188"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../model/searchquery.cpp" line="188"/>
        <location filename="../model/searchquery.cpp" line="277"/>
        <source>The search is too long; try a few distinctive words.</source>
        <translation>Die Suche ist zu lang; versuchen Sie es mit wenigen aussagekräftigen Wörtern.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="190"/>
        <location filename="../model/searchquery.cpp" line="233"/>
        <source>A quotation mark is missing its partner: &quot;like this&quot;.</source>
        <translation>Einem Anführungszeichen fehlt sein Gegenstück: &quot;so wie hier&quot;.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="221"/>
        <source>“%1” needs something to look for right after it, like tag:pricing.</source>
        <translation>Direkt nach „%1“ muss ein Suchbegriff folgen, etwa tag:pricing.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="242"/>
        <location filename="../model/searchquery.cpp" line="257"/>
        <source>Put one * at the end of a word: market*.</source>
        <translation>Setzen Sie ein einzelnes * an das Ende eines Wortes: market*.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="250"/>
        <source>Parentheses are not part of searches; use words, &quot;phrases&quot;, prefix* and -exclusions.</source>
        <translation>Klammern gibt es in der Suche nicht; verwenden Sie Wörter, &quot;Phrasen&quot;, Präfix* und -Ausschlüsse.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="263"/>
        <source>The quotation marks hold no words to look for.</source>
        <translation>Zwischen den Anführungszeichen steht nichts, wonach gesucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="264"/>
        <source>“%1” has no letters or digits to look for.</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern, nach denen gesucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="270"/>
        <source>stance: is supports, challenges or example.</source>
        <translation>stance: muss supports, challenges oder example sein.</translation>
    </message>
    <message>
        <location filename="../model/searchquery.cpp" line="279"/>
        <source>Say what to find, not only what to leave out: marketing -sales.</source>
        <translation>Geben Sie an, was gefunden werden soll, nicht nur, was wegfallen soll: marketing -sales.</translation>
    </message>
</context>
<context>
    <name>SearchStore</name>
    <message>
        <location filename="../model/searchstore.cpp" line="188"/>
        <location filename="../model/searchstore.cpp" line="202"/>
        <location filename="../model/searchstoreserver.cpp" line="53"/>
        <source>Searching the posts failed</source>
        <translation>Die Suche in den Beiträgen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/searchstore.cpp" line="247"/>
        <location filename="../model/searchstore.cpp" line="262"/>
        <location filename="../model/searchstoreserver.cpp" line="105"/>
        <source>Searching the highlights failed</source>
        <translation>Die Suche in den Markierungen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../model/serverurl.cpp" line="40"/>
        <source>This is not a team library address: %1 Write it as postgresql://user@host:port/database.</source>
        <translation>Das ist keine Adresse einer Teambibliothek: %1 Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="45"/>
        <source>it does not start with postgresql://.</source>
        <translation>Sie beginnt nicht mit postgresql://.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="48"/>
        <source>it is not a valid URL.</source>
        <translation>Sie ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="52"/>
        <source>it names no server.</source>
        <translation>Sie nennt keinen Server.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="56"/>
        <source>it names no database (the part after the last “/”).</source>
        <translation>Sie nennt keine Datenbank (den Teil nach dem letzten „/“).</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="60"/>
        <source>it has a “#” part.</source>
        <translation>Sie hat einen „#“-Teil.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="65"/>
        <source>the option “%1” holds a “;”.</source>
        <translation>Die Option „%1“ enthält ein „;“.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="68"/>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="72"/>
        <source>connect_timeout must be a number of seconds.</source>
        <translation>connect_timeout muss eine Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location filename="../model/serverurl.cpp" line="74"/>
        <source>Gloss does not know the option “%1” (it knows sslmode, %2 and connect_timeout).</source>
        <translation>Gloss kennt die Option „%1“ nicht (es kennt sslmode, %2 und connect_timeout).</translation>
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
        <translation>kein Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="44"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="59"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="78"/>
        <source>Find a command or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="80"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../model/highlight.cpp" line="34"/>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location filename="../model/highlight.cpp" line="36"/>
        <source>challenges</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location filename="../model/highlight.cpp" line="38"/>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="56"/>
        <source>Manage Arguments</source>
        <translation>Argumente verwalten</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="61"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="62"/>
        <source>The codebook. Drag an argument onto another to make it a sub-argument.</source>
        <translation>Das Codebuch. Ziehen Sie ein Argument auf ein anderes, um es zu dessen Unterargument zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="79"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="83"/>
        <source>&amp;New Argument</source>
        <translation>&amp;Neues Argument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="84"/>
        <source>Add an argument next to the selected one</source>
        <translation>Ein Argument auf derselben Ebene wie das ausgewählte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="85"/>
        <source>New &amp;Sub-argument</source>
        <translation>Neues &amp;Unterargument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="86"/>
        <source>Add an argument below the selected one</source>
        <translation>Ein Argument unterhalb des ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="87"/>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="88"/>
        <source>Rename the selected argument</source>
        <translation>Das ausgewählte Argument umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="89"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="90"/>
        <source>Choose the colour of the selected argument</source>
        <translation>Die Farbe des ausgewählten Arguments wählen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="91"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="92"/>
        <source>Tag the selected argument’s highlights with another argument and remove it</source>
        <translation>Die Markierungen des ausgewählten Arguments einem anderen Argument zuordnen und das ausgewählte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="93"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="94"/>
        <source>Delete the selected argument and its sub-arguments</source>
        <translation>Das ausgewählte Argument und seine Unterargumente löschen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="99"/>
        <source>Re&amp;do</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="126"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="126"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="205"/>
        <source>New argument</source>
        <translation>Neues Argument</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="207"/>
        <source>New argument %1</source>
        <translation>Neues Argument %1</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="229"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="254"/>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="257"/>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="260"/>
        <source>Argument to merge into</source>
        <translation>Argument, mit dem zusammengeführt wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="274"/>
        <source>%n highlights tagged with “%1” will be tagged with “%2” instead.</source>
        <translation>
            <numerusform>%n Markierung, die „%1“ zugeordnet ist, wird stattdessen „%2“ zugeordnet.</numerusform>
            <numerusform>%n Markierungen, die „%1“ zugeordnet sind, werden stattdessen „%2“ zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="277"/>
        <source>Its %n sub-arguments move along.</source>
        <translation>
            <numerusform>Sein %n Unterargument wird mitverschoben.</numerusform>
            <numerusform>Seine %n Unterargumente werden mitverschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="284"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="314"/>
        <source>Delete Argument</source>
        <translation>Argument löschen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="314"/>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="320"/>
        <source>Its %n sub-arguments are deleted with it.</source>
        <translation>
            <numerusform>Sein %n Unterargument wird mit ihm gelöscht.</numerusform>
            <numerusform>Seine %n Unterargumente werden mit ihm gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagmanagerdialog.cpp" line="330"/>
        <source>%n highlights are tagged with this argument or its children.</source>
        <translation>
            <numerusform>%n Markierung ist diesem Argument oder seinen Unterargumenten zugeordnet.</numerusform>
            <numerusform>%n Markierungen sind diesem Argument oder seinen Unterargumenten zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="331"/>
        <source>What should become of them?</source>
        <translation>Was soll damit geschehen?</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="332"/>
        <source>&amp;Keep Them Untagged</source>
        <translation>&amp;Ohne Argument behalten</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="335"/>
        <source>&amp;Tag Them with “%1”</source>
        <translation>Dem Argument „%1“ &amp;zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="338"/>
        <source>&amp;Delete Them Too</source>
        <translation>&amp;Ebenfalls löschen</translation>
    </message>
    <message>
        <location filename="../ui/tagmanagerdialog.cpp" line="341"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../model/tagstore.cpp" line="79"/>
        <location filename="../model/tagstore.cpp" line="143"/>
        <source>Cannot read the codebook</source>
        <translation>Das Codebuch kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="85"/>
        <source>The default codebook is missing from this build.</source>
        <translation>Das Standard-Codebuch fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="102"/>
        <source>Cannot add the default colours</source>
        <translation>Die Standardfarben können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="119"/>
        <location filename="../model/tagstore.cpp" line="133"/>
        <source>Cannot add the default codebook</source>
        <translation>Das Standard-Codebuch kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="154"/>
        <source>Cannot read the highlight colours</source>
        <translation>Die Markierungsfarben können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="174"/>
        <source>Cannot save the meaning of %1</source>
        <translation>Die Bedeutung von %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="183"/>
        <source>Cannot count the highlights per tag</source>
        <translation>Die Markierungen je Argument können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="196"/>
        <location filename="../model/tagstore.cpp" line="278"/>
        <location filename="../model/tagstore.cpp" line="362"/>
        <location filename="../model/tagstore.cpp" line="425"/>
        <source>The argument no longer exists.</source>
        <translation>Das Argument existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="202"/>
        <source>Cannot count the highlights of the argument</source>
        <translation>Die Markierungen des Arguments können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="216"/>
        <source>Cannot add the tag “%1”</source>
        <translation>Das Argument „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="227"/>
        <source>Cannot restore the tag “%1”</source>
        <translation>Das Argument „%1“ kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="242"/>
        <source>Cannot change the tag “%1”</source>
        <translation>Das Argument „%1“ kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="252"/>
        <source>Cannot delete the tag</source>
        <translation>Das Argument kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="281"/>
        <source>“%1” cannot be moved into itself or one of its own sub-arguments.</source>
        <translation>„%1“ kann nicht in sich selbst oder eines seiner Unterargumente verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="327"/>
        <location filename="../model/tagstore.cpp" line="344"/>
        <source>Cannot read the highlights of the argument</source>
        <translation>Die Markierungen des Arguments können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="365"/>
        <source>“%1” is a top-level argument: there is no parent to tag its highlights with.</source>
        <translation>„%1“ ist ein Argument der obersten Ebene: Es gibt kein übergeordnetes Argument, dem seine Markierungen zugeordnet werden könnten.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="394"/>
        <source>Cannot delete the highlights of the argument</source>
        <translation>Die Markierungen des Arguments können nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="404"/>
        <source>Cannot tag the highlights with the parent argument</source>
        <translation>Die Markierungen können dem übergeordneten Argument nicht zugeordnet werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="428"/>
        <source>“%1” cannot be merged into itself or one of its own sub-arguments.</source>
        <translation>„%1“ kann nicht mit sich selbst oder einem seiner Unterargumente zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="447"/>
        <source>Cannot move the highlights to “%1”</source>
        <translation>Die Markierungen können nicht nach „%1“ verschoben werden</translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="490"/>
        <location filename="../model/tagstore.cpp" line="498"/>
        <source>Cannot restore the highlights of the argument</source>
        <translation>Die Markierungen des Arguments können nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message numerus="yes">
        <location filename="../model/tagtreemodel.cpp" line="321"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
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
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../model/tagtreemodel.cpp" line="353"/>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/tagtreemodel.cpp" line="447"/>
        <source>Move %n Arguments</source>
        <translation>
            <numerusform>%n Argument verschieben</numerusform>
            <numerusform>%n Argumente verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../model/textdecoder.cpp" line="103"/>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="119"/>
        <source>is not valid %1 text, although it starts as such.</source>
        <translation>ist kein gültiger %1-Text, obwohl der Dateianfang darauf hindeutet.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="121"/>
        <location filename="../model/textdecoder.cpp" line="145"/>
        <source>holds control characters: it looks like a binary file, not text.</source>
        <translation>enthält Steuerzeichen: Das sieht nach einer Binärdatei aus, nicht nach Text.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="126"/>
        <source>contains NUL bytes: it looks like a binary file, not text.</source>
        <translation>enthält NUL-Bytes: Das sieht nach einer Binärdatei aus, nicht nach Text.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="151"/>
        <source>is not valid %1 text.</source>
        <translation>ist kein gültiger %1-Text.</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="152"/>
        <source>is neither UTF-8 nor Windows-1252 text: it may be binary or in an unknown encoding.</source>
        <translation>ist weder UTF-8- noch Windows-1252-Text: Die Datei ist vielleicht binär oder in einer unbekannten Kodierung.</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="112"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="121"/>
        <source>This is not JSON (at character %1: %2).</source>
        <translation>Das ist kein JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="178"/>
        <source>annotation %1</source>
        <translation>Anmerkung %1</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="181"/>
        <source>%1: not an Annotation.</source>
        <translation>%1: kein Objekt vom Typ „Annotation“.</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="186"/>
        <source>%1: no target source with a text quote or position.</source>
        <translation>%1: keine Zielquelle (target source) mit Textzitat oder Position.</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="209"/>
        <source>%1: the library has no post “%2”.</source>
        <translation>%1: Die Bibliothek enthält keinen Beitrag „%2“.</translation>
    </message>
    <message>
        <location filename="../model/webannotationimporter.cpp" line="250"/>
        <source>%1: a body that is not text was left out; the rest was restored.</source>
        <translation>%1: Ein Inhalt (body), der kein Text ist, wurde ausgelassen; der Rest wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Cannot Open the Team Library</source>
        <translation>Teambibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Read-Only Library</source>
        <translation>Schreibgeschützte Bibliothek</translation>
    </message>
</context>
</TS>
