<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.cpp" line="25"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="26"/>
        <source>Quit Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="27"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="28"/>
        <source>Undo the last change to a highlight, tag or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="29"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="31"/>
        <source>Redo the change last undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="32"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="33"/>
        <source>Highlight the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="34"/>
        <source>&amp;Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="36"/>
        <source>Delete the highlight selected in the Highlights panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="37"/>
        <source>&amp;Filter Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="38"/>
        <source>Filter the document list by title, author or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="39"/>
        <source>&amp;Next Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="40"/>
        <source>Open the next post in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="41"/>
        <source>&amp;Previous Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="42"/>
        <source>Open the previous post in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="43"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="44"/>
        <source>Make the reader&apos;s text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="45"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="46"/>
        <source>Make the reader&apos;s text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="47"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="48"/>
        <source>Show the reader&apos;s text at its normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="49"/>
        <source>Show &amp;Document List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="50"/>
        <source>Show or hide the list of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="51"/>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="52"/>
        <source>Read without distractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="53"/>
        <source>&amp;About Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="53"/>
        <source>Version and licence of Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="54"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.cpp" line="54"/>
        <source>Version of the Qt toolkit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddHighlightCommand</name>
    <message>
        <location filename="../model/addhighlightcommand.cpp" line="10"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../model/annotationeditor.cpp" line="71"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgumentMenu</name>
    <message>
        <location filename="../ui/argumentmenu.cpp" line="37"/>
        <source>Tag the passage: it %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledLibrary</name>
    <message>
        <location filename="../model/bundledlibrary.cpp" line="54"/>
        <source>The bundled post %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="320"/>
        <source>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="327"/>
        <source>--occurrence %1 is out of range: the quote occurs %n time(s) in post %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="431"/>
        <source>Gloss: read blog posts and annotate them.

Without a command, Gloss opens its window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="438"/>
        <source>
