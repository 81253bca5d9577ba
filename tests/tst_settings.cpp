// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void defaultsOnAFreshFile()
    {
        const Settings settings(file("fresh.conf"));
        QCOMPARE(settings.readerFontFamily(), QString());
        QCOMPARE(settings.readerFontSize(), 0.0);
        QCOMPARE(settings.readerLineWidth(), 0);
        QCOMPARE(settings.colourScheme(), Settings::ColourScheme::System);
        QVERIFY(!settings.defaultHighlightColour().isValid());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.libraryPath(), QString());
        QCOMPARE(settings.readerZoom(), 0);
        QCOMPARE(settings.lastPostId(), 0);
        QVERIFY(!settings.showArgumentLabels());
    }

    // What one run writes, the next run reads back.
    void roundTrip()
    {
        const QString path = file("roundtrip.conf");
        {
            Settings settings(path);
            settings.setReaderFontFamily(u"DejaVu Serif"_s);
            settings.setReaderFontSize(13.5);
            settings.setReaderLineWidth(75);
            settings.setColourScheme(Settings::ColourScheme::Dark);
            settings.setDefaultHighlightColour(QColor(u"#57e389"_s));
            settings.setLanguage(u"fr"_s);
            settings.setLibraryPath(u"/srv/team/library.sqlite"_s);
            settings.setReaderZoom(3);
            settings.setShowArgumentLabels(true);
            settings.setLastPostId(42);
            settings.setMainWindowGeometry("geometry");
            settings.sync();
        }
        const Settings settings(path);
        QCOMPARE(settings.readerFontFamily(), u"DejaVu Serif"_s);
        QCOMPARE(settings.readerFontSize(), 13.5);
        QCOMPARE(settings.readerLineWidth(), 75);
        QCOMPARE(settings.colourScheme(), Settings::ColourScheme::Dark);
        QCOMPARE(settings.defaultHighlightColour(), QColor(u"#57e389"_s));
        QCOMPARE(settings.language(), u"fr"_s);
        QCOMPARE(settings.libraryPath(), u"/srv/team/library.sqlite"_s);
        QCOMPARE(settings.readerZoom(), 3);
        QVERIFY(settings.showArgumentLabels());
        QCOMPARE(settings.lastPostId(), 42);
        QCOMPARE(settings.mainWindowGeometry(), QByteArray("geometry"));
    }

    void colourSchemes_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("system") << int(Settings::ColourScheme::System);
        QTest::newRow("light") << int(Settings::ColourScheme::Light);
        QTest::newRow("dark") << int(Settings::ColourScheme::Dark);
    }

    void colourSchemes()
    {
        QFETCH(int, scheme);
        const QString path = file("scheme.conf");
        {
            Settings settings(path);
            settings.setColourScheme(Settings::ColourScheme(scheme));
        }
        QCOMPARE(int(Settings(path).colourScheme()), scheme);
    }

    // A hand-edited or damaged file gives the defaults, never a broken reader.
    void unusableValuesFallBack_data()
    {
        QTest::addColumn<QString>("contents");
        QTest::newRow("unknown scheme") << u"[Appearance]\ncolourScheme=purple\n"_s;
        QTest::newRow("tiny font") << u"[Reader]\nfontSize=1\n"_s;
        QTest::newRow("huge font") << u"[Reader]\nfontSize=500\n"_s;
        QTest::newRow("narrow lines") << u"[Reader]\nlineWidth=3\n"_s;
        QTest::newRow("not a number") << u"[Reader]\nlineWidth=wide\nfontSize=big\n"_s;
        QTest::newRow("not a colour") << u"[Highlights]\ndefaultColour=sparkly\n"_s;
        QTest::newRow("wild zoom") << u"[Reader]\nzoom=900\n"_s;
    }

    void unusableValuesFallBack()
    {
        QFETCH(QString, contents);
        const QString path = file("damaged.conf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(contents.toUtf8());
        f.close();
        const Settings settings(path);
        QCOMPARE(settings.colourScheme(), Settings::ColourScheme::System);
        QCOMPARE(settings.readerFontSize(), 0.0);
        QCOMPARE(settings.readerLineWidth(), 0);
        QVERIFY(!settings.defaultHighlightColour().isValid());
        QVERIFY(settings.readerZoom() <= 20);
    }

    // The clean-close fingerprint belongs to one library: another path gets none.
    void cleanCloseFingerprintIsPerLibrary()
    {
        Settings settings(file("closed.conf"));
        QCOMPARE(settings.cleanCloseFingerprint(u"/a.sqlite"_s), QString());
        settings.setCleanCloseFingerprint(u"/a.sqlite"_s, u"123:4.5:6"_s);
        QCOMPARE(settings.cleanCloseFingerprint(u"/a.sqlite"_s), u"123:4.5:6"_s);
        QCOMPARE(settings.cleanCloseFingerprint(u"/b.sqlite"_s), QString());
        settings.setCleanCloseFingerprint(u"/b.sqlite"_s, {});
        QCOMPARE(settings.cleanCloseFingerprint(u"/a.sqlite"_s), QString());
    }

    void clearingTheHighlightColour()
    {
        const QString path = file("colour.conf");
        Settings settings(path);
        settings.setDefaultHighlightColour(Qt::red);
        settings.setDefaultHighlightColour(QColor());
        QVERIFY(!settings.defaultHighlightColour().isValid());
    }
};

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
