// SPDX-License-Identifier: GPL-3.0-or-later
// Post: the word count shown in the document list and `gloss list`.
#include "post.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstPost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordCount_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<int>("words");
        QTest::newRow("nothing") << QStringList{} << 0;
        QTest::newRow("empty paragraph") << QStringList{QString()} << 0;
        QTest::newRow("plain words") << QStringList{u"Customer service is marketing."_s} << 4;
        QTest::newRow("over paragraphs") << QStringList{u"One two"_s, u"three"_s} << 3;
        QTest::newRow("spaces around") << QStringList{u"  one   two  "_s} << 2;
        QTest::newRow("apostrophe inside") << QStringList{u"Don't stop"_s} << 2;
        QTest::newRow("curly apostrophe inside") << QStringList{u"It’s everyone’s job"_s} << 3;
        QTest::newRow("apostrophe at the end") << QStringList{u"the brands' staff"_s} << 3;
        QTest::newRow("apostrophe alone") << QStringList{u"' '"_s} << 0;
        QTest::newRow("hyphen splits") << QStringList{u"e-mail follow-up"_s} << 4;
        QTest::newRow("digits and underscores") << QStringList{u"In 2007 the top_10 list"_s} << 5;
        QTest::newRow("accented letters") << QStringList{u"café déjà vu"_s} << 3;
        QTest::newRow("combining accent") << QStringList{u"cafe\u0301 au lait"_s} << 3;
        QTest::newRow("Greek and Cyrillic") << QStringList{u"μάρκετινγκ маркетинг"_s} << 2;
        QTest::newRow("letter beyond the BMP") << QStringList{u"\U0001D400bc def"_s} << 2;
        QTest::newRow("emoji between") << QStringList{u"great\U0001F600service"_s} << 2;
        QTest::newRow("dashes and quotes") << QStringList{u"“Marketing” — is — everyone’s"_s} << 3;
    }

    void wordCount()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(int, words);
        Post post;
        post.paragraphs = paragraphs;
        QCOMPARE(post.wordCount(), words);
    }
};

QTEST_GUILESS_MAIN(TstPost)
#include "tst_post.moc"
