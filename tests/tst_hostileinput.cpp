// SPDX-License-Identifier: GPL-3.0-or-later
// Posts come from the web. Every file under tests/data/hostile/ (and the big ones generated here) imports safely
// through PostImporter or is refused with a message; nothing it names is fetched or read (a local file it points
// to is watched with inotify, and no socket is opened); the reader's document shows no images; exports
// neutralise formulas (CSV) and keep quotes literal (Markdown, read back with QTextDocument::setMarkdown).

#include "csvexporter.h"
#include "exportdocument.h"
#include "markdownexporter.h"
#include "postdocument.h"
#include "postimporter.h"
#include "testlibrary.h"

#include <QAbstractTextDocumentLayout>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

#include <cerrno>

#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto secretMarker = "SECRET-MARKER-4711";

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TstHostileInput : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    QTemporaryDir m_generated;
    QString m_secret;
    int m_watch = -1;
    QSet<qint64> m_posts; // imported from hostile input
    int m_socketsAtStart = 0;

    static int socketCount()
    {
        int sockets = 0;
        QDirIterator fds(u"/proc/self/fd"_s, QDir::System | QDir::NoDotAndDotDot);
        while (fds.hasNext()) {
            if (fds.nextFileInfo().symLinkTarget().contains(u"socket:"_s))
                ++sockets;
        }
        return sockets;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.openLibrary());
        const auto existing = m_lib.library->posts().summaries();
        QVERIFY(existing.ok());

        // A file next to the input that hostile markup points at in every way it can: it must never be opened.
        m_secret = m_generated.filePath(u"secret.txt"_s);
        QVERIFY(write(m_secret, QByteArray(secretMarker) + '\n'));
        const QByteArray secretUrl = QUrl::fromLocalFile(m_secret).toEncoded();
        QVERIFY(write(m_generated.filePath(u"points-at-secret.html"_s),
                      "<html><head><title>Points at a secret</title><link rel=stylesheet href=\"secret.txt\">"
                      "<style>p { background: url(secret.txt) } @import \"" + secretUrl + "\";</style></head><body>"
                      "<article><p>Relative <img src=\"secret.txt\"> and absolute <img src=\"" + secretUrl + "\">.</p>"
                      "<p><iframe src=\"secret.txt\"></iframe><object data=\"" + secretUrl + "\"></object>"
                      "<a href=\"" + secretUrl + "\">a link to it</a>.</p></article></body></html>"));
        QVERIFY(write(m_generated.filePath(u"points-at-secret.md"_s),
                      "# Points at a secret\n\n![img](secret.txt) ![abs](" + secretUrl + ") [link](secret.txt)\n\n"
                      "<img src=\"secret.txt\">\n"));
        // Big inputs are made here rather than committed.
        QVERIFY(write(m_generated.filePath(u"single-line-10mb.txt"_s), "One line " + QByteArray(10 << 20, 'w')));
        QByteArray paragraphs = "A hundred thousand paragraphs\n\n";
        for (int i = 0; i < 100000; ++i)
            paragraphs += "p" + QByteArray::number(i) + "\n\n";
        QVERIFY(write(m_generated.filePath(u"100000-paragraphs.txt"_s), paragraphs));
        constexpr int depth = 100000;
        QVERIFY(write(m_generated.filePath(u"deeply-nested.html"_s),
                      "<html><body>" + QByteArray("<div><span>").repeated(depth) + "deep text"
                          + QByteArray("</span></div>").repeated(depth) + "</body></html>"));
        QVERIFY(write(m_generated.filePath(u"unclosed-nesting.html"_s),
                      "<html><body><p>" + QByteArray("<b><i><u>").repeated(depth) + "never closed"));

        m_socketsAtStart = socketCount();
        m_watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(m_watch >= 0);
        QVERIFY(inotify_add_watch(m_watch, QFile::encodeName(m_secret).constData(), IN_OPEN | IN_ACCESS) >= 0);
    }

    void cleanupTestCase()
    {
        if (m_watch >= 0)
            ::close(m_watch);
    }

    void importsSafelyOrIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator committed(QStringLiteral(GLOSS_TEST_DATA "/hostile"), QDir::Files);
        while (committed.hasNext()) {
            const QString path = committed.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
        for (const QString &name : {u"points-at-secret.html"_s, u"points-at-secret.md"_s, u"single-line-10mb.txt"_s,
                                    u"100000-paragraphs.txt"_s, u"deeply-nested.html"_s,
                                    u"unclosed-nesting.html"_s}) {
            QTest::newRow(qPrintable(name)) << m_generated.filePath(name);
        }
    }

    void importsSafelyOrIsRefused()
    {
        QFETCH(QString, file);
        Library &library = *m_lib.library;
        QSet<qint64> before;
        for (const PostSummary &s : *library.posts().summaries())
            before.insert(s.id);

        QElapsedTimer timer;
        timer.start();
        PostImporter importer(library);
        ImportSummary summary;
        importer.importFile(file, summary);
        const qint64 importMs = timer.elapsed();
        QVERIFY2(summary.imported + summary.updated + summary.unchanged > 0 || !summary.refused.isEmpty(),
                 "neither imported nor refused");
        for (const ImportRefusal &refusal : std::as_const(summary.refused))
            QVERIFY2(!refusal.reason.trimmed().isEmpty(), "a refusal without a reason");

        const QPalette palette;
        for (const PostSummary &s : *library.posts().summaries()) {
            if (before.contains(s.id))
                continue;
            m_posts.insert(s.id);
            const auto post = library.posts().post(s.id);
            QVERIFY(post.ok());
            const QString text = post->anchorText() + post->originalText;
            QVERIFY2(!text.contains(QLatin1StringView(secretMarker)), "a file the post points to was read");
            QVERIFY2(!post->anchorText().contains(u"root:x:0:0"_s), "/etc/passwd was read");
            QVERIFY2(!post->anchorText().contains(u"lollollollollollollollollollol"_s), "entities were expanded");
            // The reader's document: laid out in full, with no image in it (no image, no load of one).
            const PostDocument document(*post, palette);
            document.document()->documentLayout()->documentSize();
            for (QTextBlock b = document.document()->begin(); b.isValid(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it)
                    QVERIFY2(!it.fragment().charFormat().isImageFormat(), "an image in the reader");
            }
        }
        qInfo("%s: %d imported, %lld refused%s%s; %lld ms; peak RSS so far %ld MB", qPrintable(QFileInfo(file).fileName()),
              summary.imported, qint64(summary.refused.size()), summary.refused.isEmpty() ? "" : ": ",
              summary.refused.isEmpty() ? "" : qPrintable(summary.refused.first().reason.left(120)), importMs,
              peakRssMb());
    }

    void exportsNeutraliseAndEscape()
    {
        Library &library = *m_lib.library;
        QVERIFY(!m_posts.isEmpty());
        QStringList quotes;
        const QString hostileNote = u"=HYPERLINK(\"https://evil.example\",\"x\")\n---\n# not a heading"_s;
        for (qint64 id : std::as_const(m_posts)) {
            const QString text = library.posts().post(id)->anchorText();
            int start = 0;
            for (int line = 0; line < 12 && start < text.size(); ++line) {
                int end = int(text.indexOf(u'\n', start));
                if (end < 0)
                    end = int(text.size());
                end = std::min(end, start + 200);
                if (end > start) {
                    Highlight h;
                    h.postId = id;
                    h.anchor = AnchorResolver::anchorFor(text, start, end);
                    h.note = hostileNote;
                    QVERIFY(library.highlights().add(h).ok());
                    quotes << h.anchor.quote;
                }
                start = int(text.indexOf(u'\n', start));
                if (start < 0)
                    break;
                ++start;
            }
        }
        const auto document = ExportDocument::build(library, ExportScope::posts(m_posts.values()));
        QVERIFY(document.ok());

        // CSV: no field a spreadsheet would run.
        const auto csv = CsvExporter().render(*document);
        QVERIFY(csv.ok());
        const QString csvText = QString::fromUtf8(*csv);
        for (QChar c : {u'=', u'+', u'-', u'@'}) {
            for (const QString &start : {u","_s, u",\""_s, u"\r\n"_s, u"\r\n\""_s}) {
                QVERIFY2(!csvText.contains(start + c), qPrintable(u"a field starts with "_s + c));
            }
        }
        QVERIFY(csvText.contains(u"'=HYPERLINK"_s));

        // Markdown: every quote reads back as the same text, with no image, link or heading of its own.
        const auto markdown = MarkdownExporter().render(*document);
        QVERIFY(markdown.ok());
        QTextDocument readBack;
        readBack.setMarkdown(QString::fromUtf8(*markdown));
        const QString plain = readBack.toPlainText().simplified();
        int checked = 0, skipped = 0;
        for (const QString &quote : std::as_const(quotes)) {
            // Control characters (a NUL that reached a quote as U+FFFD is fine) do not survive any Markdown reader.
            if (std::ranges::any_of(quote, [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n'; })) {
                ++skipped;
                continue;
            }
            QVERIFY2(plain.contains(quote.simplified()), qPrintable(u"quote not literal after the round trip: "_s + quote.left(80)));
            ++checked;
        }
        for (QTextBlock b = readBack.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY2(!format.isImageFormat(), qPrintable(u"an image in the export: "_s + it.fragment().text()));
                const QString href = format.anchorHref();
                QVERIFY2(!href.startsWith(u"javascript:"_s, Qt::CaseInsensitive)
                             && !href.startsWith(u"file:"_s, Qt::CaseInsensitive)
                             && !href.startsWith(u"data:"_s, Qt::CaseInsensitive),
                         qPrintable(u"a link in the export: "_s + href));
            }
        }
        qInfo("%d quotes read back literally from Markdown (%d with control characters skipped)", checked, skipped);
    }

    // Last: everything above has run, so anything that opened the watched file shows now.
    void nothingOutsideTheInputWasRead()
    {
        char buffer[4096];
        const ssize_t n = ::read(m_watch, buffer, sizeof buffer);
        QCOMPARE(n, ssize_t(-1));
        QCOMPARE(errno, EAGAIN);
    }

    // gloss_model does not link QtNetwork (tests/CMakeLists.txt checks its link libraries). The library is still
    // loaded, as a dependency of QtQml, which KTextTemplate needs; so what is checked here is that nothing above
    // opened a socket (a request would need one): the same sockets are open as before the first import.
    void noSocketWasOpened()
    {
        QCOMPARE(socketCount(), m_socketsAtStart);
    }
};

QTEST_MAIN(TstHostileInput)
#include "tst_hostileinput.moc"
