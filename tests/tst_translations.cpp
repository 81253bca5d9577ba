// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French translations are complete: lupdate, run over the sources as the build runs it, finds no
// string the .ts files lack, none they keep that the sources dropped, and none left unfinished.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Problems
{
    QStringList unfinished, obsolete, emptyPlurals;
    int messages = 0;
};

Problems read(const QString &path)
{
    Problems p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return p;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            ++p.messages;
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            const QString where = context + u": “"_s + source + u"”"_s;
            if (type == "unfinished"_L1)
                p.unfinished << where;
            else if (type == "vanished"_L1 || type == "obsolete"_L1)
                p.obsolete << where;
        } else if (xml.name() == "numerusform"_L1) {
            if (xml.readElementText().isEmpty())
                p.emptyPlurals << context + u": “"_s + source + u"”"_s;
        }
    }
    return p;
}

QString list(const QStringList &items)
{
    return items.mid(0, 15).join(u"\n  "_s) + (items.size() > 15 ? u"\n  …"_s : QString());
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        // The same lupdate project file the build's update_translations target makes.
        m_project = m_dir.filePath(u"project.json"_s);
        QProcess generate;
        generate.start(QStringLiteral(GLOSS_CMAKE),
                       {u"-DIN_FILE="_s + QStringLiteral(GLOSS_LUPDATE_PROJECT), u"-DOUT_FILE="_s + m_project, u"-P"_s,
                        QStringLiteral(GLOSS_LUPDATE_GENERATOR)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        const QString committed = QStringLiteral(GLOSS_TRANSLATIONS_DIR) + u"/gloss_"_s + language + u".ts"_s;
        const QString copy = m_dir.filePath(u"gloss_"_s + language + u".ts"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // Without -no-obsolete, strings the sources no longer have stay in the file, marked vanished.
        QProcess lupdate;
        lupdate.start(QStringLiteral(GLOSS_LUPDATE), {u"-silent"_s, u"-project"_s, m_project, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const Problems p = read(copy);
        QVERIFY(p.messages > 100);
        QVERIFY2(p.unfinished.isEmpty(),
                 qPrintable(u"%1 strings are new or unfinished in gloss_%2.ts (run the update_translations target, "
                            "then translate them):\n  %3"_s.arg(p.unfinished.size()).arg(language, list(p.unfinished))));
        QVERIFY2(p.obsolete.isEmpty(),
                 qPrintable(u"%1 strings of gloss_%2.ts are no longer in the sources (run update_translations):\n  %3"_s
                                .arg(p.obsolete.size()).arg(language, list(p.obsolete))));
        QVERIFY2(p.emptyPlurals.isEmpty(),
                 qPrintable(u"plural forms left empty in gloss_%1.ts:\n  %2"_s.arg(language, list(p.emptyPlurals))));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