Run “gloss COMMAND --help” for a command’s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="443"/>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="443"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="446"/>
        <source>gloss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="476"/>
        <source>gloss: unknown command “%1”. Run “gloss --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="483"/>
        <source>List the posts in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="518"/>
        <source>Highlight a quote in a post and print the new highlight’s id. Nothing is written unless the post, the quote and every tag are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="538"/>
        <source>unknown colour “%1”; use #rrggbb or one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="549"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="569"/>
        <source>List the highlights: id, post, post title, offsets, orphaned, quote, note, tags with their stance, colour (its own, else its first tag’s), style, created and modified (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="572"/>
        <source>Only the highlights of this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="572"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="573"/>
        <source>Only highlights tagged with &lt;path&gt; or a tag below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="574"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="643"/>
        <source>List the codebook depth-first (parents before children, siblings in order): id, parent id (0 at the top level), path (“Parent/Child”), colour, description and the number of highlights tagged with it. JSON is a flat array of such objects; rebuild the tree from “parent”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../model/database.cpp" line="110"/>
        <source>%1: the database reported “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="118"/>
        <source>“%1” is a folder, not a Gloss library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="121"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="125"/>
        <source>“%1” is not a Gloss library (it is not an SQLite database). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="129"/>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="141"/>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="143"/>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="152"/>
        <source>Cannot prepare “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="165"/>
        <location filename="../model/database.cpp" line="171"/>
        <source>“%1” is damaged or not a database (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="177"/>
        <source>“%1” is another program’s SQLite database, not a Gloss library. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="184"/>
        <source>“%1” was written by a newer version of Gloss (library format %2; this version reads up to %3). Update Gloss to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="209"/>
        <source>Schema file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="218"/>
        <location filename="../model/database.cpp" line="223"/>
        <source>Updating the library to format %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="238"/>
        <source>Cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="250"/>
        <source>No transaction to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="255"/>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="87"/>
        <source>Orphaned: the passage is no longer in the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightlistmodel.cpp" line="93"/>
        <source>Highlight: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightOptions</name>
    <message>
        <location filename="../model/cli.cpp" line="235"/>
        <source>The post to highlight in (its id, as “gloss list” shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="236"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="237"/>
        <source>The exact text to highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="237"/>
        <location filename="../model/cli.cpp" line="248"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="239"/>
        <source>Which occurrence of the quote to highlight, from 1, when it occurs more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="240"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="242"/>
        <source>Tag it with the codebook tag at &lt;path&gt; (“Parent/Child”, any case); repeat for more tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="244"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="246"/>
        <source>How it bears on its tags: supports (default), challenges or example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="247"/>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="248"/>
        <source>A note on it (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="250"/>
        <source>Its colour: #rrggbb or a highlight colour’s name such as yellow (default: its first tag’s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="251"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="252"/>
        <source>background (default), underline or strikethrough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="253"/>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightPanel</name>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="28"/>
        <source>Tag as Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="33"/>
        <source>Highlights of this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="41"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="42"/>
        <source>Note on the selected highlight (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="46"/>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="47"/>
        <source>Tag the selected highlight as an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="50"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="52"/>
        <source>Delete the selected highlight (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/highlightpanel.cpp" line="59"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightStore</name>
    <message>
        <location filename="../model/highlightstore.cpp" line="139"/>
        <source>A highlight to restore needs its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="166"/>
        <source>Cannot save the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="168"/>
        <source>The highlight no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="180"/>
        <source>Cannot delete the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="190"/>
        <location filename="../model/highlightstore.cpp" line="197"/>
        <source>Cannot read the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="192"/>
        <source>There is no highlight %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlightstore.cpp" line="226"/>
        <location filename="../model/highlightstore.cpp" line="245"/>
        <source>Cannot read the highlights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <location filename="../model/cli.cpp" line="109"/>
        <source>Usage: gloss %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="114"/>
        <source>tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="120"/>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="127"/>
        <source>gloss %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="140"/>
        <source>this command needs --%1 with a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="157"/>
        <source>--%1 wants a whole number from 1 up, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="169"/>
        <source>unknown %1 “%2”; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="219"/>
        <source>Output format: tsv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="219"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Highlight as &amp;Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Filter by title, author or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Filter posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Show or hide the highlights of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Highlight the selected passage and tag it as an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>%1 — Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>%1 of %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>About Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read blog posts and annotate them: highlight passages, tag them as arguments, write notes, and take them elsewhere.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Delete This Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Select a passage of the post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Highlighted and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Tag as Argument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDocument</name>
    <message>
        <location filename="../model/postdocument.cpp" line="82"/>
        <source>This post has no title; this one was made from its opening words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="90"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="94"/>
        <source>No date or author given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/postdocument.cpp" line="109"/>
        <source>%n response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="125"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postdocument.cpp" line="127"/>
        <source>trackback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../model/postlistmodel.cpp" line="82"/>
        <source>This post has no title; Gloss made one from its opening words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="131"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="133"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="135"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="137"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="139"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/postlistmodel.cpp" line="141"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostParser</name>
    <message>
        <location filename="../model/postparser.cpp" line="389"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message>
        <location filename="../model/poststore.cpp" line="104"/>
        <source>Cannot add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="114"/>
        <source>Cannot add the categories of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="127"/>
        <source>Cannot add the comments of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="143"/>
        <location filename="../model/poststore.cpp" line="165"/>
        <location filename="../model/poststore.cpp" line="172"/>
        <source>Cannot read post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="145"/>
        <source>There is no post %1 in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="190"/>
        <source>Cannot look up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="206"/>
        <source>Cannot list the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="229"/>
        <source>Cannot count the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="239"/>
        <source>Cannot read the library settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/poststore.cpp" line="251"/>
        <source>Cannot save the library settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="23"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="24"/>
        <source>The selected post, with its comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="30"/>
        <source>Select a post to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="164"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="168"/>
        <source>Highlight without tags or note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveHighlightCommand</name>
    <message>
        <location filename="../model/removehighlightcommand.cpp" line="10"/>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../model/highlight.cpp" line="34"/>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlight.cpp" line="36"/>
        <source>challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/highlight.cpp" line="38"/>
        <source>example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../model/tagstore.cpp" line="45"/>
        <location filename="../model/tagstore.cpp" line="110"/>
        <source>Cannot read the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="51"/>
        <source>The default codebook is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="68"/>
        <source>Cannot add the default colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="85"/>
        <location filename="../model/tagstore.cpp" line="99"/>
        <source>Cannot add the default codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="124"/>
        <source>Cannot read the highlight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="137"/>
        <source>Cannot count the highlights per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="154"/>
        <source>Cannot add the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="169"/>
        <source>Cannot restore the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="184"/>
        <source>Cannot change the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/tagstore.cpp" line="194"/>
        <source>Cannot delete the tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
